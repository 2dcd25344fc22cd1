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
import type { CopyOf } from './struct';

/**
 * The copies an event makes to top-level keys: the table's `'*.field'` / `'branch.field'` patterns resolved
 * once into a lookup (struct.ts's CopyOf): an own field's key, else a branch's field's, named or any.
 */
export function copyPlan(copies: UplinkRow['copies']): CopyOf | undefined {
  if (copies === undefined) return undefined;
  const own = dict<string>();
  const any = dict<string>();
  const branches = dict<{ [field: string]: string }>();
  for (const from of Object.keys(copies)) {
    const to = copies[from];
    const dot = from.indexOf('.');
    if (dot < 0) own[from] = to;
    else if (from.slice(0, dot) === '*') any[from.slice(dot + 1)] = to;
    else (branches[from.slice(0, dot)] || (branches[from.slice(0, dot)] = dict()))[from.slice(dot + 1)] = to;
  }
  return (name, branch) => {
    if (branch === undefined) return own[name];
    const named = branches[branch];
    return named !== undefined && named[name] !== undefined ? named[name] : any[name];
  };
}

/**
 * The copies an event value makes: [key, value] pairs in the order of its fields. `value` is
 * decoded output, or a caller's data when encoding (`path` names it then): either way only its
 * own properties are read.
 */
export function copiesOf(copyOf: CopyOf | undefined, value: unknown, path: Path): [string, unknown][] {
  const out: [string, unknown][] = [];
  const v = copyOf === undefined ? undefined : ownRecord(value, path);
  if (copyOf === undefined || v === undefined) return out;
  for (const k in v) {
    const inner = ownRecord(v[k], step(path, k));
    if (inner !== undefined) {
      for (const kk in inner) {
        const to = copyOf(kk, k);
        if (to !== undefined) out.push([to, inner[kk]]);
      }
    } else {
      const to = copyOf(k, undefined);
      if (to !== undefined) out.push([to, v[k]]);
    }
  }
  return out;
}
