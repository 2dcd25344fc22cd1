/**
 * `wt102-codec/testing`: the example frames as typed data, and the servers' envelopes for an uplink, built and read
 * back. The envelopes' field names are those of ChirpStack v4's UplinkEvent (its integration event `up`, protobuf
 * JSON mapping) and of The Things Stack's uplink message, as their documentation lists them.
 */
import { CodecError, decodeUplink } from '../src';
import { chirpstackUplinkEvent, fixtures, payloadFromEnvelope, ttsUplinkMessage } from '../src/testing';
import services from '../fixtures/services.json';
import settings from '../fixtures/settings.json';
import uplinks from '../fixtures/uplinks.json';
import { caught } from './support/helpers';

const base64Of = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

test('fixtures: every example frame of the project, typed, with its direction, port and decoded value or call', () => {
  expect(fixtures.uplinks.map((f) => [f.name, f.hex, f.data])).toEqual(uplinks.vectors.map((v) => [v.description, v.hex, v.data]));
  expect(fixtures.downlinks.map((f) => f.hex)).toEqual([...services.vectors, ...settings.vectors].map((v) => v.hex));
  for (const f of fixtures.uplinks) expect([f.direction, f.fPort]).toEqual(['uplink', 85]);
  for (const f of fixtures.downlinks) expect([f.direction, f.fPort, typeof f.call]).toEqual(['downlink', 85, 'object']);
  expect(Object.isFrozen(fixtures.uplinks)).toBe(true);
});

describe("the servers' envelopes of every uplink fixture", () => {
  test.each(uplinks.vectors.map((v) => [v.description, v] as const))('%s', (_d, v) => {
    const cs = chirpstackUplinkEvent(v.hex, { fCnt: 7 });
    expect(Object.keys(cs)).toEqual(['deduplicationId', 'time', 'deviceInfo', 'devAddr', 'adr', 'dr', 'fCnt', 'fPort', 'confirmed', 'data', 'object', 'rxInfo', 'txInfo']);
    expect([cs.data, cs.fPort, cs.fCnt, cs.object]).toEqual([base64Of(v.hex), 85, 7, v.data]);
    const tts = ttsUplinkMessage(v.hex, { fCnt: 7 }) as { uplink_message: Record<string, unknown> };
    expect(Object.keys(tts)).toEqual(['end_device_ids', 'correlation_ids', 'received_at', 'uplink_message']);
    expect([tts.uplink_message.frm_payload, tts.uplink_message.f_port, tts.uplink_message.f_cnt, tts.uplink_message.decoded_payload]).toEqual([base64Of(v.hex), 85, 7, v.data]);
    for (const envelope of [cs, tts, JSON.stringify(cs), JSON.stringify(tts)]) {
      expect(payloadFromEnvelope(envelope)).toEqual({ bytes: Array.from(Buffer.from(v.hex, 'hex')), hex: v.hex, fPort: 85 });
    }
  });

  test("The Things Stack's carries the normalized payload and the warnings, ChirpStack's the object without them", () => {
    const report = ttsUplinkMessage('0e01660832660855') as { uplink_message: { normalized_payload: unknown } };
    expect(report.uplink_message.normalized_payload).toEqual([{ air: { temperature: 21.5 } }]);
    const warned = ttsUplinkMessage('01581b') as { uplink_message: Record<string, unknown> };
    expect(warned.uplink_message.decoded_payload).toEqual({ temperature: 70 });
    expect((warned.uplink_message.decoded_payload_warnings as string[]).length).toBe(1);
    // A frame that does not decode has no object: ChirpStack logs the error instead; nor a decoded payload.
    expect('object' in chirpstackUplinkEvent('ff')).toBe(false);
    expect(Object.keys((ttsUplinkMessage('ff') as { uplink_message: object }).uplink_message)).toEqual(['session_key_id', 'f_port', 'f_cnt', 'frm_payload', 'rx_metadata', 'settings', 'received_at', 'consumed_airtime', 'version_ids', 'network_ids']);
    // A frame without a temperature has no normalized payload, and one without warnings no warnings.
    expect(Object.keys((ttsUplinkMessage('0055') as { uplink_message: object }).uplink_message)).not.toContain('decoded_payload_warnings');
    expect(decodeUplink('01581b').warnings).toEqual(warned.uplink_message.decoded_payload_warnings);
  });

  test('the same arguments give the same JSON; options change what they name', () => {
    expect(JSON.stringify(chirpstackUplinkEvent('016608'))).toBe(JSON.stringify(chirpstackUplinkEvent('016608')));
    const named = chirpstackUplinkEvent('016608', { devEui: '24E1240000000001', deviceName: 'kitchen', time: '2026-01-02T03:04:05Z', fPort: 85 });
    expect([named.time, (named.deviceInfo as { devEui: string; deviceName: string }).devEui, (named.deviceInfo as { deviceName: string }).deviceName]).toEqual(['2026-01-02T03:04:05Z', '24e1240000000001', 'kitchen']);
    expect(caught(() => chirpstackUplinkEvent('016608', { fCnt: -1 })).message).toBe('options.fCnt: -1 is not an integer 0…4294967295');
    expect(caught(() => ttsUplinkMessage('016608', { devEui: 'x' })).message).toBe('options.devEui: "x" is not 16 hex digits');
    expect(caught(() => ttsUplinkMessage('016608', { colour: 1 } as never)).code).toBe('INVALID_OPTION');
  });

  test('what is no envelope is refused, naming what is missing', () => {
    for (const bad of ['{', 5, null, {}, { data: 'AFU=' }, { uplink_message: { frm_payload: 'AFU=', f_port: 0 } }]) expect(caught(() => payloadFromEnvelope(bad))).toBeInstanceOf(CodecError);
    expect(caught(() => payloadFromEnvelope({})).message).toMatch(/^envelope\.data: undefined is not base64/);
    expect(caught(() => payloadFromEnvelope({ uplink_message: { frm_payload: 'AFU=' } })).message).toBe('envelope.uplink_message.f_port: undefined is not a port 1…255');
  });
});
