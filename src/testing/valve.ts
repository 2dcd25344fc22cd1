/**
 * A virtual WT102 for tests without a radio: it keeps the settings, the readings, a clock and stored history, takes
 * downlinks as the valve does and answers with the uplinks docs/PROTOCOL.md says it sends. Where the documentation is
 * silent, it assumes, and says so here:
 *
 * - Every command of a downlink is answered in order, in one uplink (split where it would pass 242 bytes): a query
 *   (`ef`) by the value asked for, as the valve reports that setting or reading, then its reply `ef` with result 0
 *   echoing the ID; a sequence or order check (`ff`, `fe`) by its echo; every other command by a reply `ef`
 *   echoing its ID, result 0. A value the valve does not hold (a schedule never set) is answered with result 6
 *   (error read); a frame that cannot be read, by one reply with result 1 (unknown) echoing the byte it could
 *   not read. A command whose ID `options.refuse` names is answered with the result code given there, and changes
 *   nothing.
 * - A 2-byte schedule ID (`6e 0n`) is read as the maker's codec reads it: every field of schedule n.
 * - Start values: each setting's example in the tables (docs/PROTOCOL.md §5), or, for the two without one, the
 *   over-temperature deadband 0.5 °C and the top of the target range 35 °C; no schedule; the readings and device
 *   information of the fixtures' examples.
 * - A reboot answers with the device information; a motor calibration with a success report; a factory reset
 *   (`reset`) puts the start settings back; `collect_data` sends a periodic report now.
 * - `advance(seconds)` sends a periodic report at every heating-period reporting interval that passes (the
 *   report type the control mode gives), on whole multiples of the interval in Unix time (so the clock alone says
 *   when the next falls), and stores a history record with each while data storage is enabled; it keeps the
 *   newest 10,000 records (the documentation gives no capacity).
 * - Events:
 *   - `temperature_alarm` when the temperature falls below `threshold_min` (condition 1 or 4) or rises above
 *     `threshold_max` (2 or 4) while the temperature alarm is enabled, and its deactivation when that ends;
 *   - `anti_freeze_protection_alarm` when it falls below the freeze protection's `temperature_value` while that is
 *     enabled, lifted when it is back at or above it; the valve opening is reported as it is (the valve's own
 *     regulation is not modelled);
 *   - `low_battery_alarm` when the battery falls to 10 % or below (the documentation gives no threshold; 10 % is
 *     this model's choice); the event has no end of its own, so it is sent again only after the battery was above;
 *   - these are looked at whenever a reading (`set`, `set_temperature`) or a setting changes: an alarm is sent once
 *     when its condition starts and once when it ends, whatever changed; one that holds when the valve is created
 *     counts as raised already, and sends nothing;
 *   - `mandatory_heating_alarm` enter / exit when forced heating (`mandatory_heating_enable`) is switched on / off;
 *   - `window_opening_alarm` trigger / release each time `set_opening_window` says open / closed. The valve's own
 *     detection from a temperature drop (`window_opening_detection_settings`) and the auto-away report are not
 *     modelled.
 * - "Query all configurations" (`ee`) is answered with every setting and every schedule the valve holds.
 *
 * Deterministic: the same options and calls give the same frames.
 */
import { toHex } from '../base/bytes';
import { CodecError, pathError, valueError } from '../base/errors';
import { rerooted } from '../base/error-paths';
import { ownRecord, readOptions } from '../base/caller-input';
import { decode, encodeCommands, encodeToArray, frameBytes } from '../codec/frame';
import type { DecodedDownlink } from '../codec/frame';
import { decodeUplink } from '../codec/uplink-codec';
import type { UplinkData } from '../codec/uplink-codec';
import { encodeUplinkToArray } from '../codec/uplink-encode';
import { payloadTextBytes } from '../base/base64';
import { SCHEDULE, SERVICES, SETTINGS, UPLINKS } from '../tables';
import { allowedText } from '../engine/allowed-text';
import { commandIdFromBytes, isQueryable } from '../schema/command-ids';
import { READING_PATHS } from '../schema/command-id-names';
import { hasOwnKey } from '../base/es5';
import { echoedIdBytes } from '../planning/commands';
import { foldInto } from '../planning/reported-settings';

