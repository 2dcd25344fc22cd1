/** Enums that more than one table uses, declared once (as literals, so that input types can name their values). */

/** An open window's state: what `set_opening_window` sets and the window alarm reports. */
export const WINDOW_STATE = [
  { value: 0, name: 'Normal' },
  { value: 1, name: 'Open' },
] as const;

/** Whether someone is home: what `set_occupancy_state` sets and the auto-away report says. */
export const OCCUPANCY = [
  { value: 0, name: 'Unoccupied' },
  { value: 1, name: 'Occupied' },
] as const;

/** How the valve controls the room: a setting, and each schedule's mode. */
export const CONTROL_MODE = [
  { value: 0, name: 'Automatic Temperature Control' },
  { value: 1, name: 'Valve Opening Control' },
  { value: 2, name: 'Integrated Control' },
] as const;
