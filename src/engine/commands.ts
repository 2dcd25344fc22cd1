/**
 * Every command of the protocol as rows, one list per direction, built from the tables (src/schema/)
 * on first use: its ID bytes, its body, and its **placement**, which says where its value goes in
 * decoded output and where encoding finds it. The engine (read.ts, encode-downlink.ts,
 * encode-uplink.ts) runs them all; nothing there or here knows one command from another: what
 * differs is the tables' data.
 */
import type { Path } from '../base/errors';
import type { Rec } from '../base/caller-input';
import { dict, lazy } from '../base/es5';
import { hexOf } from '../base/bytes';
import type { Field } from '../schema/fields';
import { isTemperature } from '../schema/builders';
import { SERVICE_ROWS } from '../schema/services';
import type { ServiceRow } from '../schema/services';
import { SCHEDULE_ROWS, SETTING_ROWS } from '../schema/settings';
import { HISTORY_RECORD, REPLY, UPLINK_ROWS } from '../schema/uplinks';
import type { ListRow, UplinkRow } from '../schema/uplinks';
import { listPlanOf, readPlanOf } from './plans';
import type { FieldPlan, ListPlan, ReadPlan } from './plans';
import { copyPlan } from './copies';
import { listOf } from './command-list';
import type { Listing } from './command-list';
import { DOWNLINK_KINDS } from './kinds';
import { bodyOfPlan } from './struct';
import type { Body, CopyOf } from './struct';

/** How values are written: strictly (downlinks), or as a device writes them (encodeUplink). */
export interface Writing {
  /** The writers of what a device sends, which take what a device may send (encodeUplink); undefined for downlinks. */
  readonly device: DeviceWriting | undefined;
}


/** What only encodeUplink writes with (kinds' `device` writers): the network-server script leaves it out. */
export interface DeviceWriting {
  /** The body of command `name` as a device writes it. */
  body(name: string, field: Field): Body;
  /** Checks an item of a list of command `c`'s values (a reply, a record); returns its snapshot, undefined if it is no object. */
  item(c: Command, item: unknown, path: Path): Rec | undefined;
}

/** Where a command's value goes in decoded output, and where encoding finds it. */
export type Placement =
  /** A service call, `{serviceId: name, inputs}` (downlinks). */
  | { readonly to: 'call' }
  /** `scope[key]`: a reading, an event or a bare setting. */
  | { readonly to: 'key'; readonly key: string }
  /** `scope[key][member]`: a member of a group of settings. */
  | { readonly to: 'member'; readonly key: string; readonly member: string }
  /** A field of an entry of the keyed list `scope[key]` (schedules, keyed by `id`), whose plan is `list`. */
  | { readonly to: 'entry'; readonly key: string; readonly items: string; readonly list: ListPlan }
  /** An item appended to the list `scope[key]` (replies). */
  | { readonly to: 'append'; readonly key: string; readonly items: string }
  /** An item appended to `root[key]` that holds the commands after it (history records). */
  | { readonly to: 'record'; readonly key: string; readonly items: string };

export interface Command {
  /** Its name in output and messages: a service id, a setting's path, an uplink key. */
  readonly name: string;
  readonly command: readonly number[];
  readonly place: Placement;
  /** Where settings take their turn in a frame (a properties object is written in this order); -1 for others. */
  readonly rank: number;
  /** Sent down (services, settings), sent up (readings, events, replies, records, settings), or both. */
  readonly down: boolean;
  readonly up: boolean;
  /**
   * The declaration of its body (a service's inputs as a struct); undefined for a command with no body
   * (reported as `1`) or a keyed list's (its plan, `place.list`, has its entries' fields). Reading reads
   * its plan (plans.ts), writing binds that plan to the kinds' writers (`bodyOf`), each on first use.
   */
  readonly field: Field | undefined;
  /** Where an event's fields are copied to at top level (docs/PROTOCOL.md §6; copies.ts). */
  readonly copies: CopyOf | undefined;
  /** Its body as a downlink writes it, once bound (`bodyOf`); the script's commands come with theirs. */
  bound?: Body;
}

