/**
 * The virtual WT102 of `wt102-codec/testing` (src/testing/valve.ts): it answers every command of a downlink, in
 * order, with uplinks that decode without warnings; a query after a setting reports the value set; a retrieval
 * returns the records stored in its range; and it is deterministic.
 */
import fc from 'fast-check';
import { allQueryableCommandIds, CodecError, decode, encodeCommands, encodeHex, planSettings, reportedSettings, SETTINGS } from '../src';
import { createValve } from '../src/testing';
import settings from '../fixtures/settings.json';
import { anyValidCall, propertiesArb, validFrame } from './support/arbitraries';
import { caught } from './support/helpers';

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100) };
const QUERYABLE = new Set(allQueryableCommandIds());
type Reply = { result: number; length: number; id: string };
const hex = (bytes: number[]) => Buffer.from(bytes).toString('hex');

/** Every reply of what the valve sent: the `ans` entries, and each sequence or order check's echo, in order. */
function replies(uplinks: { data: Record<string, unknown> }[]): (Reply | 'check')[] {
  return uplinks.flatMap((u) => {
    const out: (Reply | 'check')[] = [];
    for (const key of Object.keys(u.data)) {
      if (key === 'ans') out.push(...(u.data.ans as Reply[]));
      if (key === 'check_sequence_number_reply' || key === 'check_order_reply') out.push('check');
    }
    return out;
  });
}

test('property: every command of a valid downlink gets one reply, in order; every uplink decodes without warnings', () => {
  fc.assert(
    fc.property(validFrame, (frame) => {
      const valve = createValve();
      const uplinks = valve.receive(frame);
      for (const u of uplinks) expect(u.data.warnings).toBeUndefined();
      const commands = encodeCommands(decode(frame) as never);
      const got = replies(uplinks as never);
      expect(got).toHaveLength(commands.length);
      // The sequence and order checks are answered by their echoes; every other command by a reply, in order (an
      // uplink's decoded data keeps its replies in order, though not where the echoes stood between them).
      const checks = commands.filter((c) => c[0] === 0xff || c[0] === 0xfe);
      expect(got.filter((r) => r === 'check')).toHaveLength(checks.length);
      const answered = got.filter((r): r is Reply => r !== 'check');
      commands
        .filter((c) => c[0] !== 0xff && c[0] !== 0xfe)
        .forEach((command, i) => {
          // Each reply echoes its command: the command's own ID, or for a query the ID queried.
          const echoed = Buffer.from(answered[i].id.slice(2), 'hex');
          const expected = command[0] === 0xef ? command.slice(2, 2 + (command[1] & 0x0f)) : command.slice(0, echoed.length);
          expect(hex([...echoed])).toBe(hex(expected));
          expect([0, 6]).toContain(answered[i].result);
        });
    }),
    runs,
  );
});

test('property: a query after a setting reports the value just set', () => {
  fc.assert(
    fc.property(propertiesArb, (p) => {
      const valve = createValve();
      valve.receive(p.bytes);
      // The last command of each ID is what the valve holds (a schedule's field may be given twice).
      const last = new Map<string, number[]>();
      for (const command of encodeCommands({ properties: p.given } as never)) {
        // The setting's ID: a schedule field's three bytes, a group member's two, else one; queried if a query may be.
        const idLength = command[0] === 0x6e ? 3 : SETTINGS.some((s) => s.command.length === 2 && s.command[0] === command[0] && s.command[1] === command[1]) ? 2 : 1;
        last.set('0X' + hex(command.slice(0, idLength)).toUpperCase(), command);
      }
      for (const [id, command] of last) {
        const idLength = (id.length - 2) / 2;
        if (!QUERYABLE.has(id)) continue;
        const answer = valve.receive(encodeHex({ serviceId: 'request_command_queries', inputs: { object_command: id } } as never));
        // What it reports is the command the setting was written with, then its reply.
        expect(answer.map((u) => u.hex).join('')).toBe(hex(command) + 'ef0' + idLength + id.slice(2).toLowerCase());
      }
    }),
    runs,
  );
});

test('every settings fixture is taken: each of its commands answered with result 0', () => {
  for (const v of settings.vectors) {
    const valve = createValve();
    const answer = valve.receive(v.hex);
    expect(replies(answer as never).every((r) => r !== 'check' && r.result === 0)).toBe(true);
  }
});

