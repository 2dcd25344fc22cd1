/**
 * The WT102 settings table (docs/PROTOCOL.md §5): every setting the valve accepts as a
 * downlink and reports back in uplinks with the same layout. Keys are the maker's
 * codec names; where its object model spells a key otherwise, that spelling is an alias.
 *
 * Row order is the order commands take in a frame when one properties object
 * touches several settings.
 */
import { SCHEDULES } from './schedules';
import { bool, choice, choiceOf, enumOf, flagBit, struct, temp, u16, u8, when } from './builders';
import { CONTROL_MODE } from './enums';
import type { BitsField, Field } from './fields';

/**
 * A row of the settings table: what the engine reads, and apart from it, in `doc`, what only
 * people read (the network-server script leaves `doc` out).
 */
export interface SettingRow {
  /** Where the value sits in a properties object: `['temp_control', 'enable']` is `{temp_control: {enable}}`. */
  readonly path: readonly [string] | readonly [string, string];
  /** Command ID bytes, in wire order. */
  readonly command: readonly number[];
  /** The value: a bare field ("(value)" rows) or a struct of fields. */
  readonly body: Field;
  readonly doc: {
    readonly title: string;
    /** What it sets, in one line. */
    readonly description: string;
    /** An example value and its frame, from docs/PROTOCOL.md §5. */
    readonly example?: { readonly value: unknown; readonly hex: string };
  };
}

/** A setting as the library exports it (`SETTINGS`): its documentation beside what the engine reads. */
export interface SettingSpec {
  readonly path: readonly [string] | readonly [string, string];
  readonly command: readonly number[];
  readonly body: Field;
  readonly title: string;
  /** What it sets, in one line. */
  readonly description: string;
  readonly example?: { readonly value: unknown; readonly hex: string };
}

/** A time of day in minutes after midnight (docs/PROTOCOL.md: 0…1439). */
const minuteOfDay = () => u16(0, 1439, 'min');

/** A reporting interval: seconds or minutes, by unit. */
const reportingInterval = () =>
  struct({
    unit: choice('Second', 'Minute'),
    seconds_of_time: when('unit', 0, u16(10, 64800, 's')),
    minutes_of_time: when('unit', 1, u16(5, 1440, 'min')),
  });

const timeoutReception = () =>
  struct({
    timeout: u16(1, 1440, 'min'),
    timeout_response: choice('Keep State', 'Close Valve', 'Switch to Internal NTC'),
  });

/** Seven weekday flags, Sunday first (bit 0), and a reserved bit 7; typed by their keys (`cycle_time_sun`…). */
type Day = 'sun' | 'mon' | 'tues' | 'wed' | 'thur' | 'fri' | 'sat';
type Weekdays<P extends string> = { readonly [D in Day as `${P}_${D}`]: BitsField } & {
  readonly reserved: { readonly kind: 'bits'; readonly shift: 7; readonly width: 1; readonly optional: true; readonly default: 0 };
};
const weekdays = <P extends string>(prefix: P): Weekdays<P> =>
  ({
    [`${prefix}_sun`]: flagBit(0),
    [`${prefix}_mon`]: flagBit(1),
    [`${prefix}_tues`]: flagBit(2),
    [`${prefix}_wed`]: flagBit(3),
    [`${prefix}_thur`]: flagBit(4),
    [`${prefix}_fri`]: flagBit(5),
    [`${prefix}_sat`]: flagBit(6),
    reserved: { kind: 'bits', shift: 7, width: 1, optional: true, default: 0 },
  }) as unknown as Weekdays<P>;

const TIME_ZONES = [
  -720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180, -120, -60, 0, 60, 120, 180, 210, 240, 270, 300,
  330, 345, 360, 390, 420, 480, 540, 570, 600, 630, 660, 720, 765, 780, 840,
].map((m) => ({
  value: m,
  name: `UTC${m < 0 ? '-' : '+'}${Math.floor(Math.abs(m) / 60)}${Math.abs(m) % 60 ? ':' + (Math.abs(m) % 60) : ''}`,
}));

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => ({ value: m, name: `Month ${m}` }));

