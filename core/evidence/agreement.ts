/**
 * Whether two figures' values agree as statements. The intervals decide ("about 40" and "42"
 * agree; "more than 3,000" and "3,085" agree), except for a ceiling: "up to £126m" states £126m,
 * so it disagrees with "£116m" and with "up to £116m", although the interval below £126m holds
 * both. Counted on the corpus's labels (docs/ACCURACY.md): of the pairs with a ceiling and two
 * different numbers, the readers called 8 conflicts and 1 corroboration.
 */
import type { Figure, Qualifier } from '../model';
import { valuesAgree } from '../index/compare';
import { ROUND_TOLERANCE } from '../figures/interval';

function isCeiling(q: Qualifier): boolean {
  return q === 'at-most' || q === 'less-than';
}

/** Whether `a` and `b` state values that agree (see the file's note). */
export function statedAgree(a: Figure, b: Figure): boolean {
  if (isCeiling(a.qualifier) || isCeiling(b.qualifier)) {
    return Math.abs(a.value - b.value) <= Math.max(Math.abs(a.value), Math.abs(b.value)) * ROUND_TOLERANCE;
  }
  return valuesAgree(a, b);
}
