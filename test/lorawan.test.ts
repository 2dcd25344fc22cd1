/** LoRaWAN framing (wt102-codec/lorawan): known answers, an independent oracle, MIC failures, round trips. */
import fc from 'fast-check';
import { CodecError, decodeUplink } from '../src';
import type { DownlinkCall } from '../src';
import { buildDownlinkPhy, buildPhyFromPayload, buildUplinkPhy, parsePhy } from '../src/lorawan';
import services from '../fixtures/services.json';
import settings from '../fixtures/settings.json';
import uplinks from '../fixtures/uplinks.json';
import { anyValidCall } from './support/arbitraries';
import { caught } from './support/helpers';
import { cmac, oraclePhy } from './support/lorawan-oracle';

// The keys and packet published in the lora-packet README.
const README_KEYS = { nwkSKey: '44024241ed4ce9a68c6a8bc055233fd3', appSKey: 'ec925802ae430ca77fd3dd73cb2cc588' };
const README_PACKET = '40F17DBE4900020001954378762B11FF0D';
const key = (hex: string) => Buffer.from(hex, 'hex');

test('the oracle agrees with RFC 4493 test vectors', () => {
  const k = key('2b7e151628aed2a6abf7158809cf4f3c');
  expect(cmac(k, Buffer.alloc(0)).toString('hex')).toBe('bb1d6929e95937287fa37d129b756746');
  expect(cmac(k, key('6bc1bee22e409f96e93d7e117393172a')).toString('hex')).toBe('070a16b46b4d4144f79bdd9dd04a287c');
});

test("lora-packet's published packet: MIC checks, payload decrypts to \"test\", reported as not WT102 data", () => {
  const r = parsePhy(README_PACKET, README_KEYS);
  expect(r).toMatchObject({ direction: 'up', mType: 'Unconfirmed Data Up', devAddr: '49be7df1', fCnt: 2, fPort: 1 });
  expect(Buffer.from(r.payload as string, 'hex').toString()).toBe('test');
  expect(r.note).toMatch(/fPort 1/);
  expect(r.uplink).toBeUndefined();
  expect(parsePhy(Buffer.from(README_PACKET, 'hex').toString('base64'), README_KEYS)).toEqual(r);
});

test('the oracle builds the published packet byte for byte', () => {
  const phy = oraclePhy({ up: true, confirmed: false, devAddr: '49be7df1', fCnt: 2, fPort: 1, payload: Buffer.from('test'), nwkSKey: key(README_KEYS.nwkSKey), appSKey: key(README_KEYS.appSKey) });
  expect(phy.toString('hex')).toBe(README_PACKET.toLowerCase());
});

test('a wrong NwkSKey, a damaged byte or a missing FCnt upper half is a MIC_MISMATCH, and nothing is decrypted', () => {
  expect(caught(() => parsePhy(README_PACKET, { ...README_KEYS, nwkSKey: '00'.repeat(16) })).code).toBe('MIC_MISMATCH');
  const damaged = Buffer.from(README_PACKET, 'hex');
  damaged[9] ^= 1;
  expect(caught(() => parsePhy(damaged, README_KEYS)).code).toBe('MIC_MISMATCH');
  const high = buildDownlinkPhy({ serviceId: 'reboot' }, { ...README_KEYS, devAddr: '26011bda', fCnt: 0x12345 });
  expect(caught(() => parsePhy(high.hex, README_KEYS)).message).toMatch(/MIC does not match/);
  expect(parsePhy(high.hex, { ...README_KEYS, fCntMsb: 1 }).fCnt).toBe(0x12345);
});

const keyArb = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => Buffer.from(b).toString('hex'));
const devAddrArb = fc.uint8Array({ minLength: 4, maxLength: 4 }).map((b) => Buffer.from(b).toString('hex'));
const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) };

