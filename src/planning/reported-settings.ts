/**
 * The settings a valve last reported, folded from its uplinks in the order they arrived: a setting reported
 * again replaces the value before it, a group's member replaces that member, a schedule's field that field of
 * that schedule. Readings, events, replies and history are not settings, and are passed over.
 */
import { ownRecord } from '../base/caller-input';
import { listItems, uplinkBytes } from './uplinks';
import type { Rec } from '../base/caller-input';
import { unreadable, valueError } from '../base/errors';
import { hasOwnKey } from '../base/es5';
import { decodeUplink } from '../codec/uplink-codec';
import { twinBase } from '../engine/twins';
import { SCHEDULE } from '../tables';
import { isSettingKey } from '../engine/encode-settings';
import { downlinkGroup } from '../engine/commands';

/** A value as plain data, without the maker's Fahrenheit and Celsius twins of its temperatures (decoded with `maker: true`). */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  const out: Rec = {};
  for (const key of Object.keys(value)) {
    const base = twinBase(key);
    if (base !== undefined && hasOwnKey(value, base)) continue;
    out[key] = plain((value as Rec)[key]);
  }
  return out;
}

/** Whether `key` is a setting group (its members are settings of their own, reported one by one). */
function isGroup(key: string): boolean {
  return downlinkGroup(key) !== undefined;
}

/**
 * The latest settings known from `uplinks` (frames, decoded data, uplinks carrying either, or servers' events: see
 * uplinks.ts), over `previous` (what an earlier call gave). Returns a settings object, as `encode` takes in `properties`.
 */
export function reportedSettings(uplinks: readonly unknown[], previous?: Record<string, unknown>): Record<string, unknown> {
  const items = listItems(uplinks, 'uplinks', 'uplinks (decoded data, or frames)');
  let settings: Rec = {};
  if (previous !== undefined) {
    const given = ownRecord(previous, 'previous');
    if (given === undefined) throw valueError('INVALID_TYPE', 'previous', previous, 'is not a settings object');
    try {
      settings = plain(given) as Rec;
    } catch (e) {
      throw unreadable('previous', e);
    }
  }
  for (let i = 0; i < items.length; i++) {
    const bytes = uplinkBytes(items[i], i);
    if (bytes === undefined) continue;
    foldInto(settings, decodeUplink(bytes) as unknown as Rec);
  }
  return settings;
}

/**
 * Folds settings into `settings`: those an uplink's data reports (as decodeUplink gives it), or a properties object's
 * (the virtual valve's changes): a group member by member, a schedule by id and field, any other setting whole.
 */
export function foldInto(settings: Rec, data: Rec): void {
  for (const key of Object.keys(data)) {
    if (!isSettingKey(key)) continue;
    const value = data[key];
    if (key === SCHEDULE.key && Array.isArray(value)) {
      const list = (Array.isArray(settings[key]) ? settings[key] : (settings[key] = [])) as Rec[];
      for (const entry of value as Rec[]) {
        const found = list.find((e) => e.id === entry.id);
        if (found) Object.assign(found, entry);
        else list.push({ ...entry });
      }
      list.sort((a, b) => (a.id as number) - (b.id as number));
    } else if (isGroup(key) && typeof value === 'object' && value !== null) {
      settings[key] = { ...(typeof settings[key] === 'object' && settings[key] !== null ? (settings[key] as Rec) : {}), ...(value as Rec) };
    } else settings[key] = value;
  }
}
