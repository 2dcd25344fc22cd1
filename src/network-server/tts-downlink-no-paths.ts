/**
 * What the console's Downlink tab (codecs/tts/downlink.js) has in place of engine/object-paths.ts: The Things
 * Stack takes at most 40,960 bytes there, and the object paths of command IDs do not fit beside the rest. A
 * query by path (`req`) is refused with what to send instead; the build puts this module in place of that one
 * for this tab only (scripts/build-codecs.js, CONSOLE_TABS).
 */
import { pathError } from '../base/errors';
import type { Path } from '../base/path';

// Reading replies by path is the Uplink tab's (and tree-shaken out of this one).
export { pathOfId } from '../engine/object-paths';

export function eachIdOfPath(_paths: unknown, at: Path): void {
  throw pathError('INVALID_COMMAND_ID', at, 'queries by object path do not fit in the console\'s Downlink tab: ask by ID (request_command_queries, "0X6500"), or use codecs/ttn/wt102.js');
}
