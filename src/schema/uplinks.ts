/**
 * What the WT102 sends up (docs/PROTOCOL.md §6), besides the settings of §5 which it
 * reports with their downlink layout. Keys are the maker's codec output names.
 */
import { choice, enumOf, percent, struct, temp, u16, u8 } from './builders';
import { OCCUPANCY, WINDOW_STATE } from './enums';
import { AMBIENT_TEMPERATURE } from './ranges';
import type { EnumField, Field, Fields, When } from './fields';

/**
 * A row of the uplink table: what the engine reads, and apart from it, in `doc`, what only people
 * read (the network-server script leaves `doc` out).
 */
export interface UplinkRow {
  readonly key: string;
  readonly command: readonly number[];
  /** The value: a bare field, a struct, or nothing (a command with no body is reported as `1`). */
  readonly body?: Field;
  /**
   * Readings the maker's codec also copies to top-level keys, so that a dashboard finds one
   * `temperature` whatever the report: `'*.environment_temperature': 'temperature'` copies that
   * field of whichever branch is present; `'value': 'battery'` copies a top-level field.
   */
  readonly copies?: { readonly [from: string]: string };
  /** Its title, and an example frame of it alone (hex: each one a command of a frame in fixtures/uplinks.json). */
  readonly doc: { readonly title: string; readonly example: string };
}

/** An uplink command as the library exports it (`UPLINKS`): its title beside what the engine reads. */
export interface UplinkSpec {
  readonly key: string;
  readonly command: readonly number[];
  readonly body?: Field;
  readonly title: string;
  readonly copies?: { readonly [from: string]: string };
  /** An example frame of this command alone, as hex. */
  readonly example: string;
}

// Readings are checked against the sensor's range, and only warned about when outside it.
const ambient = () => temp(AMBIENT_TEMPERATURE.min, AMBIENT_TEMPERATURE.max);
const target = () => temp(5, 35);

/** A branch of an event: its type byte, its key in the output, the maker's name for the type, its fields. */
type Branch = readonly [type: number, key: string, name: string, fields: Fields];

/** An event's fields: the selector, then each branch's struct, present when the selector is its type. */
type EventFields<S extends string, B extends readonly Branch[]> = { readonly [K in S]: EnumField } & {
  readonly [X in B[number] as X[1]]: { readonly kind: 'struct'; readonly fields: X[3]; readonly when: When };
};

/** An event: a type byte, then the body of the branch that type selects. */
function event<const S extends string, const B extends readonly Branch[]>(selector: S, branches: B): { readonly kind: 'struct'; readonly fields: EventFields<S, B> } {
  const fields: { [name: string]: Field } = {
    [selector]: enumOf(branches.map(([value, , name]) => ({ value, name }))),
  };
  for (const [type, key, , body] of branches) fields[key] = { ...struct(body), when: { field: selector, is: [type] } };
  return struct(fields) as unknown as { readonly kind: 'struct'; readonly fields: EventFields<S, B> };
}

const occupancy = enumOf(OCCUPANCY);

const windowEvent = {
  state: enumOf(WINDOW_STATE),
  environment_temperature: ambient(),
};

const alarmEvent = { temperature: ambient() };
const awayByTemperature = { state: occupancy, environment_temperature: ambient(), target_temperature: target() };
const awayByValve = { state: occupancy, environment_temperature: ambient(), target_valve_opening: percent() };

const valveEvent = { environment_temperature: ambient(), current_valve_status: percent() };

const heatingEvent = { ...valveEvent, battery_level: percent() };

