/** `key=value` words and names on the command line: calls and settings from them, their typing, and "did you mean". */
import { decodeUplink, SERVICES } from '../index';
import type { DownlinkCall, Field, ServiceSpec } from '../index';
import { CodecError, describeValue } from '../base/errors';
import { decodeFrame } from '../codec/frame-decode';
import { servicesText, settingsText } from '../docs';
import { KINDS } from '../engine/kinds';
import { isTemperature } from '../schema/builders';
import { twinBase } from '../engine/twins';
import { eachMakerCall } from '../codec/maker-object';
import { closest } from '../base/suggest';
import { isServiceId } from '../engine/encode-downlink';
import { isSettingKey } from '../engine/encode-settings';
import { SCHEDULE, SETTINGS } from '../tables';
import { UsageError, define } from './io';

export const SCHEDULE_KEY = SCHEDULE.key;

export const TABLE: { readonly [id: string]: ServiceSpec } = SERVICES;

/**
 * Turns `key=value` words into inputs. The text is typed by the field it names,
 * so `value=21.5` becomes a number and `state=1` stays the maker's digit string;
 * whatever does not fit is passed through as text for the codec to reject by name.
 */
export function inputsFromAssignments(serviceId: string, words: string[]): { [name: string]: unknown } {
  const fields = Object.prototype.hasOwnProperty.call(TABLE, serviceId) ? TABLE[serviceId].inputs : {};
  const inputs: { [name: string]: unknown } = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new UsageError(`${describeValue(word)} is not key=value`);
    const key = word.slice(0, eq);
    const text = word.slice(eq + 1);
    // A temperature's twin (`fahrenheit_value`) is typed as the temperature is.
    const twin = twinBase(key);
    const name = twin !== undefined && Object.prototype.hasOwnProperty.call(fields, twin) && isTemperature(fields[twin]) ? twin : key;
    const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
    if (Object.prototype.hasOwnProperty.call(inputs, key)) throw new UsageError(`${key} is given twice; give each input once`);
    const value = typedText(field, text);
    define(inputs, key, value);
  }
  return inputs;
}

/**
 * The call `wt102 encode <name> key=value…` asks for: a service's, a setting's (`temp_control enable=1`), or a
 * group member's by its dotted path (`temp_control.enable value=1`). A name that is none of them is refused with the
 * closest one, a service or a setting.
 */
export function callFromWords(name: string, words: string[]): unknown {
  if (isServiceId(name)) return { serviceId: name, inputs: inputsFromAssignments(name, words) };
  if (isSettingKey(name)) return settingFromAssignments(name, words);
  const dot = name.indexOf('.');
  const member = dot > 0 ? name.slice(dot + 1) : '';
  if (member !== '' && SETTINGS.some((s) => s.path.length === 2 && s.path[0] === name.slice(0, dot) && s.path[1] === member)) {
    // The member's own value is `value=`; its fields, if it has some, are named under it.
    const under = words.map((w) => (/^value=/.test(w) ? `${member}=${w.slice(6)}` : `${member}.${w}`));
    return settingFromAssignments(name.slice(0, dot), under);
  }
  throw neitherServiceNorSetting(name);
}

/**
 * A setting's `key=value` words as settings: `temp_control enable=1` is `{ properties: { temp_control: { enable: 1 } } }`;
 * a setting with a bare value takes `value=` (`temperature_unit value=1`); nested fields are dotted
 * (`temp_control mode_settings.mode=1`); a schedule's fields come with its `id` (`schedule_settings id=2 enable=1`).
 * Each text is typed by the field it names, as a service's inputs are.
 */
export function settingFromAssignments(key: string, words: string[]): unknown {
  const rows = SETTINGS.filter((s) => s.path[0] === key);
  const bare = key !== SCHEDULE_KEY && rows.length === 1 && rows[0].path.length === 1 && rows[0].body.kind !== 'struct';
  /** The declaration a dotted name under the setting names, if it names one. */
  const fieldOf = (names: string[]): Field | undefined => {
    let field: Field | undefined;
    if (key === SCHEDULE_KEY) {
      if (names[0] === 'id') return { kind: 'int', wire: 'u8', min: SCHEDULE.ids.min, max: SCHEDULE.ids.max };
      const slot = (SCHEDULE.fields as { readonly [k: string]: { field: Field } })[names[0]];
      field = slot === undefined ? undefined : slot.field;
    } else if (rows.length === 1 && rows[0].path.length === 1) field = names[0] === 'value' || !bare ? rows[0].body : undefined;
    else field = (rows.find((r) => r.path[1] === names[0]) || { body: undefined }).body;
    const from = key !== SCHEDULE_KEY && rows.length === 1 && rows[0].path.length === 1 && !bare ? 0 : 1;
    for (let i = from; field !== undefined && i < names.length; i++) {
      field = field.kind === 'struct' && Object.prototype.hasOwnProperty.call(field.fields, names[i]) ? field.fields[names[i]] : undefined;
    }
    return field;
  };
  const value: { [name: string]: unknown } = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new UsageError(`${describeValue(word)} is not key=value`);
    const names = word.slice(0, eq).split('.');
    // A temperature's twin (`fahrenheit_target_temperature`) is typed as the temperature is.
    const last = names[names.length - 1];
    const twin = twinBase(last);
    const twinField = twin === undefined ? undefined : fieldOf(names.slice(0, -1).concat(twin));
    const field = twinField !== undefined && isTemperature(twinField) ? twinField : fieldOf(names);
    let at = value;
    for (let i = 0; i < names.length - 1; i++) {
      const next = Object.prototype.hasOwnProperty.call(at, names[i]) ? at[names[i]] : undefined;
      if (next !== undefined && (typeof next !== 'object' || next === null)) throw new UsageError(`${names.slice(0, i + 1).join('.')} is given as a value and as a group`);
      at = (next as { [name: string]: unknown }) || define(at, names[i], {});
    }
    if (Object.prototype.hasOwnProperty.call(at, last)) throw new UsageError(`${word.slice(0, eq)} is given twice; give each field once`);
    define(at, last, typedText(field, word.slice(eq + 1)));
  }
  if (words.length === 0) throw new UsageError(`${key}: give its fields as key=value (see \`wt102 settings ${key}\`)`);
  const setting = key === SCHEDULE_KEY ? [value] : bare && Object.keys(value).length === 1 && 'value' in value ? value.value : value;
  return { properties: { [key]: setting } };
}