/* ------------------------------------------------------------------ the list */

/** `dirs`: 1 sent down, 2 sent up, 3 both. */
function row(name: string, command: readonly number[], place: Placement, field: Field | undefined, dirs: number, rank: number, copies?: CopyOf): Command {
  return { name, command, place, rank, down: (dirs & 1) > 0, up: (dirs & 2) > 0, field, copies };
}

const DOWN = 1;
const UP = 2;
const BOTH = 3;

/** A direction's commands: in order; settings by path, services by id, readings by key (`byName`); the settings groups (`temp_control`): member → command, in the table's order (`groups`). */
export type CommandList = Listing<Command>;

/** The settings, in the table's order, with the schedules where they take their turn: sent both ways. */
const settingCommands = /* @__PURE__ */ lazy((): Command[] => {
  const list: Command[] = [];
  let rank = 0;
  for (const s of SETTING_ROWS) {
    const [key, member] = s.path;
    const place: Placement = member === undefined ? { to: 'key', key } : { to: 'member', key, member };
    list.push(row(s.path.join('.'), s.command, place, s.body, BOTH, rank++));
    if (key === SCHEDULE_ROWS.after) {
      const plan = listPlanOf(SCHEDULE_ROWS);
      list.push(row(SCHEDULE_ROWS.key, [SCHEDULE_ROWS.command], { to: 'entry', key: SCHEDULE_ROWS.key, items: SCHEDULE_ROWS.items, list: plan }, undefined, BOTH, rank++));
    }
  }
  return list;
});

/**
 * What is sent down: services, then settings. Each direction has a list of its own, so that what
 * decodes uplinks alone (The Things Stack's Uplink tab) carries no service, and what encodes
 * downlinks no uplink reading.
 */
export const downlinkCommands = /* @__PURE__ */ lazy((): CommandList => {
  const list: Command[] = [];
  const services: { readonly [id: string]: ServiceRow } = SERVICE_ROWS;
  for (const id of Object.keys(services)) {
    list.push(row(id, services[id].command, { to: 'call' }, { kind: 'struct', fields: services[id].inputs }, DOWN, -1));
  }
  return listOf(list.concat(settingCommands()));
});

/** The command sent down named `name` (a service's id, a setting's path), if there is one. */
export function downlinkCommandNamed(name: string): Command | undefined {
  // byName has no prototype: nothing a polluted Object.prototype holds is found.
  return downlinkCommands().byName[name];
}

/** The settings of group `key` (`temp_control`), member → command in the table's order; undefined for a key that names no group. */
export function downlinkGroup(key: string): { readonly [member: string]: Command } | undefined {
  return downlinkCommands().groups[key];
}

/** What is sent up: settings (reported), then readings and events, replies and history records. */
export const uplinkCommands = /* @__PURE__ */ lazy((): CommandList => {
  const list = settingCommands().slice();
  for (const u of UPLINK_ROWS as readonly UplinkRow[]) {
    // An event's fields are planned with the top-level keys they are copied to (their plans carry them).
    list.push(row(u.key, u.command, { to: 'key', key: u.key }, u.body, UP, -1, copyPlan(u.copies)));
  }
  const listRow = (r: ListRow, to: 'append' | 'record') => row(r.key, [r.command], { to, key: r.key, items: r.items }, r.body, UP, -1);
  list.push(listRow(REPLY, 'append'), listRow(HISTORY_RECORD, 'record'));
  return listOf(list);
});

/** Every command once, in the tables' order: services, settings, then what only the valve sends. */
export const commands = /* @__PURE__ */ lazy((): CommandList => {
  const down = downlinkCommands().list;
  const up = uplinkCommands().list;
  return listOf(down.concat(up.filter((c) => down.indexOf(c) < 0)));
});

/** A direction's commands by their ID (its `n` bytes as one number, plus `n << 24`: `65` and `00 65` never meet), and `true` for the start of a longer ID; each with its plan once read. */
type PlanIndex = { [key: number]: { readonly c: Command; plan?: ReadPlan } | true };