export const UPLINK_ROWS = [
  { key: 'battery', command: [0x00], body: percent(), doc: { title: 'Battery', example: '0055' } },
  { key: 'temperature', command: [0x01], body: ambient(), doc: { title: 'Ambient Temperature', example: '016608' } },
  { key: 'motor_total_stroke', command: [0x02], body: u16(0, 3028), doc: { title: 'Motor Total Stroke', example: '02d40b' } },
  { key: 'motor_position', command: [0x03], body: u16(0, 3028), doc: { title: 'Motor Position', example: '03ea05' } },
  { key: 'valve_opening_degree', command: [0x04], body: percent(), doc: { title: 'Valve Opening', example: '0432' } },
  {
    key: 'motor_calibration_result_report',
    command: [0x05],
    body: struct({
      status: choice('Uncalibrated', 'Success', 'Failed: out of range', 'Failed: temperature control disabled', 'Failed: uninstalled'),
    }),
    doc: { title: 'Motor Calibration Result', example: '0504' },
  },
  { key: 'target_temperature', command: [0x06], body: target(), doc: { title: 'Target Temperature', example: '066608' } },
  { key: 'target_valve_opening_degree', command: [0x07], body: percent(), doc: { title: 'Target Valve Opening', example: '0764' } },
  {
    key: 'low_battery_alarm',
    command: [0x08],
    body: struct({ value: percent() }),
    copies: { value: 'battery' },
    doc: { title: 'Low Battery Alarm', example: '080a' },
  },
  {
    key: 'temperature_alarm',
    command: [0x09],
    body: event('type', [
      [0x10, 'lower_range_alarm_deactivation', 'Lower Range Alarm Deactivation', alarmEvent],
      [0x11, 'lower_range_alarm_trigger', 'Lower Range Alarm Trigger', alarmEvent],
      [0x12, 'over_range_alarm_deactivation', 'Over Range Alarm Deactivation', alarmEvent],
      [0x13, 'over_range_alarm_trigger', 'Over Range Alarm Trigger', alarmEvent],
    ]),
    copies: { '*.temperature': 'temperature' },
    doc: { title: 'Temperature Alarm', example: '0911c201' },
  },
  {
    key: 'anti_freeze_protection_alarm',
    command: [0x0a],
    body: event('type', [
      [0x20, 'lifted', 'Freeze Protection Released', valveEvent],
      [0x21, 'trigger', 'Freeze Protection Trigger', valveEvent],
    ]),
    copies: { '*.environment_temperature': 'temperature', '*.current_valve_status': 'valve_opening_degree' },
    doc: { title: 'Freeze Protection Alarm', example: '0a21c80064' },
  },
  {
    key: 'mandatory_heating_alarm',
    command: [0x0b],
    body: event('type', [
      [0x20, 'exit', 'Exit', heatingEvent],
      [0x21, 'enter', 'Enter', heatingEvent],
    ]),
    copies: {
      '*.environment_temperature': 'temperature',
      '*.current_valve_status': 'valve_opening_degree',
      '*.battery_level': 'battery',
    },
    doc: { title: 'Forced Heating Alarm', example: '0b2108076450' },
  },
  {
    key: 'auto_away_report',
    command: [0x0c],
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
    doc: { title: 'Auto Away Report', example: '0c2100d0074006' },
  },
  {
    key: 'window_opening_alarm',
    command: [0x0d],
    body: event('type', [
      [0x20, 'release', 'Release', windowEvent],
      [0x21, 'trigger', 'Trigger', windowEvent],
    ]),
    copies: { '*.environment_temperature': 'temperature' },
    doc: { title: 'Open Window Alarm', example: '0d2101f505' },
  },
  {
    key: 'periodic_reporting',
    command: [0x0e],
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
    doc: { title: 'Periodic Report', example: '0e01660832660855' },
  },
  { key: 'all_configurations_request_by_device', command: [0xee], doc: { title: 'Configuration Request by Device', example: 'ee' } },
  {
    key: 'check_sequence_number_reply',
    command: [0xff],
    body: struct({ sequence_number: u8(0, 255) }),
    doc: { title: 'Check Sequence Number Reply', example: 'ff07' },
  },
  { key: 'check_order_reply', command: [0xfe], body: u8(0, 255), doc: { title: 'Check Order Reply', example: 'fe09' } },
  { key: 'tsl_version', command: [0xdf], body: { kind: 'version', format: 'major.minor' }, doc: { title: 'TSL Version', example: 'df0102' } },
  { key: 'product_name', command: [0xde], body: { kind: 'string', size: 32 }, doc: { title: 'Product Name', example: 'de5754313032000000000000000000000000000000000000000000000000000000' } },
  { key: 'product_pn', command: [0xdd], body: { kind: 'string', size: 32 }, doc: { title: 'Product Part Number', example: 'dd323731392d57543130322d3836384d0000000000000000000000000000000000' } },
  { key: 'product_sn', command: [0xdb], body: { kind: 'hex', size: 8 }, doc: { title: 'Serial Number', example: 'db6725c13926730004' } },
  {
    key: 'version',
    command: [0xda],
    body: struct({
      hardware_version: { kind: 'version', format: 'major.minor' },
      firmware_version: { kind: 'version', format: 'firmware' },
    }),
    doc: { title: 'Product Version', example: 'da0100010203000001' },
  },
  { key: 'oem_id', command: [0xd9], body: { kind: 'hex', size: 2 }, doc: { title: 'OEM ID', example: 'd90000' } },
  {
    key: 'product_frequency_band',
    command: [0xd8],
    body: { kind: 'string', size: 16 },
    doc: { title: 'Frequency Band', example: 'd845553836380000000000000000000000' },
  },
  {
    key: 'lorawan_class',
    command: [0xcf, 0x00],
    body: { ...choice('Class A', 'Class B', 'Class C', 'Class CtoB'), output: 'name' },
    doc: { title: 'LoRaWAN Class', example: 'cf0000' },
  },
] as const satisfies readonly UplinkRow[];

