/**
 * Uplinks and frames as people paste or save them, one per line: what `wt102 confirm`, `wt102 plan --reported` and
 * the playground read. Blank lines and `#` comments are passed over. Each line is checked as it is read, so that
 * what is wrong names its line.
 */
import { CodecError } from '../base/errors';
import { payloadTextBytes } from '../base/base64';
import { decode } from '../codec/frame-decode';
import { decodeUplink } from '../codec/uplink-codec';
import { uplinkBytes } from './uplinks';

/** A line's item and its line number (1-based). */
export interface Line<T> {
  readonly line: number;
  readonly item: T;
}

/** A usage problem of a text (not JSON, or JSON of several lines): a plain Error the adapters show as it is. */
export class TextError extends Error {}

/** Lines of a text that mean something: not blank, not a `#` comment; each with its line number. */
function meaningfulLines(text: string): [number, string][] {
  return text
    .split(/\r?\n/)
    .map((line, i): [number, string] => [i + 1, line.trim()])
    .filter(([, line]) => line !== '' && line.charAt(0) !== '#');
}

/** `e` with `where` (`uplinks.txt line 3`) in front of its words. */
function at(where: string, e: unknown): unknown {
  if (!(e instanceof CodecError)) return e;
  // The planning functions name the item they read `uplinks[0]`; here it is the line.
  const message = e.message.replace(/^uplinks\[0\](: |\.)/, '');
  return new CodecError(e.code, `${where}: ${message}`, { path: e.path, offset: e.offset });
}

/**
 * The uplinks of a text, one per line: hex or base64, or one JSON object (an uplink's data as decodeUplink gives it;
 * an uplink carrying its frame, as `wt102 simulate --jsonl` prints; a ChirpStack `up` event or a The Things Stack
 * uplink message). A server's event without a payload (a join, a status) or on another port than the valve's is
 * passed over. `where` names the text in errors (`uplinks.txt`).
 */
export function uplinksFromText(text: string, where: string): Line<unknown>[] {
  const out: Line<unknown>[] = [];
  for (const [line, value] of meaningfulLines(text)) {
    const place = `${where} line ${line}`;
    let item: unknown;
    if (value.charAt(0) === '{') {
      try {
        item = JSON.parse(value);
      } catch (e) {
        throw new TextError(`${place}: not valid JSON (${(e as Error).message}); each uplink is one line (hex, base64, or one JSON object)`);
      }
    } else {
      try {
        item = payloadTextBytes(value, 'auto', 'uplink');
      } catch (e) {
        throw at(place, e);
      }
    }
    try {
      // Undefined for a server's event with no payload or of another port: no message of the valve's application.
      const bytes = uplinkBytes(item, 0);
      if (bytes === undefined) continue;
      decodeUplink(bytes);
    } catch (e) {
      throw at(place, e);
    }
    out.push({ line, item });
  }
  return out;
}

/** The frames sent: a JSON array (what `wt102 plan --json` prints, or hex texts), or one hex or base64 frame per line. */
export function framesFromText(text: string, where: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.charAt(0) === '[') {
    let frames: unknown;
    try {
      frames = JSON.parse(trimmed);
    } catch (e) {
      throw new TextError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    if (!Array.isArray(frames)) throw new TextError(`${where}: not an array of frames`);
    return frames;
  }
  return meaningfulLines(text).map(([line, value]) => {
    try {
      const bytes = payloadTextBytes(value, 'auto', 'frame');
      decode(bytes);
      return bytes;
    } catch (e) {
      throw at(`${where} line ${line}`, e);
    }
  });
}
