/**
 * Planning downlinks for a wanted configuration and confirming them from the valve's replies (src/planning/),
 * driven through the virtual valve of wt102-codec/testing: plan → valve.receive → confirm.
 */
import fc from 'fast-check';
import { CodecError, confirmDownlinks, encodeHex, maxPayloadSize, planSettings, reportedSettings } from '../src';
import { createValve } from '../src/testing';
import { propertiesArb } from './support/arbitraries';
import { caught } from './support/helpers';

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100) };
const statuses = (c: ReturnType<typeof confirmDownlinks>) => c.frames.flatMap((f) => f.commands.map((x) => `${x.path} ${x.status}`));

describe('planSettings', () => {
  test('the frames carry what differs, each after a sequence check, in the order the valve takes them', () => {
    // Frames from docs/PROTOCOL.md's examples: ff07 (sequence 7), 650001 (temperature control on), 6001 (°F),
    // 6a0101 (child lock: enabled, system button locked).
    const wanted = { child_lock: { enable: 1, system_button: 1, func_button: 0 }, temperature_unit: 1, temp_control: { enable: 1 } } as const;
    const [frame, ...more] = planSettings(wanted, { region: 'EU868', dataRate: 0, sequence: 7 });
    expect(more).toEqual([]);
    expect(frame).toMatchObject({ fPort: 85, hex: 'ff076001650001' + '6a0101', base64: Buffer.from('ff0760016500016a0101', 'hex').toString('base64'), sequence: 7 });
    expect(frame.bytes).toEqual([...Buffer.from(frame.hex, 'hex')]);
    expect(frame.calls[0]).toEqual({ serviceId: 'request_check_sequence_number', inputs: { sequence_number: 7 } });
    expect(frame.commands.map((c) => [c.id, c.path, c.hex])).toEqual([
      ['0X60', 'temperature_unit', '6001'],
      ['0X6500', 'temp_control.enable', '650001'],
      ['0X6A', 'child_lock', '6a0101'],
    ]);
    // Reported as wanted already, but for the unit: only the unit is sent.
    const reported = { temperature_unit: 0, temp_control: { enable: true, target_temperature_resolution: 0 }, child_lock: { enable: 1, system_button: 1, func_button: 0 } };
    expect(planSettings(wanted, { maxPayloadSize: 51, reported }).map((f) => f.hex)).toEqual(['ff006001']);
    expect(planSettings(wanted, { maxPayloadSize: 51, reported: { ...reported, temperature_unit: 1 } })).toEqual([]);
  });

  test('frames are split to fit, never splitting a command; sequence numbers count on past 255 from 0', () => {
    const wanted = { temperature_unit: 1, temp_control: { enable: 1 }, child_lock: { enable: 1, system_button: 1, func_button: 0 } } as const;
    // 7 bytes: the check and one 3-byte command and no more, or the check, a 2-byte and a 3-byte one.
    const frames = planSettings(wanted, { maxPayloadSize: 7, sequence: 255 });
    expect(frames.map((f) => [f.sequence, f.hex])).toEqual([[255, 'ffff6001650001'], [0, 'ff006a0101']]);
  });

  test('what cannot be planned is refused by name, and nothing is planned', () => {
    const limit = { maxPayloadSize: 51 };
    expect(caught(() => planSettings({ temp_control: { enable: 5 } } as never, limit))).toMatchObject({ code: 'INVALID_TYPE', path: 'wanted.temp_control.enable' });
    expect(caught(() => planSettings({ tmp: 1 } as never, limit)).message).toMatch(/^wanted\.tmp: unknown setting/);
    expect(caught(() => planSettings({}, limit)).path).toBe('wanted');
    expect(caught(() => planSettings({ temperature_unit: 1 }, { ...limit, sequence: 256 }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.sequence' });
    expect(caught(() => planSettings({ temperature_unit: 1 }, { ...limit, reported: 3 as never }))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.reported' });
    expect(caught(() => planSettings({ temperature_unit: 1 }, { maxPayloadSize: 51, region: 'EU868' } as never))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.region' });
    expect(caught(() => planSettings({ temperature_unit: 1 }, {} as never))).toMatchObject({ code: 'INVALID_OPTION', path: 'region' });
    expect(caught(() => planSettings({ temperature_unit: 1 }, { ...limit, colour: 1 } as never))).toMatchObject({ code: 'INVALID_OPTION', path: 'options.colour' });
    const tooBig = caught(() => planSettings({ child_lock: { enable: 1, system_button: 1, func_button: 0 } }, { maxPayloadSize: 4 }));
    expect(tooBig).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', path: 'wanted.child_lock' });
    expect(tooBig.message).toMatch(/3 bytes; with the sequence check \(2 bytes\) it does not fit in a frame of at most 4 bytes/);
    expect(tooBig).toBeInstanceOf(CodecError);
  });

  test('a reported value the codec would not write (an uplink is read leniently) counts as unknown: it is sent', () => {
    // 40 °C is past the 5…35 °C of the range's minimum: the report is kept with a warning, and cannot be written.
    const reported = { temp_control: { enable: 1, target_temperature_adjustment_range_min: 40 } };
    const frames = planSettings({ temp_control: { enable: 1, target_temperature_adjustment_range_min: 5 } }, { maxPayloadSize: 51, reported });
    expect(frames.map((f) => f.commands.map((c) => c.path))).toEqual([['temp_control.target_temperature_adjustment_range_min']]);
  });

  test('property: the planned frames bring a valve in the reported state to the wanted one, each within its limit', () => {
    fc.assert(
      fc.property(propertiesArb, propertiesArb, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 255 }), (wanted, reported, dataRate, sequence) => {
        const valve = createValve({ settings: reported.given });
        const max = maxPayloadSize({ region: 'EU868', dataRate });
        const frames = planSettings(wanted.given, { region: 'EU868', dataRate, reported: valve.settings, sequence });
        const uplinks = frames.flatMap((f) => {
          expect(f.bytes.length).toBeLessThanOrEqual(max);
          return valve.receive(f.bytes);
        });
        // Wanted now: nothing left to plan; and every command sent was applied, every frame delivered.
        expect(planSettings(wanted.given, { maxPayloadSize: 242, reported: valve.settings })).toEqual([]);
        const confirmed = confirmDownlinks(frames, uplinks);
        expect(confirmed.unmatched).toEqual([]);
        for (const f of confirmed.frames) expect([f.delivered, ...f.commands.map((c) => c.status)]).toEqual([true, ...f.commands.map(() => 'applied')]);
        expect(confirmed.frames.map((f) => f.sequence)).toEqual(frames.map((_f, i) => (sequence + i) % 256));
      }),
      runs,
    );
  });
});

describe('confirmDownlinks', () => {
  // Each differs from the virtual valve's start settings (°F, control on, child lock's system button locked).
  const wanted = { temperature_unit: 0, temp_control: { enable: 0 }, child_lock: { enable: 1, system_button: 0, func_button: 0 } } as const;

  test('a command the valve refuses is rejected, with what its result code means', () => {
    const valve = createValve({ refuse: { '0X6500': 5 } });
    const frames = planSettings(wanted, { maxPayloadSize: 51 });
    const confirmed = confirmDownlinks(frames, frames.flatMap((f) => valve.receive(f.hex)));
    expect(statuses(confirmed)).toEqual(['temperature_unit applied', 'temp_control.enable rejected', 'child_lock applied']);
    expect(confirmed.frames[0].commands[1]).toEqual({ id: '0X6500', path: 'temp_control.enable', hex: '650000', status: 'rejected', by: 'reply', result: 5, reason: 'error write params', uplink: 0 });
    expect((valve.settings.temp_control as { enable: number }).enable).toBe(1);
  });

  test('a frame that never arrives leaves its commands pending; one sent again supersedes them', () => {
    const valve = createValve();
    const frames = planSettings(wanted, { maxPayloadSize: 7 });
    expect(frames).toHaveLength(2);
    // Only the second frame arrives.
    let confirmed = confirmDownlinks(frames, valve.receive(frames[1].bytes));
    expect(confirmed.frames.map((f) => f.delivered)).toEqual([false, true]);
    expect(statuses(confirmed)).toEqual(['temperature_unit pending', 'temp_control.enable pending', 'child_lock applied']);
    // The first is planned again (sequence 2): the lost one's commands are superseded, the new ones applied.
    const again = planSettings(wanted, { maxPayloadSize: 7, reported: valve.settings, sequence: 2 });
    const sent = [...frames, ...again];
    confirmed = confirmDownlinks(sent, [...valve.receive(frames[1].bytes), ...again.flatMap((f) => valve.receive(f.bytes))]);
    expect(statuses(confirmed)).toEqual(['temperature_unit superseded', 'temp_control.enable superseded', 'child_lock applied', 'temperature_unit applied', 'temp_control.enable applied']);
    expect(confirmed.frames[0].commands[0].supersededBy).toBe(2);
  });

  test('a setting reported back with the value sent applies it, once its frame is delivered', () => {
    const frames = planSettings({ temp_control: { enable: 0 } }, { maxPayloadSize: 51 });
    // ff00: the echo of sequence 0; 650000: temperature control off, as the valve reports it (docs/PROTOCOL.md §5).
    const confirmed = confirmDownlinks(frames, ['ff00', '650000']);
    expect(confirmed.frames[0]).toEqual({
      sequence: 0,
      hex: 'ff00650000',
      delivered: true,
      commands: [{ id: '0X6500', path: 'temp_control.enable', hex: '650000', status: 'applied', by: 'report', uplink: 1 }],
    });
    // Reported with another value, or before the frame arrived (a report of an earlier state), or with no frame
    // delivered at all: still pending.
    expect(statuses(confirmDownlinks(frames, ['ff00', '650001']))).toEqual(['temp_control.enable pending']);
    expect(statuses(confirmDownlinks(frames, ['650000', 'ff00']))).toEqual(['temp_control.enable pending']);
    expect(confirmDownlinks(frames, ['650000']).frames[0]).toMatchObject({ delivered: false, commands: [{ status: 'pending' }] });
  });

  test('what matches nothing sent is listed, not dropped; any frame, service calls included, can be confirmed', () => {
    // ef015a: a reply to set_target_temperature; ff09: the echo of sequence 9; fe03: of an order check 3.
    const confirmed = confirmDownlinks(['be', { hex: 'fe02' }], ['ef015a', 'ff09', 'fe03', 'ef01be', 'fe02', 'ef01be']);
    expect(confirmed.unmatched).toEqual([
      { uplink: 0, reply: { result: 0, length: 1, id: '0X5A', name: 'set_target_temperature' } },
      { uplink: 1, sequence: 9 },
      { uplink: 2, order: 3 },
      { uplink: 5, reply: { result: 0, length: 1, id: '0XBE', name: 'reboot' } },
    ]);
    expect(statuses(confirmed)).toEqual(['reboot applied', 'request_check_order applied']);
    expect(confirmed.frames.map((f) => f.delivered)).toEqual([true, true]);
  });

  test('replies go to the frame whose sequence echo came last, and go on doing so over the uplinks that follow', () => {
    // Two frames setting the same unit; the valve answers the second only (its echo, then its reply in the next uplink).
    const first = planSettings({ temperature_unit: 1 }, { maxPayloadSize: 51, sequence: 1 });
    const second = planSettings({ temperature_unit: 1 }, { maxPayloadSize: 51, sequence: 2 });
    const confirmed = confirmDownlinks([...first, ...second], ['ff02', 'ef0160']);
    expect(confirmed.frames.map((f) => [f.sequence, f.delivered, f.commands[0].status])).toEqual([[1, false, 'superseded'], [2, true, 'applied']]);
  });

  test('the uplinks may be decoded data, the valve\'s uplinks, bytes or hex; bad input is refused by name', () => {
    const frames = planSettings({ temperature_unit: 1 }, { maxPayloadSize: 51 });
    const valve = createValve();
    const uplinks = valve.receive(frames[0].bytes);
    // Hex, else base64, as the servers show payloads.
    const forms = [uplinks, uplinks.map((u) => u.data), uplinks.map((u) => u.bytes), uplinks.map((u) => u.hex), uplinks.map((u) => Buffer.from(u.bytes).toString('base64'))];
    expect(statuses(confirmDownlinks([frames[0].base64], uplinks))).toEqual(['temperature_unit applied']);
    for (const form of forms) expect(statuses(confirmDownlinks(frames, form))).toEqual(['temperature_unit applied']);
    expect(caught(() => confirmDownlinks('ff00' as never, []))).toMatchObject({ code: 'INVALID_TYPE', path: 'sent' });
    expect(caught(() => confirmDownlinks(frames, 'ff00' as never))).toMatchObject({ code: 'INVALID_TYPE', path: 'uplinks' });
    expect(caught(() => confirmDownlinks([{ colour: 1 }] as never, []))).toMatchObject({ code: 'INVALID_TYPE', path: 'sent[0]' });
    expect(caught(() => confirmDownlinks(frames, ['zz']))).toBeInstanceOf(CodecError);
  });
});

describe('reportedSettings', () => {
  test('folds setting reports and query answers in order; readings, events and replies are no settings', () => {
    // 6001: °F; 650001 / 650100: temperature control on, resolution 0.5 °C; 0055: battery 85 %; then °C again.
    const got = reportedSettings(['6001650001', { temp_control: { target_temperature_resolution: 0 }, battery: 85, ans: [{ result: 0, length: 1, id: '0X60' }] }, '6000']);
    expect(got).toEqual({ temperature_unit: 0, temp_control: { enable: 1, target_temperature_resolution: 0 } });
    // Schedules by id and field; over what an earlier call gave.
    const more = reportedSettings([{ schedule_settings: [{ id: 2, enable: 1 }] }, { schedule_settings: [{ id: 1, start_time: 390 }, { id: 2, enable: 0 }] }], got);
    expect(more).toEqual({ ...got, schedule_settings: [{ id: 1, start_time: 390 }, { id: 2, enable: 0 }] });
    expect(got).not.toHaveProperty('schedule_settings');
  });

  test("data decoded with the maker's forms, and data no valve writes, are refused by name", () => {
    const data = { temp_control: { target_temperature_adjustment_range_min: 5, fahrenheit_target_temperature_adjustment_range_min: 41, celsius_target_temperature_adjustment_range_min: 5 } };
    expect(caught(() => reportedSettings(['6001', data]))).toMatchObject({ code: 'INVALID_VALUE', path: 'uplinks[1]' });
    expect(caught(() => reportedSettings(['6001', data])).message).toMatch(/maker's forms \(decoded with \{ maker: true \}\)/);
    // The reviewer's junk: a zone that is no number, a group that is no object.
    expect(caught(() => reportedSettings([{ time_zone: 'lots' }])).path).toMatch(/^uplinks\[0\]\.time_zone/);
    expect(caught(() => reportedSettings([{ temp_control: 5 }])).path).toMatch(/^uplinks\[0\]\.temp_control/);
    expect(caught(() => reportedSettings(['6001', 'zz'])).message).toMatch(/^uplinks\[1\]: "zz" is neither hex/);
    expect(caught(() => reportedSettings('6001' as never))).toMatchObject({ code: 'INVALID_TYPE', path: 'uplinks' });
    expect(caught(() => reportedSettings([], 'x' as never))).toMatchObject({ code: 'INVALID_TYPE', path: 'previous' });
    expect(caught(() => reportedSettings([7]))).toBeInstanceOf(CodecError);
  });

  test('a plan against what the valve reports of itself after "query all configurations" is empty', () => {
    const valve = createValve();
    const all = valve.receive(encodeHex({ serviceId: 'request_query_all_configurations' } as never));
    expect(planSettings(valve.settings, { maxPayloadSize: 242, reported: reportedSettings(all) })).toEqual([]);
  });
});

test('a reported setting that cannot be written leaves the rest of it known: schedules field by field, groups member by member', () => {
  const reported = {
    // start_time 99999 is past a day's 1440 minutes; temperature_unit 9 is no unit; the list entry 5 no schedule.
    schedule_settings: [{ id: 1, enable: 1, start_time: 99999 }, 5],
    temperature_unit: 9,
    temp_control: { enable: 1, target_temperature_resolution: 7 },
  };
  const wanted = { schedule_settings: [{ id: 1, enable: 1, start_time: 390 }], temperature_unit: 1, temp_control: { enable: 1, target_temperature_resolution: 0 } } as const;
  const frames = planSettings(wanted, { maxPayloadSize: 242, reported: reported as never });
  expect(frames[0].commands.map((c) => c.path)).toEqual(['temperature_unit', 'temp_control.target_temperature_resolution', 'schedule_settings.1.start_time']);
});

describe('confirmDownlinks: what a review found (each case the reviewer\'s own)', () => {
  const valve = () => createValve();

  test('a reply repeated matches nothing: it never answers a frame that did not arrive', () => {
    const v = valve();
    const answer = v.receive('ff01650000');
    const confirmed = confirmDownlinks(['ff01650000', 'ff02650001'], [...answer, ...answer]);
    expect(statuses(confirmed)).toEqual(['temp_control.enable applied', 'temp_control.enable pending']);
    expect(confirmed.frames.map((f) => f.delivered)).toEqual([true, false]);
    expect(confirmed.unmatched).toEqual([{ uplink: 1, reply: { result: 0, length: 2, id: '0X6500', name: 'Temperature Control Enable' } }]);
  });

  test('a report that came before the frame does not apply it; a refusal after it is the answer', () => {
    const refusing = createValve({ refuse: { '0X6500': 5 } });
    const frames = planSettings({ temp_control: { enable: 1 } }, { maxPayloadSize: 51, sequence: 1 });
    const confirmed = confirmDownlinks(frames, [...valve().receive('ee'), ...refusing.receive(frames[0].bytes)]);
    expect(confirmed.frames[0].commands[0]).toMatchObject({ status: 'rejected', reason: 'error write params' });
    // The earlier uplink's own reply (to a query of everything, never sent here) matches nothing.
    expect(confirmed.unmatched.map((u) => u.reply?.id)).toEqual(['0XEE']);
  });

  test('a frame sent again unchanged is answered for both copies; different frames with one number are warned of', () => {
    const v = valve();
    const confirmed = confirmDownlinks(['ff01650000', 'ff01650000'], v.receive('ff01650000'));
    expect(statuses(confirmed)).toEqual(['temp_control.enable applied', 'temp_control.enable applied']);
    expect(confirmed.frames[0].sentAgainAs).toBe(1);
    expect(confirmed.warnings).toBeUndefined();
    const clash = confirmDownlinks(['ff00650000', 'ff006000'], []);
    expect(clash.warnings).toEqual(['frames 1 and 2 carry the same sequence number 0: their echoes cannot be told apart; give each frame its own (options.sequence)']);
  });

  test('a query sets nothing: it does not supersede the setting before it', () => {
    const confirmed = confirmDownlinks(['ff01650000', 'ff02ef026500'], ['ff02']);
    expect(statuses(confirmed)).toEqual(['temp_control.enable pending', 'request_command_queries pending']);
  });

  test("the commands of an uplink are taken in the valve's order: an echo between replies moves them to its frame", () => {
    // ff01: frame 1's echo; ef526500: its refusal (5); ff02: frame 2's echo; ef026500: its success.
    const confirmed = confirmDownlinks(['ff01650000', 'ff02650001'], ['ff01', 'ef526500ff02ef026500']);
    expect(confirmed.frames.map((f) => f.commands[0].status)).toEqual(['rejected', 'applied']);
  });

  test("an order check is settled by its echo; data that no valve writes is refused by name, never a TypeError", () => {
    const confirmed = confirmDownlinks(['ff01fe05'], ['ff01fe05']);
    expect(confirmed.frames[0].commands[0]).toMatchObject({ path: 'request_check_order', status: 'applied', by: 'echo' });
    for (const bad of [{ ans: [null] }, { ans: [{ id: '0X60', result: -1 }] }, { ans: [{ id: '0X60', result: 1.5 }] }, { check_sequence_number_reply: null }, { ans: [{ id: '0X60' }] }]) {
      const e = caught(() => confirmDownlinks(['ff076000'], [bad]));
      expect([e instanceof CodecError, (e.path ?? '').startsWith('uplinks[0]')]).toEqual([true, true]);
    }
    expect(caught(() => confirmDownlinks([''], []))).toMatchObject({ path: 'sent[0]' });
    expect(caught(() => confirmDownlinks(['ff076000'], ['ef52']))).toMatchObject({ path: 'uplinks[0]', offset: 2 });
  });

  test("servers' events are read (on the valve's port; another port's are passed over)", () => {
    const { chirpstackUplinkEvent, ttsUplinkMessage } = require('../src/testing') as typeof import('../src/testing');
    const frames = planSettings({ temperature_unit: 0 }, { maxPayloadSize: 51, sequence: 7 });
    const up = valve().receive(frames[0].bytes)[0].hex;
    expect(statuses(confirmDownlinks(frames, [chirpstackUplinkEvent(up)]))).toEqual(['temperature_unit applied']);
    expect(statuses(confirmDownlinks(frames, [ttsUplinkMessage(up)]))).toEqual(['temperature_unit applied']);
    expect(statuses(confirmDownlinks(frames, [chirpstackUplinkEvent(up, { fPort: 10 })]))).toEqual(['temperature_unit pending']);
  });
});

describe('the words and the texts of confirming (src/planning/confirm-text.ts, uplink-text.ts)', () => {
  const { statusDetail, unmatchedText } = require('../src/planning/confirm-text') as typeof import('../src/planning/confirm-text');
  const { framesFromText, uplinksFromText, TextError } = require('../src/planning/uplink-text') as typeof import('../src/planning/uplink-text');

  test('each status in words, by place among the uplinks unless told otherwise', () => {
    const c = confirmDownlinks(['ff01650000', 'ff02ef026500fe05', 'ff03650001'], ['ff02ef026500fe05', 'ff03', '650001']);
    expect(c.frames.flatMap((f) => f.commands.map((x) => statusDetail(x)))).toEqual(['sent again in frame 3', 'reply: success, uplink 1', 'echoed, uplink 1', 'reported back, uplink 3']);
    expect(statusDetail(confirmDownlinks(['ff01650000'], []).frames[0].commands[0])).toBe('');
    expect(unmatchedText({ uplink: 0, order: 3 })).toBe('uplink 1: the echo of order check 3');
    expect(unmatchedText({ uplink: 1, reply: { result: 1, length: 1, id: '0XF1' } }, (k) => `line ${k * 10}`)).toBe('line 10: a reply to 0XF1, result 1');
  });

  test('texts of uplinks and frames: comments, events without a payload, one JSON object per line; errors name the line', () => {
    const tts = JSON.stringify({ end_device_ids: {}, uplink_message: { f_port: 85 } });
    expect(uplinksFromText(`# a comment\n\n0055\n${tts}\n{"battery": 85}`, 'up').map((l) => l.line)).toEqual([3, 5]);
    expect(() => uplinksFromText('{"battery": ', 'up')).toThrow(TextError);
    expect(caught(() => uplinksFromText('0055\n{"battery": 300}', 'up')).message).toBe('up line 2: battery: 300 is out of range 0…255%');
    expect(caught(() => uplinksFromText('0055\n{"temp_control": 5}', 'up')).message).toMatch(/^up line 2: temp_control: /);
    expect(framesFromText('["ff00", {"hex": "be"}]', 'sent')).toEqual(['ff00', { hex: 'be' }]);
    expect(() => framesFromText('[1', 'sent')).toThrow(TextError);
    expect(() => framesFromText('[ ]x', 'sent')).toThrow(/not valid JSON/);
    expect(caught(() => framesFromText('be\nzz', 'sent')).message).toMatch(/^sent line 2: frame: "zz"/);
  });

  test("what reading an uplink throws is put under the uplink's name; data with the maker's reply paths is named as such", () => {
    const paths = { ans: [{ result: 0, length: 1, id: 'temperature_unit', name: 'Temperature Unit' }] };
    expect(caught(() => reportedSettings([paths])).message).toMatch(/^uplinks\[0\]: holds the maker's forms/);
    // A revoked Proxy as an uplink: refused once, at the uplink (found by the hostile-input property).
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const e = caught(() => reportedSettings([revoked.proxy]));
    expect([e.path, e.message.startsWith('uplinks[0]: cannot be read')]).toEqual(['uplinks[0]', true]);
    expect(caught(() => confirmDownlinks([revoked.proxy as never], [])).path).toBe('sent[0]');
    // …and as a reported setting that cannot be written whole: refused at it, never a TypeError.
    for (const key of ['schedule_settings', 'temp_control']) {
      const r = caught(() => planSettings({ temperature_unit: 1 }, { maxPayloadSize: 51, reported: { [key]: revoked.proxy } as never }));
      expect([r instanceof CodecError, r.path]).toEqual([true, `options.reported.${key}`]);
    }
    // A getter that throws, deep in the data: refused as unreadable, at the uplink.
    const hostile = { temp_control: Object.defineProperty({}, 'enable', { enumerable: true, get: () => { throw new Error('no'); } }) };
    expect(caught(() => reportedSettings([hostile]))).toBeInstanceOf(CodecError);
    // `previous` as an earlier call gave it, the maker's twins left out of it.
    expect(reportedSettings([], { temp_control: { target_temperature_adjustment_range_min: 5, fahrenheit_target_temperature_adjustment_range_min: 41 } })).toEqual({ temp_control: { target_temperature_adjustment_range_min: 5 } });
    expect(caught(() => planSettings({ temperature_unit: 1 }, { maxPayloadSize: 51, reported: { properties: { time_zone: 60 } } as never }))).toMatchObject({ code: 'UNKNOWN_INPUT', path: 'options.reported.properties' });
  });
});

describe("confirmDownlinks: what a second review found (each case the reviewer's own)", () => {
  const reply = (id: string, result: number) => ({ id, length: (id.length - 2) / 2, result });

  test('decoded data in any key order reads as the frame does: the echo first', () => {
    const sorted = [
      { ans: [reply('0X60', 0)], check_sequence_number_reply: { sequence_number: 1 } },
      { ans: [reply('0X60', 5)], check_sequence_number_reply: { sequence_number: 2 } },
    ];
    expect(statuses(confirmDownlinks(['ff016000', 'ff026001'], sorted))).toEqual(['temperature_unit applied', 'temperature_unit rejected']);
    expect(statuses(confirmDownlinks(['ff016000', 'ff026001'], ['ff01ef0160', 'ff02ef5160']))).toEqual(['temperature_unit applied', 'temperature_unit rejected']);
  });

  test("a setting's reply is its answer, even after a report of the value sent: a refusal reads as rejected", () => {
    // ef0160: a query of the unit, then 6001 its setting; the valve reports 6001 (the query's answer), then the
    // query's reply (0), then the setting's refusal (5).
    const confirmed = confirmDownlinks(['ff07ef01606001'], ['ff076001ef0160ef5160']);
    expect(statuses(confirmed)).toEqual(['request_command_queries applied', 'temperature_unit rejected']);
    expect(confirmed.unmatched).toEqual([]);
    expect(confirmDownlinks(['ff07ef01606001'], createValve().receive('ff07ef01606001')).unmatched).toEqual([]);
  });

  test('a frame sent again unchanged and delivered twice: the later answer decides', () => {
    const confirmed = confirmDownlinks(['ff07650000', 'ff07650000'], ['ff07ef526500', 'ff07ef026500']);
    expect(statuses(confirmed)).toEqual(['temp_control.enable applied', 'temp_control.enable applied']);
    expect(confirmed.unmatched).toEqual([]);
  });

  test('a service is never superseded: each call is its own', () => {
    // 5e01 / 5e02: delete schedule 1, then schedule 2; only the second arrives.
    expect(statuses(confirmDownlinks(['ff035e01', 'ff045e02'], ['ff04ef015e']))).toEqual(['delete_schedule pending', 'delete_schedule applied']);
  });

  test('a sequence check that is not first is a check like any other, and is warned of', () => {
    const v = createValve();
    const confirmed = confirmDownlinks(['6000ff07'], v.receive('6000ff07'));
    expect(statuses(confirmed)).toEqual(['temperature_unit applied', 'request_check_sequence_number applied']);
    expect(confirmed.warnings).toEqual(["frame 1's sequence check is not its first command: the replies before its echo may be taken for another frame's"]);
  });

  test('after an echo of a number no frame carries, no frame is current: its replies match nothing', () => {
    const confirmed = confirmDownlinks(['ff016000'], ['ff01', 'ff09ef5160']);
    expect(statuses(confirmed)).toEqual(['temperature_unit pending']);
    expect(confirmed.unmatched).toEqual([{ uplink: 1, sequence: 9 }, { uplink: 1, reply: { result: 5, length: 1, id: '0X60', name: 'Temperature Unit' } }]);
  });

  test('copies stand as one; an event without a payload is passed over', () => {
    expect(statuses(confirmDownlinks(['ff016000', 'ff026001', 'ff016000'], []))).toEqual(['temperature_unit pending', 'temperature_unit superseded', 'temperature_unit pending']);
    const { chirpstackUplinkEvent } = require('../src/testing') as typeof import('../src/testing');
    const event = chirpstackUplinkEvent('ff01ef0160') as { data?: string };
    delete event.data;
    expect(statuses(confirmDownlinks(['ff016000'], [event]))).toEqual(['temperature_unit pending']);
    expect(reportedSettings([event])).toEqual({});
  });
});