/**
 * `key=text` typed by the field it names: numbers for numbers; an enum's label as its value, in any case and
 * with `_` or spaces alike (`state=open` is `1`, as `wt102 services` lists `1 (Open)`); else the text, for the
 * codec to judge by name.
 */
export function typedText(field: Field | undefined, text: string): unknown {
  if (field === undefined) return text;
  if (field.kind === 'enum' && !/^-?[0-9]+$/.test(text)) {
    const label = (t: string) => t.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
    const named = field.values.filter((v) => label(v.name) === label(text));
    if (named.length === 1) return String(named[0].value);
  }
  return KINDS[field.kind].doc.fromText(text);
}

/**
 * The calls of what `--json` holds, in the forms the network-server script takes too: a call, settings,
 * an array of them, `{"calls": […]}` (what decoding gives), or the maker's codec object (service and
 * setting ids at top level, in the maker's order: see entry.ts's eachMakerCall).
 */
export function callsOf(data: unknown): DownlinkCall {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data as DownlinkCall;
  const rec = data as { [key: string]: unknown };
  if ('serviceId' in rec || 'properties' in rec) return rec as DownlinkCall;
  const keys = Object.keys(rec);
  if (keys.length === 1 && keys[0] === 'calls') return rec.calls as DownlinkCall;
  const calls: unknown[] = [];
  eachMakerCall(
    rec,
    'data',
    (serviceId, inputs) => calls.push({ serviceId, inputs }),
    (properties) => calls.push({ properties }),
  );
  return calls as unknown as DownlinkCall;
}

/* ------------------------------------------------------------------ did you mean */

/** Every service id and top-level setting key: what a maker's codec object or a serviceId may name. */
export function topNames(): string[] {
  const names = Object.keys(TABLE);
  for (const s of SETTINGS) if (names.indexOf(s.path[0]) < 0) names.push(s.path[0]);
  names.push(SCHEDULE_KEY);
  return names;
}

/** `; did you mean "x"?` for an unknown service, setting or key the codec refused, or nothing. */
export function didYouMean(e: CodecError): string {
  if ((e.code !== 'UNKNOWN_SERVICE' && e.code !== 'UNKNOWN_INPUT') || e.path === undefined) return '';
  const listed = /allowed: ([^;]*)$/.exec(e.message);
  const candidates = listed ? listed[1].split(', ') : topNames();
  let word = e.path.slice(e.path.lastIndexOf('.') + 1);
  if (e.path === 'serviceId') {
    const quoted = /^serviceId: ("(?:[^"\\]|\\.)*") /.exec(e.message);
    if (quoted === null) return '';
    word = JSON.parse(quoted[1]) as string;
  }
  const best = closest(word, candidates);
  return best === undefined ? '' : `; did you mean ${JSON.stringify(best)}?`;
}

/** A frame refused in this direction that the other reads whole: a hint (`0e…` is an uplink: add --uplink). */
export function directionHint(e: CodecError, bytes: number[], uplink: boolean): string {
  if (e.offset === undefined) return '';
  try {
    if (uplink) decodeFrame(bytes);
    else decodeUplink(bytes);
  } catch {
    // Only a frame that the other direction reads whole gets the hint: anything less would mislead.
    return '';
  }
  return uplink ? '; the frame reads as a downlink: drop --uplink' : '; the frame reads as an uplink (sent by the valve): add --uplink';
}

/** One service or setting, in full: its block of `wt102 services` or `wt102 settings`. */
export function oneEntry(name: string): string {
  if (isServiceId(name)) return servicesText(name);
  const setting = settingsText(name);
  if (setting !== '') return setting;
  throw neitherServiceNorSetting(name);
}

/** The refusal of a name that is no service, setting or group member, with the closest one (within its group, if it names one). */
export function neitherServiceNorSetting(name: string): UsageError {
  const names = topNames().concat(SETTINGS.filter((s) => s.path.length > 1).map((s) => s.path.join('.')));
  const best = closest(name, isSettingKey(name.split('.')[0]) ? names.filter((n) => n.startsWith(name.split('.')[0])) : names);
  return new UsageError(`${describeValue(name)} is neither a service nor a setting${best === undefined ? '; see `wt102 services` and `wt102 settings`' : `; did you mean ${JSON.stringify(best)}?`}`);
}

