/**
 * What the network servers deliver for an uplink, built for tests without a server, and read back: ChirpStack v4's
 * integration event `up` (the protobuf JSON mapping of its UplinkEvent: `deviceInfo`, base64 `data`, `fPort`,
 * `fCnt`, `object`) and The Things Stack's uplink message (`end_device_ids`, `uplink_message` with base64
 * `frm_payload`, `f_port`, `f_cnt`, `decoded_payload`, `normalized_payload`). The decoded parts are what this
 * codec's network-server script gives those servers; everything else is a plausible, fixed default that options
 * override, so that the same arguments give the same JSON. fixtures/envelopes/ holds each server's own documented
 * example, whose field names and value types test/envelope-examples.test.ts finds in these.
 */
import { valueError } from '../base/errors';
import { readOptions } from '../base/caller-input';
import { frameBytes } from '../codec/frame-decode';
import { toBase64 } from '../base/base64';
import { DOWNLINK_FPORT } from '../codec/fport';
import { decodeUplink } from '../network-server/decode-entries';
import { normalizeUplink } from '../network-server/normalize';

/** What an envelope says about the device and the message; every field has a default. */
export interface EnvelopeOptions {
  /** The application port (default 85, the WT102's). */
  fPort?: number;
  /** The uplink frame counter (default 1). */
  fCnt?: number;
  /** When the server received it (ISO 8601; default 2025-11-26T08:00:00Z). */
  time?: string;
  /** The DevEUI, 16 hex digits (default 24e124000000102a: Milesight's OUI). */
  devEui?: string;
  /** The DevAddr, 8 hex digits (default 26011bda). */
  devAddr?: string;
  /** The device's name in the server (default "wt102"). */
  deviceName?: string;
  /** The application's name, or The Things Stack's application id (default "radiator-valves"). */
  applicationName?: string;
}

interface Resolved {
  bytes: number[];
  fPort: number;
  fCnt: number;
  time: string;
  devEui: string;
  devAddr: string;
  deviceName: string;
  applicationName: string;
}

/** The options, checked, with their defaults. */
function resolved(frame: unknown, options: unknown): Resolved {
  const o = readOptions(options, ['fPort', 'fCnt', 'time', 'devEui', 'devAddr', 'deviceName', 'applicationName'], true);
  const int = (key: string, fallback: number, max: number) => {
    const v = o[key] === undefined ? fallback : o[key];
    if (typeof v !== 'number' || v % 1 !== 0 || v < 0 || v > max) throw valueError('INVALID_OPTION', `options.${key}`, v, `is not an integer 0…${max}`);
    return v;
  };
  const text = (key: string, fallback: string, pattern: RegExp, what: string) => {
    const v = o[key] === undefined ? fallback : o[key];
    if (typeof v !== 'string' || !pattern.test(v)) throw valueError('INVALID_OPTION', `options.${key}`, v, `is not ${what}`);
    return v;
  };
  return {
    bytes: frameBytes(frame, undefined),
    fPort: int('fPort', DOWNLINK_FPORT, 255),
    fCnt: int('fCnt', 1, 0xffffffff),
    time: text('time', '2025-11-26T08:00:00Z', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'an ISO 8601 time in UTC ("2025-11-26T08:00:00Z")'),
    devEui: text('devEui', '24e124000000102a', /^[0-9a-fA-F]{16}$/, '16 hex digits').toLowerCase(),
    devAddr: text('devAddr', '26011bda', /^[0-9a-fA-F]{8}$/, '8 hex digits').toLowerCase(),
    deviceName: text('deviceName', 'wt102', /^.{1,100}$/, 'a name of 1…100 characters'),
    applicationName: text('applicationName', 'radiator-valves', /^[a-z0-9](?:-?[a-z0-9]){2,35}$/, 'an id of 3…36 lower-case letters, digits and dashes'),
  };
}

/** A fixed UUID-shaped id that differs with the frame counter, as a server's deduplication id does per message. */
function idOf(prefix: string, fCnt: number): string {
  return `${prefix}-0000-4000-8000-${('00000000000' + fCnt.toString(16)).slice(-12)}`;
}

/**
 * The uplink token The Things Stack's Gateway Server gives a reception: the protobuf encoding of its UplinkToken,
 * here the gateway's ids (`eui-0016c001f153a14c`, 0016C001F153A14C) and the concentrator timestamp 3895211423.
 */
const UPLINK_TOKEN = 'CiIKIAoUZXVpLTAwMTZjMDAxZjE1M2ExNGMSCAAWwAHxU6FMEJ/rsMEO';

/**
 * The time on air of an uplink with `size` bytes of FRMPayload at 868.1 MHz, SF7, 125 kHz, coding rate 4/5, as The
 * Things Stack's `consumed_airtime` gives it (a protobuf Duration in JSON: "0.051456s"): Semtech's LoRa formula for
 * an 8-symbol preamble, explicit header and CRC, on a PHYPayload of 13 bytes more (MHDR, FHDR without FOpts, FPort, MIC).
 */
function airtimeOf(size: number): string {
  const sf = 7;
  const symbols = 8 + Math.max(Math.ceil((8 * (size + 13) - 4 * sf + 28 + 16) / (4 * sf)) * 5, 0);
  const micros = (8 + 4.25) * 1024 + symbols * 1024; // one symbol is 2^7 / 125 kHz = 1024 µs
  // Protobuf's JSON of a Duration drops trailing zeros three decimals at a time: 0.051456s, 0.052s, 1s.
  const text = `${Math.floor(micros / 1e6)}.${('00000' + (micros % 1e6)).slice(-6)}`;
  return `${text.replace(/000$/, '').replace(/\.000$/, '')}s`;
}

