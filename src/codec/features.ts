/**
 * Build-time switches. The network-server script (scripts/build-codecs.js) replaces this
 * module with one that sets all three to false: the script only encodes downlinks, its tables
 * are out of its callers' reach, and it is parsed afresh for every message, so each of these
 * would only cost bytes and start-up time there.
 */

/** Whether `encode` handles readings: text, hex and version fields, and values outside the sensor's range (`encodeUplink`). */
export const ENCODES_READINGS: boolean = true;

/** Whether the command tables are deep-frozen, so that library users cannot change them by mistake. */
export const FREEZES_TABLES: boolean = true;

/**
 * Whether speed-only shortcuts are compiled in: each duplicates a general path (the canonical
 * ISO date parser, the hand-written date formatter). The script is parsed on every message,
 * where bytes cost more than the microseconds they save.
 */
export const FAST_PATHS: boolean = true;
