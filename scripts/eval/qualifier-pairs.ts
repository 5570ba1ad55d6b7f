/**
 * `npx tsx scripts/eval/qualifier-pairs.ts`: how the corpus's readers judged pairs with a hedged
 * value ("more than 40", "up to £126m") — for each labelled page figure and the seed fact its label
 * cites, the two qualifiers, whether the intervals overlap and whether the numbers are the same,
 * counted by the label's relation. The counts behind `core/evidence/agreement.ts`.
 */
import { loadTopicData, inSentence } from './topic-data';
import { corpusTopics } from './eval';
import { valuesAgree } from '../../core/index/compare';
const topics = corpusTopics().map(loadTopicData);
const tab: Record<string, number> = {};
for (const t of topics) for (const p of t.pages) p.figures.forEach((f, i) => {
  const l = p.labelOf[i];
  if (!l) return;
  for (const s of l.seed_support) {
    if (s.relation !== 'corroborates' && s.relation !== 'conflicts') continue;
    const hits = f.candidates.filter((c) => c.fact.source === s.source && inSentence(c, s.sentence));
    if (hits.length === 0) continue;
    const best = hits.reduce((a, b) => (Math.abs(Math.log((b.fact.value || 1e-9) / (f.figure.value || 1e-9))) < Math.abs(Math.log((a.fact.value || 1e-9) / (f.figure.value || 1e-9))) ? b : a));
    const qa = f.figure.qualifier, qb = best.fact.qualifier;
    if (qa === 'exact' && qb === 'exact') continue;
    const overlap = valuesAgree(f.figure, best.fact);
    const sameNumber = Math.abs(f.figure.value - best.fact.value) <= 0.01 * Math.max(f.figure.value, best.fact.value);
    const k = `${s.relation} q=${qa}/${qb} overlap=${overlap} sameNumber=${sameNumber}`;
    tab[k] = (tab[k] ?? 0) + 1;
  }
});
Object.entries(tab).sort().forEach(([k, v]) => console.log(v, k));
