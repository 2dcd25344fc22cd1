/** What the CLI's commands share: the output and input (files, standard input, the state file), the refusal of a
 * usage, and how options and texts are read. */
import { describeValue } from '../base/errors';

/** A usage problem found by the CLI itself (not by the codec). */
export class UsageError extends Error {}

export function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`missing ${name}`);
  return value;
}

export function integerOption(text: string, name: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${name}: ${describeValue(text)} is not a whole number`);
  if (!Number.isSafeInteger(Number(text))) throw new UsageError(`${name}: ${text} is too large`);
  return Number(text);
}

/** Sets an own key (`__proto__` included, as a key like any other) and returns its value. */
export function define<T>(on: { [name: string]: unknown }, key: string, value: T): T {
  Object.defineProperty(on, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

export function parseJson(text: string, from: string, what = '--json'): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what}: ${from === '' ? '' : `${from} is `}not valid JSON (${(e as Error).message})`);
  }
}

/** An argument's text: itself (from ''), or standard input for `-`, or a file's content for `@path`. */
export function argumentText(arg: string, io: CliIO, what: string): { text: string; from: string } {
  if (arg !== '-' && !(arg.charAt(0) === '@' && arg.length > 1)) return { text: arg, from: '' };
  const source = arg === '-' ? '-' : arg.slice(1);
  let text: string;
  try {
    text = readInput(io, source);
  } catch (e) {
    throw new UsageError(`${what}: cannot read ${source === '-' ? 'standard input' : describeValue(source)} (${(e as Error).message})`);
  }
  // A byte-order mark, which editors on some systems put at the start of a file, is not the payload.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, from: source === '-' ? 'standard input' : source };
}

/** Writes `text` to the file at `path`, whole or not at all (a new file renamed over the old one). */
export function writeFile(io: CliIO, path: string, text: string): void {
  if (io.writeFile) return io.writeFile(path, text);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, path);
  } catch (e) {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    throw new UsageError(`--state: cannot write ${JSON.stringify(path)} (${(e as Error).message})`);
  }
}

/** Ends the process with `status` (a server that could not start, an output that cannot be written). */
export function failProcess(status: number): void {
  process.exit(status);
}

/** Where the CLI writes, what it reads, and the environment it reads: the process's, or a test's. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: { [name: string]: string | undefined };
  /** The text of standard input (`-`) or of a file; by default the process's. */
  readInput?(source: string): string;
  /** Writes a file (the simulator's state); by default, to disk. */
  writeFile?(path: string, text: string): void;
  /** Ends the run with `status` after it has returned (a server that fails later); by default, the process. */
  fail?(status: number): void;
}

/**
 * The most the CLI reads from a file or standard input: a frame is at most 1 MiB, 2 MiB as hex, and JSON of
 * calls or uplinks that large is more than any valve takes. Reading stops there (`@/dev/zero`, `yes | wt102`).
 */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export function readInput(io: CliIO, source: string): string {
  if (io.readInput) return io.readInput(source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  const fd = source === '-' ? 0 : fs.openSync(source, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        // A standard input that is not ready yet (a non-blocking pipe or terminal): wait a little for it.
        /* istanbul ignore next -- only a standard input that the parent made non-blocking gets here */
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        /* istanbul ignore next -- Windows' end of a pipe */
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw new Error(`it holds more than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most the CLI reads: a frame is at most 1 MiB`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    if (fd !== 0) fs.closeSync(fd);
  }
}

/**
 * Characters a terminal would act on rather than show (C0 and C1 controls, DEL, line and
 * paragraph separators, bidirectional overrides): arguments and decoded device text are
 * printed with these escaped as `\uXXXX`, so that a payload cannot move the cursor or
 * recolour the screen. JSON.stringify escapes the C0 controls itself; the rest it leaves.
 */
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const UNPRINTABLE_IN_JSON = /[\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeChar(c: string): string {
  return '\\u' + (c.charCodeAt(0) + 0x10000).toString(16).slice(1);
}

/** `text` with its unprintable characters escaped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeChar);
}

/** JSON for stdout, two-space indented, with unprintable characters escaped (it stays valid JSON). */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNPRINTABLE_IN_JSON, escapeChar) + '\n';
}

