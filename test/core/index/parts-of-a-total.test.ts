/**
 * Parts of a total in a source (`extractSourceFacts`): "N signed …, with an additional M expected"
 * where N + M is a total the article states. The note names the occasion the first part was
 * counted at when the words between the parts name one (any `EVENT_NOUNS` word, decision 041's
 * rule, not one seed's "ceremony").
 */
import { describe, expect, it } from 'vitest';
import { extractSourceFacts } from '../../../core/index/extract-source-facts';
import type { Source } from '../../../core/model';

const source: Source = { file: 'a.txt', outlet: 'Harbour Times', title: 'Talks', url: 'https://harbour.example/talks', published: '2025-06-12', place: 'Oslo', reports: 'talks' };

function notes(text: string): Array<[string, string | null]> {
  return extractSourceFacts(source, text).facts.filter((f) => f.role === 'part').map((f) => [f.text, f.note]);
}

describe('parts of a total', () => {
  it('names the occasion between the two parts', () => {
    expect(notes('OSLO — The two governments agreed 14 energy accords this week. They signed 8 accords at the summit in Oslo, with an additional 6 expected in the autumn.')).toEqual([
      ['8', 'counts only the 8 signed at the summit; 6 more were expected'],
      ['6', 'counts only the 6 still expected; 8 were signed at the summit'],
    ]);
  });
  it('names none when no occasion stands between them', () => {
    expect(notes('OSLO — The two governments agreed 14 energy accords this week. They signed 8 accords on Tuesday, with an additional 6 expected in the autumn.')).toEqual([
      ['8', 'counts only the 8 signed; 6 more were expected'],
      ['6', 'counts only the 6 still expected; 8 were signed'],
    ]);
  });
});
