/** Human-readable views of the service table, shared by `wt102 services` and the README. */
import { encodeHex } from './codec/frame';
import { deviceKinds, KINDS } from './engine/kinds';
import type { Field } from './schema/fields';
import type { ServiceCall, ServiceSpec } from './schema/services';
import { toHex } from './base/bytes';
import { HISTORY, QUERYABLE_COMMANDS, REPLY_RESULTS, SCHEDULE, SCHEDULE_QUERY_SUBCOMMANDS, SERVICES, SETTINGS, UPLINKS } from './tables';
import { REPLY } from './schema/uplinks';
import { decodeUplink } from './codec/uplink-codec';

const REPLY_EXAMPLE = REPLY.doc.example;

/** An uplink example frame and what decoding gives for it, for `wt102 uplinks`; `mdExample` for the tables: `` `0055` → `{"battery":85}` ``. */
function textExample(hex: string): string {
  return `    example: ${hex} → ${JSON.stringify(decodeUplink(hex))}`;
}

/** The same, in Markdown. */
function mdExample(hex: string): string {
  return `\`${hex}\` → \`${JSON.stringify(decodeUplink(hex))}\``;
}

const SCHEDULE_FORM = `0X6E<schedule 00…0F><sub>, sub: ${SCHEDULE_QUERY_SUBCOMMANDS.map(
  (f) => `${toHex([f.sub])} ${f.name}`,
).join(', ')}`;

export interface ServiceDoc {
  serviceId: string;
  title: string;
  description: string;
  source: 'seed' | 'model';
  command: string;
  inputs: { name: string; label?: string; kind: Field['kind']; type: string; allowed: string; optional: boolean }[];
  example: { inputs: { [name: string]: unknown }; hex: string };
  note?: string;
}

/** The maker's type word for a field (its service page's `int`, `float`, `enum`…). */
export function typeWord(field: Field): string {
  return KINDS[field.kind].doc.word;
}

/** What a field of the tables allows, in words. */
function allowedTextOf(field: Field, style: 'string' | 'number' = 'string'): string {
  return deviceKinds()[field.kind].allowed(field as never, style);
}

export function serviceDocs(): ServiceDoc[] {
  const table: { readonly [id: string]: ServiceSpec } = SERVICES;
  return Object.keys(table).map((serviceId) => {
    const spec = table[serviceId];
    const doc: ServiceDoc = {
      serviceId,
      title: spec.title,
      description: spec.description,
      source: spec.source,
      command: toHex(spec.command),
      inputs: Object.keys(spec.inputs).map((name) => {
        const f = spec.inputs[name];
        return { name, label: f.label, kind: f.kind, type: typeWord(f), allowed: allowedTextOf(f), optional: f.optional === true };
      }),
      example: { inputs: spec.example, hex: encodeHex({ serviceId, inputs: spec.example } as ServiceCall) },
    };
    if (spec.note !== undefined) doc.note = spec.note;
    return doc;
  });
}

