/**
 * The words for what a field allows, as messages and help show them: ranges with their unit, and an
 * enum's list. Shared by the kinds (kinds/) and the reader (read.ts), which needs nothing else of them.
 */
import type { EnumField } from '../schema/fields';

export function unitText(unit?: string): string {
  return unit ? (unit === '%' ? '%' : ' ' + unit) : '';
}

export function rangeText(min: number, max: number, unit?: string): string {
  return `${min}…${max}${unitText(unit)}`;
}

/** An enum's values as `1 (name)`, or `"1" (name)` where services spell them as digit strings. */
export function enumText(f: EnumField, style: string): string {
  const parts: string[] = [];
  for (const v of f.values) parts.push(`${style === 'string' ? `"${v.value}"` : v.value} (${v.name})`);
  return parts.join(', ');
}