function planIndex(list: readonly Command[]): PlanIndex {
  const index: PlanIndex = dict<{ readonly c: Command; plan?: ReadPlan } | true>();
  for (const c of list) {
    // No command is declared twice or is a prefix of another: test/tables.test.ts holds the tables to that.
    let id = 0;
    for (let n = 1; n <= c.command.length; n++) {
      id = id * 256 + c.command[n - 1];
      index[(n << 24) + id] = n === c.command.length ? { c } : true;
    }
  }
  return index;
}

const downlinkIndex = /* @__PURE__ */ lazy(() => planIndex(downlinkCommands().list));
const uplinkIndex = /* @__PURE__ */ lazy(() => planIndex(uplinkCommands().list));

/**
 * The plan of the command sent up (or down) whose ID is `id`, `n` bytes big-endian; `true` when a longer ID starts
 * with them; undefined for none. The reader (read.ts) finds commands by them, one direction each, so
 * that what reads one direction carries no table of the other.
 */
export function findUplinkPlan(id: number, n: number): ReadPlan | true | undefined {
  return planIn(uplinkIndex(), id, n);
}

export function findDownlinkPlan(id: number, n: number): ReadPlan | true | undefined {
  return planIn(downlinkIndex(), id, n);
}

function planIn(index: PlanIndex, id: number, n: number): ReadPlan | true | undefined {
  const found = index[(n << 24) + id];
  if (found === undefined || found === true) return found;
  return found.plan || (found.plan = readPlanOf(found.c));
}

/**
 * The keys under which decoded uplinks give temperatures (what the maker's forms twin: maker-forms.ts): the
 * names of the temperature fields of every command sent up, and the top-level keys they are copied to.
 */
export const temperatureKeys = /* @__PURE__ */ lazy((): string[] => {
  const keys: string[] = [];
  const add = (f: FieldPlan, key: string) => {
    for (const k of isTemperature(f.d) ? [key, f.copy] : []) if (k !== undefined && keys.indexOf(k) < 0) keys.push(k);
    if (f.fields !== undefined) for (const sub of f.fields) add(sub, sub.name);
  };
  for (const p of uplinkCommands().list.map(readPlanOf)) {
    if (p.body !== undefined) add(p.body, p.member !== undefined ? p.member : (p.key as string));
    if (p.list !== undefined) for (const sub in p.list.subs) add(p.list.subs[sub].body, p.list.subs[sub].key);
  }
  return keys;
});

/** What a downlink command ID names, for a reply about it (the script's stored plans answer it too). */
export { commandNameOf } from './command-names';

/*
 * Writing binds plans to the kinds' writers (struct.ts's bodyOfPlan): only writers call what follows, so
 * that what only reads (The Things Stack's Uplink tab) carries no writer.
 */

/** Command `c`'s body as a downlink writes it (services' enums as the service page spells them, none given is `{}`). */
export function bodyOf(c: Command): Body {
  if (c.bound === undefined) {
    const call = c.place.to === 'call';
    c.bound = bodyOfPlan(readPlanOf(c).body as FieldPlan, call ? 'string' : 'number', DOWNLINK_KINDS, call);
  }
  return c.bound;
}

/** The setting whose ID bytes are `hex` (lower case), by name; a keyed list's (the schedules) with its entries' plan. */
export function settingOfHex(hex: string): { readonly name: string; readonly list: ListPlan | undefined } | undefined {
  return settingsByHex()[hex];
}

const settingsByHex = /* @__PURE__ */ lazy(() => {
  const byHex = dict<{ name: string; list: ListPlan | undefined }>();
  for (const c of settingCommands()) byHex[hexOf(c.command)] = { name: c.name, list: c.place.to === 'entry' ? c.place.list : undefined };
  return byHex;
});

/** The declaration of command `c`'s body (a settings group's member's, for the maker's twins of a temperature). */
export function fieldOf(c: Command): Field | undefined {
  return c.field;
}

/** The plan of the keyed list a command placed in `entry` writes its entries by (encode-lists.ts builds the list from it). */
export function keyedListPlan(c: Command): ListPlan {
  return (c.place as Extract<Placement, { to: 'entry' }>).list;
}
