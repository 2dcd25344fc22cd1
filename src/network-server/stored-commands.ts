/**
 * The commands as the network-server script finds them (codecs/wt102.js). The library builds every
 * command from the tables (src/engine/commands.ts); a script started afresh for every message cannot
 * afford that, so its parts are built with this module in that one's place: each command's plan
 * (src/engine/plans.ts), made at build time from the same commands, is stored as text, and parsed only
 * when a message holds its ID (reading) or its name (writing). Everything else is the library's own code:
 * reading reads plans, and writing binds a plan to the kinds' writers (struct.ts's bodyOfPlan).
 *
 * The stored text (WT102_PLANS, handed to each part by the script; plan-store.ts writes it): a first line of
 * three offsets, six digits each, counted from the start of the text (where the plans begin, where the `u` lines
 * begin, where the `t` lines begin), then the index lines of the commands sent down (`d`), of those sent up
 * (`u`), the lines of `t`, a blank line, and the plans as JSON one after another. An index line is `d` or `u`,
 * the command ID's bytes in hex, the command's name, its placement (`call`, `key`, `member`, `entry`…), its
 * rank, and where its plan begins after the blank line and how long it is. A line of `-` after the ID is
 * the start of longer IDs. Lines of `t` list the keys of temperatures in decoded uplinks.
 */
import { dict, hasOwnKey, lazy } from '../base/es5';
import type { Command, CommandList, Placement } from '../engine/commands';
import { listOf } from '../engine/command-list';
import { DOWNLINK_KINDS } from '../engine/kinds';
import type { FieldPlan, ListPlan, ReadPlan } from '../engine/plans';
import type { Field, Fields } from '../schema/fields';
import { bodyOfPlan } from '../engine/struct';
import type { Body } from '../engine/struct';
import { queryableName } from '../schema/command-id-names';

/** The stored text, a parameter of the script's part that this module is built into. */
declare const WT102_PLANS: string;

/** As commands.ts's: the plan of the command sent up whose ID is `id` (`n` bytes), `true` for the start of a longer ID. */
export function findUplinkPlan(id: number, n: number): ReadPlan | true | undefined {
  return planOf(indexLine('u ' + idHex(id, n) + ' '));
}

/** As commands.ts's, for a command sent down. */
export function findDownlinkPlan(id: number, n: number): ReadPlan | true | undefined {
  return planOf(indexLine('d ' + idHex(id, n) + ' '));
}

/** An ID of `n` bytes in hex, as the index spells it (a leading 1 keeps its leading zeros: `0x100 + 0x0e` is `10e`). */
function idHex(id: number, n: number): string {
  return (Math.pow(256, n) + id).toString(16).slice(1);
}

/** The plan an index line points at; `true` for the start of longer IDs. */
function planOf(line: string[] | undefined): ReadPlan | true | undefined {
  if (line === undefined) return undefined;
  if (line[3] === '-') return true;
  return planAt(+line[5], +line[6]);
}

/**
 * The index: the text up to where the plans begin, as its first line says (so its length is where they begin).
 * Taken from the text once per part, as searching it is cheaper than searching all (~45 instructions a character
 * in QuickJS), and otto (ChirpStack v3) spends ~12 µs on any use of a 40 KB string, even reading its `length`.
 */
let indexText: string | undefined;
function index(): string {
  return indexText || (indexText = WT102_PLANS.substr(0, +WT102_PLANS.substr(1, 6)));
}

/**
 * Where the lines of the commands sent up begin, from the first line (`\n`, then where the plans, the `u` lines
 * and the `t` lines begin, six digits each): those sent down are before them, from the second line on.
 */
function upAt(): number {
  return +index().substr(8, 6);
}

/** The lines of the commands sent down, from the line break before the first to the one after the last. */
let downText: string | undefined;
function downLines(): string {
  return downText || (downText = index().slice(21, upAt()));
}

/** The plans parsed so far, by where they are stored: a frame may hold one command many times (a schedule's fields, history records). */
const parsed = /* @__PURE__ */ dict<ReadPlan>();

/** The stored plan at `at` (after the blank line), `length` characters, parsed once (as commands.ts makes each once). */
function planAt(at: number, length: number): ReadPlan {
  return parsed[at] || (parsed[at] = JSON.parse(WT102_PLANS.substr(index().length + at, length)) as ReadPlan);
}

