/**
 * The entities a text is about (`countEntities`): names, not the words of one topic. A headline's
 * capitalised common nouns drop out because the text also writes them in lower case, not because a
 * list names them (decision 041: "Summit" and "Agreement" are no longer stop words).
 */
import { describe, expect, it } from 'vitest';
import { countEntities } from '../../../core/text/entities';

describe('countEntities', () => {
  it('keeps the last word of a name that is also a common noun ("the Paris Agreement")', () => {
    expect(countEntities('In Baku, negotiators invoked the Paris Agreement again.')).toEqual([
      ['Baku', 1],
      ['Paris', 1],
      ['Agreement', 1],
    ]);
  });
  it('drops a headline’s capitalised nouns that the text writes in lower case', () => {
    // "Hail" stays: the text writes "hailed", not "hail".
    expect(countEntities('Leaders Hail Summit Agreements\nLeaders of both countries hailed the agreements reached at the summit in Beijing.')).toEqual([
      ['Hail', 1],
      ['Beijing', 1],
    ]);
  });
});
