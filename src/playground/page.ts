/// <reference lib="dom" />
/**
 * The payload playground (dist/playground.html): builds and reads WT102 frames in a browser, with
 * the library itself, bundled into the page (scripts/build-playground.js). Every form is generated
 * from the tables; every answer is the library's, errors included.
 */
import {
  allowedText,
  chirpstackBodyForPayload,
  CodecError,
  decode,
  decodeUplink,
  encodeCommands,
  encodeFrames,
  encodeToArray,
  allQueryableCommandIds,
  maxPayloadSize,
  objectPathOfCommandId,
  queryableCommandName,
  SCHEDULE,
  SERVICES,
  SETTINGS,
  toBase64,
  toHex,
  ttnBodyForPayload,
} from '../index';
import type { DecodedDownlink, DownlinkCall, Field, Fields, PayloadEncoding, Region } from '../index';
import { payloadTextBytes } from '../base/base64';
import { startPlanView } from './plan-view';
import { $, el, fillDataRates } from './dom';
import { uplinkCommands } from '../codec/uplink-commands';


/* ------------------------------------------------------------------ what can be built */

interface Choice {
  id: string;
  group: 'Services' | 'Settings';
  title: string;
  description: string;
  fields: Fields;
  /** The call for the form's values. */
  call(values: { [k: string]: unknown }): DownlinkCall;
}

function choices(): Choice[] {
  const list: Choice[] = [];
  for (const [id, s] of Object.entries(SERVICES)) {
    list.push({ id, group: 'Services', title: s.title, description: s.description, fields: s.inputs, call: (v) => ({ serviceId: id, inputs: v }) as unknown as DownlinkCall });
  }
  for (const s of SETTINGS) {
    const body = s.body as Field;
    const fields: Fields = body.kind === 'struct' ? body.fields : { value: body };
    const path = s.path;
    list.push({
      id: path.join('.'),
      group: 'Settings',
      title: s.title,
      description: s.description,
      fields,
      call: (v) => {
        const value = body.kind === 'struct' ? v : v.value;
        const props = path.length === 1 ? { [path[0]]: value } : { [path[0]]: { [path[1]]: value } };
        return { properties: props } as unknown as DownlinkCall;
      },
    });
  }
  const scheduleFields: { [k: string]: Field } = { id: { kind: 'int', wire: 'u8', min: SCHEDULE.ids.min, max: SCHEDULE.ids.max } };
  for (const [k, f] of Object.entries(SCHEDULE.fields)) scheduleFields[k] = { ...(f.field as Field), optional: true } as Field;
  list.push({
    id: SCHEDULE.key,
    group: 'Settings',
    title: 'Schedule',
    description: SCHEDULE.description,
    fields: scheduleFields,
    call: (v) => ({ properties: { [SCHEDULE.key]: [v] } }) as unknown as DownlinkCall,
  });
  return list;
}

/** What the list offers, made once from the tables. */
const CHOICES = choices();

/* ------------------------------------------------------------------ forms from fields */

/**
 * A number as people type it: `21.5`, or `21,5` where a comma is the decimal mark (one comma, no point). Anything
 * else is passed on as text, for the library to refuse by name.
 */
function numberFrom(text: string): unknown {
  const t = text.trim();
  // Not `10,000`: three digits after the comma may be a thousands separator, so such text is left to be refused.
  const dotted = /^[+-]?\d+,(\d{1,2}|\d{4,})$/.test(t) ? t.replace(',', '.') : t;
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(dotted) ? Number(dotted) : text;
}

/** A UTC offset in minutes as ISO 8601 writes it (`Z`, `+01:00`). */
function offsetText(minutes: number): string {
  return minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
}

/**
 * UTC offsets a date may be given in: this computer's time zone first (its offset on the date picked, summer time
 * included), then every quarter hour from −12:00 to +14:00.
 */