/** A command that comes as a list of items (replies, history records): its key, ID, what an item is called, its body. */
export interface ListRow {
  readonly key: string;
  readonly command: number;
  /** What a list of them is called in messages: `replies`. */
  readonly items: string;
  readonly body: Field & { readonly kind: 'struct' };
  readonly doc?: object;
}

/**
 * `ef` replies: `(result << 4) | length`, then the echoed command ID (docs/PROTOCOL.md §3), and
 * the name of that command, which no byte carries: it is looked up, and checked when given.
 */
export const REPLY = {
  key: 'ans',
  command: 0xef,
  items: 'replies',
  body: {
    kind: 'struct',
    fields: {
      // Results past 9 have no meaning (doc.results): read with a warning.
      result: { kind: 'bits', shift: 4, width: 4, max: 9, says: '.result: % is not a known result (0…9)' },
      length: { kind: 'bits', shift: 0, width: 4, min: 1, of: 'id', says: ': length %; a reply echoes 1…15 command-ID bytes' },
      id: { kind: 'commandId', lengthFrom: 'length', any: true },
      name: { kind: 'commandName', of: 'id' },
    },
  },
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
    // A reply to a query of the product version (docs/PROTOCOL.md §3's example).
    example: 'ef01da',
  },
} as const satisfies ListRow;

/** History records: `ed <mode u8> <timestamp u32>`, then the readings that belong to it (they are its scope). */
export const HISTORY_RECORD = {
  key: 'history',
  command: 0xed,
  items: 'records',
  body: {
    kind: 'struct',
    fields: {
      // Mode 1 (what a retrieval returns) is left out of decoded records, as in the maker's output.
      mode: {
        kind: 'enum',
        values: [{ value: 0, name: 'Target Time' }, { value: 1, name: 'Historical Time' }],
        optional: true,
        default: 1,
        says: '.mode: % is not a known mode (0 target time, 1 historical time)',
      },
      timestamp: { kind: 'int', wire: 'u32', min: 0, max: 0xffffffff },
    },
  },
  // One record of 21.5 °C and 85 % at 2025-11-26T08:00:00Z (docs/PROTOCOL.md §6's example).
  doc: { example: 'ed0180b326690166080055' },
} as const satisfies ListRow;

