/**
 * The valve's uplinks as the planning functions take them: frames (bytes, or hex), the data `decodeUplink` gives,
 * an uplink carrying its frame or data (the virtual valve's, a line of `wt102 simulate --jsonl`), or a server's
 * event (ChirpStack's `up`, The Things Stack's uplink message). Each is read to its bytes, so that its commands
 * can be taken in the order the valve wrote them; data is checked as a valve would have written it.
 */
import { arrayLength, isPlainData, ownItem, ownRecord } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { CodecError, pathError, valueError } from '../base/errors';
import { rerooted } from '../base/error-paths';
import { hasOwnKey } from '../base/es5';
import { frameBytes } from '../codec/frame-decode';
import { payloadTextBytes } from '../base/base64';
import { isServerEnvelope, payloadFromEnvelope } from '../codec/server-envelope';
import { encodeUplinkToArray } from '../codec/uplink-encode';
import { DOWNLINK_FPORT } from '../codec/fport';

/** The items of a caller's list (the uplinks, the frames sent), read one at a time; what is no array is refused at `path`. */
export function listItems(list: unknown, path: string, what: string): unknown[] {
  const n = arrayLength(list, path);
  if (n < 0) throw valueError('INVALID_TYPE', path, list, `is not an array of ${what}`);
  const items: unknown[] = [];
  for (let i = 0; i < n; i++) items.push(ownItem(list, i, path));
  return items;
}

/** A CodecError of reading the caller's item at `path` (`uplinks[2]`), named there; anything else as it is. */
export function atItem(path: string, e: unknown): unknown {
  if (!(e instanceof CodecError)) return e;
  // Named there already (what reading the item itself threw).
  if (e.path !== undefined && (e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`))) return e;
  // The codec names a frame it reads `frame`, and the data it writes `data`: here they are the caller's item.
  const named = rerooted(rerooted(e, 'frame', path), 'data', path);
  if (named !== e) return named;
  return new CodecError(e.code, `${path}: ${e.message}`, { path: e.path === undefined ? path : `${path}.${e.path}`, offset: e.offset });
}

/** Whether decoded data has the maker's forms (`decodeUplink(frame, { maker: true })`): twins of temperatures, replies by path. */
function hasMakerForms(data: Rec): boolean {
  try {
    const text = JSON.stringify(data);
    return /"(fahrenheit|celsius)_/.test(text) || (Array.isArray(data.ans) && data.ans.some((r) => r !== null && typeof r === 'object' && typeof r.id === 'string' && !/^0X/.test(r.id)));
  } catch {
    // What cannot be read is refused by the writer, as it is.
    return false;
  }
}

/** The key of a sequence check's echo in uplink data. */
const ECHO = 'check_sequence_number_reply';

/** The bytes of uplink `uplinks[i]`, or undefined for a server's event on another port than the valve's (not its application's). */
export function uplinkBytes(item: unknown, i: number): number[] | undefined {
  const path = `uplinks[${i}]`;
  try {
    const rec = isPlainData(item, path) ? ownRecord(item, path) : undefined;
    // Text as the servers show payloads: hex, else base64 (`AFU=`), as the CLI and the playground read it.
    if (rec === undefined) return typeof item === 'string' ? payloadTextBytes(item, 'auto', 'frame') : frameBytes(item, undefined);
    if (isServerEnvelope(rec)) {
      // An event with no payload (a join, a status) is no message of the valve's application.
      const tts = isPlainData(rec.uplink_message, `${path}.uplink_message`) ? ownRecord(rec.uplink_message, `${path}.uplink_message`) : undefined;
      if ((tts === undefined ? rec.data : tts.frm_payload) === undefined) return undefined;
      const payload = payloadFromEnvelope(rec);
      return payload.fPort === DOWNLINK_FPORT ? payload.bytes : undefined;
    }
    // An uplink that carries its frame (the virtual valve's `{ fPort, bytes, hex, data }`), or its data.
    if (hasOwnKey(rec, 'bytes') && rec.bytes !== undefined) return frameBytes(rec.bytes, undefined);
    if (hasOwnKey(rec, 'hex') && rec.hex !== undefined) return frameBytes(rec.hex, undefined);
    const given = hasOwnKey(rec, 'data') && isPlainData(rec.data, `${path}.data`) ? (ownRecord(rec.data, `${path}.data`) as Rec) : rec;
    // Data has no order of its own (sorted JSON, a database's jsonb): a frame's echo is taken first, as the valve
    // writes it before the replies it leads.
    const data: Rec = {};
    if (hasOwnKey(given, ECHO)) data[ECHO] = given[ECHO];
    for (const key of Object.keys(given)) if (key !== ECHO) data[key] = given[key];
    try {
      return encodeUplinkToArray(data as never);
    } catch (e) {
      // Refused as no valve writes it: data decoded with the maker's forms says so.
      if (e instanceof CodecError && hasMakerForms(data)) {
        throw pathError('INVALID_VALUE', 'data', "holds the maker's forms (decoded with { maker: true }); give the frame, or its data decoded without them");
      }
      throw e;
    }
  } catch (e) {
    throw atItem(path, e);
  }
}
