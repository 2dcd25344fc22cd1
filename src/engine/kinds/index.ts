/**
 * Every kind of field, one file each: the words for what it allows, its type word for the docs,
 * how the CLI types `key=text` for it, how a value is checked and written (by a downlink, and where
 * it differs, by a device), and how it is read. A new kind is one file here and one line below.
 */
import { lazy } from '../../base/es5';
import type { Kind, Kinds } from '../site';
import { BITS, BOOL } from './flags';
import { COMMAND_ID } from './command-id';
import { COMMAND_NAME } from './command-name';
import { DATE } from './date';
import { DECIMAL } from './decimal';
import { ENUM } from './enum';
import { HEX } from './hex';
import { INT } from './int';
import { QUERY_LENGTH } from './query-length';
import { STRING } from './string';
import { STRUCT } from './struct';
import { VERSION } from './version';

/**
 * The kinds a downlink can carry, which services and settings are made of (test/tables.test.ts holds
 * the tables to that). A bundle that only encodes and decodes downlinks carries no other.
 */
export const DOWNLINK_KINDS: Kinds = {
  int: INT,
  decimal: DECIMAL,
  enum: ENUM,
  // Read when a body that has one is bound: the network-server script compiles the kinds that only settings
  // carry (flags, bit fields: flags.ts) and those that only a few services carry (a history window's dates, a
  // query's length and command IDs) for those alone.
  get bool() {
    return BOOL;
  },
  get bits() {
    return BITS;
  },
  get date() {
    return DATE;
  },
  get queryLength() {
    return QUERY_LENGTH;
  },
  get commandId() {
    return COMMAND_ID;
  },
  struct: STRUCT,
} as Kinds;

/** `kinds` with `more` beside them (written out: Object.assign is not ES5). */
function withKinds(kinds: Kinds, more: Partial<Kinds>): Kinds {
  const out: { [kind: string]: unknown } = {};
  for (const name of Object.keys(kinds)) out[name] = (kinds as unknown as { [kind: string]: Kind })[name];
  for (const name of Object.keys(more)) out[name] = (more as { [kind: string]: unknown })[name];
  return out as unknown as Kinds;
}

/** Every kind, as decoding reads it and a downlink would write it: those only uplinks carry too (text, hex, versions, command names). */
export const KINDS: Kinds = /* @__PURE__ */ withKinds(DOWNLINK_KINDS, {
  commandName: COMMAND_NAME,
  string: STRING,
  hex: HEX,
  version: VERSION,
});

/**
 * The kinds as a device writes them (encodeUplink): each kind's `device` writer and words where it
 * has them, its downlink ones otherwise. Also the words of `allowedText` and the docs, which
 * describe what uplinks may carry.
 */
export const deviceKinds = /* @__PURE__ */ lazy((): Kinds => {
  const out: { [kind: string]: Kind } = {};
  for (const name of Object.keys(KINDS)) {
    const k = (KINDS as unknown as { [kind: string]: Kind })[name];
    const device = k.device || {};
    out[name] = { allowed: device.allowed || k.allowed, doc: k.doc, write: device.write || k.write };
  }
  return out as unknown as Kinds;
});
