/**
 * Compile-time contract of the public API. ts-jest type-checks this file, so an
 * `@ts-expect-error` that stops being an error fails the test run.
 */
import { CodecError, decode, decodeUplink, DOWNLINK_FPORT, encode, encodeHex, SERVICES } from '../src';
import type { CanonicalServiceCall, Properties, ServiceCall, ServiceInputs, SettingsCall } from '../src';

test('well-typed calls compile and encode', () => {
  const calls: ServiceCall[] = [
    { serviceId: 'set_target_temperature', inputs: { value: 21.5 } },
    { serviceId: 'set_opening_window', inputs: { state: '1' } },
    { serviceId: 'set_opening_window', inputs: { state: 0 } },
    { serviceId: 'delete_schedule', inputs: { type: 255 } },
    { serviceId: 'request_command_queries', inputs: { object_command: '0X6E01' } },
    { serviceId: 'request_command_queries', inputs: { length: 1, object_command: '0XDA' } },
    { serviceId: 'retrieve_historical_data_by_time', inputs: { time: new Date(0) } },
    { serviceId: 'reboot', inputs: {} },
    { serviceId: 'reboot' },
  ];
  expect(encodeHex(calls)).toBe('5a66085d015d005effef026e01ef01daba00000000bebe');
  expect(encode(calls[0])).toBeInstanceOf(Uint8Array);
  expect(DOWNLINK_FPORT).toBe(85);
});

test("the maker's codec object compiles and encodes; a misspelt key in it, or in a call, does not compile", () => {
  expect(encodeHex({ set_target_temperature: { value: 21.5 }, temp_control: { enable: 1 }, req: ['battery'] })).toBe('6500015a6608ef0100');
  // @ts-expect-error a misspelt service id as a key
  expect(() => encodeHex({ set_target_temprature: { value: 21.5 } })).toThrow(CodecError);
  // @ts-expect-error a call with a misspelt service id is no maker's object either
  expect(() => encodeHex({ serviceId: 'set_target_temprature', inputs: { value: 21.5 } })).toThrow(CodecError);
  // @ts-expect-error a query by path is text
  expect(() => encodeHex({ req: [5] })).toThrow(CodecError);
});

test('mistakes are compile errors', () => {
  // @ts-expect-error misspelt serviceId
  const e1: ServiceCall = { serviceId: 'set_target_temprature', inputs: { value: 21.5 } };
  // @ts-expect-error misspelt input
  const e2: ServiceCall = { serviceId: 'set_target_temperature', inputs: { valu: 21.5 } };
  // @ts-expect-error missing input
  const e3: ServiceCall = { serviceId: 'set_target_temperature', inputs: {} };
  // @ts-expect-error enum value not in the list
  const e4: ServiceCall = { serviceId: 'set_opening_window', inputs: { state: '2' } };
  // @ts-expect-error inputs are required for a service that has some
  const e5: ServiceCall = { serviceId: 'set_target_valve_opening_degree' };
  // @ts-expect-error a temperature is a number, not text
  const e6: ServiceCall = { serviceId: 'set_target_temperature', inputs: { value: '21.5' } };
  // At run time the same mistakes are CodecErrors.
  for (const call of [e1, e2, e3, e4, e5, e6]) expect(() => encode(call)).toThrow(CodecError);
});

test('decode returns the discriminated union, narrowed by serviceId', () => {
  const [item] = decode('5a6608');
  if (!('serviceId' in item)) throw new Error('expected a service call');
  const c: CanonicalServiceCall = item;
  if (c.serviceId === 'set_target_temperature') {
    const v: number = c.inputs.value;
    expect(v).toBe(21.5);
  } else {
    throw new Error('wrong service');
  }
  const [q] = decode('ef026e01');
  if ('serviceId' in q && q.serviceId === 'request_command_queries') {
    const len: number = q.inputs.length;
    const id: string = q.inputs.object_command;
    expect([len, id]).toEqual([2, '0X6E01']);
  } else {
    throw new Error('wrong service');
  }
});

test('settings objects are typed from the settings table', () => {
  const s: SettingsCall = {
    properties: {
      temperature_unit: 1,
      temp_control: { enable: true, mode_settings: { mode: 1, valve_control: { target_valve_status: 50 } } },
      schedule_settings: [{ id: 2, enable: 1, start_time: 390 }],
    },
  };
  expect(encodeHex(s)).toBe('60016500016506013' + '26e0200016e02018601');
  // @ts-expect-error misspelt setting
  const bad1: SettingsCall = { properties: { temperature_units: 1 } };
  // @ts-expect-error misspelt member of a group
  const bad2: SettingsCall = { properties: { temp_control: { enabled: 1 } } };
  // @ts-expect-error a struct where a flag belongs
  const bad3: SettingsCall = { properties: { mandatory_heating_enable: { enable: 1 } } };
  for (const call of [bad1, bad2, bad3]) expect(() => encode(call)).toThrow(CodecError);
  const [back] = decode('6001');
  expect(back).toEqual({ properties: { temperature_unit: 1 } });
});

