/** "Did you mean": the known name closest to one a caller gave, for the refusal to suggest. */

/** Names longer than this get no suggestion: the distance costs their length times each candidate's. */
const LONGEST = 64;

/** The most characters of a name that may be wrong for the name to be suggested. */
const MOST_WRONG = 5;

/** A text's character codes: read once, as the distance reads each many times. */
function codes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
  return out;
}

/**
 * Edit distance (insertions, deletions, substitutions, swaps of neighbours) of two texts' codes, or `limit` as
 * soon as it is known to be `limit` or more (a row's least value never falls by more than one a row, and a swap
 * reaches back two). Plain numbers and comparisons: the network-server scripts run this in interpreters
 * (QuickJS, goja, otto), where every call and every string made costs.
 */
function distance(a: number[], b: number[], limit: number): number {
  let twoBack: number[] = [];
  let before: number[] = [];
  for (let j = 0; j <= b.length; j++) before.push(j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    const ca = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const cb = b[j - 1];
      let d = before[j - 1] + (ca === cb ? 0 : 1);
      if (before[j] + 1 < d) d = before[j] + 1;
      if (row[j - 1] + 1 < d) d = row[j - 1] + 1;
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && twoBack[j - 2] + 1 < d) d = twoBack[j - 2] + 1;
      row.push(d);
      if (d < least) least = d;
    }
    if (least >= limit) return limit;
    twoBack = before;
    before = row;
  }
  return before[b.length];
}

/** The candidate closest to `word`, when it is close enough to be what was meant (never for a word over 64 characters). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > LONGEST) return undefined;
  const lower = codes(word.toLowerCase());
  let best: string | undefined;
  // A third of the word may be wrong (one character of a short word) up to 5 characters, or it may be a long enough
  // prefix. A word further from every name than that is no slip of the keyboard, and bounding the distance bounds the
  // work (the length filter and the distance's early stop), which the scripts' interpreters feel.
  let bestD = Math.min(MOST_WRONG, Math.max(1, Math.floor(word.length / 3))) + 1;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.indexOf(word) === 0 && word.length >= 4) {
      if (1 < bestD) (best = c), (bestD = 1);
      continue;
    }
    // The lengths alone tell the distance is too large (as compared: lower case, which may change a length).
    const other = c.toLowerCase();
    if (Math.abs(other.length - lower.length) >= bestD) continue;
    const dd = distance(lower, codes(other), bestD);
    if (dd < bestD) {
      best = c;
      bestD = dd;
    }
  }
  return best;
}