test('a retrieval returns the records stored in its range, in order', () => {
  const history = [0, 600, 1200, 1800].map((d) => ({ timestamp: 1764144000 + d, temperature: 20 + d / 600, battery: 85 }));
  const valve = createValve({ history });
  const range = valve.receive(encodeHex({ serviceId: 'retrieve_historical_data_by_time_range', inputs: { start_time: 1764144600, end_time: 1764145200 } }));
  expect(range.flatMap((u) => (u.data.history as object[] | undefined) || [])).toEqual(history.slice(1, 3));
  const one = valve.receive(encodeHex({ serviceId: 'retrieve_historical_data_by_time', inputs: { time: 1764145800 } }));
  expect(one.flatMap((u) => (u.data.history as object[] | undefined) || [])).toEqual([history[3]]);
});

test('property: a retrieval by range returns exactly the stored records of that range, in order, each as stored', () => {
  const record = fc.record({
    timestamp: fc.integer({ min: 1764000000, max: 1764200000 }),
    temperature: fc.integer({ min: -2000, max: 6000 }).map((t) => t / 100),
    battery: fc.integer({ min: 0, max: 100 }),
  });
  fc.assert(
    fc.property(fc.array(record, { minLength: 0, maxLength: 12 }), fc.integer({ min: 1764000000, max: 1764200000 }), fc.nat({ max: 100000 }), (history, start, span) => {
      const valve = createValve({ history });
      const end = Math.min(start + span, 0xffffffff);
      const got = valve
        .receive(encodeHex({ serviceId: 'retrieve_historical_data_by_time_range', inputs: { start_time: start, end_time: end } }))
        .flatMap((u) => (u.data.history as object[] | undefined) || []);
      expect(got).toEqual(history.filter((r) => r.timestamp >= start && r.timestamp <= end));
    }),
    runs,
  );
});

test('the clock: periodic reports at the reporting interval, of the control mode, stored while storage is on', () => {
  const valve = createValve({ settings: { heating_period_settings: { heating_period_reporting_interval: { unit: 1, minutes_of_time: 10 } }, temp_control: { mode_settings: { mode: 0, auto_control: { target_temperature: 21 } } }, data_storage_settings: { enable: 1 } } });
  const sent = valve.advance(1800);
  expect(sent.map((u) => (u.data.periodic_reporting as { report_type: number }).report_type)).toEqual([1, 1, 1]);
  expect(valve.history.map((r) => r.timestamp)).toEqual([600, 1200, 1800].map((d) => 1764144000 + d));
  valve.set({ temperature: 19 });
  expect((valve.advance(600)[0].data as { temperature: number }).temperature).toBe(19);
  expect(valve.time).toBe(1764144000 + 2400);
});

test('a reboot reports the device information; what cannot be read is answered "unknown"; the same calls give the same frames', () => {
  const valve = createValve();
  expect(valve.receive('be')[0].data).toMatchObject({ ans: [{ result: 0, id: '0XBE' }], product_name: 'WT102' });
  expect(valve.receive('f1')[0].data).toEqual({ ans: [{ result: 1, length: 1, id: '0XF1' }] });
  fc.assert(
    fc.property(fc.array(anyValidCall, { minLength: 1, maxLength: 4 }), (calls) => {
      const frames = calls.map((c) => c.bytes);
      const a = createValve();
      const b = createValve();
      expect(frames.map((f) => a.receive(f).map((u) => u.hex))).toEqual(frames.map((f) => b.receive(f).map((u) => u.hex)));
    }),
    { numRuns: 30 },
  );
});

test('what the valve could not hold is refused at creation, as a CodecError', () => {
  expect(caught(() => createValve({ settings: { temp_control: { enable: 2 } } }))).toBeInstanceOf(CodecError);
  expect(caught(() => createValve({ readings: { battery: 'full' as never } }))).toBeInstanceOf(CodecError);
  expect(caught(() => createValve({ time: -1 })).code).toBe('INVALID_OPTION');
  expect(caught(() => createValve({ colour: 1 } as never)).code).toBe('INVALID_OPTION');
  expect(caught(() => createValve().advance(-1)).code).toBe('INVALID_VALUE');
});