test('SERVICES carries the metadata and its types', () => {
  const inputs: ServiceInputs<'set_target_temperature'> = { value: 20 };
  expect(SERVICES.set_target_temperature.command).toEqual([0x5a]);
  expect(SERVICES.set_target_temperature.inputs.value).toMatchObject({ kind: 'decimal', wire: 'i16', min: 5, max: 35, unit: '°C' });
  expect(encodeHex({ serviceId: 'set_target_temperature', inputs })).toBe('5ad007');
});

test('SERVICES cannot be changed at run time', () => {
  const field = SERVICES.set_target_temperature.inputs.value as { max: number };
  expect(() => {
    'use strict';
    field.max = 100;
  }).toThrow(TypeError);
  expect(SERVICES.set_target_temperature.inputs.value.max).toBe(35);
  expect(() => encode({ serviceId: 'set_target_temperature', inputs: { value: 99 } })).toThrow(CodecError);
});

test('decodeUplink data is typed from the tables: readings, events, reported settings, records', () => {
  const d = decodeUplink('0e01660832660855');
  const temperature: number | undefined = d.temperature;
  const report = d.periodic_reporting?.target_temperature_for_heating;
  const opening: number | undefined = report?.current_valve_opening;
  const reportType: number | undefined = d.periodic_reporting?.report_type;
  const enabled: number | undefined = d.temp_control?.enable;
  const startTime: number | undefined = d.schedule_settings?.[0]?.start_time;
  const firmware: string | undefined = d.version?.firmware_version;
  const lorawanClass: string | number | undefined = d.lorawan_class;
  const record = decodeUplink('ed0180b326690166080055').history?.[0];
  const when: number | undefined = record?.timestamp;
  const recorded: number | undefined = record?.battery;
  const reply = decodeUplink('ef026e01').ans?.[0];
  const replyName: string | undefined = reply?.name;
  expect([temperature, opening, reportType, when, recorded, replyName]).toEqual([21.5, 50, 1, 1764144000, 85, 'Schedule Time']);
  expect([enabled, startTime, firmware, lorawanClass]).toEqual([undefined, undefined, undefined, undefined]);
  // @ts-expect-error a misspelt key
  expect(d.temprature).toBeUndefined();
  // @ts-expect-error a reading is a number, not text
  const asText: string | undefined = d.battery;
  // @ts-expect-error a branch the event does not have
  expect(d.periodic_reporting?.nope).toBeUndefined();
  // @ts-expect-error a record's timestamp is Unix seconds
  const stamp: string | undefined = record?.timestamp;
  expect([asText, stamp]).toEqual([85, 1764144000]);
});

test('weekday flags are typed by their keys, in settings and in decoded data', () => {
  const days = { cycle_time_sun: 0, cycle_time_mon: 1, cycle_time_tues: 1, cycle_time_wed: 1, cycle_time_thur: 1, cycle_time_fri: 1, cycle_time_sat: 0 } as const;
  const away: Properties = { auto_away_settings: { enable: 1, start_time: 480, end_time: 1020, ...days, energy_saving_settings: { mode: 0, energy_saving_temperature: 16 } } };
  expect(encodeHex({ properties: away })).toBe('6701e001fc033e004006');
  // @ts-expect-error the weekday flags are required
  const missing: Properties = { auto_away_settings: { enable: 1, start_time: 480, end_time: 1020, energy_saving_settings: { mode: 0, energy_saving_temperature: 16 } } };
  expect(() => encodeHex({ properties: missing })).toThrow(CodecError);
  const d = decodeUplink('6701e001fc033e004006');
  const monday: number | undefined = d.auto_away_settings?.cycle_time_mon;
  const schedule = decodeUplink('6e02023e').schedule_settings?.[0]?.cycle_settings;
  const tuesday: number | undefined = schedule?.execution_day_tues;
  // @ts-expect-error a misspelt day
  expect(schedule?.execution_day_mnn).toBeUndefined();
  expect([monday, tuesday]).toEqual([1, 1]);
  // A record holds the replies that came after it in its frame.
  const replies = decodeUplink('ed0180b32669ef01da').history?.[0]?.ans;
  expect(replies?.[0]?.id).toBe('0XDA');
});
