/**
 * The WT102 service table (docs/PROTOCOL.md §2–§4): the single source of truth for
 * every downlink service. Adding a service means adding one entry here.
 */
import type { CanonicalInputsOf, EnumValue, Fields, InputsOf } from './fields';

export interface ServiceSpec {
  /** The maker's title for the service (its service page, or its object model). */
  readonly title: string;
  /** Command ID bytes, in wire order. */
  readonly command: readonly number[];
  /** Body fields in wire order. */
  readonly inputs: Fields;
  /** `seed`: on the maker's "Available Services" page; `model`: only in its object model. */
  readonly source: 'seed' | 'model';
  /** Example inputs, as the seed would send them (docs/PROTOCOL.md's example). */
  readonly example: { readonly [name: string]: unknown };
  readonly note?: string;
}

const SCHEDULE_TYPES: readonly EnumValue[] = (() => {
  const values: EnumValue[] = [];
  for (let i = 0; i < 16; i++) values.push({ value: i, name: `Schedule${i + 1}` });
  values.push({ value: 255, name: 'Reset All' });
  return values;
})();

const none = {} as const;

export const SERVICES = {
  reconnect: { title: 'Rejoin the Network', command: [0xb6], inputs: none, source: 'seed', example: {} },
  query_device_status: { title: 'Device Status Query', command: [0xb9], inputs: none, source: 'seed', example: {} },
  synchronize_time: { title: 'Time Synchronize', command: [0xb8], inputs: none, source: 'seed', example: {} },
  clear_historical_data: { title: 'Clear Historical Data', command: [0xbd], inputs: none, source: 'seed', example: {} },
  stop_historical_data_retrieval: {
    title: 'Stop retrieving historical data',
    command: [0xbc],
    inputs: none,
    source: 'seed',
    example: {},
  },
  retrieve_historical_data_by_time_range: {
    title: 'Retrieve historical data for a specific time range',
    command: [0xbb],
    inputs: {
      start_time: { kind: 'date', label: 'Start Time' },
      end_time: { kind: 'date', label: 'End Time', notBefore: 'start_time' },
    },
    source: 'seed',
    example: { start_time: '2025-11-26T08:00:00Z', end_time: '2025-11-26T09:00:00Z' },
  },
  retrieve_historical_data_by_time: {
    title: 'Retrieve historical data for a specific time',
    command: [0xba],
    inputs: { time: { kind: 'date', label: 'Time Point' } },
    source: 'seed',
    example: { time: '2025-11-26T08:00:00Z' },
  },
  query_motor_stroke_position: {
    title: 'Motor Stroke And Position Query',
    command: [0x57],
    inputs: none,
    source: 'seed',
    example: {},
  },
  calibrate_motor: { title: 'Calibrate Motor', command: [0x58], inputs: none, source: 'seed', example: {} },
  set_target_valve_opening_degree: {
    title: 'Target Valve Opening Setting',
    command: [0x59],
    inputs: { value: { kind: 'int', wire: 'u8', min: 0, max: 100, unit: '%', label: 'Target Valve Opening' } },
    source: 'seed',
    example: { value: 50 },
  },
  set_target_temperature: {
    title: 'Target Temperature Setting',
    command: [0x5a],
    inputs: { value: { kind: 'decimal', wire: 'i16', min: 5, max: 35, unit: '°C', label: 'Temperature' } },
    source: 'seed',
    example: { value: 21.5 },
  },
  set_temperature: {
    title: 'External Temperature',
    command: [0x5b],
    inputs: { value: { kind: 'decimal', wire: 'i16', min: -20, max: 60, unit: '°C', label: 'Temperature' } },
    source: 'seed',
    example: { value: -5.25 },
    note: 'the ambient temperature received over LoRa, used when the temperature source is LoRa receive',
  },
  set_opening_window: {
    title: 'Open Window Status Setting',
    command: [0x5d],
    inputs: {
      state: {
        kind: 'enum',
        label: 'Open Window Status',
        values: [
          { value: 0, name: 'Normal' },
          { value: 1, name: 'Open' },
        ],
      },
    },
    source: 'seed',
    example: { state: '1' },
  },
  delete_schedule: {
    title: 'Delete Schedule',
    command: [0x5e],
    inputs: { type: { kind: 'enum', label: 'Select Schedule', values: SCHEDULE_TYPES } },
    source: 'seed',
    example: { type: '255' },
  },
  reboot: { title: 'Reboot', command: [0xbe], inputs: none, source: 'seed', example: {} },
  request_command_queries: {
    title: 'Command Queries',
    command: [0xef],
    inputs: {
      length: { kind: 'queryLength', of: 'object_command', label: 'Command Length', optional: true },
      object_command: { kind: 'commandId', lengthFrom: 'length', label: 'The command that was queried' },
    },
    source: 'seed',
    example: { length: 2, object_command: '0X6E01' },
    note: 'length is optional and, when given, must equal the number of ID bytes',
  },
  set_occupancy_state: {
    title: 'Occupancy State Setting',
    command: [0x5c],
    inputs: {
      state: {
        kind: 'enum',
        label: 'Occupancy State',
        values: [
          { value: 0, name: 'Unoccupied' },
          { value: 1, name: 'Occupied' },
        ],
      },
    },
    source: 'model',
    example: { state: '1' },
  },
  set_time: {
    title: 'Set Time',
    command: [0xb7],
    inputs: { timestamp: { kind: 'date', label: 'Timestamp' } },
    source: 'model',
    example: { timestamp: '2025-11-26T08:00:00Z' },
  },
  collect_data: { title: 'Collect Data', command: [0xb5], inputs: none, source: 'model', example: {} },
  reset: {
    title: 'Factory Reset',
    command: [0xbf],
    inputs: none,
    source: 'model',
    example: {},
    note: 'destructive: erases every setting on the valve',
  },
  request_query_all_configurations: {
    title: 'Query All Configurations',
    command: [0xee],
    inputs: none,
    source: 'model',
    example: {},
    note: 'the device answers with all of its settings',
  },
  request_check_sequence_number: {
    title: 'Check Sequence Number',
    command: [0xff],
    inputs: { sequence_number: { kind: 'int', wire: 'u8', min: 0, max: 255, label: 'Sequence Number' } },
    source: 'model',
    example: { sequence_number: 7 },
  },
  request_check_order: {
    title: 'Check Order',
    command: [0xfe],
    inputs: { order: { kind: 'int', wire: 'u8', min: 0, max: 255, label: 'Order' } },
    source: 'model',
    example: { order: 9 },
  },
} as const satisfies { readonly [serviceId: string]: ServiceSpec };

export type ServiceTable = typeof SERVICES;
export type ServiceId = keyof ServiceTable;

/** Inputs object that `decode` would accept for service `S`, with the optional inputs optional. */
export type ServiceInputs<S extends ServiceId> = InputsOf<ServiceTable[S]['inputs']>;

type CallOf<S extends ServiceId> = keyof ServiceTable[S]['inputs'] extends never
  ? { serviceId: S; inputs?: ServiceInputs<S> }
  : { serviceId: S; inputs: ServiceInputs<S> };

/** A service call in the maker's API shape, `{ serviceId, inputs }`. */
export type ServiceCall = { [S in ServiceId]: CallOf<S> }[ServiceId];

/** A service call as `decode` returns it: every input present, in the seed's canonical form. */
export type CanonicalServiceCall = {
  [S in ServiceId]: { serviceId: S; inputs: CanonicalInputsOf<ServiceTable[S]['inputs']> };
}[ServiceId];
