/**
 * What names the schedules' keyed list (`6e <schedule> <sub>`): its key, command, entry key and range,
 * and its words. Apart from its fields (settings.ts's SCHEDULE_ROWS), so that what names command IDs
 * (command-ids.ts) needs no table.
 */
export const SCHEDULES = {
  key: 'schedule_settings',
  command: 0x6e,
  entryKey: 'id',
  ids: { min: 0, max: 15 },
  noun: 'schedule',
  items: 'schedules',
  entryName: 'Schedule',
} as const;
