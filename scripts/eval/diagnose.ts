/**
 * `npx tsx scripts/eval/diagnose.ts --topics=a,b`: where the core figures of held-out topics are
 * lost — not found by the extractor, found but no fact of the labelled sentence among the
 * candidates, or weighed too low — with examples. Labels that expect a conflict are left to
 * `diagnose-conflicts.ts`, which follows the path conflicts take (docs/decisions/042); a label that
 * expects `mixed` is weighed here as the corroboration it needs first. A developer's tool for the
 * engine's classes of misses; it never changes a label.
 */
import { examplesOf, loadTopicData } from './topic-data';
import { corpusTopics } from './eval';
import { learn } from './learn';
import { probability } from '../../core/evidence/model';
import { pageSupport, restatedSource, sourceEvidence } from '../../core/evidence/decide';
import { FEATURE_NAMES } from '../../core/evidence/features';

const only = process.argv.find((a) => a.startsWith('--topics='))?.slice('--topics='.length).split(',');
const show = Number(process.argv.find((a) => a.startsWith('--show='))?.slice(7) ?? 8);
const all = corpusTopics().map(loadTopicData);
// Each topic held out against all the others, whichever are shown.
const topics = all.filter((t) => !only || only.includes(t.name));
for (const topic of topics) {
  const w = learn(all.filter((t) => t !== topic), 'diagnose');
  const stages = { notFound: 0, noTarget: 0, low: 0, right: 0 };
  const samples: Record<string, string[]> = { notFound: [], noTarget: [], low: [] };
  for (const p of topic.pages) {
    const met = new Set(p.labelOf.filter(Boolean));
    const support = pageSupport(p.figures, w);
    for (const pl of p.placed) {
      const l = pl.label;
      if (l.tier !== 'core' || !['corroborates', 'mixed'].includes(l.expected)) continue;
      if (!met.has(l)) {
        stages.notFound++;
        samples.notFound!.push(`${p.page.file} "${l.figure}" in "${l.quote.slice(0, 90)}"`);
        continue;
      }
      const i = p.labelOf.indexOf(l);
      const f = p.figures[i]!;
      const rows = examplesOf(f, l);
      const positives = rows.flatMap((r, k) => (r && r.same && r.agrees ? [[r, k] as const] : []));
      if (positives.length === 0) {
        stages.noTarget++;
        const units = [...new Set(f.candidates.map((c) => c.fact.unit))].join('/');
        samples.noTarget!.push(`${p.page.file} "${l.figure}" (${f.figure.kind}/${f.figure.unit}, ${f.candidates.length} cands ${units}) ← ${l.seed_support.map((s) => `${s.source}:${s.relation}`).join(', ')}`);
        continue;
      }
      const best = Math.max(...positives.map(([r]) => probability(w.same, r.x)));
      const t = w.thresholds.corroborate;
      // Right as the engine decides it: a labelled fact at the threshold, or a labelled source the page restates (decision 043).
      const restated = best < t ? restatedSource(sourceEvidence(f, w), f.figure, w, support) : null;
      if (best >= t || l.seed_support.some((s) => s.source === restated && s.relation === 'corroborates')) stages.right++;
      else {
        stages.low++;
        const [r] = positives[0]!;
        samples.low!.push(`${p.page.file} "${l.figure}" p=${best.toFixed(2)} < ${t} ${FEATURE_NAMES.flatMap((n, j) => (r.x[j]! > 0 ? [`${n}=${r.x[j]!.toFixed(2)}`] : [])).join(' ')}`);
      }
    }
  }
  console.log(`\n## ${topic.name}: ${JSON.stringify(stages)} thresholds ${JSON.stringify(w.thresholds)}`);
  for (const [k, list] of Object.entries(samples)) for (const s of list.slice(0, show)) console.log(`  ${k}: ${s}`);
}