test('each service does what the valve does with it', () => {
  const valve = createValve();
  const send = (call: object) => valve.receive(encodeHex(call as never)).map((u) => u.data);
  const query = (id: string) => send({ serviceId: 'request_command_queries', inputs: { object_command: id } });
  // Readings and device information, each reported as the valve reports it, then its reply.
  expect(query('0X00')).toEqual([{ battery: 85, ans: [{ result: 0, length: 1, id: '0X00', name: 'Battery' }] }]);
  for (const [id, key] of [['0X02', 'motor_total_stroke'], ['0X03', 'motor_position'], ['0X04', 'valve_opening_degree'], ['0XDA', 'version'], ['0XD9', 'oem_id'], ['0XC8', 'device_status']]) {
    expect([id, key in query(id)[0]]).toEqual([id, true]);
  }
  // A schedule never set: nothing to report, result 6 (error read); the 2-byte form asks for every field of one.
  expect(query('0X6E0304')[0].ans).toEqual([{ result: 6, length: 3, id: '0X6E0304', name: 'Schedule4 Target Temperature' }]);
  send({ properties: { schedule_settings: [{ id: 1, enable: 1, start_time: 390 }] } });
  expect(query('0X6E01')[0].schedule_settings).toEqual([{ id: 1, enable: 1, start_time: 390 }]);
  // Setpoints, the clock, the motor, the status.
  send({ serviceId: 'set_target_temperature', inputs: { value: 22.5 } });
  send({ serviceId: 'set_target_valve_opening_degree', inputs: { value: 30 } });
  send({ serviceId: 'set_temperature', inputs: { value: 18 } });
  expect(valve.readings).toMatchObject({ target_temperature: 22.5, target_valve_opening_degree: 30, temperature: 18 });
  send({ serviceId: 'set_time', inputs: { timestamp: 1767225600 } });
  expect(valve.time).toBe(1767225600);
  expect(send({ serviceId: 'calibrate_motor' })[0].motor_calibration_result_report).toEqual({ status: 1 });
  expect(send({ serviceId: 'query_motor_stroke_position' })[0]).toMatchObject({ motor_total_stroke: 1500, motor_position: 750 });
  expect(send({ serviceId: 'query_device_status' })[0]).toHaveProperty('device_status');
  expect(send({ serviceId: 'collect_data' })[0]).toHaveProperty('periodic_reporting');
  // Schedules deleted one by one or all; history cleared; a factory reset puts the start settings back.
  send({ properties: { schedule_settings: [{ id: 2, enable: 1 }] } });
  send({ serviceId: 'delete_schedule', inputs: { type: 1 } });
  expect((valve.settings.schedule_settings as { id: number }[]).map((e) => e.id)).toEqual([2]);
  send({ serviceId: 'delete_schedule', inputs: { type: 255 } });
  expect(valve.settings.schedule_settings).toEqual([]);
  send({ properties: { temperature_unit: 0 } });
  send({ serviceId: 'reset' });
  expect(valve.settings).toEqual(createValve().settings);
  const stored = createValve({ history: [{ timestamp: 1764144000, temperature: 20, battery: 80 }] });
  stored.receive('bd');
  expect(stored.history).toEqual([]);
  // Every setting at once, in as many uplinks as it takes, each decoding without warnings.
  const all = valve.receive(encodeHex({ serviceId: 'request_query_all_configurations' }));
  expect(all.length).toBeGreaterThan(0);
  for (const u of all) expect([u.bytes.length <= 242, u.data.warnings]).toEqual([true, undefined]);
  expect(() => valve.receive('be', 1)).toThrow(CodecError);
});

test('the periodic report follows the control mode: valve opening, integrated control', () => {
  const valveMode = createValve({ settings: { temp_control: { mode_settings: { mode: 1, valve_control: { target_valve_status: 40 } } } } });
  expect((valveMode.advance(3600)[0].data.periodic_reporting as { report_type: number }).report_type).toBe(2);
  const integrated = createValve({ settings: { temp_control: { mode_settings: { mode: 2, intergrated_control: { target_temp: 21 } } } } });
  expect((integrated.advance(3600)[0].data.periodic_reporting as { report_type: number }).report_type).toBe(3);
});

test('start readings and time are the options\'; an empty downlink holds nothing to answer', () => {
  const valve = createValve({ readings: { battery: 50, temperature: 19.5 }, time: 1700000000 });
  expect([valve.readings.battery, valve.readings.temperature, valve.time]).toEqual([50, 19.5, 1700000000]);
  expect(valve.receive([])).toEqual([]);
  expect(valve.receive('5a').map((u) => u.hex)).toEqual(['ef115a']);
  expect(valve.advance(0)).toEqual([]);
});

