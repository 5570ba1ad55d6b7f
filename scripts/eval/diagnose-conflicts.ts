/**
 * `npx tsx scripts/eval/diagnose-conflicts.ts [--topics=a,b]`: for each figure labelled as a conflict
 * (or mixed), held out, where the conflict is lost on the path that gives conflicts
 * (`counterpartConflicts`, docs/decisions/042):
 * - `notFound`: the figure is not read;
 * - `notCorroborated`: a seed is labelled as corroborating it, but the engine does not corroborate
 *   it, so no counterpart is looked for;
 * - `noCorroboratingSeed`: only conflicting seeds are labelled (a conflict with no corroboration,
 *   which no path gives);
 * - `counterpartMissed`: corroborated, but no labelled conflicting source is taken as one;
 * - `right`: a conflicting or mixed verdict.
 * For every labelled conflicting source it says why: its labelled fact is not a candidate, is a part,
 * states a value the page states too, the source also agrees, or the source's counterpart (another
 * fact, or the labelled one) with its probability and value closeness against the thresholds.
 * A developer's tool; it never changes a label.
 */
import { inSentence, loadTopicData, type ScoredPage } from './topic-data';
import { corpusTopics } from './eval';
import { learn } from './learn';
import { counterpartConflicts, decideFigure, isCorroborated, pageSupport, sourceEvidence, type SourceEvidence } from '../../core/evidence/decide';
import { valueKey, type PreparedIndex } from '../../core/evidence/evidence-index';
import type { ModelWeights } from '../../core/evidence/model';
import type { ScoredFigure } from '../../core/evidence/scored-candidate';
import type { CorpusLabel } from '../lib/corpus';

const only = process.argv.find((a) => a.startsWith('--topics='))?.slice('--topics='.length).split(',');
const all = corpusTopics().map(loadTopicData);
const topics = all.filter((d) => !only || only.includes(d.name));
const total: Record<string, number> = {};
for (const topic of topics) {
  const w = learn(all.filter((t) => t !== topic), 'diagnose');
  const stages: Record<string, number> = {};
  const lines: string[] = [];
  for (const p of topic.pages) {
    const support = pageSupport(p.figures, w);
    for (const { label } of p.placed) {
      if (label.expected !== 'conflicts' && label.expected !== 'mixed') continue;
      const [stage, detail] = diagnose(topic.prepared, p, label, w, support);
      stages[stage] = (stages[stage] ?? 0) + 1;
      total[stage] = (total[stage] ?? 0) + 1;
      lines.push(`  ${stage}: ${p.page.file} "${label.figure}" [${label.tier}] ${detail}`);
    }
  }
  console.log(`\n## ${topic.name}: ${JSON.stringify(stages)} thresholds ${JSON.stringify(w.thresholds)}`);
  for (const s of lines) console.log(s);
}
console.log(`\nall: ${JSON.stringify(total)}`);

function diagnose(prepared: PreparedIndex, p: ScoredPage, label: CorpusLabel, w: ModelWeights, support: ReturnType<typeof pageSupport>): [string, string] {
  const i = p.labelOf.indexOf(label);
  if (i < 0) return ['notFound', ''];
  const f = p.figures[i]!;
  const verdict = decideFigure(prepared, f, w, {}, support)?.verdict ?? 'none';
  const evidence = sourceEvidence(f, w);
  const corroborated = isCorroborated(evidence, f.figure, w, support);
  const counterparts = corroborated ? counterpartConflicts(f, evidence, w) : new Map();
  const bestAgree = Math.max(0, ...[...evidence.values()].map((e) => e.agree?.same ?? 0));
  const why = label.seed_support
    .filter((s) => s.relation === 'conflicts')
    .map((s) => `${s.source}: ${conflictingSource(f, s, evidence, counterparts, w)}`);
  const detail = `verdict=${verdict} best agreeing=${bestAgree.toFixed(3)} :: ${why.join(' ; ')}`;
  if (verdict === 'conflicting' || verdict === 'mixed') return ['right', detail];
  if (!corroborated) return [label.seed_support.some((s) => s.relation === 'corroborates') ? 'notCorroborated' : 'noCorroboratingSeed', detail];
  return ['counterpartMissed', detail];
}

/** Why one labelled conflicting source is, or is not, taken as a conflict of a figure. */
function conflictingSource(
  f: ScoredFigure,
  cited: CorpusLabel['seed_support'][number],
  evidence: Map<string, SourceEvidence>,
  counterparts: ReturnType<typeof counterpartConflicts>,
  w: ModelWeights,
): string {
  const facts = f.candidates.filter((c) => c.fact.source === cited.source && !c.agrees && inSentence(c, cited.sentence));
  const listed = `[${facts.map((c) => c.fact.text).join('|')}]`;
  if (facts.length === 0) return 'labelled fact not a candidate';
  const cp = counterparts.get(cited.source);
  if (cp) {
    const which = `${facts.some((c) => c.fact === cp.candidate.fact) ? 'a fact of the labelled sentence' : 'another fact'}, "${cp.candidate.fact.text}",`;
    return `${which} p=${cp.p.toFixed(3)}/${w.thresholds.counterpart} close=${cp.close.toFixed(3)}/${w.thresholds.nearValues} ${listed}`;
  }
  const c = facts[0]!;
  if (c.fact.role !== 'whole') return `a part ${listed}`;
  if (f.pageValues.has(valueKey(c.fact))) return `the page states its value ${listed}`;
  const agree = evidence.get(cited.source)?.agree?.same;
  if (agree !== undefined) return `the source also agrees (${agree.toFixed(2)}) ${listed}`;
  return `no counterpart ${listed}`;
}
