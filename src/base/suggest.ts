/** "Did you mean": the known name closest to one a caller gave, for the refusal to suggest. */

/** Names longer than this get no suggestion: the distance costs their length times each candidate's. */
const LONGEST = 64;

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours). */
function distance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate closest to `word`, when it is close enough to be what was meant (never for a word over 64 characters). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > LONGEST) return undefined;
  let best: string | undefined;
  // A third of the word may be wrong (one character of a short word), or it may be a long enough prefix.
  let bestD = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const dd = c.indexOf(word) === 0 && word.length >= 4 ? 1 : distance(word.toLowerCase(), c.toLowerCase());
    if (dd < bestD) {
      best = c;
      bestD = dd;
    }
  }
  return best;
}