function zoneOptions(): [string, string][] {
  const list: [string, string][] = [['local', "this computer's time zone"]];
  for (let m = -12 * 60; m <= 14 * 60; m += 15) list.push([offsetText(m), m === 0 ? 'Z (UTC)' : offsetText(m)]);
  return list;
}

/** The input for one field, and how its value is read back. `path` names it (`auto_control.target_temperature`). */
function fieldInput(name: string, f: Field, path: string, onChange: () => void): { node: HTMLElement; read(): unknown; filled(): boolean } {
  const id = 'f-' + path.replace(/\W/g, '-');
  const optional = (f as { optional?: boolean }).optional === true || f.kind === 'queryLength';
  // The field's name in words where the tables give one (the maker's service page's), with its key.
  const words = (f as { label?: string }).label;
  const label = el('label', { for: id }, (words ? `${words} (${name})` : name) + (optional ? ', optional' : ''));
  const error = el('span', { class: 'error', 'data-error-for': path, role: 'alert' });
  let input: HTMLInputElement | HTMLSelectElement;
  if (f.kind === 'struct') {
    const set = el('fieldset', { 'data-path': path }, el('legend', {}, words ? `${words} (${name})` : name));
    const sub = structInputs(f.fields, path, set, onChange);
    // An optional group with nothing filled in (no box ticked either) is not given (a schedule's days); a required
    // one is given as it stands, so that the library names the field that is missing rather than the group.
    return { node: set, read: () => (sub.filled() || !optional ? sub() : undefined), filled: sub.filled };
  }
  const onOff = f.kind === 'bits' && f.width === 1 && (f.min === undefined || f.min === 0) && (f.max === undefined || f.max === 1);
  if (onOff) {
    // A flag (a schedule's day, a child-lock button): a checkbox.
    const box = el('input', { id, type: 'checkbox', 'data-path': path });
    box.addEventListener('change', onChange);
    const node = el('div', { class: 'field' }, el('label', { class: 'check', for: id }, box, words || name), error);
    return { node, read: () => (box.checked ? 1 : optional ? undefined : 0), filled: () => box.checked };
  }
  if (f.kind === 'date') {
    // A date and time with its zone, or Unix seconds typed in the text box.
    const when = el('input', { id, type: 'datetime-local', step: '1', 'data-path': path });
    const zone = el('select', { id: id + '-zone', 'aria-label': `${name}: UTC offset` });
    for (const [value, text] of zoneOptions()) zone.append(el('option', { value }, text));
    const seconds = el('input', { id: id + '-unix', type: 'text', inputmode: 'numeric', placeholder: 'or Unix seconds', 'aria-label': `${name} in Unix seconds` });
    for (const n of [when, zone, seconds]) {
      n.addEventListener('input', onChange);
      n.addEventListener('change', onChange);
    }
    const help = el('small', { id: id + '-help' }, 'a date and time and its UTC offset, or Unix seconds');
    const node = el('div', { class: 'field' }, label, el('div', { class: 'row' }, when, zone, seconds), help, error);
    const read = () => {
      if (seconds.value.trim() !== '') return /^\d+$/.test(seconds.value.trim()) ? Number(seconds.value.trim()) : seconds.value;
      if (when.value === '') return undefined;
      // datetime-local gives `YYYY-MM-DDTHH:MM` or with `:SS`; this computer's offset is the one on that date.
      const local = when.value.length === 16 ? when.value + ':00' : when.value;
      return local + (zone.value === 'local' ? offsetText(-new Date(local).getTimezoneOffset()) : zone.value);
    };
    return { node, read, filled: () => read() !== undefined };
  }
  if (f.kind === 'enum' || f.kind === 'bool' || f.kind === 'commandId') {
    input = el('select', { id, 'data-path': path });
    // A required choice starts unchosen too: nothing is sent that was not chosen.
    input.append(el('option', { value: '' }, optional ? '—' : 'choose…'));
    const options: [string, string][] =
      f.kind === 'enum' ? f.values.map((v) => [String(v.value), `${v.value}: ${v.name}`])
        : f.kind === 'bool' ? [['0', '0: off'], ['1', '1: on']]
          // Each ID with the maker's object path of it too (what its codec's `req` takes).
          : allQueryableCommandIds().map((id) => [id, `${id}: ${queryableCommandName(id)} (${objectPathOfCommandId(id)})`]);
    for (const [value, text] of options) input.append(el('option', { value }, text));
  } else {
    // Text, not a number box: a number box reads `21,5` as `215` in some locales, and hides what was typed.
    input = el('input', { id, type: 'text', 'data-path': path, inputmode: 'decimal', autocomplete: 'off' });
  }
  input.addEventListener('input', onChange);
  input.addEventListener('change', onChange);
  const help = el('small', { id: id + '-help' }, allowedText(f, 'number'));
  input.setAttribute('aria-describedby', id + '-help');
  const node = el('div', { class: 'field' }, label, input, help, error);
  const read = () => {
    const text = input.value;
    if (text === '') return undefined;
    if (f.kind === 'commandId') return text;
    return numberFrom(text);
  };
  return { node, read, filled: () => input.value !== '' };
}