test('built downlinks equal the specification byte for byte, and parse back to the calls', () => {
  fc.assert(
    fc.property(
      fc.array(anyValidCall, { minLength: 1, maxLength: 4 }),
      fc.record({ nwkSKey: keyArb, appSKey: keyArb, devAddr: devAddrArb, fCnt: fc.integer({ min: 0, max: 0xffffffff }), confirmed: fc.boolean(), ack: fc.boolean(), fPending: fc.boolean() }),
      (calls, o) => {
        const phy = buildDownlinkPhy(calls.map((c) => c.call) as DownlinkCall[], o);
        const payload = Buffer.from(calls.flatMap((c) => c.bytes));
        expect(phy.hex).toBe(oraclePhy({ ...o, up: false, fPort: 85, payload, nwkSKey: key(o.nwkSKey), appSKey: key(o.appSKey) }).toString('hex'));
        const parsed = parsePhy(phy.base64, { nwkSKey: o.nwkSKey, appSKey: o.appSKey, fCntMsb: Math.floor(o.fCnt / 0x10000) });
        expect(parsed).toMatchObject({ direction: 'down', devAddr: o.devAddr, fCnt: o.fCnt, fPort: 85, confirmed: o.confirmed, ack: o.ack, fPending: o.fPending });
        expect(parsed.downlink).toEqual(calls.map((c) => c.canonical));
      },
    ),
    runs,
  );
});

describe('every fixture frame survives encryption', () => {
  const o = { ...README_KEYS, devAddr: '26011bda', fCnt: 42 };
  test.each([...services.vectors.map((v) => v.hex), ...settings.vectors.map((v) => v.hex)].map((h) => [h]))('downlink %s', (hex) => {
    const phy = buildPhyFromPayload(Buffer.from(hex, 'hex'), o);
    expect(parsePhy(phy.hex, README_KEYS).payload).toBe(hex);
  });

  test.each(uplinks.vectors.map((v) => [v.description, v] as const))('uplink: %s', (_n, v) => {
    const phy = oraclePhy({ up: true, confirmed: false, devAddr: o.devAddr, fCnt: 7, fPort: 85, payload: Buffer.from(v.hex, 'hex'), nwkSKey: key(o.nwkSKey), appSKey: key(o.appSKey) });
    const parsed = parsePhy(phy, README_KEYS);
    expect(parsed.uplink).toEqual(v.data);
    expect(parsed.uplink).toEqual(decodeUplink(v.hex));
  });
});

test('frames on other ports are reported as such', () => {
  const base = { up: true, confirmed: false, devAddr: '26011bda', fCnt: 1, nwkSKey: key(README_KEYS.nwkSKey), appSKey: key(README_KEYS.appSKey) };
  const mac = parsePhy(oraclePhy({ ...base, fPort: 0, payload: Buffer.from('0203', 'hex') }), README_KEYS);
  expect(mac.note).toMatch(/fPort 0: the payload is MAC commands/);
  expect(mac.payload).toBe('0203');
  expect(mac.uplink).toBeUndefined();
  expect(parsePhy(oraclePhy({ ...base, fPort: 10, payload: Buffer.from('0055', 'hex') }), README_KEYS).note).toMatch(/fPort 10/);
});

test('a WT102 payload that does not decode is a CodecError with the offset', () => {
  const phy = oraclePhy({ up: true, confirmed: false, devAddr: '26011bda', fCnt: 1, fPort: 85, payload: Buffer.from('0166', 'hex'), nwkSKey: key(README_KEYS.nwkSKey), appSKey: key(README_KEYS.appSKey) });
  expect(caught(() => parsePhy(phy, README_KEYS))).toMatchObject({ code: 'TRUNCATED', offset: 1 });
});

test.each([
  ['short key', { nwkSKey: 'abcd' }, 'nwkSKey'],
  ['non-hex key', { appSKey: 'zz'.repeat(16) }, 'appSKey'],
  ['DevAddr of 3 bytes', { devAddr: '26011b' }, 'devAddr'],
  ['FCnt above 32 bits', { fCnt: 2 ** 32 }, 'fCnt'],
  ['negative FCnt', { fCnt: -1 }, 'fCnt'],
  ['port 0', { fPort: 0 }, 'fPort'],
])('bad options are refused: %s (the key is never echoed)', (_n, bad, path) => {
  const e = caught(() => buildDownlinkPhy({ serviceId: 'reboot' }, { ...README_KEYS, devAddr: '26011bda', fCnt: 1, ...bad }));
  expect(e.code).toBe('INVALID_OPTION');
  expect(e.path).toBe(path);
  for (const k of Object.values(README_KEYS)) expect(e.message).not.toContain(k);
  expect(e.message).not.toContain('zz');
});

