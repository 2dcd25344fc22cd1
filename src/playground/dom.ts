/// <reference lib="dom" />
/** What the playground's views share: finding and making elements, and the data rates of a region. */

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: { [k: string]: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k of Object.keys(attrs)) e.setAttribute(k, attrs[k]);
  for (const c of children) e.append(c);
  return e;
}

/** Fills `dr` with the data rates a downlink may use in the region `region` names: EU868 DR0…7, US915 DR8…13. */
export function fillDataRates(dr: HTMLSelectElement, region: HTMLSelectElement): void {
  const us = region.value === 'US915';
  dr.textContent = '';
  for (let r = us ? 8 : 0; r <= (us ? 13 : 7); r++) dr.append(el('option', { value: String(r) }, `DR${r}`));
}
