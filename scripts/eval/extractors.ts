/**
 * `npx tsx scripts/eval/extractors.ts`: how well each candidate reader finds the figures the
 * corpus labels (issue 15's evaluation of general language libraries): our extractor, wink-nlp's
 * entities (with wink-eng-lite-web-model), compromise's numbers and money, and chrono-node's dates.
 * A reader finds a label when one of its spans overlaps the label's figure. Reported: recall on
 * checkable labels (core and background), the share of trap labels it reports as figures, and the
 * time it takes. Nothing here runs in the extension.
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractFigures } from '../../core/figures/extract-figures';
import { loadCorpusTopic } from '../lib/corpus';
import { placeLabels, type PlacedLabel } from './align';
import { readCorpusPages } from './corpus-pages';
import { corpusTopics } from './eval';

type Span = [number, number];
const wink = winkNLP(model);

const readers: Record<string, (text: string) => Span[]> = {
  'crosscheck extractor': (text) => extractFigures(text, { keepCued: true }).map((f) => [f.start, f.end]),
  'wink-nlp entities': (text) => {
    const doc = wink.readDoc(text);
    const spans: Span[] = [];
    doc.entities().each((e: { out(f: unknown): unknown }) => {
      const type = e.out(wink.its.type) as string;
      if (!['CARDINAL', 'MONEY', 'PERCENT', 'DATE', 'ORDINAL', 'DURATION', 'TIME', 'MEASURE'].includes(type)) return;
      const [first, last] = e.out(wink.its.span) as unknown as [number, number];
      spans.push([charOf(doc, first), charOf(doc, last) + (doc.tokens().itemAt(last).out() as string).length]);
    });
    return spans;
  },
  'compromise numbers': (text) => {
    const spans: Span[] = [];
    const doc = nlp(text);
    for (const m of [...doc.numbers().json({ offset: true }), ...doc.money().json({ offset: true })] as Array<{ offset: { start: number; length: number } }>) spans.push([m.offset.start, m.offset.start + m.offset.length]);
    return spans;
  },
  'chrono-node dates': (text) => chrono.parse(text, new Date('2025-01-01')).map((r) => [r.index, r.index + r.text.length]),
};

/** The character offset of wink token `i` (wink keeps tokens and the spaces before them). */
function charOf(doc: ReturnType<typeof wink.readDoc>, i: number): number {
  let at = 0;
  const tokens = doc.tokens();
  for (let k = 0; k <= i; k++) {
    const t = tokens.itemAt(k);
    at += (t.out(wink.its.precedingSpaces) as string).length;
    if (k < i) at += (t.out() as string).length;
  }
  return at;
}

const found = (spans: Span[], l: PlacedLabel) => spans.some(([a, b]) => Math.min(b, l.end) - Math.max(a, l.start) > 0);
const totals: Record<string, { checkable: number; foundCheckable: number; traps: number; foundTraps: number; ms: number }> = {};
for (const dir of corpusTopics()) {
  const topic = loadCorpusTopic(dir);
  for (const input of readCorpusPages(topic)) {
    const placed = placeLabels(input.text, topic.labels.filter((l) => l.page === input.page.file)).filter((p) => p.start >= 0);
    for (const [name, read] of Object.entries(readers)) {
      const t = (totals[name] ??= { checkable: 0, foundCheckable: 0, traps: 0, foundTraps: 0, ms: 0 });
      const t0 = performance.now();
      const spans = read(input.text);
      t.ms += performance.now() - t0;
      for (const p of placed) {
        if (p.label.tier === 'trap') {
          t.traps++;
          if (found(spans, p)) t.foundTraps++;
        } else if (p.label.tier !== 'noise') {
          t.checkable++;
          if (found(spans, p)) t.foundCheckable++;
        }
      }
    }
  }
}
console.log('| reader | finds checkable figures | reports traps as figures | time (all pages) |\n|---|---|---|---|');
for (const [name, t] of Object.entries(totals)) {
  console.log(`| ${name} | ${(t.foundCheckable / t.checkable).toFixed(2)} (${t.foundCheckable}/${t.checkable}) | ${(t.foundTraps / t.traps).toFixed(2)} (${t.foundTraps}/${t.traps}) | ${Math.round(t.ms)} ms |`);
}
