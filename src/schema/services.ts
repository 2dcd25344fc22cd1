/**
 * The WT102 service table (docs/PROTOCOL.md §2–§4): the single source of truth for
 * every downlink service. Adding a service means adding one entry here.
 */
import { percent, temp, u8 } from './builders';
import { OCCUPANCY, WINDOW_STATE } from './enums';
import { SCHEDULES } from './schedules';
import type { CanonicalInputsOf, EnumValue, Fields, InputsOf } from './fields';

/**
 * A row of the service table: what the engine reads (the command bytes and the inputs' fields),
 * and apart from it, in `doc`, what only people read. The network-server script leaves `doc` out.
 */
export interface ServiceRow {
  /** Command ID bytes, in wire order. */
  readonly command: readonly number[];
  /** Body fields in wire order. */
  readonly inputs: Fields;
  readonly doc: {
    /** The maker's title for the service (its service page, or its object model). */
    readonly title: string;
    /** What it does, in one line. */
    readonly description: string;
    /** `seed` (the value's name for it): on the maker's "Available Services" page; `model`: only in its object model. */
    readonly source: 'seed' | 'model';
    /** The maker's labels of the inputs, where its service page gives them. */
    readonly labels?: { readonly [input: string]: string };
    /** Example inputs, as the maker's service page sends them (docs/PROTOCOL.md's example). */
    readonly example: { readonly [name: string]: unknown };
    readonly note?: string;
  };
}

/** A service as the library exports it (`SERVICES`): its documentation beside its command and inputs. */
export interface ServiceSpec {
  /** The maker's title for the service (its service page, or its object model). */
  readonly title: string;
  /** What it does, in one line. */
  readonly description: string;
  /** Command ID bytes, in wire order. */
  readonly command: readonly number[];
  /** Body fields in wire order, each with the maker's `label` where it gives one. */
  readonly inputs: Fields;
  /** `seed` (the value's name for it): on the maker's "Available Services" page; `model`: only in its object model. */
  readonly source: 'seed' | 'model';
  /** Example inputs, as the maker's service page sends them (docs/PROTOCOL.md's example). */
  readonly example: { readonly [name: string]: unknown };
  readonly note?: string;
}

/** Which schedules `delete_schedule` deletes: one, by the maker's name for it, or all. */
const SCHEDULE_TYPES: readonly EnumValue[] = /* @__PURE__ */ (() => {
  const values: EnumValue[] = [];
  for (let i = SCHEDULES.ids.min; i <= SCHEDULES.ids.max; i++) values.push({ value: i, name: `${SCHEDULES.entryName}${i + 1}` });
  values.push({ value: 255, name: 'Reset All' });
  return values;
})();

const none = {} as const;

