/**
 * The commands sent down as the network-server script's part that writes finds them (codecs/wt102.js).
 * The library builds every command from the tables (src/engine/commands.ts); a script started afresh for
 * every message cannot afford that, so the part is built with this module in that one's place: each
 * command's declaration (its inputs, its value, or its keyed list), the tables' own with their
 * documentation left out, is stored as text at build time (plan-store.ts) and compiled by the library's
 * code (struct.ts, keyed-list.ts) only when a message writes that command.
 *
 * The stored text (WT102_ROWS, handed to the part by the script): a line break, index lines, a blank
 * line, then the declarations as JSON one after another, each struct's `fields` as pairs (see inOrder). An index line is the command's name, its ID in
 * hex, where its value goes (`call`, `key`, `member`, `entry`), its rank (-1 for a service) and where its
 * declaration begins after the blank line and how long it is. The lines are in the tables' order.
 */
import { dict, lazy } from '../base/es5';
import type { Command, CommandList, Placement, Writing } from '../engine/commands';
import { keyedList } from '../engine/keyed-list';
import type { KeyedList } from '../engine/keyed-list';
import { DOWNLINK_KINDS } from '../engine/kinds';
import { compileField, compileInputs } from '../engine/struct';
import type { Body } from '../engine/struct';
import type { Field, Fields } from '../schema/fields';
import type { KeyedListRow } from '../schema/settings';

/** The stored text, a parameter of the script's part that this module is built into. */
declare const WT102_ROWS: string;

/** As commands.ts's. */
export const STRICT_WRITING: Writing = { device: undefined };

/** The stored declaration at `at` (after the blank line), `length` characters. */
function declaration(at: number, length: number): unknown {
  return inOrder(JSON.parse(WT102_ROWS.substr(WT102_ROWS.indexOf('\n\n') + 2 + at, length)));
}

/**
 * A declaration as the tables hold it: its `fields`, stored as pairs, an object again, its keys set in their
 * order (which is the wire order): otto (ChirpStack v3) gives what JSON.parse makes in no set order.
 */
function inOrder(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = inOrder(value[i]);
    return value;
  }
  const v = value as { [key: string]: unknown };
  // Objects without a prototype, as JSON.parse's are in effect: a key is set, not handed to a setter on Object.prototype.
  const out = dict<unknown>();
  for (const key in v) {
    if (key !== 'fields' || !Array.isArray(v.fields)) out[key] = inOrder(v[key]);
  }
  if (Array.isArray(v.fields)) {
    const fields = dict<unknown>();
    for (let i = 0; i < v.fields.length; i++) fields[v.fields[i][0]] = inOrder(v.fields[i][1]);
    out.fields = fields;
  }
  return out;
}

/** A command's body, compiled from its stored declaration the first time it is written. */
class StoredBody implements Body {
  private body: Body | undefined;

  constructor(
    private readonly at: number,
    private readonly length: number,
    /** A service's inputs (an object of fields; none given is `{}`), not a setting's value. */
    private readonly call: boolean,
  ) {}

  encode(value: unknown, path: string, out: number[], others?: boolean): void {
    if (this.body === undefined) {
      const d = declaration(this.at, this.length);
      this.body = this.call ? compileInputs((d as { fields: Fields }).fields, 'string', DOWNLINK_KINDS) : compileField(d as Field, 'number', DOWNLINK_KINDS);
    }
    this.body.encode(value, path, out, others);
  }
}

/** Where each keyed list's declaration is, by command name; the list once compiled. */
const lists = dict<{ at: number; length: number; list?: KeyedList }>();

/** As commands.ts's: what is sent down, services then settings, from the stored index. */
export const downlinkCommands = lazy((): CommandList => {
  const lines = WT102_ROWS.slice(1, WT102_ROWS.indexOf('\n\n')).split('\n');
  const list: Command[] = [];
  const byName = dict<Command>();
  for (let i = 0; i < lines.length; i++) {
    const [name, hex, to, rank, at, length] = lines[i].split(' ');
    const command: number[] = [];
    for (let k = 0; k < hex.length; k += 2) command.push(parseInt(hex.substr(k, 2), 16));
    const dot = name.indexOf('.');
    let place: Placement;
    let body: Body | undefined;
    if (to === 'entry') {
      lists[name] = { at: +at, length: +length };
      // The list itself is compiled by keyedListOf when an entry is written.
      place = { to, key: name, items: name } as Placement;
    } else {
      place = to === 'call' ? { to } : to === 'key' ? { to, key: name } : { to: 'member', key: name.slice(0, dot), member: name.slice(dot + 1) };
      body = new StoredBody(+at, +length, to === 'call');
    }
    const c: Command = { name, command, place, rank: +rank, down: true, up: to !== 'call', body, field: undefined, copies: undefined };
    list.push(c);
    byName[name] = c;
  }
  return { list, byName };
});

/** As commands.ts's: the keyed list command `c` writes its entries by. */
export function keyedListOf(c: Command): KeyedList {
  const stored = lists[c.name];
  return stored.list || (stored.list = keyedList(declaration(stored.at, stored.length) as KeyedListRow));
}
