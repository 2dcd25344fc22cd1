/**
 * Planning downlinks: the frames that bring a valve from the settings it last reported to the settings wanted.
 * Only what differs is sent (compared as the bytes each setting is written as, so that `21.5` and `21.50`, or a
 * flag given as `true` and reported as `1`, are the same); each frame opens with a sequence-number check
 * (`ff <n>`), which the valve echoes, so that the replies to one frame can be told from another's.
 */
import { base64Of } from '../base/base64';
import { hexOf } from '../base/bytes';
import { readOptions } from '../base/caller-input';
import type { Rec } from '../base/caller-input';
import { pathError, valueError } from '../base/errors';
import { isInteger } from '../base/es5';
import { decode, DOWNLINK_FPORT } from '../codec/frame';
import type { DecodedDownlink } from '../codec/frame';
import { LIMIT_OPTIONS, payloadLimit } from '../framing';
import type { SizeLimitOptions } from '../framing';
import { settingCommands, settingsHex } from './commands';
import type { PlannedCommand } from './commands';
import type { Properties } from '../schema/properties';

/** What `planSettings` takes besides the wanted settings. */
export type PlanOptions = (SizeLimitOptions | { maxPayloadSize: number }) & {
  /** The settings the valve last reported (`reportedSettings` of its uplinks); without them, every wanted setting is sent. */
  reported?: Properties | Record<string, unknown>;
  /** The sequence number of the first frame (0…255, default 0); each next frame counts on, after 255 from 0. */
  sequence?: number;
};

/** One planned downlink frame. */
export interface PlannedFrame {
  readonly fPort: number;
  readonly bytes: number[];
  readonly hex: string;
  readonly base64: string;
  /** The frame as `decode` reads it: the sequence check, then the settings. */
  readonly calls: DecodedDownlink[];
  /** The number its sequence check (`ff <n>`) carries, which the valve echoes. */
  readonly sequence: number;
  /** Its setting commands, in order, each with the ID the valve's reply echoes. */
  readonly commands: PlannedCommand[];
}

/** The two bytes of a frame's sequence check. */
const CHECK_BYTES = 2;

/**
 * The frames that bring the valve from `options.reported` to `wanted` (a settings object, any subset, as
 * `encode` takes in `properties`): only the settings whose value differs, in the order the valve takes them,
 * packed into as few frames as fit the limit, each opening with a sequence check. Nothing differs: no frame.
 * What the codec would refuse in `wanted` is refused (a `CodecError` naming `wanted.<path>`), nothing planned.
 */
export function planSettings(wanted: Properties, options: PlanOptions): PlannedFrame[] {
  const o = readOptions(options, [...LIMIT_OPTIONS, 'reported', 'sequence'], false);
  const limitOptions: Rec = {};
  for (const key of LIMIT_OPTIONS) if (o[key] !== undefined) limitOptions[key] = o[key];
  const max = payloadLimit(limitOptions);
  const first = o.sequence === undefined ? 0 : o.sequence;
  if (!isInteger(first) || first < 0 || first > 255) throw valueError('INVALID_OPTION', 'options.sequence', first, 'is not a sequence number 0…255');
  const commands = settingCommands(wanted, 'wanted');
  const known = o.reported === undefined ? {} : settingsHex(o.reported, 'options.reported');
  // A schedule's field given twice (two entries of one id) ends at its last value: only that one is planned.
  const needed = commands.filter((c, i) => known[c.id] !== c.hex && !commands.some((d, j) => j > i && d.id === c.id));
  const frames: PlannedFrame[] = [];
  let group: PlannedCommand[] = [];
  let size = CHECK_BYTES;
  const close = () => {
    const sequence = (first + frames.length) % 256;
    const bytes = [0xff, sequence];
    for (const c of group) for (let i = 0; i < c.hex.length; i += 2) bytes.push(parseInt(c.hex.slice(i, i + 2), 16));
    frames.push({ fPort: DOWNLINK_FPORT, bytes, hex: hexOf(bytes), base64: base64Of(bytes), calls: decode(bytes), sequence, commands: group });
    group = [];
    size = CHECK_BYTES;
  };
  for (const c of needed) {
    const n = c.hex.length / 2;
    if (CHECK_BYTES + n > max) {
      throw pathError('PAYLOAD_TOO_LARGE', `wanted.${c.path}`, `its command is ${n} bytes; with the sequence check (${CHECK_BYTES} bytes) it does not fit in a frame of at most ${max} bytes`);
    }
    if (size + n > max) close();
    group.push(c);
    size += n;
  }
  if (group.length > 0) close();
  return frames;
}
