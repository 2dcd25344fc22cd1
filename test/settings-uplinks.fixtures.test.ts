/** Settings (docs/PROTOCOL.md §5) and uplinks (§6), from fixtures/settings.json and fixtures/uplinks.json, both ways. */
import { decode, decodeUplink, encode, encodeHex, encodeUplink, SETTINGS, SCHEDULE, UPLINKS } from '../src';
import { caught } from './support/helpers';
import type { DownlinkCall, UplinkData } from '../src';
import settings from '../fixtures/settings.json';
import uplinks from '../fixtures/uplinks.json';


const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('settings', () => {
  test.each(settings.vectors.map((v) => [v.description, v] as const))('%s', (_name, v) => {
    expect(encodeHex({ properties: v.properties } as DownlinkCall)).toBe(v.hex);
    expect(decode(v.hex)).toEqual([{ properties: v.properties }]);
  });

  test('the same bytes come up as uplinks, decoded the same way', () => {
    for (const v of settings.vectors) expect(decodeUplink(v.hex)).toEqual(v.properties);
  });

  test('every setting row and every schedule field has a vector', () => {
    const seen = new Set(settings.vectors.flatMap((v) => Object.entries(v.properties).flatMap(([k, val]) =>
      k === 'schedule_settings' ? (val as object[]).flatMap((e) => Object.keys(e).map((f) => `${k}.${f}`)) : SETTINGS.some((s) => s.path.length === 2 && s.path[0] === k) ? Object.keys(val as object).map((s) => `${k}.${s}`) : [k],
    )));
    const wanted = [...SETTINGS.map((s) => s.path.join('.')), ...Object.keys(SCHEDULE.fields).map((f) => `schedule_settings.${f}`)];
    expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
  });

  test.each(settings.lenient.map((v) => [v.description, v] as const))('accepts %s', (_name, v) => {
    expect(encodeHex({ properties: v.properties } as DownlinkCall)).toBe(v.hex);
  });

  test.each(settings.invalid.map((c) => [c.description, c] as const))('refuses %s', (_name, c) => {
    const call = 'call' in c ? c.call : { properties: c.properties };
    const e = caught(() => encode(call as DownlinkCall));
    expect(e.code).toBe(c.code);
    expect(e.path).toBe(c.path);
    expect(e.message).toContain(c.path);
  });

  test.each(settings.invalidFrames.map((f) => [f.description, f] as const))('refuses frame: %s', (_name, f) => {
    const e = caught(() => decode(f.hex));
    expect([e.code, e.offset]).toEqual([f.code, f.offset]);
    expect(e.message).toContain(`byte ${f.offset}`);
  });

  test('settings and service calls mix in one frame, in the given order', () => {
    const calls: DownlinkCall[] = [
      { properties: { temperature_unit: 1 } },
      { serviceId: 'reboot', inputs: {} },
      { properties: { temp_control: { enable: 1 } } },
    ];
    expect(encodeHex(calls)).toBe('6001be650001');
    expect(decode('6001be650001')).toEqual([calls[0], calls[1], calls[2]]);
  });

  test('a frame of settings out of table order decodes into several objects that re-encode to it', () => {
    const frame = '650100650001';
    const items = decode(frame);
    expect(items).toEqual([
      { properties: { temp_control: { target_temperature_resolution: 0 } } },
      { properties: { temp_control: { enable: 1 } } },
    ]);
    expect(encodeHex(items)).toBe(frame);
  });
});

describe('uplinks', () => {
  test.each(uplinks.vectors.map((v) => [v.description, v] as const))('%s', (_name, v) => {
    expect(decodeUplink(v.hex)).toEqual(v.data);
    expect(hex(encodeUplink(v.data as UplinkData))).toBe(v.hex);
  });

  test('every uplink command has a vector', () => {
    const seen = new Set(uplinks.vectors.flatMap((v) => [...Object.keys(v.data), ...((v.data as UplinkData).history ?? []).flatMap((r) => Object.keys(r))]));
    expect(UPLINKS.map((u) => u.key).filter((k) => !seen.has(k))).toEqual([]);
  });

  test.each(uplinks.warnings.map((v) => [v.description, v] as const))('lenient: %s', (_name, v) => {
    const data = decodeUplink(v.hex);
    const { warnings, ...rest } = data;
    expect(rest).toEqual(v.data);
    expect(warnings).toHaveLength(v.warnings);
    expect(warnings?.[0]).toMatch(/^byte \d+: /);
  });

  test('a simulator can build the out-of-range frames that decoding warns about', () => {
    expect(hex(encodeUplink({ temperature: 70, battery: 101 }))).toBe('01581b0065');
    expect(hex(encodeUplink({ temperature: 70, warnings: ['ignored'] }))).toBe('01581b');
  });

  test.each(uplinks.invalid.map((f) => [f.description, f] as const))('refuses %s', (_name, f) => {
    const e = caught(() => decodeUplink(f.hex));
    expect([e.code, e.offset]).toEqual([f.code, f.offset]);
  });

  test.each([
    ['unknown key', { battery: 1, batery: 2 }, 'data.batery'],
    ['value out of the wire range', { temperature: 400 }, 'data.temperature'],
    ['reply without id', { ans: [{ result: 0 }] }, 'data.ans[0].id'],
    ['reply with a wrong name', { ans: [{ result: 0, id: '0XDA', name: 'Battery' }] }, 'data.ans[0].name'],
    ['history without timestamp', { history: [{ battery: 1 }] }, 'data.history[0].timestamp'],
    ['text too long', { product_name: 'x'.repeat(33) }, 'data.product_name'],
    ['nothing', {}, 'data'],
  ])('encodeUplink refuses %s', (_name, data, path) => {
    expect(caught(() => encodeUplink(data as UplinkData)).path).toBe(path);
  });
});