/** One uplink the valve sends: its port, bytes, hex and what `decodeUplink` gives for it. */
export interface ValveUplink {
  readonly fPort: number;
  readonly bytes: number[];
  readonly hex: string;
  readonly data: UplinkData;
}

export interface Readings {
  temperature: number;
  battery: number;
  valve_opening_degree: number;
  target_temperature: number;
  target_valve_opening_degree: number;
  motor_total_stroke: number;
  motor_position: number;
}

export interface ValveOptions {
  /** Settings to start from, over the start values (a properties object, as `encode` takes it). */
  settings?: Record<string, unknown>;
  /** Readings to start from, over the start values. */
  readings?: Partial<Readings>;
  /** The valve's clock, Unix seconds (default 1764144000, 2025-11-26T08:00:00Z). */
  time?: number;
  /** Stored history: records as `decodeUplink` gives them (`{ timestamp, temperature, … }`). */
  history?: Record<string, unknown>[];
  /**
   * Commands the valve refuses, by the ID its reply echoes (`"0X6500"`, `"0X5A"`, `"0X6E0100"`), with the result
   * code it answers (1…9: 5 is "error write params"): the command changes nothing. To drive an application's
   * handling of refusals.
   */
  refuse?: { [id: string]: number };
}

export interface Valve {
  /** Takes a downlink (bytes, hex or base64) on `fPort` (85) and returns what the valve sends back. */
  receive(downlink: Uint8Array | ArrayLike<number> | string, fPort?: number): ValveUplink[];
  /** Moves the clock on and returns what the valve sends meanwhile. */
  advance(seconds: number): ValveUplink[];
  /** Changes readings (to drive what reports them) and returns the events that sends (alarms). */
  set(readings: Partial<Readings>): ValveUplink[];
  /** Its settings (a copy), as a properties object. */
  readonly settings: Record<string, unknown>;
  /** Its readings (a copy). */
  readonly readings: Readings;
  /** Its clock, Unix seconds. */
  readonly time: number;
  /** Its stored history (a copy). */
  readonly history: Record<string, unknown>[];
}

const START_READINGS: Readings = {
  temperature: 21.5,
  battery: 85,
  valve_opening_degree: 50,
  target_temperature: 21.5,
  target_valve_opening_degree: 50,
  motor_total_stroke: 1500,
  motor_position: 750,
};

/** The device information a reboot reports (the fixtures' example of it). */
const DEVICE_INFORMATION: UplinkData = {
  tsl_version: 'v1.2',
  product_name: 'WT102',
  product_pn: '2719-WT102-868M',
  product_sn: '6725c13926730004',
  version: { hardware_version: 'v1.0', firmware_version: 'v1.2-r3-t1' },
  oem_id: '0000',
  product_frequency_band: 'EU868',
  lorawan_class: 'Class A',
} as unknown as UplinkData;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The start settings: each setting's example, and the documented choices for the two without one. */
function startSettings(): Record<string, unknown> {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  const chosen: Record<string, unknown> = { 'temp_control.over_temperature_side_deadband': 0.5, 'temp_control.target_temperature_adjustment_range_max': 35 };
  for (const s of SETTINGS) {
    const key = s.path.join('.');
    const value = s.example !== undefined ? clone(s.example.value) : chosen[key];
    if (s.path.length === 1) out[s.path[0]] = value;
    else ((out[s.path[0]] || (out[s.path[0]] = {})) as Record<string, unknown>)[s.path[1]] = value;
  }
  return out as Record<string, unknown>;
}

