/**
 * The text of the script's plan store (read by stored-commands.ts), made at build time
 * (scripts/build-codecs.js) from the library's commands: one plan per command and direction.
 */
import { hexOf } from '../base/bytes';
import { downlinkCommands, temperatureKeys, uplinkCommands } from '../engine/commands';
import type { Command } from '../engine/commands';
import { readPlanOf } from '../engine/plans';

/**
 * What a plan holds that neither reading nor writing by plans reads, left out of the store: words for
 * callers, what the plan holds in its own form (a default as `fallback`, a sibling by index, a selector
 * as `when`, fields as a list, where the declaration's are objects), and what binding a plan for writing
 * adds (a kind's record, aliases when there are none, the compiled sub-struct); a field's aliases stay.
 */
function unstored(key: string, value: unknown): boolean {
  // A compiled field's kind record, where the declaration's `kind` is text.
  if (key === 'kind') return typeof value === 'object';
  if (key === 'when' || key === 'fields') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (key === 'aliases') return Array.isArray(value) && value.length === 0;
  // A keyed list's entry field's declaration (`field`): what encodeUplink writes by, which the script has not.
  return key === 'field' || key === 'sub' || key === 'derived' || key === 'label' || key === 'optional' || key === 'default' || key === 'lengthFrom';
}

/**
 * The store's text: a first line of three offsets (six digits each: where the plans begin, where the `u` lines
 * begin, where the `t` lines begin), the `d` index lines, the `u` index lines, the `t` lines, a blank line, the
 * plans' JSON; printable ASCII. An index line: `u`/`d`, the ID in hex, the name, the placement, the rank, and
 * where its plan is (offset after the blank line, length); `t` lines list the keys of temperatures.
 */
export function planStoreText(): string {
  let plans = '';
  // A setting is sent both ways: one plan, two index lines.
  const stored = new Map<Command, string>();
  const linesOf = (direction: string, list: readonly Command[]): string[] => {
    const lines: string[] = [];
    for (const c of list) {
      if (/\s/.test(c.name)) throw new Error(`plan store: ${c.name} has a space`);
      let where = stored.get(c);
      if (where === undefined) {
        const json = asciiJson(readPlanOf(c), (key, value) => (unstored(key, value) ? undefined : value));
        stored.set(c, (where = `${plans.length} ${json.length}`));
        plans += json;
      }
      lines.push(`${direction} ${hexOf(c.command)} ${c.name} ${c.place.to} ${c.rank} ${where}`);
      // The start of a longer ID (`65` of `6500`): a line of its own, without a plan.
      for (let n = 1; n < c.command.length; n++) {
        const line = `${direction} ${hexOf(c.command.slice(0, n))} - - - - -`;
        if (lines.indexOf(line) < 0) lines.push(line);
      }
    }
    return lines;
  };
  // Each direction's lines apart, so that a search for an ID reads its own direction's lines alone (QuickJS's
  // indexOf costs ~45 instructions a character searched). Sent down: services, then settings, in the tables'
  // order (stored-commands.ts lists them so). Sent up: what only the valve sends first (most uplinks are
  // readings, reports, replies and records), then the settings it reports back.
  const down = linesOf('d', downlinkCommands().list);
  const up = uplinkCommands().list;
  const ups = linesOf('u', up.filter((c) => !c.down).concat(up.filter((c) => c.down)));
  // The keys of temperatures in decoded uplinks (commands.ts's temperatureKeys), for the maker's forms: lines
  // of `t` and keys, none over 150 characters (the script is read as it is pasted).
  const temps: string[] = [];
  let line = 't';
  for (const key of temperatureKeys()) {
    if (line.length + 1 + key.length > 150) (temps.push(line), (line = 't'));
    line += ' ' + key;
  }
  temps.push(line);
  const six = (n: number) => {
    if (n > 999999) throw new Error('plan store: the index is too long');
    return ('00000' + n).slice(-6);
  };
  // The first line is 22 characters with its line breaks; each direction's lines begin after a line break.
  const downText = down.join('\n');
  const upText = ups.join('\n');
  const lines = `${downText}\n${upText}\n${temps.join('\n')}\n\n`;
  const uAt = 22 + downText.length + 1;
  const tAt = uAt + upText.length + 1;
  return `\n${six(22 + lines.length)} ${six(uAt)} ${six(tAt)}\n${lines}${plans}`;
}

/**
 * `value` as JSON in printable ASCII (what is not, escaped), as the stores hold it: broken after a comma
 * once a line passes 100 characters (JSON allows a line break between its tokens), so that no line of
 * the script is long, and ended by a line break.
 */
function asciiJson(value: unknown, replacer: (key: string, value: unknown) => unknown): string {
  const json = JSON.stringify(value, replacer).replace(/[^\x20-\x7e]/g, (ch) => '\\u' + ('000' + ch.charCodeAt(0).toString(16)).slice(-4));
  let out = '';
  let line = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    out += ch;
    line++;
    if (inString) {
      if (ch === '\\') {
        out += json[++i];
        line++;
      } else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ',' && line > 100) {
      out += '\n';
      line = 0;
    }
  }
  return out + '\n';
}