test('one uplink holds a value once: two queries of one setting are answered in two uplinks', () => {
  const valve = createValve();
  const sent = valve.receive(encodeHex([{ properties: { temp_control: { enable: 0 } } }, { serviceId: 'request_command_queries', inputs: { object_command: '0X6500' } }] as never));
  expect(sent.map((u) => u.hex)).toEqual(['ef026500650000ef026500']);
  const twice = valve.receive(encodeHex([{ serviceId: 'request_command_queries', inputs: { object_command: '0X6500' } }, { serviceId: 'request_command_queries', inputs: { object_command: '0X6500' } }] as never));
  expect(twice.map((u) => u.hex)).toEqual(['650000ef026500', '650000ef026500']);
});

test('events: each alarm is sent once when its condition starts and once when it ends', () => {
  // Start settings: temperature alarm on, below 10 °C or above 30 °C; freeze protection on at 3 °C; forced heating on.
  // Expected frames worked out by hand from docs/PROTOCOL.md §6's layouts: 09 <type> <°C × 100, i16 LE>;
  // 0a <type> <°C × 100> <valve %>; 08 <battery %>; 0b <type> <°C × 100> <valve %> <battery %>; 0d <type> <state> <°C × 100>.
  const valve = createValve();
  const hexes = (uplinks: { hex: string }[]) => uplinks.map((u) => u.hex);
  expect(hexes(valve.set({ temperature: 2 }))).toEqual(['0911c8000a21c80032']);
  expect(hexes(valve.set({ temperature: 1 }))).toEqual([]);
  // Each temperature alarm's event in an uplink of its own: one uplink holds a command once.
  expect(hexes(valve.set({ temperature: 31 }))).toEqual(['09101c0c', '09131c0c0a201c0c32']);
  expect(hexes(valve.set({ battery: 10 }))).toEqual(['080a']);
  expect(hexes(valve.set({ battery: 5 }))).toEqual([]);
  expect(hexes(valve.set({ battery: 80 }))).toEqual([]);
  // Forced heating switched off: its reply, then the exit event; switched off again, the reply alone.
  expect(hexes(valve.receive('6900'))).toEqual(['ef01690b201c0c3250']);
  expect(hexes(valve.receive('6900'))).toEqual(['ef0169']);
  expect(hexes(valve.receive('6901'))).toEqual(['ef01690b211c0c3250']);
  expect(hexes(valve.receive('5d01'))).toEqual(['ef015d0d21011c0c']);
  expect(hexes(valve.receive('5d00'))).toEqual(['ef015d0d20001c0c']);
  // A temperature given over LoRaWAN is the valve's temperature: 20 °C ends the over-range alarm.
  expect(hexes(valve.receive('5bd007'))).toEqual(['ef015b0912d007']);
  // A condition that holds from the start raises nothing; a disabled alarm raises nothing.
  expect(hexes(createValve({ readings: { temperature: 2 } }).set({ temperature: 2.5 }))).toEqual([]);
  const quiet = createValve({ settings: { temperature_alarm_settings: { enable: 0, threshold_condition: 4, threshold_min: 10, threshold_max: 30 }, anti_freeze_protection_setting: { enable: 0, temperature_value: 3 } } });
  expect(hexes(quiet.set({ temperature: -5 }))).toEqual([]);
  // Below the minimum only (condition 1): rising above the maximum raises nothing.
  const low = createValve({ settings: { temperature_alarm_settings: { enable: 1, threshold_condition: 1, threshold_min: 10, threshold_max: 30 } } });
  expect(hexes(low.set({ temperature: 35 }))).toEqual([]);
  expect(hexes(low.set({ temperature: 9.5 }))).toEqual(['0911b603']);
});

