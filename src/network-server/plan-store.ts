/**
 * The text of the script's plan store (read by stored-commands.ts), made at build time
 * (scripts/build-codecs.js) from the library's commands: one plan per command and direction.
 */
import { hexOf } from '../base/bytes';
import { downlinkCommands, keyedListOf, uplinkCommands } from '../engine/commands';
import type { Command } from '../engine/commands';
import { readPlanOf } from '../engine/plans';

/**
 * What a plan holds of a field's declaration that reading does not read, left out of the store: words for
 * callers, what writing takes, and its selector and fields, which the plan holds compiled (`when` a
 * number, `fields` a list, where the declaration's are objects).
 */
function unread(key: string, value: unknown): boolean {
  // A compiled field's kind record and compiled sub-struct (writing's), where the declaration's `kind` is text.
  if (key === 'kind') return typeof value === 'object';
  if (key === 'when' || key === 'fields') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return key === 'sub' || key === 'derived' || key === 'label' || key === 'aliases' || key === 'optional' || key === 'default' || key === 'lengthFrom';
}

/** A line break, index lines (`u`/`d`, ID hex, name, offset, length), a blank line, the plans' JSON; printable ASCII. */
export function planStoreText(): string {
  const index: string[] = [];
  let plans = '';
  // A setting is sent both ways: one plan, two index lines.
  const stored = new Map<Command, string>();
  const add = (direction: string, list: readonly Command[]) => {
    for (const c of list) {
      if (/\s/.test(c.name)) throw new Error(`plan store: ${c.name} has a space`);
      let where = stored.get(c);
      if (where === undefined) {
        const json = asciiJson(readPlanOf(c), (key, value) => (unread(key, value) ? undefined : value));
        stored.set(c, (where = `${plans.length} ${json.length}`));
        plans += json;
      }
      // The name a reply about the ID gives (command-names.ts: services' and settings'); `-` for a keyed list's.
      index.push(`${direction} ${hexOf(c.command)} ${c.place.to === 'entry' ? '-' : c.name} ${where}`);
      // The start of a longer ID (`65` of `6500`): a line of its own, without a plan.
      for (let n = 1; n < c.command.length; n++) {
        const line = `${direction} ${hexOf(c.command.slice(0, n))} - -`;
        if (index.indexOf(line) < 0) index.push(line);
      }
    }
  };
  // Uplinks first: most messages are, and a downlink ID is looked up in its own lines anyway.
  add('u', uplinkCommands().list);
  add('d', downlinkCommands().list);
  return '\n' + index.join('\n') + '\n\n' + plans;
}

function isRecord(v: unknown): v is { [key: string]: unknown } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a declaration holds for readers of the tables, not for writing: left out of the store. */
const UNWRITTEN = ['doc', 'device'];

/** The text of the write part's store (read by stored-downlinks.ts): the commands sent down, as that module describes. */
export function downlinkStoreText(): string {
  const index: string[] = [];
  let rows = '';
  for (const c of downlinkCommands().list) {
    const p = c.place;
    // A service's inputs as a struct (`{ kind: 'struct', fields }`), so that their order is kept as every struct's is.
    const declared = p.to === 'entry' ? keyedListOf(c).row : c.field;
    const json = asciiJson(declared, (key, value) => {
      if (typeof value === 'function') throw new Error(`downlink store: ${c.name}.${key} is a function`);
      if (UNWRITTEN.indexOf(key) >= 0) return undefined;
      // Fields in their order, as pairs: otto (ChirpStack v3) builds what JSON.parse reads in no set order.
      return key === 'fields' && isRecord(value) ? Object.keys(value).map((k) => [k, value[k]]) : value;
    });
    if (/\s/.test(c.name)) throw new Error(`downlink store: ${c.name} has a space`);
    index.push(`${c.name} ${hexOf(c.command)} ${p.to} ${c.rank} ${rows.length} ${json.length}`);
    rows += json;
  }
  return '\n' + index.join('\n') + '\n\n' + rows;
}

/**
 * `value` as JSON in printable ASCII (what is not, escaped), as the stores hold it: broken after a comma
 * once a line passes 100 characters (JSON allows a line break between its tokens), so that no line of
 * the script is long, and ended by a line break.
 */
function asciiJson(value: unknown, replacer: (key: string, value: unknown) => unknown): string {
  const json = JSON.stringify(value, replacer).replace(/[^\x20-\x7e]/g, (ch) => '\\u' + ('000' + ch.charCodeAt(0).toString(16)).slice(-4));
  let out = '';
  let line = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    out += ch;
    line++;
    if (inString) {
      if (ch === '\\') {
        out += json[++i];
        line++;
      } else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ',' && line > 100) {
      out += '\n';
      line = 0;
    }
  }
  return out + '\n';
}
