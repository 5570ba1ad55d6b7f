/** The second labeller's sample (test/agreement), and how it is scored against the corpus labels. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confusion, labelsAsMarks, loadAgreementTopic, scoreLabeller } from '../../scripts/eval/agreement';
import { placeLabels } from '../../scripts/eval/align';
import { addTally, emptyTally, measures } from '../../scripts/eval/metrics';
import type { CorpusLabel } from '../../scripts/lib/corpus';

const TOPICS = ['cop29-finance-2024', 'fed-cut-sept-2024', 'google-wiz-2025', 'india-election-2024', 'myanmar-quake-2025', 'wirtz-transfer-2025', 'xi-putin-summits'];
const label = (figure: string, quote: string, expected: CorpusLabel['expected']): CorpusLabel => ({ page: 'p.txt', figure, quote, expected, tier: 'core', note: '', seed_support: [] });

describe('labelsAsMarks', () => {
  it('reads a label that expects a relation as the mark an engine would give, and none as no mark', () => {
    const text = 'NDA 293, INDIA 233, turnout 65%.';
    const placed = placeLabels(text, [label('293', 'NDA 293', 'corroborates'), label('233', 'INDIA 233', 'none'), label('65%', 'turnout 65%', 'related'), label('9', 'absent 9', 'conflicts')]);
    expect(labelsAsMarks(placed).map((m) => [m.start, m.end, m.verdict])).toEqual([[4, 7, 'corroborated'], [28, 31, 'related']]);
  });
});

describe('the agreement sample', () => {
  it('holds six corpus pages of each training topic, every second label on them', () => {
    const topics = TOPICS.map((t) => loadAgreementTopic(join('test/agreement', t)));
    expect(topics.map((a) => a.pages.length)).toEqual([6, 6, 6, 6, 6, 6, 6]);
    expect(topics.reduce((n, a) => n + a.second.length, 0)).toBe(682);
  });

  it('scores the second labeller against the corpus labels, and the corpus labels against the second (measured 2026-12-07)', () => {
    const topics = TOPICS.map((t) => loadAgreementTopic(join('test/agreement', t)));
    const totals = (['second', 'corpus'] as const).map((judge) => {
      const total = emptyTally();
      for (const a of topics) addTally(total, scoreLabeller(a, judge).tally);
      return total;
    });
    expect(totals.map((t) => [t.coreRight, t.coreWanted, t.strongRight, t.strong, t.conflictRight, t.conflictWanted])).toEqual([
      [114, 116, 180, 195, 14, 14],
      [132, 135, 180, 181, 14, 15],
    ]);
    expect(measures(totals[0]!).negativeMarks).toBe(3);
    const matrix = new Map<string, number>();
    for (const a of topics) for (const [k, n] of confusion(a)) matrix.set(k, (matrix.get(k) ?? 0) + n);
    const same = [...matrix].filter(([k]) => k.split(' → ')[0] === k.split(' → ')[1]).reduce((n, [, v]) => n + v, 0);
    expect([same, [...matrix.values()].reduce((a, b) => a + b, 0)]).toEqual([622, 656]);
  });

  it('names the file when a second label is of a page outside the sample', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agreement-'));
    const topic = join(dir, 'xi-putin-summits');
    mkdirSync(topic);
    cpSync('test/agreement/xi-putin-summits/pages.json', join(topic, 'pages.json'));
    writeFileSync(join(topic, 'labels.json'), JSON.stringify([{ ...label('42', '42 agreements', 'corroborates'), page: 'p99-elsewhere.txt' }]));
    expect(() => loadAgreementTopic(topic)).toThrow(`${join(topic, 'labels.json')}: a label of p99-elsewhere.txt, which is not in the sample`);
  });
});
