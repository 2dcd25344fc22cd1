/**
 * Decoding, for every command of commands.ts: each command is looked up by its ID bytes, its body
 * read, and its value put where its placement says: a service call, a key or a group member of the
 * current scope, an entry of a keyed list, an item appended to a list, or a record that becomes the
 * scope of what follows.
 *
 * Downlinks and uplinks are placed apart (a downlink is a list of calls and settings objects, an uplink
 * one object), so that what decodes one direction only carries no code of the other's placing; they
 * are read alike, downlinks strictly (what uplinks only warn about is refused).
 */
import { frameReader } from '../base/bytes';
import type { Rec } from '../base/caller-input';
import { hasOwnKey, lazy } from '../base/es5';
import { CommandTrie } from './command-trie';
import { copiesOf, downlinkCommands, uplinkCommands } from './commands';
import type { Command, EntryValue } from './commands';
import { lenientReading, STRICT_READING, warn, warningsOf } from './read-context';
import type { ReadContext } from './read-context';

/** The commands of one direction by their ID bytes. */
function trieOf(direction: string, list: readonly Command[]): CommandTrie<Command> {
  const trie = new CommandTrie<Command>(direction);
  for (const c of list) trie.add(c.command, c);
  return trie;
}

const downlinkTrie = /* @__PURE__ */ lazy(() => trieOf('downlink', downlinkCommands().list));
const uplinkTrie = /* @__PURE__ */ lazy(() => trieOf('uplink', uplinkCommands().list));

/** What both placers do with a command's value once they know its scope. */
interface Placer {
  place(c: Command, value: unknown, at: number): void;
}

/** A field of an entry of a keyed list (a schedule's): into the list's last entry when `joins` says so, else a new one. */
function putEntry(scope: Rec, key: string, entryKey: string, v: EntryValue, joins: (last: Rec) => boolean): void {
  const list = (hasOwnKey(scope, key) ? scope[key] : (scope[key] = [])) as Rec[];
  const last = list.length > 0 ? list[list.length - 1] : undefined;
  if (last !== undefined && last[entryKey] === v.id && joins(last)) last[v.key] = v.value;
  else list.push({ [entryKey]: v.id, [v.key]: v.value });
}

/** A bare setting or reading at `scope[key]`, or a group's member at `scope[key][member]`. */
function putValue(scope: Rec, c: Command, value: unknown): void {
  const p = c.place;
  if (p.to === 'key') scope[p.key] = value;
  else if (p.to === 'member') ((hasOwnKey(scope, p.key) ? scope[p.key] : (scope[p.key] = {})) as Rec)[p.member] = value;
}

/**
 * A downlink's calls and settings objects, in frame order: a run of settings is one object as long as
 * one `encode` of it would write them in that order (so that re-encoding gives the same bytes).
 */
class DownlinkPlacer implements Placer {
  readonly items: Rec[] = [];
  /** The settings object being filled, if the last command was a setting. */
  private scope: Rec | undefined = undefined;
  /** The rank of the last setting put in this object, and the table order of the last schedule field. */
  private rank = -1;
  private seq = -1;

  place(c: Command, value: unknown): void {
    const p = c.place;
    if (p.to === 'call') {
      this.items.push({ serviceId: c.name, inputs: value });
      this.scope = undefined;
      return;
    }
    // A setting fits only after the ones before it in the table, a schedule field after those of its entry.
    const fits = p.to === 'entry' ? c.rank >= this.rank : c.rank > this.rank;
    let scope = this.scope;
    if (scope === undefined || !fits) {
      scope = this.scope = {};
      this.items.push({ properties: scope });
      this.rank = this.seq = -1;
    }
    if (p.to === 'entry') {
      const v = value as EntryValue;
      // Only what one `encode` would emit in this order joins the entry.
      putEntry(scope, p.key, p.list.row.entryKey, v, () => this.rank === c.rank && v.seq > this.seq);
      this.seq = v.seq;
    } else {
      putValue(scope, c, value);
      this.seq = -1;
    }
    this.rank = c.rank;
  }
}

/**
 * An uplink's one object: readings, events (with their copies to top-level keys), settings reported
 * back, replies appended to their list, and history records, each the scope of the readings after it.
 */
class UplinkPlacer implements Placer {
  readonly root: Rec = {};
  /** Where keys, members and entries go: the uplink, or its current record. */
  private scope: Rec = this.root;
  /** Names set by a command of their own (not by a copy) in this scope, to warn about repeats. */
  private reported: string[] | undefined = undefined;

  constructor(private readonly ctx: ReadContext) {}

  place(c: Command, value: unknown, at: number): void {
    const p = c.place;
    const scope = this.scope;
    if (p.to === 'record') {
      (hasOwnKey(this.root, p.key) ? (this.root[p.key] as unknown[]) : (this.root[p.key] = [])).push(value);
      this.scope = value as Rec;
      this.reported = undefined;
    } else if (p.to === 'append') {
      if (!hasOwnKey(scope, p.key)) scope[p.key] = [];
      (scope[p.key] as unknown[]).push(value);
    } else if (p.to === 'entry') {
      // A field joins the list's last entry when that entry is of the same schedule and lacks the field,
      // whatever command came in between, so that encodeUplink (which writes each entry's fields
      // together) gives the same list back.
      const v = value as EntryValue;
      putEntry(scope, p.key, p.list.row.entryKey, v, (last) => !hasOwnKey(last, v.key));
    } else {
      // A list, not a prototype-less dictionary, which is slow to create: a scope holds a few names.
      const reported = this.reported || (this.reported = []);
      if (reported.indexOf(c.name) >= 0) warn(this.ctx, at, `${c.name} is reported twice; the last value is kept`);
      else reported.push(c.name);
      putValue(scope, c, value);
      if (c.copies !== undefined) {
        const copies = copiesOf(c.copies, value, c.name);
        for (let i = 0; i < copies.length; i++) scope[copies[i][0]] = copies[i][1];
      }
    }
  }
}

/** Reads a downlink's commands and returns its calls and settings objects; any value out of range is refused. */
export function decodeDownlinkCommands(bytes: number[]): Rec[] {
  const out = new DownlinkPlacer();
  readCommands(bytes, downlinkTrie(), STRICT_READING, out);
  return out.items;
}

/** Reads an uplink's commands and returns its object; values out of range are kept, and the warnings are in `warnings`. */
export function decodeUplinkCommands(bytes: number[]): Rec {
  const ctx = lenientReading();
  const out = new UplinkPlacer(ctx);
  readCommands(bytes, uplinkTrie(), ctx, out);
  const warnings = warningsOf(ctx);
  if (warnings.length > 0) out.root.warnings = warnings;
  return out.root;
}

/** Reads every command of a frame and places its value. */
function readCommands(bytes: number[], trie: CommandTrie<Command>, ctx: ReadContext, out: Placer): void {
  const r = frameReader(bytes);
  while (r.rest() > 0) {
    const start = r.pos;
    const c = trie.read(r);
    out.place(c, c.body === undefined ? 1 : c.body.decode(r, c.what, ctx), start);
  }
}
