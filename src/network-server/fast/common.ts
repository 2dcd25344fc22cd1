/**
 * What the parts of the fast path share: the table, read from the store's text, and the check of a
 * caller's objects. Each part is bundled with its own copy of what it imports from here.
 */
import type { Entry, Rec } from './types';

/** Thrown when the fast path leaves a message to the full codec (the boot catches anything). */
export function giveWay(): never {
  throw giveWay;
}

let text = '';
let layout: number[] = [];

/** Keeps the store's text and where its parts end (ID index, entries, …), for this message. */
export function useStore(store: string, parts: number[]): void {
  text = store;
  layout = parts;
}

/** The entry of the command whose ID bytes are `id` (decimal, dot-separated: `101.0`), if the fast path handles it. */
export function byId(id: string): Entry | undefined {
  const k = text.indexOf('#' + id + ':');
  if (k < 0 || k >= layout[0]) return undefined;
  const at = k + id.length + 2;
  const comma = text.indexOf(',', at);
  return JSON.parse(text.substr(layout[0] + parseInt(text.slice(at, comma), 36), parseInt(text.slice(comma + 1, comma + 5), 36))) as Entry;
}

/** The entry of the command named `name` (`set_target_temperature`, `temp_control.enable`), if the fast path handles it. */
export function byName(name: string): Entry | undefined {
  const i = text.indexOf('["' + name + '"', layout[0]);
  if (i < 0 || i >= layout[1] || (i > layout[0] && text.charAt(i - 1) !== ']')) return undefined;
  // Entries are JSON arrays, one after another, and no `][` is inside one.
  const end = text.indexOf('][', i);
  const e = JSON.parse(text.slice(i, end < 0 || end >= layout[1] ? layout[1] : end + 1)) as Entry;
  // A caller's key could reach into the entry's text (`reboot",[182`): only the entry's own name is it.
  return e[0] === name ? e : undefined;
}

/**
 * A caller's plain object (its prototype Object.prototype or null) whose enumerable properties are
 * all its own data properties, or a give-way: what the full codec would read as a snapshot, the fast
 * path reads directly only when no getter, proxy or inherited key could tell the two apart.
 */
export function plain(o: unknown): Rec {
  if (!o || typeof o !== 'object' || Array.isArray(o)) giveWay();
  const proto = Object.getPrototypeOf(o);
  if (proto !== null && proto !== Object.prototype) giveWay();
  for (const k in o as Rec) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    // An accessor has its own get and set; a data property's inherit them (so a polluted prototype gives way too).
    if (!d || d.get || d.set) giveWay();
  }
  return o as Rec;
}
