/**
 * What the WT102 sends up (docs/PROTOCOL.md §6), besides the settings of §5 which it
 * reports with their downlink layout. Keys are the maker's codec output names.
 */
import { choice, enumOf, percent, struct, temp, u16, u8 } from './builders';
import type { Field, Fields } from './fields';

export interface UplinkSpec {
  readonly key: string;
  readonly command: readonly number[];
  /** The value: a bare field, a struct, or nothing (a command with no body is reported as `1`). */
  readonly body?: Field;
  readonly title: string;
  /**
   * Readings the maker's codec also copies to top-level keys, so that a dashboard finds one
   * `temperature` whatever the report: `'*.environment_temperature': 'temperature'` copies that
   * field of whichever branch is present; `'value': 'battery'` copies a top-level field.
   */
  readonly copies?: { readonly [from: string]: string };
}

// Readings are checked against the sensor's range, and only warned about when outside it.
const ambient = () => temp(-20, 60);
const target = () => temp(5, 35);

/** A branch of an event: its type byte, its key in the output, the maker's name for the type, its fields. */
type Branch = readonly [type: number, key: string, name: string, fields: Fields];

/** An event: a type byte, then the body of the branch that type selects. */
function event(selector: string, branches: readonly Branch[]): Field {
  const fields: { [name: string]: Field } = {
    [selector]: enumOf(branches.map(([value, , name]) => ({ value, name }))),
  };
  for (const [type, key, , body] of branches) fields[key] = { ...struct(body), when: { field: selector, is: [type] } };
  return struct(fields);
}

const occupancy = choice('Unoccupied', 'Occupied');

const windowEvent = {
  state: choice('Normal', 'Open'),
  environment_temperature: ambient(),
};

const alarmEvent = { temperature: ambient() };
const awayByTemperature = { state: occupancy, environment_temperature: ambient(), target_temperature: target() };
const awayByValve = { state: occupancy, environment_temperature: ambient(), target_valve_opening: percent() };

const valveEvent = { environment_temperature: ambient(), current_valve_status: percent() };

const heatingEvent = { ...valveEvent, battery_level: percent() };

