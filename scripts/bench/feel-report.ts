/**
 * The page-shape benchmark's results as text: a line per page and variant, and the summary
 * rows of `npm run bench` with issue 16's targets.
 */
import type { FeelPageResult, VariantResult } from './shape-bench';
import { fmt } from './stats';

/** A row of the summary table (as `run.ts` prints it). */
export interface FeelRow {
  id: string;
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

const ms = (x: number | null): string => (x === null ? '–' : fmt(x, 'ms'));

function describe(v: VariantResult): string {
  const f = v.frames;
  return (
    `main thread ${ms(v.mainMs)} over the page alone (script ${ms(v.scriptMs)}); ` +
    `${fmt(f.count)} long frames, blocking ${ms(f.blockingMs)} (page alone ${fmt(f.withoutCount)}, ${ms(f.withoutBlockingMs)}); ` +
    `last mark ${ms(v.lastMarkAfterLoadMs)} after load; longest task ${ms(v.longestTaskMs)} (${v.tasksOver50} over 50 ms); ${v.marks} marks` +
    (v.roundsLost ? ` [${v.roundsLost} round(s) lost trace data]` : '')
  );
}

/** A line per page and variant, then the ratios. */
export function formatFeel(results: FeelPageResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.page} (${r.rounds} rounds; the command line finds ${r.cliFigures ?? '–'} figures):`);
    for (const [name, v] of Object.entries(r.variants)) lines.push(`  ${name.padEnd(10)} ${describe(v)}`);
    const c = r.variants.crosscheck;
    const peer = r.variants.markjs ?? r.variants.gate;
    if (c && peer) lines.push(`  ratio crosscheck / ${r.variants.markjs ? 'mark.js' : 'gate'}: main thread ${fmt(c.mainMs / peer.mainMs)}×, script ${fmt(c.scriptMs / peer.scriptMs)}×`);
  }
  return lines;
}

/** Added long frames: with the variant minus the page alone over the same span. */
function addedFrames(v: VariantResult): number {
  return Math.max(0, v.frames.count - v.frames.withoutCount);
}

/** The summary rows with issue 16's targets. */
export function feelRows(results: FeelPageResult[]): FeelRow[] {
  const rows: FeelRow[] = [];
  const at = (page: string): FeelPageResult | undefined => results.find((r) => r.page === page);
  const flat = at('flat');
  const fc = flat?.variants.crosscheck;
  const fm = flat?.variants.markjs;
  if (flat && fc && fm) {
    const ratio = fc.mainMs / fm.mainMs;
    rows.push({ id: 'F1', measure: 'flat 5 MB page: main thread (with minus without), Crosscheck vs the mark.js stand-in', value: `${ms(fc.mainMs)} vs ${ms(fm.mainMs)} = ${fmt(ratio)}×`, target: '≤ 0.5×', met: ratio <= 0.5 });
    rows.push({ id: 'F2', measure: 'flat 5 MB page: from the load event to the last mark', value: `${ms(fc.lastMarkAfterLoadMs)} (${fc.marks} marks; command line ${flat.cliFigures})`, target: '≤ 5 s', met: fc.lastMarkAfterLoadMs !== null && fc.lastMarkAfterLoadMs <= 5_000 });
    rows.push({
      id: 'F3',
      measure: 'flat 5 MB page: long animation frames added (with minus the page alone), blocking time vs mark.js',
      value: `${fmt(addedFrames(fc))} frames (${fmt(fc.frames.count)} vs ${fmt(fc.frames.withoutCount)}); blocking ${ms(fc.frames.blockingMs)} vs mark.js ${ms(fm.frames.blockingMs)}`,
      target: '≤ 10; ≤ mark.js',
      met: addedFrames(fc) <= 10 && fc.frames.blockingMs <= fm.frames.blockingMs,
    });
    rows.push({ id: 'F4', measure: 'flat 5 MB page: our longest task (whole task, worst round)', value: `${ms(fc.longestTaskMs)} (${fc.tasksOver50} over 50 ms)`, target: 'none > 50 ms', met: fc.tasksOver50 === 0 });
  }
  const typ = at('typical');
  if (typ?.variants.crosscheck && typ.variants.markjs) {
    const c = typ.variants.crosscheck;
    const m = typ.variants.markjs;
    rows.push({ id: 'F5', measure: `typical page: main thread (with minus without, median of ${typ.rounds}), Crosscheck vs mark.js stand-in; script alone`, value: `${ms(c.mainMs)} vs ${ms(m.mainMs)} = ${fmt(c.mainMs / m.mainMs)}×; script ${ms(c.scriptMs)} vs ${ms(m.scriptMs)} = ${fmt(c.scriptMs / m.scriptMs)}×`, target: '≤ 1×', met: c.mainMs <= m.mainMs });
  }
  const off = at('off-topic');
  if (off?.variants.crosscheck && off.variants.gate) {
    const c = off.variants.crosscheck;
    const g = off.variants.gate;
    rows.push({ id: 'F6', measure: `off-topic page: script time (median of ${off.rounds}), Crosscheck vs the minimal gate stand-in; main thread with minus without`, value: `${ms(c.scriptMs)} vs ${ms(g.scriptMs)} = ${fmt(c.scriptMs / g.scriptMs)}×; main thread ${ms(c.mainMs)} vs ${ms(g.mainMs)}`, target: '≤ 1.5×', met: c.scriptMs <= 1.5 * g.scriptMs });
  }
  for (const name of ['sectioned', 'nested', 'table', 'liveblog'] as const) {
    const r = at(name);
    const c = r?.variants.crosscheck;
    const m = r?.variants.markjs;
    if (!r || !c) continue;
    rows.push({
      id: 'F7',
      measure: `${name} page: main thread vs mark.js; long frames added; last mark after load; longest task; marks vs command line`,
      value: `${ms(c.mainMs)}${m ? ` vs ${ms(m.mainMs)} = ${fmt(c.mainMs / m.mainMs)}×` : ''}; ${fmt(addedFrames(c))} frames; ${ms(c.lastMarkAfterLoadMs)}; ${ms(c.longestTaskMs)}; ${c.marks} vs ${r.cliFigures}`,
      target: '',
      met: null,
    });
  }
  return rows;
}
