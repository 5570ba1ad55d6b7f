/**
 * `npx tsx scripts/eval/diagnose-conflicts.ts [--topics=a,b]`: for each figure labelled as a conflict
 * (or mixed), held out, where the conflict is lost: the figure not found, its counterpart fact not
 * among the candidates, the counterpart not taken as the source's conflict (not the mutual best, or
 * the source also "agrees"), or weighed below the threshold. A developer's tool; it never changes a label.
 */
import { examplesOf, loadTopicData } from './topic-data';
import { corpusTopics } from './eval';
import { learn } from './learn';
import { sourceEvidence, weighCandidates } from '../../core/evidence/decide';
import { FEATURE_NAMES } from '../../core/evidence/features';

const only = process.argv.find((a) => a.startsWith('--topics='))?.slice('--topics='.length).split(',');
const all = corpusTopics().map(loadTopicData);
const topics = all.filter((d) => !only || only.includes(d.name));
const MB = FEATURE_NAMES.indexOf('counterpart');
for (const topic of topics) {
  const w = learn(all.filter((t) => t !== topic), 'diagnose');
  const stages: Record<string, number> = {};
  const lines: string[] = [];
  for (const p of topic.pages) {
    const met = new Set(p.labelOf.filter(Boolean));
    for (const pl of p.placed) {
      const l = pl.label;
      if (l.expected !== 'conflicts' && l.expected !== 'mixed') continue;
      let stage: string;
      let detail = '';
      if (!met.has(l)) stage = 'notFound';
      else {
        const i = p.labelOf.indexOf(l);
        const f = p.figures[i]!;
        const rows = examplesOf(f, l);
        const weighed = weighCandidates(f, w);
        const counter = weighed.filter((c, k) => rows[k]?.same === 1 && !c.agrees);
        if (counter.length === 0) stage = 'noCounterpart';
        else {
          const best = counter.reduce((a, b) => (b.claim > a.claim ? b : a));
          const ev = sourceEvidence(f, w).get(best.fact.source);
          const mb = best.features[MB] === 1;
          detail = `claim=${best.claim.toFixed(3)} t=${w.thresholds.conflict} mb=${mb} role=${best.fact.role} agreeSame=${ev?.agree?.same.toFixed(2) ?? '-'} fact="${best.fact.text}" (${best.fact.sentence.slice(0, 80)})`;
          if (!mb || best.fact.role !== 'whole') stage = 'notMutualBest';
          else if (ev?.conflict !== best) stage = 'suppressed';
          else if (best.claim < w.thresholds.conflict) stage = 'low';
          else stage = 'right';
        }
      }
      stages[stage] = (stages[stage] ?? 0) + 1;
      lines.push(`  ${stage}: ${p.page.file} "${l.figure}" [${l.tier}] ${detail}  ← ${l.seed_support.map((s) => `${s.source}:${s.relation}`).join(', ')}`);
    }
  }
  console.log(`\n## ${topic.name}: ${JSON.stringify(stages)} thresholds ${JSON.stringify(w.thresholds)}`);
  for (const s of lines) console.log(s);
}
