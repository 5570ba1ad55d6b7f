/** The second labeller's sample (test/agreement), and how it is scored against the corpus labels. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confusion, labelsAsMarks, loadAgreementTopic, scoreLabeller } from '../../scripts/eval/agreement';
import { placeLabels } from '../../scripts/eval/align';
import { addTally, emptyTally } from '../../scripts/eval/metrics';
import type { CorpusLabel } from '../../scripts/lib/corpus';

const TOPICS = ['cop29-finance-2024', 'fed-cut-sept-2024', 'google-wiz-2025', 'india-election-2024', 'myanmar-quake-2025', 'wirtz-transfer-2025', 'xi-putin-summits'];
const TEST_TOPICS = ['air-india-crash-2025', 'apple-eu-fine-2024', 'boeing-strike-2024', 'crowdstrike-outage-2024', 'tesla-q4-deliveries-2024', 'uk-election-2024', 'us-jobs-sept-2024', 'valencia-floods-2024'];

/** Each labeller scored against the other over some topics' samples, as [right core, core, right strong, strong, conflicts found, conflicts], and the mentions both placed that they relate alike, of all. */
function agreementOf(names: readonly string[]): { totals: number[][]; alike: [number, number] } {
  const topics = names.map((t) => loadAgreementTopic(join('test/agreement', t)));
  const totals = (['second', 'corpus'] as const).map((judge) => {
    const t = emptyTally();
    for (const a of topics) addTally(t, scoreLabeller(a, judge).tally);
    return [t.coreRight, t.coreWanted, t.strongRight, t.strong, t.conflictRight, t.conflictWanted];
  });
  const matrix = new Map<string, number>();
  for (const a of topics) for (const [k, n] of confusion(a)) matrix.set(k, (matrix.get(k) ?? 0) + n);
  const same = [...matrix].filter(([k]) => k.split(' → ')[0] === k.split(' → ')[1]).reduce((n, [, v]) => n + v, 0);
  return { totals, alike: [same, [...matrix.values()].reduce((a, b) => a + b, 0)] };
}
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

  it('holds six corpus pages of each test topic too', () => {
    const topics = TEST_TOPICS.map((t) => loadAgreementTopic(join('test/agreement', t)));
    expect(topics.map((a) => a.pages.length)).toEqual([6, 6, 6, 6, 6, 6, 6, 6]);
    expect(topics.reduce((n, a) => n + a.second.length, 0)).toBe(715);
  });

  it('scores the second labeller against the corpus labels, and back, on the training topics (measured 2026-12-07)', () => {
    const { totals, alike } = agreementOf(TOPICS);
    expect(totals).toEqual([
      [114, 116, 180, 195, 14, 14],
      [132, 135, 180, 181, 14, 15],
    ]);
    expect(alike).toEqual([622, 656]);
  });

  it('scores the second labeller against the corpus labels, and back, on the test topics (measured 2026-12-07)', () => {
    const { totals, alike } = agreementOf(TEST_TOPICS);
    expect(totals).toEqual([
      [222, 226, 349, 376, 15, 21],
      [259, 263, 350, 359, 15, 20],
    ]);
    expect(alike).toEqual([652, 693]);
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
