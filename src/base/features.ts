/**
 * Build-time switches. The network-server script (scripts/build-codecs.js) replaces this
 * module with one that sets both to false: the script only encodes downlinks, and it is parsed
 * afresh for every message, so each of these would only cost bytes and start-up time there.
 */

/** Whether `encode` handles readings: text, hex and version fields, and values outside the sensor's range (`encodeUplink`). */
export const ENCODES_READINGS: boolean = true;

/**
 * Whether speed-only shortcuts are compiled in: each duplicates a general path (the canonical
 * ISO date parser, the hand-written date formatter). The script is parsed on every message,
 * where bytes cost more than the microseconds they save.
 */
export const FAST_PATHS: boolean = true;