export const SETTING_ROWS = [
  {
    path: ['temperature_unit'],
    command: [0x60],
    body: choice('°C', '°F'),
    doc: { title: 'Temperature Unit (display only; the wire is always °C)', description: 'The unit the valve\'s display shows; temperatures on the wire stay in °C.', example: { value: 1, hex: '6001' } },
  },
  {
    path: ['temperature_source_settings'],
    command: [0x61],
    body: struct({
      type: choice('Internal NTC', 'External NTC', 'LoRa Receive'),
      external_ntc_reception: when('type', 1, timeoutReception()),
      lorawan_reception: when('type', 2, timeoutReception()),
    }),
    doc: {
      title: 'Ambient Temperature Source', description: 'Where the ambient temperature comes from (internal sensor, external NTC probe or LoRaWAN), and what the valve does when an external source goes quiet.',
      example: { value: { type: 1, external_ntc_reception: { timeout: 30, timeout_response: 2 } }, hex: '61011e0002' },
    },
  },
  {
    path: ['environment_temperature_display_enable'],
    command: [0x62],
    body: bool(),
    doc: { title: 'Ambient Temperature Display', description: 'Whether the display shows the ambient temperature.', example: { value: 1, hex: '6201' } },
  },
  {
    path: ['heating_period_settings', 'heating_date_settings'],
    command: [0x63, 0x00],
    body: struct({
      start_mon: u8(1, 12),
      start_day: u8(1, 31),
      end_mon: u8(1, 12),
      end_day: u8(1, 31),
    }),
    doc: {
      title: 'Heating Date', description: 'The first and the last day of the heating season.',
      example: { value: { start_mon: 10, start_day: 1, end_mon: 4, end_day: 30 }, hex: '63000a01041e' },
    },
  },
  {
    path: ['heating_period_settings', 'heating_period_reporting_interval'],
    command: [0x63, 0x01],
    body: reportingInterval(),
    doc: {
      title: 'Heating Period Reporting Interval', description: 'How often the valve reports during the heating season.',
      example: { value: { unit: 1, minutes_of_time: 10 }, hex: '6301010a00' },
    },
  },
  {
    path: ['heating_period_settings', 'non_heating_period_reporting_interval'],
    command: [0x63, 0x02],
    body: reportingInterval(),
    doc: {
      title: 'Non-heating Period Reporting Interval', description: 'How often the valve reports outside the heating season.',
      example: { value: { unit: 0, seconds_of_time: 3600 }, hex: '630200100e' },
    },
  },
  {
    path: ['heating_period_settings', 'valve_status_control'],
    command: [0x63, 0x03],
    body: choice('Fully Closed', 'Fully Open'),
    doc: { title: 'Non-heating Period Valve Status', description: 'Whether the valve stays fully closed or fully open outside the heating season.', example: { value: 1, hex: '630301' } },
  },
  { path: ['temp_control', 'enable'], command: [0x65, 0x00], body: bool(), doc: { title: 'Temperature Control Enable', description: 'Whether the valve regulates the temperature at all.', example: { value: 1, hex: '650001' } } },
  {
    path: ['temp_control', 'target_temperature_resolution'],
    command: [0x65, 0x01],
    body: choice('0.5 °C', '1 °C'),
    doc: { title: 'Target Temperature Resolution', description: 'The step of the target temperature: 0.5 °C or 1 °C.', example: { value: 0, hex: '650100' } },
  },
  {
    path: ['temp_control', 'under_temperature_side_deadband'],
    command: [0x65, 0x02],
    body: temp(0.1, 5),
    doc: { title: 'Under-temperature Side Deadband', description: 'How far below the target the temperature may fall before the valve reacts, in °C.', example: { value: 0.5, hex: '65023200' } },
  },
  {
    path: ['temp_control', 'over_temperature_side_deadband'],
    command: [0x65, 0x03],
    body: temp(0.1, 5),
    doc: { title: 'Over-temperature Side Deadband', description: 'How far above the target the temperature may rise before the valve reacts, in °C.' },
  },
  {
    path: ['temp_control', 'target_temperature_adjustment_range_min'],
    command: [0x65, 0x04],
    body: temp(5, 35),
    doc: { title: 'Min of Target Temperature Adjustment Range', description: 'The lowest target temperature that can be set on the valve.', example: { value: 5, hex: '6504f401' } },
  },
  {
    path: ['temp_control', 'target_temperature_adjustment_range_max'],
    command: [0x65, 0x05],
    body: temp(5, 35),
    doc: { title: 'Max of Target Temperature Adjustment Range', description: 'The highest target temperature that can be set on the valve.' },
  },
  {
    path: ['temp_control', 'mode_settings'],
    command: [0x65, 0x06],
    body: struct({
      mode: enumOf(CONTROL_MODE),
      auto_control: when('mode', 0, struct({ target_temperature: temp(5, 35) })),
      valve_control: when('mode', 1, struct({ target_valve_status: u8(0, 100, '%') })),
      // The maker's codec spells it "intergrated_control.target_temp"; its object model says "target_temperature".
      intergrated_control: when(
        'mode',
        2,
        struct({ target_temp: { ...temp(5, 35), aliases: ['target_temperature'] } }),
      ),
    }),
    doc: {
      title: 'Temperature Control Mode', description: 'How the valve regulates (to a target temperature, to a valve opening, or integrated control), with its target.',
      example: { value: { mode: 1, valve_control: { target_valve_status: 50 } }, hex: '65060132' },
    },
  },
  {
    path: ['window_opening_detection_settings'],
    command: [0x66],
    body: struct({
      enable: bool(),
      cooling_rate: temp(2, 10),
      valve_status: choice('Unchanged', 'Close'),
      stop_temperature_control_time: u16(1, 1440, 'min'),
    }),
    doc: {
      title: 'Open Window Detection', description: 'Open-window detection: the temperature drop that means an open window, what the valve does then, and for how long.',
      example: { value: { enable: 1, cooling_rate: 3, valve_status: 1, stop_temperature_control_time: 30 }, hex: '66012c01011e00' },
    },
  },
  {
    path: ['auto_away_settings'],
    command: [0x67],
    body: struct({
      enable: bool(),
      start_time: minuteOfDay(),
      end_time: minuteOfDay(),
      ...weekdays('cycle_time'),
      energy_saving_settings: struct({
        mode: choice('Temperature', 'Valve Opening'),
        energy_saving_temperature: when('mode', 0, temp(5, 35)),
        energy_saving_valve_opening_degree: when('mode', 1, u8(0, 100, '%')),
      }),
    }),
    doc: {
      title: 'Auto Away', description: 'A weekly away period (days, start and end time) with its energy-saving temperature or valve opening.',
      example: {
        value: {
          enable: 1,
          start_time: 480,
          end_time: 1020,
          cycle_time_sun: 0,
          cycle_time_mon: 1,
          cycle_time_tues: 1,
          cycle_time_wed: 1,
          cycle_time_thur: 1,
          cycle_time_fri: 1,
          cycle_time_sat: 0,
          energy_saving_settings: { mode: 0, energy_saving_temperature: 16 },
        },
        hex: '6701e001fc033e004006',
      },
    },
  },
  {
    path: ['anti_freeze_protection_setting'],
    command: [0x68],
    body: struct({ enable: bool(), temperature_value: temp(1, 5) }),
    doc: { title: 'Freeze Protection', description: 'Freeze protection: the temperature below which the valve protects the room against frost.', example: { value: { enable: 1, temperature_value: 3 }, hex: '68012c01' } },
  },
  { path: ['mandatory_heating_enable'], command: [0x69], body: bool(), doc: { title: 'Forced Heating', description: 'Forced heating on or off.', example: { value: 1, hex: '6901' } } },
  {
    path: ['child_lock'],
    command: [0x6a],
    body: struct({
      enable: bool(),
      system_button: flagBit(0),
      func_button: flagBit(1),
      reserved: { kind: 'bits', shift: 2, width: 6, optional: true, default: 0 },
    }),
    doc: { title: 'Child Lock', description: 'Locks the valve\'s buttons (power, and +/−) against changes on the device.', example: { value: { enable: 1, system_button: 1, func_button: 0 }, hex: '6a0101' } },
  },
  { path: ['motor_stroke_limit'], command: [0x6b], body: u8(0, 100, '%'), doc: { title: 'Effective Stroke', description: 'The share of the motor\'s stroke the valve uses, in percent (effective stroke).', example: { value: 80, hex: '6b50' } } },
  {
    path: ['temperature_calibration_settings'],
    command: [0x6c],
    body: struct({ enable: bool(), calibration_value: temp(-60, 60) }),
    doc: {
      title: 'Temperature Calibration', description: 'An offset added to the measured temperature, in °C.',
      example: { value: { enable: 1, calibration_value: -1.5 }, hex: '6c016aff' },
    },
  },
  {
    path: ['temperature_alarm_settings'],
    command: [0x6d],
    body: struct({
      enable: bool(),
      threshold_condition: choiceOf([[0, 'Disable'], [1, 'Below Min'], [2, 'Above Max'], [4, 'Below Min or Above Max']]),
      threshold_min: temp(-20, 60),
      threshold_max: temp(-20, 60),
    }),
    doc: {
      title: 'Temperature Threshold Alarm', description: 'Temperature alarm: report when the temperature falls below a minimum, rises above a maximum, or either.',
      example: { value: { enable: 1, threshold_condition: 4, threshold_min: 10, threshold_max: 30 }, hex: '6d0104e803b80b' },
    },
  },
  // schedule_settings (6e <id> <sub>) sits here in frame order; see SCHEDULE below.
  { path: ['change_report_enable'], command: [0x6f], body: bool(), doc: { title: 'Local Modification Report', description: 'Whether the valve reports changes made on the device itself.', example: { value: 1, hex: '6f01' } } },
  {
    path: ['motor_controllable_range'],
    command: [0x70],
    // The maker states 0…666, but a u16 of hundredths holds at most 655.35.
    body: struct({
      enable: bool(),
      distance: { kind: 'decimal', wire: 'u16', min: 0, max: 655.35 },
    }),
    doc: { title: 'Motor Controllable Range', description: 'Limits the distance the motor travels, when enabled.', example: { value: { enable: 1, distance: 3.5 }, hex: '70015e01' } },
  },
  {
    path: ['time_zone'],
    command: [0xc7],
    body: { kind: 'enum', wire: 'i16', values: TIME_ZONES },
    doc: { title: 'Time Zone (minutes east of UTC)', description: 'The valve\'s time zone, in minutes east of UTC.', example: { value: 60, hex: 'c73c00' } },
  },
  {
    path: ['daylight_saving_time'],
    command: [0xc6],
    body: struct({
      enable: bool(),
      daylight_saving_time_offset: u8(1, 120, 'min'),
      start_month: enumOf(MONTHS),
      start_week_num: { kind: 'bits', shift: 4, width: 4, min: 1, max: 5 },
      start_week_day: { kind: 'bits', shift: 0, width: 4, min: 1, max: 7 },
      start_hour_min: minuteOfDay(),
      end_month: enumOf(MONTHS),
      end_week_num: { kind: 'bits', shift: 4, width: 4, min: 1, max: 5 },
      end_week_day: { kind: 'bits', shift: 0, width: 4, min: 1, max: 7 },
      end_hour_min: minuteOfDay(),
    }),
    doc: {
      title: 'Daylight Saving Time', description: 'Daylight saving time: when it starts and ends (month, week, weekday, time of day) and by how much.',
      example: {
        value: {
          enable: 1,
          daylight_saving_time_offset: 60,
          start_month: 3,
          start_week_num: 5,
          start_week_day: 7,
          start_hour_min: 120,
          end_month: 10,
          end_week_num: 5,
          end_week_day: 7,
          end_hour_min: 180,
        },
        hex: 'c6013c035778000a57b400',
      },
    },
  },
  { path: ['data_storage_settings', 'enable'], command: [0xc5, 0x00], body: bool(), doc: { title: 'Data Storage', description: 'Whether the valve stores its readings on board (its history).', example: { value: 1, hex: 'c50001' } } },
  {
    path: ['data_storage_settings', 'retransmission_enable'],
    command: [0xc5, 0x01],
    body: bool(),
    doc: { title: 'Data Retransmission', description: 'Whether the valve resends stored readings that were not delivered.', example: { value: 1, hex: 'c50101' } },
  },
  {
    path: ['data_storage_settings', 'retransmission_interval'],
    command: [0xc5, 0x02],
    body: u16(30, 1200, 's'),
    doc: { title: 'Data Retransmission Interval', description: 'How long the valve waits between resends of stored readings, in seconds.', example: { value: 600, hex: 'c5025802' } },
  },
  {
    path: ['data_storage_settings', 'retrieval_interval'],
    command: [0xc5, 0x03],
    body: u16(30, 1200, 's'),
    doc: { title: 'Data Retrieval Interval', description: 'How long the valve waits between the records it sends during a retrieval, in seconds.', example: { value: 60, hex: 'c5033c00' } },
  },
  { path: ['auto_p_enable'], command: [0xc4], body: bool(), doc: { title: 'Auto P', description: 'The maker\'s Auto P switch (its documentation says no more).', example: { value: 1, hex: 'c401' } } },
  { path: ['random_key'], command: [0xc9], body: bool(), doc: { title: 'Random Key', description: 'The maker\'s Random Key switch (its documentation says no more).', example: { value: 0, hex: 'c900' } } },
  {
    path: ['device_status'],
    command: [0xc8],
    body: choice('Off', 'On'),
    doc: { title: 'Device Status', description: 'Turns the valve on or off.', example: { value: 1, hex: 'c801' } },
  },
] as const satisfies readonly SettingRow[];

