/**
 * ChirpStack v3's formatting of messages, for the legacy entry points (legacy-decode.ts, legacy-encode.ts),
 * which throw where TS013's return errors.
 */
import { CodecError, isCodecError } from '../base/errors';

/**
 * A message as ChirpStack v3 shows it: a message thrown from `Decode`/`Encode` passes through Go's
 * `fmt` formatting there, which reads `%` as a verb (`100%` would arrive as `100%!(NOVERB)`).
 * Written `%%`, it arrives as `%`.
 */
export function forGoFormatting<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (isCodecError(e) && e.message.indexOf('%') >= 0) {
      const where: { path?: string; offset?: number } = {};
      if (e.path !== undefined) where.path = e.path;
      if (e.offset !== undefined) where.offset = e.offset;
      throw new CodecError(e.code, e.message.replace(/%/g, '%%'), where);
    }
    throw e;
  }
}
