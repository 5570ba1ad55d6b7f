/**
 * `npx tsx scripts/eval/diagnose-wrong.ts [--topics=a,b]`: the strong verdicts of held-out topics
 * that the labels call wrong (a label that expects another relation, `none`, or no label at all),
 * with the figure, its label and the source fact it rests on. A developer's tool for the engine's
 * classes of wrong matches; it never changes a label.
 */
import { decideFigure, pageSupport } from '../../core/evidence/decide';
import type { CheckedFigure } from '../../core/model';
import { alignFigures } from './align';
import { corpusTopics } from './eval';
import { learn } from './learn';
import { isStrong, rightDirection } from './metrics';
import { loadTopicData } from './topic-data';

const only = process.argv.find((a) => a.startsWith('--topics='))?.slice('--topics='.length).split(',');
const topics = corpusTopics().map(loadTopicData);
for (const topic of topics) {
  if (only && !only.includes(topic.name)) continue;
  const w = learn(topics.filter((t) => t !== topic), 'diagnose');
  console.log(`\n## ${topic.name}`);
  for (const p of topic.pages) {
    const support = pageSupport(p.figures, w);
    const figures = p.figures.map((f) => decideFigure(topic.prepared, f, w, {}, support)).filter((f): f is CheckedFigure => f !== null);
    for (const { figure, label } of alignFigures(figures, p.placed).aligned) {
      if (!isStrong(figure.verdict) || (label && rightDirection(figure.verdict, label.expected))) continue;
      const lead = figure.sources[0]!;
      console.log(`- [${p.page.kind}] ${p.page.file} "${figure.text}" ${figure.verdict}; label ${label ? `${label.expected}/${label.tier}: ${(label.note ?? '').slice(0, 110)}` : 'none'}`);
      console.log(`    ${lead.relation} ${lead.source}: "${lead.text}" in "${lead.quote.slice(0, 110)}"`);
    }
  }
}