/** Which report the control mode gives (docs/PROTOCOL.md §6: 1 temperature, 2 valve opening, 3 integrated). */
function periodicReport(settings: Record<string, unknown>, r: Readings): Record<string, unknown> {
  // Always held: the start settings have every setting, and a setting is only ever changed, never removed.
  const mode = (settings.temp_control as { mode_settings: { mode: number } }).mode_settings.mode;
  const common = { environment_temperature: r.temperature, current_valve_opening: r.valve_opening_degree };
  if (mode === 1) return { report_type: 2, target_valve_opening_for_heating: { ...common, target_valve_opening: r.target_valve_opening_degree, battery_level: r.battery } };
  if (mode === 2) {
    return { report_type: 3, integrated_control_for_heating: { ...common, target_temperature: r.target_temperature, target_valve_opening: r.target_valve_opening_degree, battery_level: r.battery } };
  }
  return { report_type: 1, target_temperature_for_heating: { ...common, target_temperature: r.target_temperature, battery_level: r.battery } };
}

/** The settings of a group (`temperature_alarm_settings`…): always held, as every setting is. */
function group(settings: Record<string, unknown>, key: string): Record<string, number> {
  return settings[key] as Record<string, number>;
}

/** The battery level at or below which the model sends a low-battery alarm (its choice; see this module's comment). */
const LOW_BATTERY = 10;

/**
 * The alarm conditions that hold for these readings and settings: `low` and `high` of the temperature alarm,
 * `freeze` of the freeze protection, `battery` of the low-battery alarm.
 */
function conditions(settings: Record<string, unknown>, r: Readings): Record<'low' | 'high' | 'freeze' | 'battery', boolean> {
  const alarm = group(settings, 'temperature_alarm_settings');
  const condition = alarm.enable === 1 ? alarm.threshold_condition : 0;
  const freeze = group(settings, 'anti_freeze_protection_setting');
  return {
    low: (condition === 1 || condition === 4) && r.temperature < alarm.threshold_min,
    high: (condition === 2 || condition === 4) && r.temperature > alarm.threshold_max,
    freeze: freeze.enable === 1 && r.temperature < freeze.temperature_value,
    battery: r.battery <= LOW_BATTERY,
  };
}

/** The events of the conditions that started or ended between `before` and `after`. */
function alarmEvents(before: ReturnType<typeof conditions>, after: ReturnType<typeof conditions>, r: Readings): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const temperature = { temperature: r.temperature };
  const room = { environment_temperature: r.temperature, current_valve_status: r.valve_opening_degree };
  if (before.low !== after.low) {
    out.push({ temperature_alarm: after.low ? { type: 17, lower_range_alarm_trigger: temperature } : { type: 16, lower_range_alarm_deactivation: temperature } });
  }
  if (before.high !== after.high) {
    out.push({ temperature_alarm: after.high ? { type: 19, over_range_alarm_trigger: temperature } : { type: 18, over_range_alarm_deactivation: temperature } });
  }
  if (before.freeze !== after.freeze) out.push({ anti_freeze_protection_alarm: after.freeze ? { type: 33, trigger: room } : { type: 32, lifted: room } });
  if (after.battery && !before.battery) out.push({ low_battery_alarm: { value: r.battery } });
  return out;
}

/** When the report after `time` falls: the next whole multiple of the reporting interval. */
function nextReport(time: number, settings: Record<string, unknown>): number {
  const every = reportSeconds(settings);
  return (Math.floor(time / every) + 1) * every;
}

/** The most history records the model keeps (the newest; its choice: the documentation gives no capacity). */
const MOST_RECORDS = 10000;

/** The seconds between periodic reports, from the heating-period reporting interval. */
function reportSeconds(settings: Record<string, unknown>): number {
  const i = (settings.heating_period_settings as { heating_period_reporting_interval: Record<string, number> }).heating_period_reporting_interval;
  return i.unit === 1 ? i.minutes_of_time * 60 : i.seconds_of_time;
}

