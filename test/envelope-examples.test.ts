/**
 * The servers' own examples of what they deliver for an uplink, as their documentation gives them
 * (fixtures/envelopes/, each with its source): ChirpStack v4's integration event `up` and The Things Stack's uplink
 * message. `payloadFromEnvelope` reads them, and the envelopes this kit builds have every field they show, with the
 * same JSON type, but for the few listed below with the reason each is left out.
 */
import { chirpstackUplinkEvent, payloadFromEnvelope, ttsUplinkMessage } from '../src/testing';
import chirpstack from '../fixtures/envelopes/chirpstack-v4-up-event.json';
import tts from '../fixtures/envelopes/tts-uplink-message.json';
import { caught } from './support/helpers';

/** A periodic report (8 bytes), which decodes: the envelopes carry its decoded payload. */
const FRAME = '0e01660832660855';

/** The JSON type of a value: what a field's "shape" compares. */
function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Every key path in a JSON value, with the JSON type found there; the items of an array are all at `path[]`. */
function keyPaths(value: unknown, at = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    for (const item of value) {
      into.set(`${at}[]`, jsonType(item));
      keyPaths(item, `${at}[]`, into);
    }
  } else if (jsonType(value) === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const path = at === '' ? key : `${at}.${key}`;
      into.set(path, jsonType(item));
      keyPaths(item, path, into);
    }
  }
  return into;
}

/** The key paths of `documented` that `ours` lacks or has with another JSON type, but for those `excused` (and below them). */
function missing(documented: unknown, ours: unknown, excused: Record<string, string>): string[] {
  const have = keyPaths(ours);
  const isExcused = (path: string) => Object.keys(excused).some((e) => path === e || path.startsWith(`${e}.`) || path.startsWith(`${e}[]`));
  return [...keyPaths(documented)]
    .filter(([path, type]) => !isExcused(path) && have.get(path) !== type)
    .map(([path, type]) => `${path}: documented ${type}, ours ${have.get(path) ?? 'absent'}`);
}

/**
 * Fields of ChirpStack's documented `up` event that ours does not have as such. Both are keys of a map (protobuf
 * `map<string, string>`), whose keys are data, not field names; the map itself is compared.
 */
const CHIRPSTACK_EXCUSED: Record<string, string> = {
  'deviceInfo.tags.key': "a user's own device tag; ours has none (tags: {})",
  'rxInfo[].metadata.region_name':
    'the region, named region_name in the 2022 example; ChirpStack sets region_config_id instead (chirpstack/src/gateway/backend/mqtt.rs), as ours does',
};

/** Fields of The Things Stack's documented uplink message that ours does not have as such. */
const TTS_EXCUSED: Record<string, string> = {
  'uplink_message.decoded_payload': "the example device's decoded fields (temperature, luminosity); ours are the WT102's (the object itself is compared)",
  'uplink_message.rx_metadata[].channel_index': 'ours is received on the gateway channel 0, and The Things Stack leaves out every 0',
  'uplink_message.settings.coding_rate':
    'The Things Stack moved it to settings.data_rate.lora.coding_rate, which ours has (lorawan.proto: TxSettings `reserved 3; // coding_rate`)',
  'uplink_message.locations': 'optional: set only for a device with a location in the registry',
  'uplink_message.attributes': 'optional: set only for a device with attributes (key-value pairs of its owner)',
};

/** Excused for its fields only: the decoded payload itself is an object in both. */
const DECODED_PAYLOAD = 'uplink_message.decoded_payload';

describe("ChirpStack v4's documented integration event `up`", () => {
  const example = chirpstack.example;

  test('its source is named', () => {
    expect(chirpstack.source).toMatch(/^https:\/\/www\.chirpstack\.io\/docs\/.*chirpstack\/chirpstack-docs src\/chirpstack\/integrations\/events\.md@[0-9a-f]{40}$/);
  });

  test('payloadFromEnvelope reads the bytes of its base64 data and its fPort, from the object or its JSON text', () => {
    const bytes = Array.from(Buffer.from(example.data, 'base64'));
    const expected = { bytes, hex: Buffer.from(bytes).toString('hex'), fPort: example.fPort };
    expect(expected).toEqual({ bytes: [0xaa], hex: 'aa', fPort: 1 });
    expect(payloadFromEnvelope(example)).toEqual(expected);
    expect(payloadFromEnvelope(JSON.stringify(example))).toEqual(expected);
  });

  test('chirpstackUplinkEvent has each of its fields, with the same JSON type', () => {
    expect(missing(example, chirpstackUplinkEvent(FRAME), CHIRPSTACK_EXCUSED)).toEqual([]);
    // The comparison sees what it should: top-level, deviceInfo, rxInfo and txInfo fields.
    expect([...keyPaths(example).keys()]).toEqual(expect.arrayContaining(['deduplicationId', 'deviceInfo.devEui', 'deviceInfo.tags', 'rxInfo[].metadata', 'txInfo.modulation.lora.codeRate']));
  });

  test('what is excused is in the example, and is left out of ours or named otherwise there', () => {
    const documented = keyPaths(example);
    const ours = keyPaths(chirpstackUplinkEvent(FRAME));
    for (const path of Object.keys(CHIRPSTACK_EXCUSED)) expect([path, documented.has(path), ours.has(path)]).toEqual([path, true, false]);
    expect(ours.get('rxInfo[].metadata.region_config_id')).toBe('string');
  });

  test('the build and the reading agree on the example frame', () => {
    const built = chirpstackUplinkEvent(Buffer.from(example.data, 'base64'), { fPort: example.fPort });
    expect([built.data, built.fPort]).toEqual([example.data, example.fPort]);
    expect(payloadFromEnvelope(built)).toEqual(payloadFromEnvelope(example));
  });
});

