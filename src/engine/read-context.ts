/** What a reading of a frame carries along: whether it warns or refuses, and the warnings so far. */

/** Decoding context. With `warnings`, readings out of range are kept and reported there instead of refused. */
export interface ReadContext {
  warnings: string[] | undefined;
  /** Warnings past WARNING_LIMIT: how many, and the byte of the first. */
  left: number;
  leftAt: number;
}

/**
 * The context that refuses what is out of range: downlinks. One for all readings, as nothing
 * is written to it (only warnings are). Every property set, none left for a polluted prototype.
 */
export const STRICT_READING: ReadContext = { warnings: undefined, left: 0, leftAt: 0 };

/** A context that keeps what is out of range, with a warning: uplinks. */
export function lenientReading(): ReadContext {
  return { warnings: [], left: 0, leftAt: 0 };
}

/**
 * The most warnings one frame lists. A frame of bad readings (a 20 MB uplink of `00 65`
 * pairs has ten million) would otherwise hold more warning text than data; the rest are
 * counted, and one last line says how many were left out.
 */
export const WARNING_LIMIT = 100;

/** Records a warning about byte `at` (`ctx.warnings` must be set). */
export function warn(ctx: ReadContext, at: number, message: string): void {
  const list = ctx.warnings as string[];
  if (list.length < WARNING_LIMIT) list.push(`byte ${at}: ${message}`);
  else if (ctx.left++ === 0) ctx.leftAt = at;
}

/** The warnings of a decoded frame, with the line for those left out. */
export function warningsOf(ctx: ReadContext): string[] {
  const list = ctx.warnings as string[];
  if (ctx.left > 0) {
    list.push(`byte ${ctx.leftAt}: ${ctx.left} more warning${ctx.left === 1 ? '' : 's'} left out; at most ${WARNING_LIMIT} are listed`);
  }
  return list;
}
