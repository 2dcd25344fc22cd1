/// <reference lib="dom" />
/**
 * The playground's "Did it apply?" view: the frames that bring a valve to a wanted configuration (planSettings),
 * and the status of each of their commands from the uplinks pasted after (confirmDownlinks). Uplinks are read one
 * per line as `wt102 confirm` reads them: hex or base64, or one JSON object (decoded data, a line of `wt102 simulate
 * --jsonl`, a server's event).
 */
import { chirpstackBodyForPayload, confirmDownlinks, planSettings, reportedSettings, ttnBodyForPayload } from '../index';
import type { PlannedFrame, Region } from '../index';
import { statusDetail, unmatchedText } from '../planning/confirm-text';
import { uplinksFromText } from '../planning/uplink-text';
import { $, el, fillDataRates } from './dom';

/** The frames planned last, which the uplinks are matched to. */
let planned: PlannedFrame[] = [];

/** The words of a refusal. */
const words = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A block of text with its name and a copy button. */
function copyable(name: string, text: string): HTMLElement {
  const pre = el('pre', {}, text);
  const button = el('button', { type: 'button' }, 'Copy');
  button.addEventListener('click', () => {
    if (navigator.clipboard) void navigator.clipboard.writeText(text);
  });
  return el('div', { class: 'copyable' }, el('span', {}, `${name} `), button, pre);
}

/**
 * Plans afresh. `settled`: the wanted settings are complete (the box was left), so that text which is not JSON yet
 * is refused; while it is being typed, it waits.
 */
function plan(settled: boolean): void {
  const out = $('plan-frames');
  const error = $('plan-error');
  out.textContent = '';
  error.textContent = '';
  planned = [];
  const text = $<HTMLTextAreaElement>('wanted').value.trim();
  if (text !== '') {
    try {
      let wanted: unknown;
      try {
        wanted = JSON.parse(text);
      } catch (e) {
        if (!settled) return confirm();
        throw new Error(`The wanted settings are not JSON: ${words(e)}`);
      }
      const sequenceText = $<HTMLInputElement>('plan-sequence').value.trim();
      const sequence = sequenceText === '' ? 0 : Number(sequenceText);
      if (!/^\d+$/.test(sequenceText || '0') || sequence > 255) throw new Error(`First sequence number: ${JSON.stringify(sequenceText)} is not a whole number 0…255`);
      const reported = reportedSettings(uplinksFromText($<HTMLTextAreaElement>('reported').value, 'What the valve reported').map((l) => l.item));
      planned = planSettings(wanted as never, {
        region: $<HTMLSelectElement>('plan-region').value as Region,
        dataRate: Number($<HTMLSelectElement>('plan-dr').value),
        reported,
        sequence,
      });
      if (planned.length === 0) out.append(el('li', {}, 'Nothing to send: the valve reports the wanted settings already.'));
      for (const f of planned) {
        out.append(
          el(
            'li',
            {},
            `sequence ${f.sequence}, ${f.bytes.length} bytes, fPort ${f.fPort}: sets ${f.commands.map((c) => c.path).join(', ')}`,
            copyable('Hex', f.hex),
            copyable('Base64', f.base64),
            copyable('ChirpStack v4 enqueue body', JSON.stringify(chirpstackBodyForPayload(f.bytes))),
            copyable('The Things Stack downlink push body', JSON.stringify(ttnBodyForPayload(f.bytes))),
          ),
        );
      }
    } catch (e) {
      // The library names its options; here they are the page's boxes.
      error.textContent = words(e)
        .replace(/^wanted\./, 'Wanted settings: ')
        .replace(/^wanted:/, 'Wanted settings:');
    }
  }
  confirm();
}

function confirm(): void {
  const table = $('status');
  const error = $('confirm-error');
  table.textContent = '';
  error.textContent = '';
  const text = $<HTMLTextAreaElement>('replies').value;
  // Nothing heard yet is nothing to show (every command would read "pending").
  if (planned.length === 0 || text.trim() === '') return;
  try {
    const lines = uplinksFromText(text, "The valve's uplinks");
    const name = (k: number) => `line ${lines[k].line}`;
    const result = confirmDownlinks(planned, lines.map((l) => l.item));
    result.frames.forEach((f, i) => {
      for (const c of f.commands) {
        const cells = [String(i + 1), String(f.sequence), f.delivered ? 'yes' : 'no', `${c.path} (${c.id})`, c.status, statusDetail(c, name)];
        table.append(el('tr', { class: `status-${c.status}` }, ...cells.map((cell) => el('td', {}, cell))));
      }
    });
    for (const u of result.unmatched) table.append(el('tr', {}, el('td', { colspan: '6' }, `Matches nothing sent: ${unmatchedText(u, name)}`)));
    for (const w of result.warnings || []) table.append(el('tr', {}, el('td', { colspan: '6' }, `Warning: ${w}`)));
  } catch (e) {
    error.textContent = words(e);
  }
}

/** Wires the view: the region's data rates, and every box replans or rechecks as it is typed in. */
export function startPlanView(): void {
  const rates = () => fillDataRates($<HTMLSelectElement>('plan-dr'), $<HTMLSelectElement>('plan-region'));
  rates();
  $('plan-region').addEventListener('change', () => {
    rates();
    plan(true);
  });
  for (const id of ['wanted', 'reported', 'plan-sequence']) {
    $(id).addEventListener('input', () => plan(false));
    $(id).addEventListener('change', () => plan(true));
  }
  $('plan-dr').addEventListener('change', () => plan(true));
  $('replies').addEventListener('input', confirm);
}