/** A virtual WT102 (see this module's comment for what it assumes). */
export function createValve(options?: ValveOptions): Valve {
  const o = readOptions(options, ['settings', 'readings', 'time', 'history', 'refuse'], true);
  const refuse = refusals(o.refuse);
  const settings = startSettings();
  if (o.settings !== undefined) {
    // Checked as a downlink would be (what the valve would refuse cannot be its state), and taken as the valve
    // would read it back: plain data, whatever the caller's object does when read again.
    let frame: number[];
    try {
      frame = encodeToArray({ properties: o.settings } as never);
    } catch (e) {
      // Named as the caller gave them (`options.settings.temp_control.enable`), not as `encode` names a settings object.
      throw e instanceof CodecError ? rerooted(e, 'properties', 'options.settings') : e;
    }
    for (const c of decode(frame)) foldInto(settings, clone((c as { properties: Record<string, unknown> }).properties));
  }
  const readings: Readings = { ...START_READINGS };
  const set = (given: unknown, name: string) => {
    const r = ownRecord(given, name) as Partial<Readings> | undefined;
    if (r === undefined) throw valueError('INVALID_TYPE', name, given, `is not an object of readings; allowed: ${Object.keys(START_READINGS).join(', ')}`);
    const keys = Object.keys(r);
    for (const k of keys) if (!hasOwnKey(START_READINGS, k)) throw pathError('UNKNOWN_INPUT', `${name}.${k}`, `unknown reading; allowed: ${Object.keys(START_READINGS).join(', ')}`);
    if (keys.length === 0) throw pathError('EMPTY', name, `no reading given; expected at least one of ${Object.keys(START_READINGS).join(', ')}`);
    // Checked as the valve would report them: encodeUplink refuses what no wire holds, and a value outside the
    // reading's range (which encodeUplink writes, so that tests can build what decoding warns about) is refused too:
    // the valve's every uplink decodes without warnings.
    try {
      encodeUplinkToArray(r as never);
    } catch (e) {
      throw e instanceof CodecError ? rerooted(e, 'data', name) : e;
    }
    for (const k of Object.keys(r) as (keyof Readings)[]) {
      const body = (UPLINKS.find((u) => u.key === k) as { body: { min: number; max: number; kind: string } }).body;
      const v = r[k] as number;
      if (v < body.min || v > body.max) throw valueError('OUT_OF_RANGE', `${name}.${k}`, v, `is out of range; a valve reports ${allowedText(body as never)}`);
      // A temperature is held as the valve reports it, in hundredths of a degree: 2.555 would read back as 2.56.
      if (body.kind === 'decimal' && Math.abs(Math.round(v * 100) - v * 100) > 1e-6) throw valueError('OUT_OF_RANGE', `${name}.${k}`, v, 'is not a multiple of 0.01: the valve reports hundredths');
    }
    for (const k of Object.keys(r) as (keyof Readings)[]) if (r[k] !== undefined) readings[k] = r[k] as number;
  };
  if (o.readings !== undefined) set(o.readings, 'options.readings');
  // The alarms raised: those whose condition holds at creation count as raised already (nothing is sent for them).
  let raised = conditions(settings, readings);
  /** The events of the alarms whose condition started or ended since they were last looked at. */
  const alarms = (): Record<string, unknown>[] => {
    const now = conditions(settings, readings);
    const events = alarmEvents(raised, now, readings);
    raised = now;
    return events;
  };
  const changeReadings = (given: unknown, name: string): Record<string, unknown>[] => {
    set(given, name);
    return alarms();
  };
  let time = o.time === undefined ? 1764144000 : (o.time as number);
  if (typeof time !== 'number' || time % 1 !== 0 || time < 0 || time > 0xffffffff) throw valueError('INVALID_OPTION', 'options.time', time, 'is not Unix seconds 0…4294967295');
  // Records as a retrieval would send them: checked by writing them, kept as they read back.
  const history: Record<string, unknown>[] =
    o.history === undefined || (Array.isArray(o.history) && o.history.length === 0)
      ? []
      : ((decodeUplink(encodeUplinkToArray({ history: o.history } as never)).history as unknown as Record<string, unknown>[]) || []);

  /** Frames of `parts` (uplink data objects), each up to 242 bytes, decoded. */
  const frames = (parts: Record<string, unknown>[]): ValveUplink[] => {
    const out: ValveUplink[] = [];
    let bytes: number[] = [];
    const flush = () => {
      if (bytes.length === 0) return;
      out.push({ fPort: 85, bytes, hex: toHex(bytes), data: decodeUplink(bytes) });
      bytes = [];
    };
    for (const part of parts) {
      const b = encodeUplinkToArray(part as never);
      // A new uplink where this one would pass 242 bytes, or report a value twice (a reader keeps only the last).
      if (bytes.length + b.length > 242 || (bytes.length > 0 && decodeUplink(bytes.concat(b)).warnings !== undefined)) flush();
      bytes = bytes.concat(b);
    }
    flush();
    return out;
  };
  const reply = (result: number, id: number[]) => ({ ans: [{ result, length: id.length, id: '0X' + toHex(id).toUpperCase() }] });

  /** What the valve reports for a queried ID, or undefined when it holds nothing there. */
  const reported = (id: number[]): Record<string, unknown>[] | undefined => {
    const hex = toHex(id);
    // A reading's key (READING_PATHS, which names replies by path too), from the readings, the device
    // information or the settings, wherever the valve keeps it.
    const key = hasOwnKey(READING_PATHS, hex.toUpperCase()) ? READING_PATHS[hex.toUpperCase()] : undefined;
    if (key !== undefined) {
      const info = DEVICE_INFORMATION as unknown as Record<string, unknown>;
      return [{ [key]: hasOwnKey(readings, key) ? readings[key as keyof Readings] : hasOwnKey(info, key) ? info[key] : settings[key] }];
    }
    if (id[0] === 0x6e) {
      const list = (settings.schedule_settings as Record<string, unknown>[] | undefined) || [];
      const entry = list.find((e) => e.id === id[1]);
      if (!entry) return undefined;
      if (id.length === 2) return [{ schedule_settings: [clone(entry)] }];
      const field = Object.keys(entry).find((k) => k !== 'id' && encodeSub(k) === id[2]);
      return field === undefined ? undefined : [{ schedule_settings: [{ id: entry.id, [field]: clone(entry[field]) }] }];
    }
    const s = SETTINGS.find((row) => toHex(row.command) === hex);
    // Every queryable ID is a reading above, a schedule's or a setting's: only a new ID in the tables, not yet
    // taught to this valve, gets here.
    /* istanbul ignore if */
    if (!s) return undefined;
    // Every setting is held: the start settings have them all, and a setting is only ever changed.
    const value = s.path.length === 1 ? settings[s.path[0]] : (settings[s.path[0]] as Record<string, unknown>)[s.path[1]];
    return [s.path.length === 1 ? { [s.path[0]]: clone(value) } : { [s.path[0]]: { [s.path[1]]: clone(value) } }];
  };

  const answer = (call: DecodedDownlink, command: number[], parts: Record<string, unknown>[]) => {
    const echoed = echoedIdBytes(command);
    const refused = refuse[commandIdFromBytes(echoed)];
    if (refused !== undefined) {
      parts.push(reply(refused, echoed));
      return;
    }
    if ('properties' in call) {
      const heating = settings.mandatory_heating_enable;
      foldInto(settings, clone(call.properties as Record<string, unknown>));
      // A schedule's command is answered by its 3-byte ID, a setting's by its own.
      parts.push(reply(0, echoed));
      // A threshold changed may start or end an alarm.
      parts.push(...alarms());
      if (settings.mandatory_heating_enable !== heating) {
        const room = { environment_temperature: readings.temperature, current_valve_status: readings.valve_opening_degree, battery_level: readings.battery };
        parts.push({ mandatory_heating_alarm: settings.mandatory_heating_enable === 1 ? { type: 33, enter: room } : { type: 32, exit: room } });
      }
      return;
    }
    const inputs = call.inputs as Record<string, unknown>;
    const id = [command[0]];
    switch (call.serviceId) {
      case 'request_command_queries': {
        const asked = command.slice(2, 2 + (command[1] & 0x0f));
        const report = reported(asked);
        if (report) parts.push(...report);
        parts.push(reply(report ? 0 : 6, asked));
        return;
      }
      case 'request_check_sequence_number':
        parts.push({ check_sequence_number_reply: { sequence_number: inputs.sequence_number } });
        return;
      case 'request_check_order':
        parts.push({ check_order_reply: inputs.order });
        return;
      case 'request_query_all_configurations':
        parts.push(reply(0, id));
        for (const s of SETTINGS) parts.push(...(reported(Array.from(s.command)) || []));
        for (const entry of (settings.schedule_settings as Record<string, unknown>[] | undefined) || []) parts.push({ schedule_settings: [clone(entry)] });
        return;
      case 'set_target_temperature':
        readings.target_temperature = inputs.value as number;
        break;
      case 'set_target_valve_opening_degree':
        readings.target_valve_opening_degree = inputs.value as number;
        break;
      case 'set_temperature':
        parts.push(reply(0, id), ...changeReadings({ temperature: inputs.value }, 'inputs'));
        return;
      case 'set_time':
        // Decoded calls give dates as ISO 8601 text.
        time = Date.parse(String(inputs.timestamp)) / 1000;
        break;
      case 'reset':
        for (const k of Object.keys(settings)) delete settings[k];
        Object.assign(settings, startSettings());
        parts.push(reply(0, id), ...alarms());
        return;
      case 'delete_schedule': {
        const type = Number(inputs.type);
        settings.schedule_settings = type === 255 ? [] : ((settings.schedule_settings as Record<string, unknown>[] | undefined) || []).filter((e) => e.id !== type);
        break;
      }
      case 'clear_historical_data':
        history.length = 0;
        break;
      default:
        break;
    }
    parts.push(reply(0, id));
    if (call.serviceId === 'reboot') parts.push(clone(DEVICE_INFORMATION) as unknown as Record<string, unknown>);
    if (call.serviceId === 'calibrate_motor') parts.push({ motor_calibration_result_report: { status: 1 } });
    if (call.serviceId === 'query_motor_stroke_position') parts.push({ motor_total_stroke: readings.motor_total_stroke, motor_position: readings.motor_position });
    if (call.serviceId === 'query_device_status') parts.push({ device_status: settings.device_status });
    if (call.serviceId === 'set_opening_window') {
      const open = Number(inputs.state) === 1;
      const at = { state: open ? 1 : 0, environment_temperature: readings.temperature };
      parts.push({ window_opening_alarm: open ? { type: 33, trigger: at } : { type: 32, release: at } });
    }
    if (call.serviceId === 'collect_data') parts.push({ periodic_reporting: periodicReport(settings, readings) });
    if (call.serviceId === 'retrieve_historical_data_by_time' || call.serviceId === 'retrieve_historical_data_by_time_range') {
      const from = Date.parse(String(inputs.time ?? inputs.start_time)) / 1000;
      const to = inputs.end_time === undefined ? from : Date.parse(String(inputs.end_time)) / 1000;
      const records = history.filter((r) => (r.timestamp as number) >= from && (r.timestamp as number) <= to);
      // A record of a retrieval is of historical time (mode 1, left out as the maker's output leaves it).
      for (const r of records) parts.push({ history: [clone(r)] });
    }
  };

  const valve: Valve = {
    receive(downlink, fPort = 85) {
      if (fPort !== 85) throw valueError('INVALID_OPTION', 'fPort', fPort, 'is not 85: the WT102 takes commands on port 85 only');
      // Text as the CLI and the playground read it (hex, else base64); bytes as `decode` takes them.
      const bytes = typeof downlink === 'string' ? payloadTextBytes(downlink, 'auto', 'downlink') : frameBytes(downlink, undefined);
      // An empty payload holds no command: nothing is answered.
      if (bytes.length === 0) return [];
      const parts: Record<string, unknown>[] = [];
      let calls: DecodedDownlink[];
      try {
        calls = decode(bytes);
      } catch (e) {
        if (!(e instanceof CodecError)) throw e;
        // The valve answers what it cannot read with "unknown", echoing the byte where reading stopped.
        const at = e.offset === undefined || e.offset >= bytes.length ? 0 : e.offset;
        return frames([reply(1, [bytes[at]])]);
      }
      for (const call of calls) {
        // A settings object becomes one command per setting: each is answered on its own.
        const commands = encodeCommands(call as never);
        if ('properties' in call) {
          for (const command of commands) {
            const one = decode(command)[0];
            answer(one, command, parts);
          }
        } else answer(call, commands[0], parts);
      }
      return frames(parts);
    },
    advance(seconds) {
      if (typeof seconds !== 'number' || seconds % 1 !== 0 || seconds < 0 || seconds > 366 * 86400) {
        throw valueError('INVALID_VALUE', 'seconds', seconds, 'is not a number of seconds 0…31622400 (whole, and at most a year)');
      }
      const out: ValveUplink[] = [];
      const end = time + seconds;
      // Reports fall on whole multiples of the interval (Unix time), so that the clock alone says when the next is.
      for (let next = nextReport(time, settings); next <= end; next = nextReport(time, settings)) {
        time = next;
        const report = periodicReport(settings, readings);
        out.push(...frames([{ periodic_reporting: report }]));
        if ((settings.data_storage_settings as { enable: number }).enable === 1) {
          history.push({ timestamp: time, temperature: readings.temperature, battery: readings.battery });
          if (history.length > MOST_RECORDS) history.shift();
        }
      }
      time = end;
      return out;
    },
    set(given) {
      return frames(changeReadings(given, 'readings'));
    },
    get settings() {
      return clone(settings);
    },
    get readings() {
      return { ...readings };
    },
    get time() {
      return time;
    },
    get history() {
      return clone(history);
    },
  };
  return valve;
}