test('events follow the alarm condition: above the maximum only (2); storage off stores nothing; refusals are checked', () => {
  const high = createValve({ settings: { temperature_alarm_settings: { enable: 1, threshold_condition: 2, threshold_min: 10, threshold_max: 30 }, data_storage_settings: { enable: 0, retransmission_enable: 0, retransmission_interval: 600, retrieval_interval: 60 } } });
  expect(high.set({ temperature: 9 }).map((u) => u.hex)).toEqual([]);
  // 09 13 <31 °C × 100 = 3100 = 0x0c1c, LE>: over-range trigger.
  expect(high.set({ temperature: 31 }).map((u) => u.hex)).toEqual(['09131c0c']);
  high.advance(3600);
  expect(high.history).toEqual([]);
  // IDs in any case; one no reply echoes (2-byte schedule IDs, a byte no command has) is refused.
  expect(createValve({ refuse: { '0x60': 5 } }).receive('6000').map((u) => u.hex)).toEqual(['ef5160']);
  expect(caught(() => createValve({ refuse: { '0X6E01': 5 } }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.refuse' });
  expect(caught(() => createValve({ refuse: { '0XF1': 5 } }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.refuse' });
  expect(caught(() => createValve({ refuse: { '0X60': 0 } }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.refuse.0X60' });
  expect(caught(() => createValve({ refuse: [] as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.refuse' });
});

test('a refused start setting is named as the options hold it, not as encode names a settings object', () => {
  const e = caught(() => createValve({ settings: { temp_control: { enable: 5 } } as never }));
  expect(e).toMatchObject({ code: 'INVALID_TYPE', path: 'options.settings.temp_control.enable' });
  expect((e as Error).message).toMatch(/^options\.settings\.temp_control\.enable: 5 is not a flag/);
  expect(caught(() => createValve({ settings: { tempcontrol: {} } as never }))).toMatchObject({ code: 'UNKNOWN_INPUT', path: 'options.settings.tempcontrol' });
});

describe('what a review found in the virtual valve (each case the reviewer\'s own)', () => {
  test('reports fall on multiples of the interval: five runs of 300 s send what one of 1500 s sends', () => {
    // The start interval is 10 minutes; the start time 1764144000 is a multiple of 600.
    const once = createValve().advance(1500).map((u) => u.hex);
    const valve = createValve();
    const parts = [1, 2, 3, 4, 5].flatMap(() => valve.advance(300).map((u) => u.hex));
    expect([parts, once.length]).toEqual([once, 2]);
    // A valve made again from its state (as `wt102 simulate --state` does) carries on the same.
    const first = createValve();
    first.advance(300);
    const again = createValve({ settings: first.settings, readings: first.readings, time: first.time, history: first.history });
    expect(again.advance(300).length).toBe(1);
  });

  test('"query all configurations" reports the schedules too: a plan against it converges', () => {
    const valve = createValve();
    const wanted = { schedule_settings: [{ id: 2, enable: 1, start_time: 390 }], temperature_unit: 0 } as const;
    for (const f of planSettings(wanted, { maxPayloadSize: 51 })) valve.receive(f.bytes);
    expect(planSettings(wanted, { maxPayloadSize: 51, reported: reportedSettings(valve.receive('ee')) })).toEqual([]);
  });

  test('an alarm ends when a threshold change ends its condition; low battery is sent again after the battery was above', () => {
    const valve = createValve();
    // 8 °C: below the start alarm's 10 °C (09 11 <800 = 0x0320, LE>).
    expect(valve.set({ temperature: 8 }).map((u) => u.hex)).toEqual(['09112003']);
    // The minimum lowered to 5 °C: the alarm ends, sent after the setting's reply (09 10 <800>).
    const lowered = valve.receive(encodeHex({ properties: { temperature_alarm_settings: { enable: 1, threshold_condition: 4, threshold_min: 5, threshold_max: 30 } } }));
    expect(lowered.map((u) => u.hex)).toEqual(['ef016d09102003']);
    expect(valve.set({ temperature: 9 }).map((u) => u.hex)).toEqual([]);
    expect(valve.set({ battery: 10 }).map((u) => u.hex)).toEqual(['080a']);
    expect(valve.set({ battery: 50 }).map((u) => u.hex)).toEqual([]);
    expect(valve.set({ battery: 9 }).map((u) => u.hex)).toEqual(['0809']);
  });

  test('readings are refused by name: none, unknown, finer than the valve reports', () => {
    const valve = createValve();
    expect(caught(() => valve.set({}))).toMatchObject({ code: 'EMPTY', path: 'readings' });
    expect(caught(() => valve.set(null as never))).toMatchObject({ code: 'INVALID_TYPE', path: 'readings' });
    expect(caught(() => valve.set({ humidity: 3 } as never))).toMatchObject({ code: 'UNKNOWN_INPUT', path: 'readings.humidity' });
    expect(caught(() => valve.set({ temperature: 2.555 }))).toMatchObject({ code: 'OUT_OF_RANGE', path: 'readings.temperature' });
    expect(caught(() => valve.advance(99999999)).message).toBe('seconds: 99999999 is not a number of seconds 0…31622400 (whole, and at most a year)');
  });

  test('history keeps the newest 10,000 records', () => {
    // Every 60 s (unit 0: seconds), storage on: 10,010 reports.
    const valve = createValve({ settings: { heating_period_settings: { heating_period_reporting_interval: { unit: 0, seconds_of_time: 60 } } } });
    valve.advance(60 * 10010);
    const kept = valve.history;
    expect([kept.length, kept[0].timestamp]).toEqual([10000, 1764144000 + 60 * 11]);
  });
});
