/// <reference lib="dom" />
/**
 * The payload playground (dist/playground.html): builds and reads WT102 frames in a browser, with
 * the library itself, bundled into the page (scripts/build-playground.js). Every form is generated
 * from the tables; every answer is the library's, errors included.
 */
import {
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
import type { DecodedDownlink, DownlinkCall, Field, Fields, Region } from '../index';
import { payloadTextBytes } from '../base/base64';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: { [k: string]: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k of Object.keys(attrs)) e.setAttribute(k, attrs[k]);
  for (const c of children) e.append(c);
  return e;
}

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

/** The input for one field, and how its value is read back. `path` names it (`auto_control.target_temperature`). */
function fieldInput(name: string, f: Field, path: string, onChange: () => void): { node: HTMLElement; read(): unknown } {
  const id = 'f-' + path.replace(/\W/g, '-');
  const optional = (f as { optional?: boolean }).optional === true || f.kind === 'queryLength';
  const label = el('label', { for: id }, name + (optional ? ' (optional)' : ''));
  const error = el('span', { class: 'error', 'data-error-for': path, role: 'alert' });
  let input: HTMLInputElement | HTMLSelectElement;
  if (f.kind === 'struct') {
    const set = el('fieldset', { 'data-path': path }, el('legend', {}, name));
    const sub = structInputs(f.fields, path, set, onChange);
    // Nothing filled in is nothing given (a schedule's fields are each optional).
    return { node: set, read: () => (Object.keys(sub()).length ? sub() : undefined) };
  }
  if (f.kind === 'enum' || f.kind === 'bool' || f.kind === 'commandId') {
    input = el('select', { id, 'data-path': path });
    if (optional) input.append(el('option', { value: '' }, '—'));
    const options: [string, string][] =
      f.kind === 'enum' ? f.values.map((v) => [String(v.value), `${v.value}: ${v.name}`])
        : f.kind === 'bool' ? [['0', '0: off'], ['1', '1: on']]
          // Each ID with the maker's object path of it too (what its codec's `req` takes).
          : allQueryableCommandIds().map((id) => [id, `${id}: ${queryableCommandName(id)} (${objectPathOfCommandId(id)})`]);
    for (const [value, text] of options) input.append(el('option', { value }, text));
  } else if (f.kind === 'date') {
    input = el('input', { id, type: 'text', 'data-path': path, placeholder: '2025-11-26T08:00:00Z', 'aria-describedby': id + '-help' });
  } else {
    input = el('input', { id, type: 'number', 'data-path': path, inputmode: 'decimal' });
    const r = f as { min?: number; max?: number };
    if (typeof r.min === 'number') input.setAttribute('min', String(r.min));
    if (typeof r.max === 'number') input.setAttribute('max', String(r.max));
    input.setAttribute('step', f.kind === 'decimal' ? '0.01' : '1');
  }
  input.addEventListener('input', onChange);
  input.addEventListener('change', onChange);
  const unit = (f as { unit?: string }).unit;
  const help = el('small', { id: id + '-help' }, f.kind === 'date' ? 'ISO 8601 with a zone (Z or ±hh:mm), or Unix seconds' : unit ? unit : '');
  const node = el('div', { class: 'field' }, label, input, help, error);
  const read = () => {
    const text = input.value;
    if (text === '') return undefined;
    if (f.kind === 'enum' || f.kind === 'bool' || f.kind === 'bits' || f.kind === 'int' || f.kind === 'decimal' || f.kind === 'queryLength') return Number(text);
    if (f.kind === 'date' && /^\d+$/.test(text)) return Number(text);
    return text;
  };
  return { node, read };
}

/** Inputs for `fields` into `parent`; fields a selector leaves out are hidden. Returns the reader. */
function structInputs(fields: Fields, base: string, parent: HTMLElement, onChange: () => void): () => { [k: string]: unknown } {
  const readers: { [k: string]: () => unknown } = {};
  const nodes: { [k: string]: HTMLElement } = {};
  const refresh = () => {
    for (const k of Object.keys(fields)) {
      const w = fields[k].when;
      if (!w) continue;
      const sel = readers[w.field]();
      nodes[k].hidden = !w.is.includes(sel as number);
    }
  };
  for (const k of Object.keys(fields)) {
    const f = fields[k];
    const { node, read } = fieldInput(k, f, base ? `${base}.${k}` : k, () => {
      refresh();
      onChange();
    });
    readers[k] = read;
    nodes[k] = node;
    parent.append(node);
  }
  refresh();
  return () => {
    const out: { [k: string]: unknown } = {};
    for (const k of Object.keys(fields)) {
      if (nodes[k].hidden) continue;
      const v = readers[k]();
      if (v !== undefined) out[k] = v;
    }
    return out;
  };
}