export const UPLINKS: readonly UplinkSpec[] = [
  { key: 'battery', command: [0x00], title: 'Battery', body: percent() },
  { key: 'temperature', command: [0x01], title: 'Ambient Temperature', body: ambient() },
  { key: 'motor_total_stroke', command: [0x02], title: 'Motor Total Stroke', body: u16(0, 3028) },
  { key: 'motor_position', command: [0x03], title: 'Motor Position', body: u16(0, 3028) },
  { key: 'valve_opening_degree', command: [0x04], title: 'Valve Opening', body: percent() },
  {
    key: 'motor_calibration_result_report',
    command: [0x05],
    title: 'Motor Calibration Result',
    body: struct({
      status: choice('Uncalibrated', 'Success', 'Failed: out of range', 'Failed: temperature control disabled', 'Failed: uninstalled'),
    }),
  },
  { key: 'target_temperature', command: [0x06], title: 'Target Temperature', body: target() },
  { key: 'target_valve_opening_degree', command: [0x07], title: 'Target Valve Opening', body: percent() },
  {
    key: 'low_battery_alarm',
    command: [0x08],
    title: 'Low Battery Alarm',
    body: struct({ value: percent() }),
    copies: { value: 'battery' },
  },
  {
    key: 'temperature_alarm',
    command: [0x09],
    title: 'Temperature Alarm',
    body: event('type', [
      [0x10, 'lower_range_alarm_deactivation', 'Lower Range Alarm Deactivation', alarmEvent],
      [0x11, 'lower_range_alarm_trigger', 'Lower Range Alarm Trigger', alarmEvent],
      [0x12, 'over_range_alarm_deactivation', 'Over Range Alarm Deactivation', alarmEvent],
      [0x13, 'over_range_alarm_trigger', 'Over Range Alarm Trigger', alarmEvent],
    ]),
    copies: { '*.temperature': 'temperature' },
  },
  {
    key: 'anti_freeze_protection_alarm',
    command: [0x0a],
    title: 'Freeze Protection Alarm',
    body: event('type', [
      [0x20, 'lifted', 'Freeze Protection Released', valveEvent],
      [0x21, 'trigger', 'Freeze Protection Trigger', valveEvent],
    ]),
    copies: { '*.environment_temperature': 'temperature', '*.current_valve_status': 'valve_opening_degree' },
  },
  {
    key: 'mandatory_heating_alarm',
    command: [0x0b],
    title: 'Forced Heating Alarm',
    body: event('type', [
      [0x20, 'exit', 'Exit', heatingEvent],
      [0x21, 'enter', 'Enter', heatingEvent],
    ]),
    copies: {
      '*.environment_temperature': 'temperature',
      '*.current_valve_status': 'valve_opening_degree',
      '*.battery_level': 'battery',
    },
  },
  {
    key: 'auto_away_report',
    command: [0x0c],
    title: 'Auto Away Report',
    body: event('event_type', [
      [0x20, 'inactive_by_target_temperature', 'Inactive by Target Temperature', awayByTemperature],
      [0x21, 'active_by_target_temperature', 'Active by Target Temperature', awayByTemperature],
      [0x22, 'inactive_by_target_valve_opening', 'Inactive by Target Valve Opening', awayByValve],
      [0x23, 'active_by_target_valve_opening', 'Active by Target Valve Opening', awayByValve],
    ]),
    // Only the inactive types copy their target: while away, the target shown is the energy-saving one.
    copies: {
      '*.environment_temperature': 'temperature',
      'inactive_by_target_temperature.target_temperature': 'target_temperature',
      'inactive_by_target_valve_opening.target_valve_opening': 'target_valve_opening_degree',
    },
  },
  {
    key: 'window_opening_alarm',
    command: [0x0d],
    title: 'Open Window Alarm',
    body: event('type', [
      [0x20, 'release', 'Release', windowEvent],
      [0x21, 'trigger', 'Trigger', windowEvent],
    ]),
    copies: { '*.environment_temperature': 'temperature' },
  },
  {
    key: 'periodic_reporting',
    command: [0x0e],
    title: 'Periodic Report',
    body: event('report_type', [
      [0, 'non_heating_season', 'Non-heating Season', { target_valve_opening: percent(), battery_level: percent() }],
      [1, 'target_temperature_for_heating', 'Target Temperature for Heating', {
        environment_temperature: ambient(),
        current_valve_opening: percent(),
        target_temperature: target(),
        battery_level: percent(),
      }],
      [2, 'target_valve_opening_for_heating', 'Target Valve Opening for Heating', {
        environment_temperature: ambient(),
        current_valve_opening: percent(),
        target_valve_opening: percent(),
        battery_level: percent(),
      }],
      [3, 'integrated_control_for_heating', 'Integrated Control for Heating', {
        environment_temperature: ambient(),
        current_valve_opening: percent(),
        target_temperature: target(),
        target_valve_opening: percent(),
        battery_level: percent(),
      }],
    ]),
    copies: {
      '*.environment_temperature': 'temperature',
      '*.current_valve_opening': 'valve_opening_degree',
      '*.target_temperature': 'target_temperature',
      '*.target_valve_opening': 'target_valve_opening_degree',
      '*.battery_level': 'battery',
    },
  },
  { key: 'all_configurations_request_by_device', command: [0xee], title: 'Configuration Request by Device' },
  {
    key: 'check_sequence_number_reply',
    command: [0xff],
    title: 'Check Sequence Number Reply',
    body: struct({ sequence_number: u8(0, 255) }),
  },
  { key: 'check_order_reply', command: [0xfe], title: 'Check Order Reply', body: u8(0, 255) },
  { key: 'tsl_version', command: [0xdf], title: 'TSL Version', body: { kind: 'version', format: 'major.minor' } },
  { key: 'product_name', command: [0xde], title: 'Product Name', body: { kind: 'string', size: 32 } },
  { key: 'product_pn', command: [0xdd], title: 'Product Part Number', body: { kind: 'string', size: 32 } },
  { key: 'product_sn', command: [0xdb], title: 'Serial Number', body: { kind: 'hex', size: 8 } },
  {
    key: 'version',
    command: [0xda],
    title: 'Product Version',
    body: struct({
      hardware_version: { kind: 'version', format: 'major.minor' },
      firmware_version: { kind: 'version', format: 'firmware' },
    }),
  },
  { key: 'oem_id', command: [0xd9], title: 'OEM ID', body: { kind: 'hex', size: 2 } },
  {
    key: 'product_frequency_band',
    command: [0xd8],
    title: 'Frequency Band',
    body: { kind: 'string', size: 16 },
  },
  {
    key: 'lorawan_class',
    command: [0xcf, 0x00],
    title: 'LoRaWAN Class',
    body: { ...choice('Class A', 'Class B', 'Class C', 'Class CtoB'), output: 'name' },
  },
];

/** `ef` replies: `(result << 4) | length`, then the echoed command ID (docs/PROTOCOL.md §3). */
export const REPLY = {
  key: 'ans',
  command: 0xef,
  /** Results 0…lastResult have a meaning; a higher one is reported with a warning. */
  lastResult: 9,
  doc: {
    results: [
      'success',
      'unknown',
      'error order',
      'error password',
      'error read params',
      'error write params',
      'error read',
      'error write',
      'error read apply',
      'error write apply',
    ],
  },
} as const;

/** History records: `ed <mode u8> <timestamp u32>`, then the readings that belong to it. */
export const HISTORY_RECORD = {
  key: 'history',
  command: 0xed,
  /** Mode 1 (what a retrieval returns) is left out of decoded records, as in the maker's output. */
  defaultMode: 1,
  doc: {
    modes: [
      { value: 0, name: 'Target Time' },
      { value: 1, name: 'Historical Time' },
    ],
  },
} as const;

export const REPLY_KEY = REPLY.key;
export const REPLY_COMMAND = REPLY.command;