describe("The Things Stack's documented uplink message", () => {
  const example = tts.example;
  const message = example.uplink_message as typeof example.uplink_message & { f_port?: number };

  test('its source is named', () => {
    expect(tts.source).toMatch(/^https:\/\/www\.thethingsindustries\.com\/docs\/integrations\/data-formats\/ .*TheThingsIndustries\/lorawan-stack-docs doc\/content\/integrations\/data-formats\/_index\.md@[0-9a-f]{40}$/);
  });

  test('payloadFromEnvelope reads the bytes of its base64 frm_payload; the example has no f_port, which is refused by name', () => {
    // The documented example leaves f_port out (its format, just above it, shows "f_port": 1); The Things Stack
    // leaves out only zeros, and port 0 carries no application payload: the reader refuses rather than guess.
    expect(message.f_port).toBeUndefined();
    expect(caught(() => payloadFromEnvelope(example)).message).toBe('envelope.uplink_message.f_port: undefined is not a port 1…255');
    const withPort = { ...example, uplink_message: { ...message, f_port: 1 } };
    const bytes = Array.from(Buffer.from(message.frm_payload, 'base64'));
    const expected = { bytes, hex: Buffer.from(bytes).toString('hex'), fPort: 1 };
    expect(expected).toEqual({ bytes: [0x82, 0x41, 0xde], hex: '8241de', fPort: 1 });
    expect(payloadFromEnvelope(withPort)).toEqual(expected);
    expect(payloadFromEnvelope(JSON.stringify(withPort))).toEqual(expected);
  });

  test('ttsUplinkMessage has each of its fields, with the same JSON type', () => {
    const ours = ttsUplinkMessage(FRAME);
    expect(missing(example, ours, TTS_EXCUSED)).toEqual([]);
    expect([keyPaths(example).get(DECODED_PAYLOAD), keyPaths(ours).get(DECODED_PAYLOAD)]).toEqual(['object', 'object']);
    // The comparison sees what it should: top-level, end_device_ids and uplink_message fields.
    expect([...keyPaths(example).keys()]).toEqual(
      expect.arrayContaining(['correlation_ids', 'end_device_ids.application_ids.application_id', 'end_device_ids.join_eui', 'uplink_message.session_key_id', 'uplink_message.rx_metadata[].uplink_token', 'uplink_message.network_ids.cluster_id']),
    );
  });

  test('what is excused is in the example, and is left out of ours or named otherwise there', () => {
    const documented = keyPaths(example);
    const ours = keyPaths(ttsUplinkMessage(FRAME));
    for (const path of Object.keys(TTS_EXCUSED).filter((p) => p !== DECODED_PAYLOAD)) expect([path, documented.has(path), ours.has(path)]).toEqual([path, true, false]);
    expect(ours.get('uplink_message.settings.data_rate.lora.coding_rate')).toBe('string');
  });

  test('the build and the reading agree on the example frame; its time on air is that of its size', () => {
    const built = ttsUplinkMessage(Buffer.from(message.frm_payload, 'base64'), { fPort: 1 }) as { uplink_message: Record<string, unknown> };
    expect(built.uplink_message.frm_payload).toBe(message.frm_payload);
    expect(payloadFromEnvelope(built)).toEqual({ bytes: [0x82, 0x41, 0xde], hex: '8241de', fPort: 1 });
    // SF7, 125 kHz, 4/5: 3 bytes of payload (16 of PHYPayload) are 38 symbols after the preamble's 12.25, 1.024 ms each.
    expect(built.uplink_message.consumed_airtime).toBe('0.051456s');
    // The example's own time on air, 0.056576s at SF7 and 125 kHz, is that of 7 to 9 bytes of payload (20 to 22 of
    // PHYPayload), as of this 8-byte frame.
    expect((ttsUplinkMessage(FRAME) as { uplink_message: Record<string, unknown> }).uplink_message.consumed_airtime).toBe(message.consumed_airtime);
  });
});
