/**
 * Errors of one function met in another: the codec names what it reads `frame`, what it writes `data`, a settings
 * object `properties`; a caller of it names them otherwise. (A module of its own: the network-server script, whose
 * parts carry errors.ts whole, has no use for it.)
 */
import { CodecError } from './errors';

/**
 * `e` with the root `from` of its path put as `to`, in its path and its message (which starts with the path): the
 * codec's `data.temperature` as the caller named it, `readings.temperature`. `to` empty drops the root
 * (`options.readings` → `readings`). `e` itself when its path is not under `from`, or is `from` itself and `to` is empty.
 */
export function rerooted(e: CodecError, from: string, to: string): CodecError {
  const p = e.path;
  if (p === undefined || !(p === from || p.startsWith(`${from}.`) || p.startsWith(`${from}[`))) return e;
  if (to === '' && p === from) return e;
  const path = to === '' ? p.slice(from.length).replace(/^\./, '') : to + p.slice(from.length);
  return new CodecError(e.code, path + e.message.slice(p.length), { path, offset: e.offset });
}