/**
 * A stored plan's fields, as writing takes them: a nested struct's declaration names its fields again (the
 * store keeps them once, as the plan's `fields`), in their order, for the words of what it allows.
 */
function declared(plans: readonly FieldPlan[]): void {
  for (let i = 0; i < plans.length; i++) {
    // Only a struct's plan has fields.
    const sub = plans[i].fields;
    if (sub === undefined) continue;
    const fields = dict<Field>();
    for (let k = 0; k < sub.length; k++) fields[sub[k].name] = sub[k].d;
    (plans[i].d as { fields: Fields }).fields = fields;
    declared(sub);
  }
}

/** The index lines found so far, by their start: a frame may hold one command many times. */
const linesFound = /* @__PURE__ */ dict<string[] | undefined>();

/**
 * The index line that starts with `start` (`d 6500 `, `u 0e `), in its words. The search is of the index alone,
 * from its direction's lines: one for a line no command has must not run on through the 40 KB of plans.
 */
function indexLine(start: string): string[] | undefined {
  if (hasOwnKey(linesFound, start)) return linesFound[start];
  // The `d` lines come first, so a search for one ends there when its command is found; for an ID no command has
  // (a frame refused), it runs on to the end of the index. A search for a `u` line starts at the first.
  const text = index();
  const at = text.indexOf('\n' + start, start.charAt(0) === 'u' ? upAt() - 1 : 0) + 1;
  return (linesFound[start] = at > 0 ? text.slice(at, text.indexOf('\n', at)).split(' ') : undefined);
}

/** As commands.ts's: the keys under which decoded uplinks give temperatures, as the store's `t` lines list them. */
export function temperatureKeys(): string[] {
  // The `t` lines end the index: only they are split (splitting every line costs QuickJS ~1 M instructions).
  const text = index();
  const lines = text.slice(+text.substr(15, 6), text.length - 2).split('\n');
  let keys: string[] = [];
  for (let i = 0; i < lines.length; i++) keys = keys.concat(lines[i].split(' ').slice(1));
  return keys;
}

/** As commands.ts's (command-names.ts's): what a downlink command ID (`0X6500`) names, its queryable name first, else a service's or a setting's. */
export function commandNameOf(id: string): string | undefined {
  const queryable = queryableName(id);
  if (queryable !== undefined) return queryable;
  const line = indexLine('d ' + id.slice(2).toLowerCase() + ' ');
  return line === undefined || line[3] === '-' || line[3] === 'entry' ? undefined : line[2];
}

/* ------------------------------------------------------------------ writing */

/** A command's body, bound from its stored plan the first time it is written. */
class StoredBody implements Body {
  private body: Body | undefined;

  constructor(
    private readonly at: number,
    private readonly length: number,
  ) {}

  encode(value: unknown, path: string, out: number[], others?: boolean): void {
    if (this.body === undefined) {
      const plan = planAt(this.at, this.length);
      if (plan.body !== undefined) declared([plan.body]);
      // A service's inputs: enums as the maker's service page spells them, and none given is `{}`.
      this.body = bodyOfPlan(plan.body as NonNullable<ReadPlan['body']>, plan.style === 'string' ? 'string' : 'number', DOWNLINK_KINDS, plan.to === 'call');
    }
    this.body.encode(value, path, out, others);
  }
}

/** Where each command's plan is (sent down), by name. */
const stored = /* @__PURE__ */ dict<{ at: number; length: number }>();
/** The keyed lists whose fields are declared for writing (keyedListPlan). */
const listsDeclared = /* @__PURE__ */ dict<true>();

/** The commands sent down made so far, by name: each is made once, from its index line. */
const made = /* @__PURE__ */ dict<Command>();

/** The command of a `d` index line's words (ID hex, name, placement, rank, where its plan is). */
function commandOfLine(words: string[]): Command {
  const [, hex, name, to, rank, at, length] = words;
  if (hasOwnKey(made, name)) return made[name];
  const command: number[] = [];
  for (let k = 0; k < hex.length; k += 2) command.push(parseInt(hex.substr(k, 2), 16));
  const dot = name.indexOf('.');
  let place: Placement;
  // Where its plan is: its body is bound from it when first written (bodyOf), its list's plan declared (keyedListPlan).
  stored[name] = { at: +at, length: +length };
  if (to === 'entry') place = { to, key: name, items: name } as Placement;
  else place = to === 'call' ? { to } : to === 'key' ? { to, key: name } : { to: 'member', key: name.slice(0, dot), member: name.slice(dot + 1) };
  return (made[name] = { name, command, place, rank: +rank, down: true, up: to !== 'call', field: undefined, copies: undefined });
}

