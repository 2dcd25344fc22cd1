/**
 * Build-time switches. The network-server script (scripts/build-codecs.js) replaces this
 * module with one that sets it to false: the script is parsed afresh for every message, so a
 * fast path would only cost bytes and start-up time there.
 */

/**
 * Whether speed-only shortcuts are compiled in: each duplicates a general path (the canonical
 * ISO date parser, the hand-written date formatter). The script is parsed on every message,
 * where bytes cost more than the microseconds they save.
 */
export const FAST_PATHS: boolean = true;