/** The refusals of `options.refuse`, checked: command IDs as replies spell them, each with a result code 1…9. */
function refusals(given: unknown): { [id: string]: number } {
  const out: { [id: string]: number } = Object.create(null);
  if (given === undefined) return out;
  const r = ownRecord(given, 'options.refuse');
  if (r === undefined) throw valueError('INVALID_OPTION', 'options.refuse', given, 'is not an object of command IDs and result codes ({ "0X6500": 5 })');
  for (const given of Object.keys(r)) {
    const result = r[given];
    const id = given.toUpperCase();
    // What a reply may echo: a setting's, a schedule field's or a reading's ID (the queryable ones), or a service's.
    const service = /^0X[0-9A-F]{2}$/.test(id) && Object.keys(SERVICES).some((k) => toHex((SERVICES as Record<string, { command: readonly number[] }>)[k].command).toUpperCase() === id.slice(2));
    // A 2-byte schedule ID (`0X6E01`) names no one command: a schedule's field is answered by its three bytes.
    if ((!service && !isQueryable(id)) || /^0X6E[0-9A-F]{2}$/.test(id)) {
      throw valueError('INVALID_OPTION', 'options.refuse', given, 'is not the ID of a command the valve answers ("0X6500", "0X5A", "0X6E0100": a schedule field\'s three bytes)');
    }
    if (typeof result !== 'number' || result % 1 !== 0 || result < 1 || result > 9) {
      throw valueError('INVALID_OPTION', `options.refuse.${given}`, result, 'is not a result code 1…9 (0 is success: nothing refused)');
    }
    out[id] = result;
  }
  return out;
}

/** A schedule field's sub-command, by its key (the schedules' table). */
function encodeSub(key: string): number | undefined {
  const slot = (SCHEDULE.fields as { readonly [k: string]: { readonly sub: number } })[key];
  return slot === undefined ? undefined : slot.sub;
}
