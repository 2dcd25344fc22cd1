/**
 * The payload of an uplink as the network servers deliver it: ChirpStack v4's integration event `up` (`data`,
 * `fPort`) and The Things Stack's uplink message (`uplink_message.frm_payload`, `f_port`). Pure: the testing kit
 * builds these envelopes, the planning functions, the CLI and the playground read them.
 */
import { valueError } from '../base/errors';
import { ownRecord } from '../base/caller-input';
import { fromBase64 } from '../base/base64';
import { toHex } from '../base/bytes';

/** Whether `value` (a snapshot of a caller's object) looks like a server's uplink event rather than uplink data. */
export function isServerEnvelope(value: { [key: string]: unknown }): boolean {
  return 'uplink_message' in value || 'deviceInfo' in value || 'end_device_ids' in value;
}

/**
 * The payload of an uplink as either server delivers it (an object, or its JSON text): ChirpStack v4's `data` and
 * `fPort`, or The Things Stack's `uplink_message.frm_payload` and `f_port`. Anything else is a CodecError naming
 * what is missing.
 */
export function payloadFromEnvelope(envelope: unknown): { bytes: number[]; hex: string; fPort: number } {
  let given = envelope;
  if (typeof given === 'string') {
    try {
      given = JSON.parse(given) as unknown;
    } catch (e) {
      throw valueError('INVALID_VALUE', 'envelope', envelope, 'is not JSON');
    }
  }
  const top = ownRecord(given, 'envelope');
  if (top === undefined) throw valueError('INVALID_TYPE', 'envelope', envelope, "is not a server's uplink event");
  const tts = ownRecord(top.uplink_message, 'envelope.uplink_message');
  const [data, port, at] = tts !== undefined ? [tts.frm_payload, tts.f_port, 'envelope.uplink_message'] : [top.data, top.fPort, 'envelope'];
  const bytesKey = tts !== undefined ? 'frm_payload' : 'data';
  const portKey = tts !== undefined ? 'f_port' : 'fPort';
  if (typeof data !== 'string') {
    throw valueError('INVALID_VALUE', `${at}.${bytesKey}`, data, "is not base64: neither ChirpStack's event `up` (data, fPort) nor The Things Stack's uplink message (uplink_message.frm_payload)");
  }
  if (typeof port !== 'number' || port % 1 !== 0 || port < 1 || port > 255) throw valueError('INVALID_VALUE', `${at}.${portKey}`, port, 'is not a port 1…255');
  const bytes = Array.from(fromBase64(data));
  return { bytes, hex: toHex(bytes), fPort: port };
}