/* ------------------------------------------------------------------ encode */

const stack: { label: string; call: DownlinkCall }[] = [];
let current: { choice: Choice; read: () => { [k: string]: unknown } } | undefined;

function showEncodeError(e: unknown): void {
  document.querySelectorAll('[data-error-for]').forEach((n) => (n.textContent = ''));
  const out = $('encode-error');
  if (!(e instanceof CodecError)) {
    out.textContent = e ? String((e as Error).message || e) : '';
    return;
  }
  out.textContent = e.message;
  // Next to the field it names: the error's path ends with the field's path.
  const nodes = Array.from(document.querySelectorAll<HTMLElement>('[data-error-for]'));
  const near = nodes.find((n) => e.path !== undefined && (e.path === n.dataset.errorFor || e.path.endsWith('.' + n.dataset.errorFor)));
  if (near) near.textContent = e.message;
}

function calls(): DownlinkCall[] {
  const list = stack.map((s) => s.call);
  if (current) list.push(current.choice.call(current.read()));
  return list;
}

function render(): void {
  const outputs = ['out-hex', 'out-base64', 'out-size', 'out-frames', 'out-chirpstack', 'out-ttn'];
  try {
    const list = calls();
    // One call is encoded alone, so that its errors read as the library gives them for it.
    const cs: DownlinkCall | DownlinkCall[] = list.length === 1 ? list[0] : list;
    const bytes = encodeToArray(cs);
    const region = $<HTMLSelectElement>('region').value as Region;
    const dataRate = Number($<HTMLSelectElement>('dr').value);
    const limit = maxPayloadSize({ region, dataRate });
    const frames = bytes.length > limit ? encodeFrames(cs, { region, dataRate }) : [bytes];
    $('out-hex').textContent = toHex(bytes);
    $('out-base64').textContent = toBase64(bytes);
    $('out-size').textContent = `${bytes.length} byte${bytes.length === 1 ? '' : 's'}; ${region} DR${dataRate} carries ${limit}` + (frames.length > 1 ? `: ${frames.length} frames` : '');
    $('out-frames').textContent = frames.length > 1 ? frames.map((f) => toHex(f)).join('\n') : '';
    // One body per frame when the payload is split: each is one downlink to queue.
    $('out-chirpstack').textContent = frames.map((f) => JSON.stringify(chirpstackBodyForPayload(f))).join('\n');
    $('out-ttn').textContent = frames.map((f) => JSON.stringify(ttnBodyForPayload(f))).join('\n');
    showEncodeError(undefined);
  } catch (e) {
    for (const id of outputs) $(id).textContent = '';
    showEncodeError(e);
  }
}

function choose(id: string): void {
  const choice = CHOICES.find((c) => c.id === id);
  const form = $('fields');
  form.textContent = '';
  if (!choice) {
    current = undefined;
    return render();
  }
  $('choice-description').textContent = choice.description;
  const read = structInputs(choice.fields, '', form, render);
  current = { choice, read };
  render();
}

/* ------------------------------------------------------------------ decode */

/**
 * The most commands shown one by one: a frame may hold tens of thousands (1 MiB of readings), and a table row
 * each would keep the page from painting for many seconds. The whole frame is still shown decoded, above.
 */
const MOST_ROWS = 100;

/** The first `most` commands of an uplink frame, one by one: the shortest prefix that decodes, from each boundary. */
function uplinkCommands(bytes: number[], most: number): number[][] {
  const out: number[][] = [];
  for (let start = 0; start < bytes.length && out.length < most; ) {
    let end = start + 1;
    while (end <= bytes.length) {
      try {
        decodeUplink(bytes.slice(start, end));
        break;
      } catch {
        end++;
      }
    }
    if (end > bytes.length) end = bytes.length;
    out.push(bytes.slice(start, end));
    start = end;
  }
  return out;
}

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
    const bytes = payloadTextBytes(text, 'auto', 'payload');
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
  // The data rates a downlink may use: EU868 DR0…7, US915 DR8…13.
  const rates = () => {
    const dr = $<HTMLSelectElement>('dr');
    const us = $<HTMLSelectElement>('region').value === 'US915';
    dr.textContent = '';
    for (let r = us ? 8 : 0; r <= (us ? 13 : 7); r++) dr.append(el('option', { value: String(r) }, `DR${r}`));
  };
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
  $('maker').addEventListener('change', readFrame);
  copyButtons();
  render();
}

start();