/** Inputs for `fields` into `parent`; fields a selector leaves out are hidden. Returns the reader, and whether any is filled. */
function structInputs(fields: Fields, base: string, parent: HTMLElement, onChange: () => void): { (): { [k: string]: unknown }; filled(): boolean } {
  const readers: { [k: string]: { read(): unknown; filled(): boolean } } = {};
  const nodes: { [k: string]: HTMLElement } = {};
  const refresh = () => {
    for (const k of Object.keys(nodes)) {
      const w = fields[k].when;
      if (!w) continue;
      const sel = readers[w.field].read();
      if (nodes[k]) nodes[k].hidden = !w.is.includes(sel as number);
    }
  };
  // Reserved bits (optional, 0 by default) are the valve's to keep, not a choice to offer.
  for (const k of Object.keys(fields).filter((k) => !(k === 'reserved' && (fields[k] as { optional?: boolean }).optional === true))) {
    const f = fields[k];
    const input = fieldInput(k, f, base ? `${base}.${k}` : k, () => {
      refresh();
      onChange();
    });
    readers[k] = input;
    nodes[k] = input.node;
    parent.append(input.node);
  }
  refresh();
  const shownKeys = () => Object.keys(nodes).filter((k) => !nodes[k].hidden);
  const read = () => {
    const out: { [k: string]: unknown } = {};
    for (const k of shownKeys()) {
      const v = readers[k].read();
      if (v !== undefined) out[k] = v;
    }
    return out;
  };
  return Object.assign(read, { filled: () => shownKeys().some((k) => readers[k].filled()) });
}

/* ------------------------------------------------------------------ encode */

const stack: { label: string; call: DownlinkCall }[] = [];
/** The form being filled in, and whether anything of it has been touched (a fresh form shows no refusal yet). */
let current: { choice: Choice; read: () => { [k: string]: unknown }; touched: boolean } | undefined;

/** Shows a refusal once: beside the field it names when there is one, else under the form. */
function showEncodeError(e: unknown): void {
  document.querySelectorAll('[data-error-for]').forEach((n) => (n.textContent = ''));
  const out = $('encode-error');
  out.textContent = '';
  if (!e) return;
  if (!(e instanceof CodecError)) {
    out.textContent = String((e as Error).message || e);
    return;
  }
  // The field whose path the error's path ends with, the deepest first.
  const nodes = Array.from(document.querySelectorAll<HTMLElement>('[data-error-for]')).sort((a, b) => (b.dataset.errorFor || '').length - (a.dataset.errorFor || '').length);
  const near = nodes.find((n) => e.path !== undefined && (e.path === n.dataset.errorFor || e.path.endsWith('.' + n.dataset.errorFor)));
  (near || out).textContent = e.message;
}