test('garbage is an INVALID_PHY, not an exception of another kind', () => {
  for (const phy of ['', 'zz', '00', '40f17d', 'QPF9']) {
    const e = caught(() => parsePhy(phy, README_KEYS));
    expect(e).toBeInstanceOf(CodecError);
    expect(['INVALID_PHY', 'MIC_MISMATCH']).toContain(e.code);
  }
});

test('a Uint8Array whose buffer was transferred away is a CodecError naming it, as key or PHYPayload (it was a TypeError)', () => {
  const detached = (n: number) => {
    const view = new Uint8Array(new ArrayBuffer(n));
    structuredClone(view.buffer, { transfer: [view.buffer] });
    return view;
  };
  const options = { devAddr: '26011bda', fCnt: 1, nwkSKey: README_KEYS.nwkSKey, appSKey: README_KEYS.appSKey };
  const key = caught(() => buildPhyFromPayload('be', { ...options, nwkSKey: detached(16) }));
  expect([key.code, key.message]).toEqual(['INVALID_TYPE', 'nwkSKey: is a Uint8Array whose ArrayBuffer is detached (transferred elsewhere): its bytes are gone']);
  const phy = caught(() => parsePhy(detached(20), { nwkSKey: README_KEYS.nwkSKey, appSKey: README_KEYS.appSKey }));
  expect([phy.code, phy.message]).toEqual(['INVALID_TYPE', 'phy: is a Uint8Array whose ArrayBuffer is detached (transferred elsewhere): its bytes are gone']);
  // A payload goes to the codec's core, where a detached view has no bytes: refused as such.
  expect(caught(() => buildPhyFromPayload(detached(3), options))).toBeInstanceOf(CodecError);
});

describe('buildUplinkPhy: the radio frame a valve would send, for tests without one', () => {
  const options = { devAddr: '26011bda', nwkSKey: README_KEYS.nwkSKey, appSKey: README_KEYS.appSKey };
  test.each(uplinks.vectors.filter((v) => v.hex.length / 2 <= 242).map((v) => [v.description, v.hex, v.data] as const))('%s', (_d, hex, data) => {
    const fCnt = 0x1_0005;
    const phy = buildUplinkPhy(hex, { ...options, fCnt });
    // Byte for byte what the specification gives (an independent implementation), and read back as an uplink.
    expect(phy.hex).toBe(oraclePhy({ up: true, confirmed: false, devAddr: '26011bda', fCnt, fPort: 85, payload: Buffer.from(hex, 'hex'), nwkSKey: key(README_KEYS.nwkSKey), appSKey: key(README_KEYS.appSKey) }).toString('hex'));
    const parsed = parsePhy(phy.hex, { ...README_KEYS, fCntMsb: 1 });
    expect([parsed.direction, parsed.mType, parsed.fCnt, parsed.fPort, parsed.payload, parsed.uplink]).toEqual(['up', 'Unconfirmed Data Up', fCnt, 85, hex, data]);
  });

  test('a confirmed uplink; a wrong key is a MIC_MISMATCH; what a downlink only has is refused', () => {
    expect(parsePhy(buildUplinkPhy('0055', { ...options, fCnt: 1, confirmed: true }).hex, README_KEYS).mType).toBe('Confirmed Data Up');
    const phy = buildUplinkPhy('0055', { ...options, fCnt: 1 });
    expect(caught(() => parsePhy(phy.hex, { ...README_KEYS, nwkSKey: README_KEYS.appSKey })).code).toBe('MIC_MISMATCH');
    expect(caught(() => buildUplinkPhy('0055', { ...options, fCnt: 1, fPending: true } as never)).code).toBe('INVALID_OPTION');
  });
});