/** Schedules: `6e <id 0…15> <sub> body`, one command per field present (docs/PROTOCOL.md §5). */
export interface ScheduleFieldSpec {
  readonly sub: number;
  readonly field: Field;
}

/**
 * A keyed list (schedules): entries `{ <entryKey>: n, …fields }`, each field its own command
 * `<command> <n> <sub> <value>`.
 */
export interface KeyedListRow {
  readonly key: string;
  readonly command: number;
  /** The setting whose row this list follows in frame order. */
  readonly after: string;
  /** The key that names an entry, and its range. */
  readonly entryKey: string;
  readonly ids: { readonly min: number; readonly max: number };
  /** What an entry is called in messages, and a list of them; the maker names entry 0 `${entryName}1`. */
  readonly noun: string;
  readonly items: string;
  readonly entryName: string;
  readonly fields: { readonly [name: string]: ScheduleFieldSpec };
  readonly doc: object;
}

export const SCHEDULE_ROWS = {
  ...SCHEDULES,
  after: 'temperature_alarm_settings',
  fields: {
    enable: { sub: 0x00, field: bool() },
    start_time: { sub: 0x01, field: minuteOfDay() },
    cycle_settings: {
      sub: 0x02,
      field: struct(weekdays('execution_day')),
    },
    temperature_control_mode: {
      sub: 0x03,
      field: enumOf(CONTROL_MODE),
    },
    target_temperature: { sub: 0x04, field: temp(5, 35) },
    target_valve_status: { sub: 0x05, field: u8(0, 100, '%') },
    pre_heating_enable: { sub: 0x06, field: bool() },
    pre_heating_mode: {
      sub: 0x07,
      field: choice('Auto', 'Manual'),
    },
    pre_heating_manual_time: { sub: 0x08, field: u16(1, 1440, 'min') },
    report_cycle: { sub: 0x09, field: u16(1, 1440, 'min') },
  },
  doc: {
    description: 'Up to 16 weekly schedules (Schedule1…16): start time, days, control mode, target, pre-heating and reporting.',
    examples: [
      { value: [{ id: 2, enable: 1 }], hex: '6e020001' },
      { value: [{ id: 2, start_time: 390 }], hex: '6e02018601' },
      {
        value: [
          {
            id: 2,
            cycle_settings: {
              execution_day_sun: 0,
              execution_day_mon: 1,
              execution_day_tues: 1,
              execution_day_wed: 1,
              execution_day_thur: 1,
              execution_day_fri: 1,
              execution_day_sat: 0,
            },
          },
        ],
        hex: '6e02023e',
      },
      { value: [{ id: 2, target_temperature: 21 }], hex: '6e02043408' },
      { value: [{ id: 2, report_cycle: 10 }], hex: '6e02090a00' },
    ],
  },
} as const satisfies KeyedListRow;