/** Plain-text listing for the terminal: every service, or the one named `only`. */
export function servicesText(only?: string): string {
  const lines: string[] = [];
  for (const d of serviceDocs()) {
    if (only !== undefined && d.serviceId !== only) continue;
    lines.push(`${d.serviceId}  (0x${d.command})  ${d.title}${d.source === 'model' ? '  [object model]' : ''}`);
    lines.push(`    ${d.description}`);
    if (d.inputs.length === 0) lines.push('    (no inputs)');
    for (const i of d.inputs) {
      lines.push(`    ${i.name}${i.optional ? '?' : ''}  ${i.type}: ${i.allowed}`);
      if (i.kind === 'commandId') {
        for (const c of QUERYABLE_COMMANDS) lines.push(`        ${c.id.padEnd(8)} ${c.name}${c.source === 'model' ? ' [object model]' : ''}`);
        lines.push(`        ${SCHEDULE_FORM}`);
      }
    }
    if (d.note) lines.push(`    note: ${d.note}`);
    lines.push(`    example: ${JSON.stringify({ serviceId: d.serviceId, inputs: d.example.inputs })} → ${d.example.hex}`);
    lines.push('');
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Markdown table for the README. */
export function servicesMarkdown(): string {
  const rows = ['| serviceId | ID | what it does | inputs | example inputs → frame |', '|---|---|---|---|---|'];
  for (const d of serviceDocs()) {
    const inputs = d.inputs.length
      ? d.inputs.map((i) => `\`${i.name}\`${i.optional ? ' (optional)' : ''}: ${i.type}, ${i.allowed}`).join('<br>')
      : '—';
    const id = `\`${d.serviceId}\`` + (d.source === 'model' ? ' ¹' : '');
    rows.push(
      `| ${id} | \`${d.command}\` | ${cell(d.description)} | ${cell(inputs)} | \`${cell(JSON.stringify(d.example.inputs))}\` → \`${d.example.hex}\` |`,
    );
  }
  rows.push('', '¹ Not on the maker\'s "Available Services" page; from its object model (docs/PROTOCOL.md §4).');
  return rows.join('\n');
}

/** Markdown table of the IDs `request_command_queries` accepts. */
export function queryableMarkdown(): string {
  const rows = ['| object_command | bytes | meaning |', '|---|---|---|'];
  for (const c of QUERYABLE_COMMANDS) {
    const hex = c.id.slice(2).toLowerCase().replace(/(..)(?=.)/g, '$1 ');
    rows.push(`| \`${c.id}\` | \`${hex}\` | ${c.name}${c.source === 'model' ? ' ¹' : ''} |`);
  }
  rows.push(`| \`0X6E<id><sub>\` | \`6e <00…0f> <sub>\` | one schedule's field (${SCHEDULE_QUERY_SUBCOMMANDS.map((f) => `${toHex([f.sub])} ${f.name}`).join(', ')}) |`);
  return rows.join('\n');
}

/* ------------------------------------------------------------------ settings and uplinks */

/** One line per field, nested fields indented, with what each accepts. */
function fieldLines(field: Field, name: string, indent: string): string[] {
  const cond = field.when ? ` (when ${field.when.field} is ${field.when.is.join(' or ')})` : '';
  const alias = field.aliases && field.aliases.length ? ` (also accepted: ${field.aliases.join(', ')})` : '';
  const opt = 'optional' in field && field.optional && field.kind !== 'queryLength' ? ` (optional, default ${'default' in field ? field.default : 0})` : '';
  if (field.kind === 'struct') {
    const lines = [`${indent}${name}${cond}: {`];
    for (const k of Object.keys(field.fields)) lines.push(...fieldLines(field.fields[k], k, indent + '  '));
    lines.push(`${indent}}`);
    return lines;
  }
  return [`${indent}${name}${cond}${alias}${opt}: ${typeWord(field)}, ${allowedTextOf(field, 'number')}`];
}

function settingExampleObject(path: readonly string[], value: unknown): unknown {
  return path.length === 1 ? { [path[0]]: value } : { [path[0]]: { [path[1]]: value } };
}

/**
 * Plain-text listing of every setting for the terminal, or of those `only` names (a group's
 * members by the group's key, one member by its path, the schedules by theirs); empty when none.
 */
export function settingsText(only?: string): string {
  const lines: string[] = [];
  const named = (path: readonly string[]) => only === undefined || only === path[0] || only === path.join('.');
  for (const s of SETTINGS) {
    if (!named(s.path)) {
      if (s.path[0] === SCHEDULE.after && only === SCHEDULE.key) lines.push(...scheduleLines(), '');
      continue;
    }
    lines.push(`${s.path.join('.')}  (0x${toHex(s.command)})  ${s.title}`, `    ${s.description}`);
    lines.push(...fieldLines(s.body, 'value', '    '));
    if ('example' in s && s.example) {
      lines.push(`    example: ${JSON.stringify({ properties: settingExampleObject(s.path, s.example.value) })} → ${s.example.hex}`);
    }
    lines.push('');
    if (s.path[0] === SCHEDULE.after) lines.push(...scheduleLines(), '');
  }
  return lines.join('\n');
}

/** The schedule ids: `0…15`. */
const IDS = `${SCHEDULE.ids.min}…${SCHEDULE.ids.max}`;

function scheduleLines(): string[] {
  const lines = [
    `${SCHEDULE.key}  (0x6e <id> <sub>)  Schedules: an array of { id: ${IDS} (Schedule${SCHEDULE.ids.min + 1}…${SCHEDULE.ids.max + 1}), …fields }, one command per field`,
    `    ${SCHEDULE.description}`,
  ];
  for (const key of Object.keys(SCHEDULE.fields)) {
    const f = (SCHEDULE.fields as { readonly [k: string]: { sub: number; field: Field } })[key];
    lines.push(...fieldLines(f.field, `${key} [sub ${toHex([f.sub])}]`, '    '));
  }
  for (const e of SCHEDULE.examples) lines.push(`    example: ${JSON.stringify({ properties: { [SCHEDULE.key]: e.value } })} → ${e.hex}`);
  return lines;
}

function mdFields(field: Field): string {
  return cell(fieldLines(field, 'value', '').map((l) => l.replace(/^( *)/, (m) => '&nbsp;'.repeat(m.length))).join('<br>'));
}

/** Markdown table of every setting for the README. */
export function settingsMarkdown(): string {
  const rows = ['| setting | ID | what it sets | value | example → frame |', '|---|---|---|---|---|'];
  for (const s of SETTINGS) {
    const ex = 'example' in s && s.example ? `\`${cell(JSON.stringify(settingExampleObject(s.path, s.example.value)))}\` → \`${s.example.hex}\`` : '';
    rows.push(`| \`${s.path.join('.')}\` | \`${toHex(s.command)}\` | ${cell(s.description)} | ${mdFields(s.body)} | ${ex} |`);
    if (s.path[0] === SCHEDULE.after) {
      const fields = Object.keys(SCHEDULE.fields).map((key) => {
        const f = (SCHEDULE.fields as { readonly [k: string]: { sub: number; field: Field } })[key];
        return `sub \`${toHex([f.sub])}\` ${mdFields({ ...f.field, label: key }).replace(/^value/, key)}`;
      });
      const ex = SCHEDULE.examples.map((e) => `\`${cell(JSON.stringify(e.value))}\` → \`${e.hex}\``).join('<br>');
      rows.push(`| \`${SCHEDULE.key}\` | \`6e <id> <sub>\` | ${cell(SCHEDULE.description)} | array of \`{ id: ${IDS}, … }\`; each field present is one command:<br>${fields.join('<br>')} | ${ex} |`);
    }
  }
  return rows.join('\n');
}

/** Markdown table of what the valve sends up (besides reported settings). */
export function uplinksMarkdown(): string {
  const rows = ['| key | ID | value | copied to | example frame → decoded |', '|---|---|---|---|---|'];
  for (const u of UPLINKS) {
    const value = u.body ? mdFields(u.body) : '`1` (no body)';
    const copies = u.copies ? Object.keys(u.copies).map((k) => `\`${k}\` → \`${u.copies?.[k]}\``).join('<br>') : '';
    rows.push(`| \`${u.key}\` | \`${toHex(u.command)}\` | ${value} | ${copies} | ${mdExample(u.example)} |`);
  }
  rows.push(
    `| \`ans\` | \`ef\` | array of \`{ result, length, id, name? }\`: result 0 success … 9 error write apply; \`id\` as \`"0X6E01"\` | | ${mdExample(REPLY_EXAMPLE)} |`,
    `| \`history\` | \`ed\` | array of \`{ mode?, timestamp, …readings }\`: \`mode\` left out when 1 (historical time) | | ${mdExample(HISTORY.example)} |`,
  );
  return rows.join('\n');
}

/**
 * Plain-text listing of what the valve sends up, for `wt102 uplinks`: every reading and event (or the one named
 * `only`) with its ID and fields, then replies and history records. Reported settings come back under their
 * settings' keys (`wt102 settings`).
 */
export function uplinksText(only?: string): string {
  const lines: string[] = [];
  for (const u of UPLINKS) {
    if (only !== undefined && only !== u.key) continue;
    lines.push(`${u.key}  (0x${toHex(u.command)})  ${u.title}`);
    lines.push(...(u.body ? fieldLines(u.body, 'value', '    ') : ['    value: 1 (the command has no body)']));
    if (u.copies) for (const from of Object.keys(u.copies)) lines.push(`    also as ${u.copies[from]}: a copy of ${from}`);
    lines.push(textExample(u.example), '');
  }
  if (only === undefined || only === 'ans') {
    lines.push(
      `ans  (0x${toHex([0xef])})  Command replies: an array of { result, length, id, name }, one per command of a downlink`,
      `    result: ${REPLY_RESULTS.map((r) => `${r.value} ${r.name}`).join(', ')}`,
      '    length: the number of command-ID bytes echoed (1…15)',
      '    id: the command ID echoed ("0X6500"); name: its name, when it has one',
      textExample(REPLY_EXAMPLE),
      '',
    );
  }
  if (only === undefined || only === HISTORY.key) {
    lines.push(
      `${HISTORY.key}  (0x${toHex([HISTORY.command])})  Stored records: an array of { mode?, timestamp, …readings }`,
      `    mode (optional, default ${HISTORY.defaultMode}): ${HISTORY.modes.map((m) => `${m.value} (${m.name})`).join(', ')}; left out when ${HISTORY.defaultMode}`,
      '    timestamp: Unix seconds',
      '    …readings: the readings above that the record holds, under their keys',
      textExample(HISTORY.example),
      '',
    );
  }
  if (only === undefined) lines.push('Settings the valve reports come back under their settings\' keys: see `wt102 settings`.', '');
  return lines.join('\n');
}

/** The keys `wt102 uplinks` names. */
export function uplinkKeys(): string[] {
  return UPLINKS.map((u) => u.key).concat('ans', HISTORY.key);
}
