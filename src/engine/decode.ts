/**
 * Decoding, for every command of commands.ts: each command is looked up by its ID bytes, its body
 * read, and its value put where its placement says: a service call, a key or a group member of the
 * current scope, an entry of a keyed list, an item appended to a list, or a record that becomes the
 * scope of what follows.
 *
 * Downlinks and uplinks differ only in strictness, a parameter here: downlinks refuse what uplinks
 * only warn about, and merge only what one `encode` would write in that order (so that re-encoding
 * gives the same bytes).
 */
import { frameReader } from '../base/bytes';
import type { Rec } from '../base/caller-input';
import { hasOwnKey, lazy } from '../base/es5';
import { CommandTrie } from './command-trie';
import { copiesOf, downlinkCommands, uplinkCommands } from './commands';
import type { Command, EntryValue } from './commands';
import { lenientReading, STRICT_READING, warn, warningsOf } from './read-context';
import type { ReadContext } from './read-context';

const downlinkTrie = /* @__PURE__ */ lazy(() => {
  const trie = new CommandTrie<Command>('downlink');
  for (const c of downlinkCommands().list) trie.add(c.command, c);
  return trie;
});

const uplinkTrie = /* @__PURE__ */ lazy(() => {
  const trie = new CommandTrie<Command>('uplink');
  for (const c of uplinkCommands().list) trie.add(c.command, c);
  return trie;
});

/** What a frame decodes to: downlinks a list of calls and settings objects, uplinks one object. */
export interface Placed {
  readonly items: Rec[];
  readonly root: Rec;
}

/** Puts decoded values where their commands' placements say. */
class Placer implements Placed {
  readonly items: Rec[] = [];
  /** A downlink has no root object: it is a list of calls and settings. */
  readonly root: Rec = {};
  /** Where keys, members and entries go: the settings object being filled, the uplink, or its current record. */
  private scope: Rec | undefined = undefined;
  /** Names set by a command of their own (not by a copy) in this scope, to warn about repeats. */
  private reported: string[] | undefined = undefined;
  /** The rank of the last setting put in this scope, and the table order of the last schedule field. */
  private rank = -1;
  private seq = -1;

  constructor(
    private readonly strict: boolean,
    private readonly ctx: ReadContext,
  ) {
    if (!strict) this.scope = this.root;
  }

  place(c: Command, value: unknown, at: number): void {
    const p = c.place;
    if (p.to === 'call') {
      this.items.push({ serviceId: c.name, inputs: value });
      this.scope = undefined;
      return;
    }
    if (p.to === 'record') {
      (hasOwnKey(this.root, p.key) ? (this.root[p.key] as unknown[]) : (this.root[p.key] = [])).push(value);
      this.scope = value as Rec;
      this.reported = undefined;
      this.rank = this.seq = -1;
      return;
    }
    let scope = this.scope;
    if (scope === undefined || !this.fits(c)) {
      // A downlink setting that one `encode` of the settings so far would not write here starts a new object.
      scope = this.scope = {};
      this.items.push({ properties: scope });
      this.rank = this.seq = -1;
    }
    this.put(scope, c, value, at);
  }

  /** Strictly, a setting fits only after the ones before it in the table, a schedule field after those of its entry. */
  private fits(c: Command): boolean {
    if (!this.strict || c.rank < 0) return true;
    return c.place.to === 'entry' ? c.rank >= this.rank : c.rank > this.rank;
  }

  private put(scope: Rec, c: Command, value: unknown, at: number): void {
    const p = c.place;
    if (p.to === 'append') {
      if (!hasOwnKey(scope, p.key)) scope[p.key] = [];
      (scope[p.key] as unknown[]).push(value);
      return;
    }
    if (p.to === 'entry') {
      const v = value as EntryValue;
      const id = p.list.row.entryKey;
      const list = (hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = [])) as Rec[];
      const last = list.length > 0 ? list[list.length - 1] : undefined;
      // Downlinks: only what one `encode` would emit in this order. Uplinks: a field joins the list's
      // last entry when that entry is of the same schedule and lacks the field, whatever command came in
      // between, so that encodeUplink (which writes each entry's fields together) gives the same list back.
      const same = last !== undefined && last[id] === v.id && (this.strict ? this.rank === c.rank && v.seq > this.seq : !hasOwnKey(last, v.key));
      if (same) last[v.key] = v.value;
      else list.push({ [id]: v.id, [v.key]: v.value });
      this.rank = c.rank;
      this.seq = v.seq;
      return;
    }
    if (!this.strict) {
      // A list, not a prototype-less dictionary, which is slow to create: a scope holds a few names.
      const reported = this.reported || (this.reported = []);
      if (reported.indexOf(c.name) >= 0) warn(this.ctx, at, `${c.name} is reported twice; the last value is kept`);
      else reported.push(c.name);
    }
    if (p.to === 'key') scope[p.key] = value;
    else if (p.to === 'member') ((hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = {})) as Rec)[p.member] = value;
    if (c.copies !== undefined) {
      const copies = copiesOf(c.copies, value, c.name);
      for (let i = 0; i < copies.length; i++) scope[copies[i][0]] = copies[i][1];
    }
    this.rank = c.rank;
    this.seq = -1;
  }
}

/** Reads every command of a downlink and places its value; any value out of range is refused. */
export function decodeDownlinkCommands(bytes: number[]): Placed {
  return decodeCommands(bytes, downlinkTrie(), true);
}

/** Reads every command of an uplink and places its value; values out of range are kept, and the warnings are returned in `root.warnings`. */
export function decodeUplinkCommands(bytes: number[]): Placed {
  return decodeCommands(bytes, uplinkTrie(), false);
}

function decodeCommands(bytes: number[], trie: CommandTrie<Command>, strict: boolean): Placed {
  const r = frameReader(bytes);
  const ctx = strict ? STRICT_READING : lenientReading();
  const out = new Placer(strict, ctx);
  while (r.rest() > 0) {
    const start = r.pos;
    const c = trie.read(r);
    out.place(c, c.body === undefined ? 1 : c.body.decode(r, c.what, ctx), start);
  }
  if (!strict) {
    const warnings = warningsOf(ctx);
    if (warnings.length > 0) out.root.warnings = warnings;
  }
  return out;
}