/** The frame of the calls added so far and the form's, or the refusal of the form's call. */
function frameOf(): { bytes: number[]; calls: DownlinkCall[]; error?: unknown } {
  const added = stack.map((s) => s.call);
  if (!current) return { bytes: added.length ? encodeToArray(added) : [], calls: added };
  let call: DownlinkCall;
  try {
    call = current.choice.call(current.read());
    // Alone first, so that its refusal reads as the library gives it for this call (no `[2]` before it).
    encodeToArray(call);
  } catch (e) {
    return { bytes: added.length ? encodeToArray(added) : [], calls: added, error: e };
  }
  const all = added.concat([call]);
  return { bytes: encodeToArray(all.length === 1 ? all[0] : all), calls: all };
}

function render(): void {
  const outputs = ['out-hex', 'out-base64', 'out-size', 'out-frames', 'out-chirpstack', 'out-ttn'];
  let frame: ReturnType<typeof frameOf>;
  try {
    frame = frameOf();
  } catch (e) {
    for (const id of outputs) $(id).textContent = '';
    return showEncodeError(e);
  }
  // A form nobody has touched yet is not refused: it is waiting for its values.
  showEncodeError(frame.error !== undefined && current && current.touched ? frame.error : undefined);
  const { bytes, calls } = frame;
  if (bytes.length === 0) {
    for (const id of outputs) $(id).textContent = '';
    $('out-size').textContent = current ? 'Fill in the fields to build the frame.' : 'Choose a service or a setting to build a frame.';
    return;
  }
  const region = $<HTMLSelectElement>('region').value as Region;
  const dataRate = Number($<HTMLSelectElement>('dr').value);
  const limit = maxPayloadSize({ region, dataRate });
  const frames = bytes.length > limit ? encodeFrames(calls.length === 1 ? calls[0] : calls, { region, dataRate }) : [bytes];
  $('out-hex').textContent = toHex(bytes);
  $('out-base64').textContent = toBase64(bytes);
  const pending = frame.error !== undefined ? ' (the calls added; the form joins them once it is complete)' : '';
  $('out-size').textContent = `${bytes.length} byte${bytes.length === 1 ? '' : 's'}${pending}; ${region} DR${dataRate} carries ${limit}` + (frames.length > 1 ? `: ${frames.length} frames` : '');
  $('out-frames').textContent = frames.length > 1 ? frames.map((f) => toHex(f)).join('\n') : '';
  // One body per frame when the payload is split: each is one downlink to queue.
  $('out-chirpstack').textContent = frames.map((f) => JSON.stringify(chirpstackBodyForPayload(f))).join('\n');
  $('out-ttn').textContent = frames.map((f) => JSON.stringify(ttnBodyForPayload(f))).join('\n');
}

function choose(id: string): void {
  const choice = CHOICES.find((c) => c.id === id);
  const form = $('fields');
  form.textContent = '';
  $('choice-description').textContent = choice ? choice.description : '';
  if (!choice) {
    current = undefined;
    return render();
  }
  const touched = () => {
    if (current) current.touched = true;
    render();
  };
  const read = structInputs(choice.fields, '', form, touched);
  current = { choice, read, touched: false };
  render();
}

/* ------------------------------------------------------------------ decode */

/**
 * The most commands shown one by one: a frame may hold tens of thousands (1 MiB of readings), and a table row
 * each would keep the page from painting for many seconds. The whole frame is still shown decoded, above.
 */
const MOST_ROWS = 100;

