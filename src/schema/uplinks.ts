/**
 * What the WT102 sends up (PROTOCOL.md §6), besides the settings of §5 which it
 * reports with their downlink layout. Keys are the maker's codec output names.
 */
import { choice, deepFreeze, enumOf, percent, struct, temp, u16, u8 } from './builders';
import type { EnumValue, Field, Fields } from './fields';

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

/** An event: a type byte, then the body of the branch that type selects. */
function event(selector: string, branches: readonly { type: number; key: string; name: string; fields: Fields }[]): Field {
  const fields: { [name: string]: Field } = {
    [selector]: enumOf(branches.map((b) => ({ value: b.type, name: b.name }))),
  };
  for (const b of branches) fields[b.key] = { ...struct(b.fields), when: { field: selector, is: [b.type] } };
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
      { type: 0x10, key: 'lower_range_alarm_deactivation', name: 'Lower Range Alarm Deactivation', fields: alarmEvent },
      { type: 0x11, key: 'lower_range_alarm_trigger', name: 'Lower Range Alarm Trigger', fields: alarmEvent },
      { type: 0x12, key: 'over_range_alarm_deactivation', name: 'Over Range Alarm Deactivation', fields: alarmEvent },
      { type: 0x13, key: 'over_range_alarm_trigger', name: 'Over Range Alarm Trigger', fields: alarmEvent },
    ]),
    copies: { '*.temperature': 'temperature' },
  },
  {
    key: 'anti_freeze_protection_alarm',
    command: [0x0a],
    title: 'Freeze Protection Alarm',
    body: event('type', [
      { type: 0x20, key: 'lifted', name: 'Freeze Protection Released', fields: valveEvent },
      { type: 0x21, key: 'trigger', name: 'Freeze Protection Trigger', fields: valveEvent },
    ]),
    copies: { '*.environment_temperature': 'temperature', '*.current_valve_status': 'valve_opening_degree' },
  },
  {
    key: 'mandatory_heating_alarm',
    command: [0x0b],
    title: 'Forced Heating Alarm',
    body: event('type', [
      { type: 0x20, key: 'exit', name: 'Exit', fields: heatingEvent },
      { type: 0x21, key: 'enter', name: 'Enter', fields: heatingEvent },
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
      {
        type: 0x20,
        key: 'inactive_by_target_temperature',
        name: 'Inactive by Target Temperature',
        fields: awayByTemperature,
      },
      {
        type: 0x21,
        key: 'active_by_target_temperature',
        name: 'Active by Target Temperature',
        fields: awayByTemperature,
      },
      {
        type: 0x22,
        key: 'inactive_by_target_valve_opening',
        name: 'Inactive by Target Valve Opening',
        fields: awayByValve,
      },
      {
        type: 0x23,
        key: 'active_by_target_valve_opening',
        name: 'Active by Target Valve Opening',
        fields: awayByValve,
      },
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
      { type: 0x20, key: 'release', name: 'Release', fields: windowEvent },
      { type: 0x21, key: 'trigger', name: 'Trigger', fields: windowEvent },
    ]),
    copies: { '*.environment_temperature': 'temperature' },
  },
  {
    key: 'periodic_reporting',
    command: [0x0e],
    title: 'Periodic Report',
    body: event('report_type', [
      {
        type: 0,
        key: 'non_heating_season',
        name: 'Non-heating Season',
        fields: { target_valve_opening: percent(), battery_level: percent() },
      },
      {
        type: 1,
        key: 'target_temperature_for_heating',
        name: 'Target Temperature for Heating',
        fields: {
          environment_temperature: ambient(),
          current_valve_opening: percent(),
          target_temperature: target(),
          battery_level: percent(),
        },
      },
      {
        type: 2,
        key: 'target_valve_opening_for_heating',
        name: 'Target Valve Opening for Heating',
        fields: {
          environment_temperature: ambient(),
          current_valve_opening: percent(),
          target_valve_opening: percent(),
          battery_level: percent(),
        },
      },
      {
        type: 3,
        key: 'integrated_control_for_heating',
        name: 'Integrated Control for Heating',
        fields: {
          environment_temperature: ambient(),
          current_valve_opening: percent(),
          target_temperature: target(),
          target_valve_opening: percent(),
          battery_level: percent(),
        },
      },
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
    body: {
      kind: 'enum',
      output: 'name',
      values: [
        { value: 0, name: 'Class A' },
        { value: 1, name: 'Class B' },
        { value: 2, name: 'Class C' },
        { value: 3, name: 'Class CtoB' },
      ],
    },
  },
];

/** `ef` replies: `(result << 4) | length`, then the echoed command ID (PROTOCOL.md §3). */
export const REPLY_RESULTS: readonly EnumValue[] = [
  { value: 0, name: 'success' },
  { value: 1, name: 'unknown' },
  { value: 2, name: 'error order' },
  { value: 3, name: 'error password' },
  { value: 4, name: 'error read params' },
  { value: 5, name: 'error write params' },
  { value: 6, name: 'error read' },
  { value: 7, name: 'error write' },
  { value: 8, name: 'error read apply' },
  { value: 9, name: 'error write apply' },
];

/** History records: `ed <mode u8> <timestamp u32>`, then the readings that belong to it. */
export const HISTORY = {
  key: 'history',
  command: 0xed,
  modes: [
    { value: 0, name: 'Target Time' },
    { value: 1, name: 'Historical Time' },
  ],
  /** Mode 1 (what a retrieval returns) is left out of decoded records, as in the maker's output. */
  defaultMode: 1,
} as const;

deepFreeze(UPLINKS);
deepFreeze(HISTORY);

export const REPLY_KEY = 'ans';
export const REPLY_COMMAND = 0xef;
