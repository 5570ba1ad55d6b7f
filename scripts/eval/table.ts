/** The table `npm run eval` prints and docs/ACCURACY.md keeps: one row per topic, then the total. */
import type { Tally, measures } from './metrics';

/** The table's header, in Markdown. */
export const HEADER = '| topic | core recall | precision | conflict recall | marks on negatives | strong on other events | conflict verdicts right |\n|---|---|---|---|---|---|---|';

const pct = (r: number | null, a: number, b: number) => (r === null ? 'n/a' : `${r.toFixed(2)} (${a}/${b})`);

/** One row of the table. */
export function formatRow(name: string, t: Tally, m: ReturnType<typeof measures>): string {
  return `| ${name} | ${pct(m.coreRecall, t.coreRight, t.coreWanted)} | ${pct(m.precision, t.strongRight, t.strong)} | ${pct(m.conflictRecall, t.conflictRight, t.conflictWanted)} | ${m.negativeMarks} | ${m.strongOnRelated} | ${t.conflictGivenRight}/${t.conflictGiven} |`;
}