function readFrame(): void {
  const text = $<HTMLTextAreaElement>('payload').value.trim();
  const chosen = $<HTMLSelectElement>('direction').value;
  const table = $('commands');
  table.textContent = '';
  $('decoded').textContent = '';
  $('decode-error').textContent = '';
  $('direction-found').textContent = '';
  if (text === '') return;
  try {
    // Hex, else base64: the CLI's reader.
    // Hex, else base64, unless the page is told which: `AeAF` is both (servers show uplink `01e005` so).
    const bytes = payloadTextBytes(text, $<HTMLSelectElement>('encoding').value as PayloadEncoding | 'auto', 'payload');
    let uplink = chosen === 'uplink';
    let downlink: DecodedDownlink[] | undefined;
    if (chosen === 'auto') {
      try {
        downlink = decode(bytes);
      } catch {
        uplink = true;
      }
      $('direction-found').textContent = uplink ? 'read as an uplink (from the valve)' : 'read as a downlink (to the valve)';
    }
    if (!uplink && downlink === undefined) downlink = decode(bytes);
    const maker = $<HTMLInputElement>('maker').checked;
    $('decoded').textContent = JSON.stringify(uplink ? decodeUplink(bytes, { maker }) : downlink, null, 2);
    const parts = downlink === undefined ? uplinkCommands(bytes, MOST_ROWS + 1) : encodeCommands(downlink.slice(0, MOST_ROWS + 1));
    let shown = 0;
    for (const part of parts.slice(0, MOST_ROWS)) {
      const value = uplink ? decodeUplink(part, { maker }) : decode(part);
      table.append(el('tr', {}, el('td', {}, el('code', {}, toHex(part))), el('td', {}, el('code', {}, JSON.stringify(value)))));
      shown += part.length;
    }
    if (parts.length > MOST_ROWS) {
      const rest = `… and ${bytes.length - shown} bytes more: only the first ${MOST_ROWS} commands are shown one by one (the whole frame is decoded above)`;
      table.append(el('tr', {}, el('td', { colspan: '2' }, rest)));
    }
  } catch (e) {
    $('decode-error').textContent = e instanceof Error ? e.message : String(e);
  }
}

/* ------------------------------------------------------------------ the page */

function copyButtons(): void {
  document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((b) =>
    b.addEventListener('click', () => {
      const text = $(b.dataset.copy as string).textContent || '';
      if (navigator.clipboard) void navigator.clipboard.writeText(text);
    }),
  );
}

function start(): void {
  const select = $<HTMLSelectElement>('choice');
  const groups: { [g: string]: HTMLOptGroupElement } = {};
  select.append(el('option', { value: '' }, 'Choose a service or a setting…'));
  for (const c of CHOICES) {
    const g = groups[c.group] || (groups[c.group] = select.appendChild(el('optgroup', { label: c.group })));
    g.append(el('option', { value: c.id, title: c.description }, `${c.id}: ${c.title}`));
  }
  select.addEventListener('change', () => choose(select.value));
  $('add').addEventListener('click', () => {
    if (!current) return;
    current.touched = true;
    try {
      const call = current.choice.call(current.read());
      encodeToArray(call);
      stack.push({ label: current.choice.id, call });
      $('stack').append(el('li', {}, current.choice.id));
      select.value = '';
      choose('');
    } catch (e) {
      showEncodeError(e);
    }
  });
  $('clear').addEventListener('click', () => {
    stack.length = 0;
    $('stack').textContent = '';
    render();
  });
  const rates = () => fillDataRates($<HTMLSelectElement>('dr'), $<HTMLSelectElement>('region'));
  rates();
  $('region').addEventListener('change', () => {
    rates();
    render();
  });
  $('dr').addEventListener('change', render);
  // Enter in a field submits nothing (an inline handler would need the security policy to allow inline code).
  $('fields').addEventListener('submit', (e) => e.preventDefault());
  $('payload').addEventListener('input', readFrame);
  $('direction').addEventListener('change', readFrame);
  $('encoding').addEventListener('change', readFrame);
  $('maker').addEventListener('change', readFrame);
  copyButtons();
  render();
  startPlanView();
}

start();