/** ChirpStack v4's integration event `up` for an uplink frame (bytes, or hex as `decode` reads it). */
export function chirpstackUplinkEvent(frame: Uint8Array | ArrayLike<number> | string, options?: EnvelopeOptions): Record<string, unknown> {
  const r = resolved(frame, options);
  const decoded = decodeUplink({ bytes: r.bytes, fPort: r.fPort });
  const event: Record<string, unknown> = {
    deduplicationId: idOf('0d0d0d0d', r.fCnt),
    time: r.time,
    deviceInfo: {
      tenantId: '52f14cd4-c6f1-4fbd-8f87-4025e1d49242',
      tenantName: 'ChirpStack',
      applicationId: '1f9e0ae0-2fe4-4b9b-a4d1-43bd4e3c6e1a',
      applicationName: r.applicationName,
      deviceProfileId: '6f6b5b8c-3a52-4b1a-9f2d-0c3b1e5a7d10',
      deviceProfileName: 'Milesight WT102',
      deviceName: r.deviceName,
      devEui: r.devEui,
      deviceClassEnabled: 'CLASS_A',
      tags: {},
    },
    devAddr: r.devAddr,
    adr: true,
    dr: 5,
    fCnt: r.fCnt,
    fPort: r.fPort,
    confirmed: false,
    data: toBase64(r.bytes),
  };
  // ChirpStack sets `object` only when the codec decoded the frame (an error is a log event instead).
  if (decoded.data !== undefined) event.object = decoded.data;
  // `metadata` is what ChirpStack adds to each reception: the region it was received in (region_config_id, as
  // ChirpStack's gateway backend sets it; its 2022 documentation example still calls it region_name).
  event.rxInfo = [
    {
      gatewayId: '0016c001f153a14c',
      uplinkId: 4217,
      time: r.time,
      rssi: -57,
      snr: 9.5,
      channel: 0,
      context: 'AAAAAA==',
      metadata: { region_config_id: 'eu868', region_common_name: 'EU868' },
      crcStatus: 'CRC_OK',
    },
  ];
  event.txInfo = { frequency: 868100000, modulation: { lora: { bandwidth: 125000, spreadingFactor: 7, codeRate: 'CR_4_5' } } };
  return event;
}

/** The Things Stack's uplink message for an uplink frame, with the decoded and normalized payloads its formatter gives. */
export function ttsUplinkMessage(frame: Uint8Array | ArrayLike<number> | string, options?: EnvelopeOptions): Record<string, unknown> {
  const r = resolved(frame, options);
  const decoded = decodeUplink({ bytes: r.bytes, fPort: r.fPort });
  const uplink: Record<string, unknown> = { session_key_id: 'AXBSH1Pk6Z0G166RlH16CQ==', f_port: r.fPort, f_cnt: r.fCnt, frm_payload: toBase64(r.bytes) };
  if (decoded.data !== undefined) {
    uplink.decoded_payload = decoded.data;
    if (decoded.warnings !== undefined && decoded.warnings.length > 0) uplink.decoded_payload_warnings = decoded.warnings;
    const normalized = normalizeUplink({ data: decoded.data });
    if (normalized.data !== undefined) uplink.normalized_payload = normalized.data;
  }
  // The gateway's channel 0 (868.1 MHz): The Things Stack leaves `channel_index` out, as it does every 0.
  uplink.rx_metadata = [
    {
      gateway_ids: { gateway_id: 'eui-0016c001f153a14c', eui: '0016C001F153A14C' },
      time: r.time,
      timestamp: 3895211423,
      rssi: -57,
      channel_rssi: -57,
      snr: 9.5,
      uplink_token: UPLINK_TOKEN,
    },
  ];
  // The coding rate is the LoRa data rate's (The Things Stack moved it there from `settings.coding_rate`).
  uplink.settings = { data_rate: { lora: { bandwidth: 125000, spreading_factor: 7, coding_rate: '4/5' } }, frequency: '868100000', timestamp: 3895211423, time: r.time };
  uplink.received_at = r.time;
  uplink.consumed_airtime = airtimeOf(r.bytes.length);
  // As for a device registered from the Device Repository (vendor milesight-iot, codecs/ttn/wt102.yaml) on The
  // Things Network's eu1 cluster; The Things Stack sets `locations` and `attributes` only for a device that has them.
  uplink.version_ids = { brand_id: 'milesight-iot', model_id: 'wt102', hardware_version: '1.0', firmware_version: '1.0', band_id: 'EU_863_870' };
  uplink.network_ids = { net_id: '000013', tenant_id: 'ttn', cluster_id: 'eu1' };
  return {
    end_device_ids: {
      device_id: r.deviceName.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
      application_ids: { application_id: r.applicationName },
      dev_eui: r.devEui.toUpperCase(),
      join_eui: '24E124C0002A0001',
      dev_addr: r.devAddr.toUpperCase(),
    },
    correlation_ids: [`as:up:${idOf('01', r.fCnt)}`],
    received_at: r.time,
    uplink_message: uplink,
  };
}

// Reading an envelope back is the core's (the planning functions and the CLI read envelopes too).
export { payloadFromEnvelope } from '../codec/server-envelope';