/** As commands.ts's: what is sent down, services then settings, in the tables' order, from the stored index. */
export const downlinkCommands = /* @__PURE__ */ lazy((): CommandList => {
  const list: Command[] = [];
  const lines = downLines().slice(1, -1).split('\n');
  for (let i = 0; i < lines.length; i++) {
    // The starts of longer IDs are not read here.
    const words = lines[i].split(' ');
    if (words[3] !== '-') list.push(commandOfLine(words));
  }
  return listOf(list);
});

/** The groups looked up so far (commands.ts's downlinkGroup): member → command, or undefined for no group. */
const groupsFound = /* @__PURE__ */ dict<{ [member: string]: Command } | undefined>();

/**
 * The command sent down named `name`, or the members of the group `name` is the key of, from the `d` lines that
 * hold ` name` alone: one search of those lines answers both questions a settings object's key asks. Searching
 * text costs QuickJS ~45 instructions a character, and making every command (splitting every line) ~3 M.
 */
function lookUp(name: string): Command | undefined {
  const lines = downLines();
  let group: { [member: string]: Command } | undefined;
  for (let at = lines.indexOf(' ' + name); at >= 0; at = lines.indexOf(' ' + name, at + 1)) {
    const words = lines.slice(lines.lastIndexOf('\n', at) + 1, lines.indexOf('\n', at)).split(' ');
    if (words[0] !== 'd' || words[3] === '-') continue;
    // A name is a command's or a group's key, never both.
    if (words[2] === name) return commandOfLine(words);
    if (words[3] === 'member' && words[2].slice(0, name.length + 1) === name + '.') {
      const c = commandOfLine(words);
      (group || (group = dict<Command>()))[(c.place as { member: string }).member] = c;
    }
  }
  groupsFound[name] = group;
  return undefined;
}

/** As commands.ts's: the command sent down named `name`, made from its index line alone. */
export function downlinkCommandNamed(name: string): Command | undefined {
  if (hasOwnKey(made, name)) return made[name];
  return hasOwnKey(groupsFound, name) ? undefined : lookUp(name);
}

/** As commands.ts's: the settings of group `key`, member → command in the table's order, from their index lines alone. */
export function downlinkGroup(key: string): { readonly [member: string]: Command } | undefined {
  if (!hasOwnKey(groupsFound, key) && (hasOwnKey(made, key) || lookUp(key) !== undefined)) return undefined;
  return groupsFound[key];
}

/** As commands.ts's: command `c`'s body as a downlink writes it, bound from its stored plan when first written. */
export function bodyOf(c: Command): Body {
  return c.bound || (c.bound = new StoredBody(stored[c.name].at, stored[c.name].length));
}

/** As commands.ts's: the declaration of command `c`'s body (what the index does not hold: read from its stored plan). */
export function fieldOf(c: Command): Field | undefined {
  const plan = planAt(stored[c.name].at, stored[c.name].length).body;
  return plan === undefined ? undefined : plan.d;
}

/** As commands.ts's: the setting whose ID bytes are `hex`, from its index line (a service's rank is -1), with its plan's entries for a keyed list. */
export function settingOfHex(hex: string): { readonly name: string; readonly list: ReadPlan['list'] } | undefined {
  const line = indexLine('d ' + hex + ' ');
  if (line === undefined || line[3] === '-' || +line[4] < 0) return undefined;
  return { name: line[2], list: line[3] === 'entry' ? planAt(+line[5], +line[6]).list : undefined };
}

/** As commands.ts's: the plan of the keyed list command `c` writes its entries by, its fields declared for writing. */
export function keyedListPlan(c: Command): ListPlan {
  const plan = planAt(stored[c.name].at, stored[c.name].length);
  const list = plan.list as ListPlan;
  if (!hasOwnKey(listsDeclared, c.name)) {
    for (const sub in list.subs) declared([list.subs[sub].body]);
    listsDeclared[c.name] = true;
  }
  return list;
}
