/** Frames from docs/PROTOCOL.md (fixtures/services.json), checked in both directions. */
import { decode, encode, encodeHex } from '../src';
import { caught } from './support/helpers';
import type { ServiceCall } from '../src';
import services from '../fixtures/services.json';
import invalid from '../fixtures/invalid.json';


describe('service vectors', () => {
  test.each(services.vectors.map((v) => [`${v.call.serviceId}: ${v.description}`, v] as const))('%s', (_name, v) => {
    expect(encodeHex(v.call as ServiceCall)).toBe(v.hex);
    expect(decode(v.hex)).toEqual([v.call]);
  });

  test('every service has at least one vector', () => {
    const covered = new Set(services.vectors.map((v) => v.call.serviceId));
    const { SERVICES } = jest.requireActual('../src');
    expect(Object.keys(SERVICES).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('every docs/PROTOCOL.md example is present', () => {
    expect(services.vectors.filter((v) => v.source === 'PROTOCOL.md example').length).toBeGreaterThanOrEqual(27);
  });
});

describe('multi-command frames', () => {
  test.each(services.frames.map((f) => [f.description, f] as const))('%s', (_name, f) => {
    expect(encodeHex(f.calls as ServiceCall[])).toBe(f.hex);
    expect(Array.from(encode(f.calls as ServiceCall[]))).toEqual(Array.from(Buffer.from(f.hex, 'hex')));
    expect(decode(Buffer.from(f.hex, 'hex'))).toEqual(f.calls);
    expect(decode(Array.from(Buffer.from(f.hex, 'hex')))).toEqual(f.calls);
  });
});

describe('lenient input forms', () => {
  test.each(services.lenient.map((v) => [v.description, v] as const))('%s', (_name, v) => {
    expect(encodeHex(v.call as ServiceCall)).toBe(v.hex);
  });

  test('a Date is accepted', () => {
    expect(encodeHex({ serviceId: 'set_time', inputs: { timestamp: new Date(Date.UTC(2025, 10, 26, 8)) } })).toBe('b780b32669');
  });

  test('hex text with spaces and a 0x prefix decodes', () => {
    expect(decode('0x5A 66 08')).toEqual([{ serviceId: 'set_target_temperature', inputs: { value: 21.5 } }]);
  });
});

describe('rejected calls', () => {
  test.each(invalid.calls.map((c) => [c.description, c] as const))('%s', (_name, c) => {
    const e = caught(() => encode(c.call as ServiceCall));
    expect(e.code).toBe(c.code);
    if (c.path !== null) {
      expect(e.path).toBe(c.path);
      expect(e.message).toContain(c.path.replace(/^\[\d+\]\./, ''));
    }
  });

  test('the message names the service, input, value and what is allowed', () => {
    const e = caught(() => encode({ serviceId: 'set_target_temperature', inputs: { value: 99 } }));
    expect(e.message).toBe('set_target_temperature.value: 99 is out of range 5…35 °C');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('CodecError');
  });

  test('milliseconds are recognised as such', () => {
    const e = caught(() => encode({ serviceId: 'set_time', inputs: { timestamp: 1764144000000 } }));
    expect(e.message).toMatch(/uint32/);
    expect(e.message).toMatch(/milliseconds/);
  });

  test('maxPayloadSize', () => {
    const calls: ServiceCall[] = [
      { serviceId: 'set_target_temperature', inputs: { value: 21.5 } },
      { serviceId: 'reboot', inputs: {} },
    ];
    expect(encodeHex(calls, { maxPayloadSize: 4 })).toBe('5a6608be');
    const e = caught(() => encode(calls, { maxPayloadSize: 3 }));
    expect(e.code).toBe('PAYLOAD_TOO_LARGE');
    expect(e.message).toContain('4 bytes');
    expect(caught(() => encode(calls, { maxPayloadSize: 0 })).code).toBe('INVALID_OPTION');
    expect(caught(() => encode(calls, { maxPayloadSize: NaN })).code).toBe('INVALID_OPTION');
    expect(caught(() => encode(calls, { maxPayload: 3 } as never)).code).toBe('INVALID_OPTION');
  });
});

describe('rejected frames', () => {
  test.each(invalid.frames.map((f) => [f.description, f] as const))('%s', (_name, f) => {
    const e = caught(() => decode(f.hex));
    expect(e.code).toBe(f.code);
    expect(e.offset).toBe(f.offset);
    expect(e.message).toContain(`byte ${f.offset}`);
  });

  test('decode errors name the command', () => {
    expect(caught(() => decode('5a66')).message).toContain('set_target_temperature');
    expect(caught(() => decode('ef00')).message).toContain('request_command_queries');
  });

  test.each([
    ['odd hex', 'abc', 'INVALID_HEX'],
    ['not hex', 'zz', 'INVALID_HEX'],
    ['byte 256', [0x5a, 256, 0], 'INVALID_BYTE'],
    ['byte -1', [0xbe, -1], 'INVALID_BYTE'],
    ['fractional byte', [0xbe, 1.5], 'INVALID_BYTE'],
    ['string in array', ['be'], 'INVALID_BYTE'],
    ['null', null, 'INVALID_TYPE'],
    ['number', 0xbe, 'INVALID_TYPE'],
    ['object', { length: -1 }, 'INVALID_TYPE'],
  ] as const)('%s', (_name, frame, code) => {
    expect(caught(() => decode(frame as never)).code).toBe(code);
  });
});
