/** The evaluation's scores (scripts/eval/eval.ts): what a right or wrong verdict, and a wrong conflict card, are worth. */
import { describe, expect, it } from 'vitest';
import { conflictCardScore, costScore } from '../../scripts/eval/eval';
import { emptyTally } from '../../scripts/eval/metrics';

describe('scores', () => {
  it('counts +1 per right strong verdict and -4 per wrong one', () => {
    expect(costScore({ ...emptyTally(), strong: 12, strongRight: 10 })).toBe(2);
  });

  it('charges a conflict card on a figure not labelled a conflict once more, and a right one not at all', () => {
    // 3 conflicting or mixed verdicts, 1 on a figure labelled so: 2 wrong cards.
    const t = { ...emptyTally(), strong: 12, strongRight: 10, conflictGiven: 3, conflictGivenRight: 1 };
    expect(conflictCardScore(t)).toBe(2 - 8);
    expect(conflictCardScore({ ...t, conflictGivenRight: 3 })).toBe(2);
  });
});
