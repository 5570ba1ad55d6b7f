/**
 * Telling a misspelt word from another word: fuse.js scores bring real words of other meaning
 * close ("country" and "contract"), so a measure word is taken for a misspelling only when it is
 * a near miss in spelling.
 */

/**
 * Whether `written` may be a misspelling of `word`: the same first letter, and at most one edit
 * (two for words of eight letters or more) of insertion, deletion, substitution or swap.
 */
export function isMisspelling(written: string, word: string): boolean {
  if (written === word || written[0] !== word[0]) return written === word;
  const allowed = Math.min(written.length, word.length) >= 8 ? 2 : 1;
  return editDistance(written, word, allowed) <= allowed;
}

/** Damerau–Levenshtein distance (optimal string alignment), or `limit + 1` once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
