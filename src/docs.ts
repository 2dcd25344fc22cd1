/** Human-readable views of the service table, shared by `wt102 services` and the README. */
import { encodeHex } from './codec/frame';
import { allowedText } from './codec/field-codecs';
import type { Field } from './schema/fields';
import type { ServiceCall, ServiceSpec } from './schema/services';
import { SERVICES } from './schema/services';
import { toHex } from './codec/bytes';
import { QUERYABLE_COMMANDS, SCHEDULE_QUERY_SUBCOMMANDS } from './schema/command-ids';

const SCHEDULE_FORM = `0X6E<schedule 00…0F><sub>, sub: ${SCHEDULE_QUERY_SUBCOMMANDS.map(
  (f) => `${toHex([f.sub])} ${f.name}`,
).join(', ')}`;

export interface ServiceDoc {
  serviceId: string;
  title: string;
  source: 'seed' | 'model';
  command: string;
  inputs: { name: string; label: string; kind: Field['kind']; type: string; allowed: string; optional: boolean }[];
  example: { inputs: { [name: string]: unknown }; hex: string };
  note?: string;
}

/** The seed's type word for a field. */
export function typeWord(field: Field): string {
  switch (field.kind) {
    case 'int':
    case 'queryLength':
    case 'bits':
      return 'int';
    case 'decimal':
      return 'float';
    case 'date':
      return 'date';
    case 'enum':
    case 'commandId':
      return 'enum';
    case 'bool':
      return 'bool';
    case 'string':
    case 'hex':
    case 'version':
      return 'text';
    case 'struct':
      return 'object';
  }
}

export function serviceDocs(): ServiceDoc[] {
  const table: { readonly [id: string]: ServiceSpec } = SERVICES;
  return Object.keys(table).map((serviceId) => {
    const spec = table[serviceId];
    const doc: ServiceDoc = {
      serviceId,
      title: spec.title,
      source: spec.source,
      command: toHex(spec.command),
      inputs: Object.keys(spec.inputs).map((name) => {
        const f = spec.inputs[name];
        return { name, label: f.label, kind: f.kind, type: typeWord(f), allowed: allowedText(f), optional: f.optional === true };
      }),
      example: { inputs: spec.example, hex: encodeHex({ serviceId, inputs: spec.example } as ServiceCall) },
    };
    if (spec.note !== undefined) doc.note = spec.note;
    return doc;
  });
}

/** Plain-text listing for the terminal. */
export function servicesText(): string {
  const lines: string[] = [];
  for (const d of serviceDocs()) {
    lines.push(`${d.serviceId}  (0x${d.command})  ${d.title}${d.source === 'model' ? '  [object model]' : ''}`);
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
  const rows = ['| serviceId | ID | inputs | example inputs → frame |', '|---|---|---|---|'];
  for (const d of serviceDocs()) {
    const inputs = d.inputs.length
      ? d.inputs.map((i) => `\`${i.name}\`${i.optional ? ' (optional)' : ''}: ${i.type}, ${i.allowed}`).join('<br>')
      : '—';
    const id = `\`${d.serviceId}\`` + (d.source === 'model' ? ' ¹' : '');
    rows.push(
      `| ${id} | \`${d.command}\` | ${cell(inputs)} | \`${cell(JSON.stringify(d.example.inputs))}\` → \`${d.example.hex}\` |`,
    );
  }
  rows.push('', '¹ Not on the maker\'s "Available Services" page; from its object model (PROTOCOL.md §4).');
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