export const SERVICE_ROWS = {
  reconnect: { command: [0xb6], inputs: none, doc: { title: 'Rejoin the Network', description: 'Makes the valve leave the LoRaWAN network and join it again.', source: 'seed', example: {} } },
  query_device_status: {
    command: [0xb9],
    inputs: none,
    doc: { title: 'Device Status Query', description: 'Asks the valve to report its current status.', source: 'seed', example: {} },
  },
  synchronize_time: { command: [0xb8], inputs: none, doc: { title: 'Time Synchronize', description: 'Asks the valve to synchronise its clock.', source: 'seed', example: {} } },
  clear_historical_data: {
    command: [0xbd],
    inputs: none,
    doc: { title: 'Clear Historical Data', description: 'Erases the readings the valve has stored (its history); settings are kept.', source: 'seed', example: {} },
  },
  stop_historical_data_retrieval: {
    command: [0xbc],
    inputs: none,
    doc: { title: 'Stop retrieving historical data', description: 'Stops a retrieval of stored readings that a retrieve_historical_data service started.', source: 'seed', example: {} },
  },
  retrieve_historical_data_by_time_range: {
    command: [0xbb],
    inputs: { start_time: { kind: 'date' }, end_time: { kind: 'date', notBefore: 'start_time' } },
    doc: {
      title: 'Retrieve historical data for a specific time range', description: 'Asks the valve to send the readings it stored between two times; they come up as history records (ed).',
      source: 'seed',
      labels: { start_time: 'Start Time', end_time: 'End Time' },
      example: { start_time: '2025-11-26T08:00:00Z', end_time: '2025-11-26T09:00:00Z' },
    },
  },
  retrieve_historical_data_by_time: {
    command: [0xba],
    inputs: { time: { kind: 'date' } },
    doc: {
      title: 'Retrieve historical data for a specific time', description: 'Asks the valve to send the reading it stored at one time, as a history record (ed).',
      source: 'seed',
      labels: { time: 'Time Point' },
      example: { time: '2025-11-26T08:00:00Z' },
    },
  },
  query_motor_stroke_position: {
    command: [0x57],
    inputs: none,
    doc: { title: 'Motor Stroke And Position Query', description: 'Asks the valve to report its motor\'s total stroke and current position.', source: 'seed', example: {} },
  },
  calibrate_motor: { command: [0x58], inputs: none, doc: { title: 'Calibrate Motor', description: 'Runs the motor calibration; the valve reports the result (motor_calibration_result_report).', source: 'seed', example: {} } },
  set_target_valve_opening_degree: {
    command: [0x59],
    inputs: { value: percent() },
    doc: {
      title: 'Target Valve Opening Setting', description: 'Sets the valve opening to hold, in percent (for valve opening control).',
      source: 'seed',
      labels: { value: 'Target Valve Opening' },
      example: { value: 50 },
    },
  },
  set_target_temperature: {
    command: [0x5a],
    inputs: { value: temp(5, 35) },
    doc: {
      title: 'Target Temperature Setting', description: 'Sets the room temperature the valve regulates to, in °C.',
      source: 'seed',
      labels: { value: 'Temperature' },
      example: { value: 21.5 },
    },
  },
  set_temperature: {
    command: [0x5b],
    inputs: { value: temp(-20, 60) },
    doc: {
      title: 'External Temperature', description: 'Gives the valve an ambient temperature measured elsewhere, for when its temperature source is LoRaWAN reception.',
      source: 'seed',
      labels: { value: 'Temperature' },
      example: { value: -5.25 },
      note: 'the ambient temperature received over LoRa, used when the temperature source is LoRa receive',
    },
  },
  set_opening_window: {
    command: [0x5d],
    inputs: { state: { kind: 'enum', values: WINDOW_STATE } },
    doc: {
      title: 'Open Window Status Setting', description: 'Tells the valve that a window is open (1) or closed again (0).',
      source: 'seed',
      labels: { state: 'Open Window Status' },
      example: { state: '1' },
    },
  },
  delete_schedule: {
    command: [0x5e],
    inputs: { type: { kind: 'enum', values: SCHEDULE_TYPES } },
    doc: { title: 'Delete Schedule', description: 'Deletes one schedule (Schedule1…16) or all of them (255).', source: 'seed', labels: { type: 'Select Schedule' }, example: { type: '255' } },
  },
  reboot: { command: [0xbe], inputs: none, doc: { title: 'Reboot', description: 'Restarts the valve; its settings and stored readings are kept.', source: 'seed', example: {} } },
  request_command_queries: {
    command: [0xef],
    inputs: { length: { kind: 'queryLength', of: 'object_command', optional: true }, object_command: { kind: 'commandId', lengthFrom: 'length' } },
    doc: {
      title: 'Command Queries', description: 'Asks the valve to report one setting or reading, named by its command ID.',
      source: 'seed',
      labels: { length: 'Command Length', object_command: 'The command that was queried' },
      example: { length: 2, object_command: '0X6E01' },
      note: 'length is optional and, when given, must equal the number of ID bytes',
    },
  },
  set_occupancy_state: {
    command: [0x5c],
    inputs: { state: { kind: 'enum', values: OCCUPANCY } },
    doc: {
      title: 'Occupancy State Setting', description: 'Tells the valve whether the room is occupied (1) or not (0).',
      source: 'model',
      labels: { state: 'Occupancy State' },
      example: { state: '1' },
    },
  },
  set_time: {
    command: [0xb7],
    inputs: { timestamp: { kind: 'date' } },
    doc: {
      title: 'Set Time', description: 'Sets the valve\'s clock to the given time.',
      source: 'model',
      labels: { timestamp: 'Timestamp' },
      example: { timestamp: '2025-11-26T08:00:00Z' },
    },
  },
  collect_data: { command: [0xb5], inputs: none, doc: { title: 'Collect Data', description: 'Asks the valve to take its readings and report them now.', source: 'model', example: {} } },
  reset: {
    command: [0xbf],
    inputs: none,
    doc: {
      title: 'Factory Reset', description: 'Factory reset: erases every setting and restores the maker\'s defaults (unlike reboot, which keeps them).',
      source: 'model',
      example: {},
      note: 'destructive: erases every setting on the valve',
    },
  },
  request_query_all_configurations: {
    command: [0xee],
    inputs: none,
    doc: {
      title: 'Query All Configurations', description: 'Asks the valve to report all of its settings.',
      source: 'model',
      example: {},
      note: 'the device answers with all of its settings',
    },
  },
  request_check_sequence_number: {
    command: [0xff],
    inputs: { sequence_number: u8(0, 255) },
    doc: {
      title: 'Check Sequence Number', description: 'Sends a sequence number that the valve echoes back (check_sequence_number_reply).',
      source: 'model',
      labels: { sequence_number: 'Sequence Number' },
      example: { sequence_number: 7 },
    },
  },
  request_check_order: {
    command: [0xfe],
    inputs: { order: u8(0, 255) },
    doc: { title: 'Check Order', description: 'Sends an order number that the valve echoes back (check_order_reply).', source: 'model', labels: { order: 'Order' }, example: { order: 9 } },
  },
} as const satisfies { readonly [serviceId: string]: ServiceRow };

type Rows = typeof SERVICE_ROWS;

/** The service table as the library exports it: `SERVICES`, keyed by service id. */
export type ServiceTable = {
  readonly [S in keyof Rows]: Omit<ServiceSpec, 'inputs'> & { readonly inputs: Rows[S]['inputs'] };
};
export type ServiceId = keyof ServiceTable;

/** Inputs object that `decode` would accept for service `S`, with the optional inputs optional. */
export type ServiceInputs<S extends ServiceId> = InputsOf<ServiceTable[S]['inputs']>;

type CallOf<S extends ServiceId> = keyof ServiceTable[S]['inputs'] extends never
  ? { serviceId: S; inputs?: ServiceInputs<S> }
  : { serviceId: S; inputs: ServiceInputs<S> };

/** A service call in the maker's API shape, `{ serviceId, inputs }`. */
export type ServiceCall = { [S in ServiceId]: CallOf<S> }[ServiceId];

/** A service call as `decode` returns it: every input present, in the maker's canonical form (its service page's). */
export type CanonicalServiceCall = {
  [S in ServiceId]: { serviceId: S; inputs: CanonicalInputsOf<ServiceTable[S]['inputs']> };
}[ServiceId];
