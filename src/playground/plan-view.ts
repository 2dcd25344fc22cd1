/// <reference lib="dom" />
/**
 * The playground's "Did it apply?" view: the frames that bring a valve to a wanted configuration (planSettings),
 * and the status of each of their commands from the uplinks pasted after (confirmDownlinks). One uplink per line,
 * hex or base64, as the servers show them.
 */
import { confirmDownlinks, planSettings, reportedSettings } from '../index';
import type { PlannedFrame, Region } from '../index';
import { payloadTextBytes } from '../base/base64';
import { statusDetail, unmatchedText } from '../planning/confirm-text';
import { $, el, fillDataRates } from './dom';


/** The uplinks of a text box, one per line (blank lines and `#` comments skipped); a bad line is named. */
function uplinksOf(id: string, what: string): number[][] {
  const out: number[][] = [];
  $<HTMLTextAreaElement>(id)
    .value.split(/\r?\n/)
    .forEach((line, i) => {
      const text = line.trim();
      if (text === '' || text.charAt(0) === '#') return;
      try {
        out.push(payloadTextBytes(text, 'auto', 'uplink'));
      } catch (e) {
        throw new Error(`${what}, line ${i + 1}: ${(e as Error).message}`);
      }
    });
  return out;
}

/** The frames planned last, which the uplinks are matched to. */
let planned: PlannedFrame[] = [];

function plan(): void {
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
        throw new Error(`The wanted settings are not JSON: ${(e as Error).message}`);
      }
      const reported = reportedSettings(uplinksOf('reported', 'What the valve reported'));
      const sequence = Number($<HTMLInputElement>('plan-sequence').value || '0');
      planned = planSettings(wanted as Record<string, unknown>, {
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
            `sequence ${f.sequence}, ${f.bytes.length} bytes: sets ${f.commands.map((c) => c.path).join(', ')}`,
            el('pre', {}, f.hex),
            el('pre', {}, f.base64),
          ),
        );
      }
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
    }
  }
  confirm();
}

function confirm(): void {
  const table = $('status');
  const error = $('confirm-error');
  table.textContent = '';
  error.textContent = '';
  if (planned.length === 0) return;
  try {
    const result = confirmDownlinks(planned, uplinksOf('replies', "The valve's uplinks"));
    result.frames.forEach((f, i) => {
      for (const c of f.commands) {
        const row = el('tr', {}, el('td', {}, String(i + 1)), el('td', {}, f.delivered ? 'yes' : 'no'), el('td', {}, `${c.path} (${c.id})`), el('td', {}, c.status), el('td', {}, statusDetail(c)));
        row.className = `status-${c.status}`;
        table.append(row);
      }
    });
    for (const u of result.unmatched) {
      const cell = el('td', {}, `Matches nothing sent: ${unmatchedText(u)}`);
      cell.setAttribute('colspan', '5');
      table.append(el('tr', {}, cell));
    }
  } catch (e) {
    error.textContent = e instanceof Error ? e.message : String(e);
  }
}

/** Wires the view: the region's data rates, and every box replans or rechecks as it is typed in. */
export function startPlanView(): void {
  const rates = () => fillDataRates($<HTMLSelectElement>('plan-dr'), $<HTMLSelectElement>('plan-region'));
  rates();
  $('plan-region').addEventListener('change', () => {
    rates();
    plan();
  });
  for (const id of ['wanted', 'reported', 'plan-sequence']) $(id).addEventListener('input', plan);
  $('plan-dr').addEventListener('change', plan);
  $('replies').addEventListener('input', confirm);
}
