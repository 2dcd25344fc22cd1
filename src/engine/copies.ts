/**
 * An event's copies to top-level keys (docs/PROTOCOL.md §6): the table's `'*.field'` / `'branch.field'`
 * patterns resolved once, and the [key, value] pairs a value makes with them. Decoding places them;
 * encodeUplink checks them.
 */
import { step } from '../base/path';
import type { Path } from '../base/path';
import { ownRecord } from '../base/caller-input';
import { dict } from '../base/es5';
import type { UplinkRow } from '../schema/uplinks';

/**
 * The copies an event makes to top-level keys, resolved from the table's `'*.field'` /
 * `'branch.field'` patterns into field → key, per branch.
 */
export interface CopyPlan {
  /** Field of the event itself → key. */
  readonly own: { [field: string]: string };
  /** Branch → field → key, for the branches named explicitly. */
  readonly branch: { [branch: string]: { [field: string]: string } };
  /** Field of any branch → key. */
  readonly any: { [field: string]: string };
}

export function copyPlan(copies: UplinkRow['copies']): CopyPlan | undefined {
  if (copies === undefined) return undefined;
  const plan: CopyPlan = { own: dict(), branch: dict(), any: dict() };
  for (const from of Object.keys(copies)) {
    const to = copies[from];
    const dot = from.indexOf('.');
    if (dot < 0) plan.own[from] = to;
    else if (from.slice(0, dot) === '*') plan.any[from.slice(dot + 1)] = to;
    else (plan.branch[from.slice(0, dot)] || (plan.branch[from.slice(0, dot)] = dict()))[from.slice(dot + 1)] = to;
  }
  return plan;
}

/**
 * The copies an event value makes: [key, value] pairs in the order of its fields. `value` is
 * decoded output, or a caller's data when encoding (`path` names it then): either way only its
 * own properties are read.
 */
export function copiesOf(plan: CopyPlan | undefined, value: unknown, path: Path): [string, unknown][] {
  const out: [string, unknown][] = [];
  const v = plan === undefined ? undefined : ownRecord(value, path);
  if (plan === undefined || v === undefined) return out;
  for (const k in v) {
    const inner = ownRecord(v[k], step(path, k));
    if (inner !== undefined) {
      const named = plan.branch[k];
      for (const kk in inner) {
        const to = named !== undefined && named[kk] !== undefined ? named[kk] : plan.any[kk];
        if (to !== undefined) out.push([to, inner[kk]]);
      }
    } else if (plan.own[k] !== undefined) out.push([plan.own[k], v[k]]);
  }
  return out;
}
