/**
 * The catalog kits (codecs/chirpstack/, codecs/ttn/): what ChirpStack's device-profile repository and The Things
 * Network's Device Repository would get. The ChirpStack tests run as that repository's runner runs them: the codec
 * in an ES module that imports Buffer from "buffer", in QuickJS, each output compared with `expected` by
 * JSON.stringify equality. The Device Repository's files are validated against its schema's rules.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { SERVICES, SETTINGS, UPLINKS } from '../src';
import { chirpstackV4, loadQuickJS } from './support/runtimes';

const ROOT = path.join(__dirname, '..');
const CS = path.join(ROOT, 'codecs', 'chirpstack');
const TTN = path.join(ROOT, 'codecs', 'ttn');
const read = (file: string) => fs.readFileSync(file, 'utf8');

type Case = { name: string; input: { bytes?: number[]; fPort?: number; data?: Record<string, unknown> }; expected: unknown };

describe("ChirpStack's device-profile repository (codecs/chirpstack/, as its vendors/milesight/ folder)", () => {
  const decodeCases = JSON.parse(read(path.join(CS, 'codecs', 'test_decode_wt102.json'))) as Case[];
  const encodeCases = JSON.parse(read(path.join(CS, 'codecs', 'test_encode_wt102.json'))) as Case[];
  const script = read(path.join(CS, 'codecs', 'wt102.js'));
  beforeAll(() => loadQuickJS(), 60_000);

  test('the codec is the script itself; the tests cover every uplink kind, every service and every setting', () => {
    expect(script).toBe(read(path.join(ROOT, 'codecs', 'wt102.js')));
    const decoded = new Set(decodeCases.flatMap((c) => Object.keys((c.expected as { data: object }).data)));
    expect(UPLINKS.map((u) => u.key).filter((k) => !decoded.has(k))).toEqual([]);
    for (const key of ['ans', 'history']) expect(decoded).toContain(key);
    const sent = new Set(encodeCases.flatMap((c) => Object.keys(c.input.data as object)));
    expect(Object.keys(SERVICES).filter((s) => !sent.has(s))).toEqual([]);
    expect([...new Set(SETTINGS.map((s) => s.path[0]))].filter((s) => !sent.has(s))).toEqual([]);
    for (const c of [...decodeCases, ...encodeCases]) expect(Object.keys(c).sort()).toEqual(['expected', 'input', 'name']);
    expect(new Set([...decodeCases, ...encodeCases].map((c) => c.name)).size).toBe(decodeCases.length + encodeCases.length);
  });

  test.each(decodeCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(JSON.stringify(chirpstackV4(script, 'decodeUplink', c.input))).toBe(JSON.stringify(c.expected));
  });

  test.each(encodeCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(JSON.stringify(chirpstackV4(script, 'encodeDownlink', c.input))).toBe(JSON.stringify(c.expected));
  });

  test('the device names its codec and a profile per region, each a file of the kit, each profile of its region', () => {
    const device = parseToml(read(path.join(CS, 'devices', 'milesight-wt102.toml'))) as { device: { id: string; name: string; firmware: { profiles: string[]; codec: string }[] } };
    expect(device.device.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [firmware] = device.device.firmware;
    expect(fs.existsSync(path.join(CS, 'codecs', firmware.codec))).toBe(true);
    expect(firmware.profiles.sort()).toEqual(fs.readdirSync(path.join(CS, 'profiles')).sort());
    const ids = new Set<string>([device.device.id]);
    for (const file of firmware.profiles) {
      const { profile } = parseToml(read(path.join(CS, 'profiles', file))) as { profile: Record<string, unknown> };
      expect([file, profile.region, profile.mac_version, profile.reg_params_revision, profile.supports_otaa]).toEqual([file, file.split('-')[0], '1.0.3', 'A', true]);
      expect(typeof profile.max_eirp).toBe('number');
      ids.add(profile.id as string);
    }
    expect(ids.size).toBe(firmware.profiles.length + 1);
  });
});

describe("The Things Network's Device Repository (codecs/ttn/, as its vendor/milesight-iot/ folder)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv') as typeof import('ajv').default;
  const schema = JSON.parse(read(path.join(ROOT, 'fixtures', 'ttn-device-repository-device-schema.json')));
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema's URLs (`format: uri`), checked as absolute http(s) addresses (ajv knows no formats by itself).
  ajv.addFormat('uri', /^https?:\/\/[^\s/$.?#].[^\s]*$/i);
  ajv.addSchema(schema, 'device-schema');
  const validDevice = ajv.getSchema('device-schema#/definitions/endDevice')!;
  const validProfile = ajv.getSchema('device-schema#/definitions/endDeviceProfile')!;
  const device = parseYaml(read(path.join(TTN, 'wt102.yaml'))) as { firmwareVersions: { profiles: Record<string, { id: string; codec: string }> }[] };

  test('the device definition is valid under the schema; each profile it names is a valid file of the kit, its codec too', () => {
    expect(validDevice(device) ? [] : validDevice.errors).toEqual([]);
    const named = Object.values(device.firmwareVersions[0].profiles);
    expect(named.map((p) => `${p.id}.yaml`).sort()).toEqual(fs.readdirSync(TTN).filter((f) => /^profile-.*\.yaml$/.test(f)).sort());
    for (const p of named) {
      const profile = parseYaml(read(path.join(TTN, `${p.id}.yaml`)));
      expect([p.id, validProfile(profile) ? [] : validProfile.errors]).toEqual([p.id, []]);
      expect(fs.existsSync(path.join(TTN, `${p.codec}.yaml`))).toBe(true);
    }
    // The checks can fail: a region the schema does not know, a profile without its class flags.
    expect(validDevice({ ...device, firmwareVersions: [{ version: '1.0', profiles: { EU868: { id: 'profile-eu868' } } }] })).toBe(false);
    expect(validProfile({ macVersion: '1.0.3', regionalParametersVersion: 'RP001-1.0.3-RevA', supportsJoin: true, maxEIRP: 16 })).toBe(false);
    expect(validProfile({ macVersion: '1.0.3', regionalParametersVersion: 'RP002-1.0.1', supportsJoin: true, maxEIRP: 16, supportsClassB: false, supportsClassC: false })).toBe(false);
  });

  test('each region of the device has the same profile in both kits', () => {
    const regions = Object.values(device.firmwareVersions[0].profiles).map((p) => parseYaml(read(path.join(TTN, `${p.id}.yaml`))) as { maxEIRP: number; vendorProfileID: number });
    const chirpstack = fs.readdirSync(path.join(CS, 'profiles')).map((f) => (parseToml(read(path.join(CS, 'profiles', f))) as { profile: { max_eirp: number; vendor_profile_id: number } }).profile);
    const key = (eirp: number, id: number) => `${id}:${eirp}`;
    expect(regions.map((r) => key(r.maxEIRP, r.vendorProfileID)).sort()).toEqual(chirpstack.map((p) => key(p.max_eirp, p.vendor_profile_id)).sort());
  });
});
