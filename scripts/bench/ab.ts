/**
 * Side by side, for work on the content script: two or more unpacked extensions (builds of
 * Crosscheck, or hand-written stand-ins), each in a Chromium of its own, load the same benchmark
 * page in rotating order, round after round, each under a trace (`feel.ts`); prints each one's
 * medians and its ratios to the first: its script's main-thread time (from the trace's samples),
 * the page's whole main thread from navigation to the frame after the extension's last activity,
 * the long animation frames in that span, the time from the load event to its last activity, its
 * longest task, how many of its tasks ran over 50 ms, the main thread's garbage collection from
 * its first to its last activity, and how many figures it marked.
 *
 *   npx tsx scripts/bench/ab.ts DIR_A DIR_B [DIR_C …] [--page off-topic|typical|huge|flat|sectioned|nested|table|liveblog] [--rounds N] [--warmup N]
 *
 * `--warmup N` loads the page N times in each browser, unmeasured, before the rounds: a browser's
 * first load can come before its extension's content script is ready (decision 034 saw a first
 * round run without the extension), which would drag that build's medians.
 *
 * Nothing here is part of `npm run bench`; it answers "did this change help?" on a noisy machine.
 */
import { resolve } from 'node:path';
import { launchBaseline } from './baselines';
import { longFrames, mainThreadMs, measureLoad, windowEnd, FRAME_TAIL_MS, type Load } from './feel';
import { hugePage, offTopicPage, shapePage, SHAPES, typicalPage, type ShapeName } from './pages';
import { median } from './stats';
import { startServer } from '../../test/e2e/support/server';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const pageName = option('--page') ?? 'typical';
const rounds = Number(option('--rounds') ?? 8);
const warmup = Number(option('--warmup') ?? 0);
const dirs = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).map((d) => resolve(d));
if (dirs.length < 2) throw new Error('usage: ab.ts DIR_A DIR_B [...] [--page NAME] [--rounds N] [--warmup N]');

const html =
  pageName === 'off-topic' ? offTopicPage()
  : pageName === 'huge' ? hugePage().html
  : (SHAPES as readonly string[]).includes(pageName) ? shapePage(pageName as ShapeName).html
  : typicalPage().html;
const small = pageName === 'off-topic' || pageName === 'typical' || pageName === 'nested';
const server = await startServer();
server.route('/bench/page.html', () => ({ body: html }));
const browsers = await Promise.all(dirs.map((d) => launchBaseline(d)));
const loads: Load[][] = dirs.map(() => []);
// Settled: no new mark (Crosscheck's or a stand-in's) for a while; a fixed second where nothing marks.
const wait = pageName === 'off-topic' ? ({ kind: 'fixed', ms: 1000 } as const)
  : pageName === 'liveblog' ? ({ kind: 'fixed', ms: 10_000 } as const)
  : ({ kind: 'marks', tag: 'crosscheck-mark', quietMs: small ? 1000 : 6000, timeoutMs: 120_000 } as const);
const measures = {
  script: (l: Load): number => l.cost?.totalMs ?? 0,
  main: (l: Load): number => mainThreadMs(l, windowEnd(l)),
  frames: (l: Load): number => longFrames(l, windowEnd(l)).count,
  lastAfterLoad: (l: Load): number => windowEnd(l) - FRAME_TAIL_MS - l.loadMs,
  longestTask: (l: Load): number => l.cost?.longestTaskMs ?? 0,
  tasksOver50: (l: Load): number => l.cost?.tasksOver50 ?? 0,
  gc: (l: Load): number => l.gcMs,
  marks: (l: Load): number => l.figures.length,
};
try {
  for (let w = 0; w < warmup; w++) for (const b of browsers) await measureLoad(b.context, `${server.origin}/bench/page.html`, { scriptPrefix: 'chrome-extension://', wait });
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < dirs.length; k++) {
      const i = (k + r) % dirs.length;
      loads[i]!.push(await measureLoad(browsers[i]!.context, `${server.origin}/bench/page.html`, { scriptPrefix: 'chrome-extension://', wait }));
    }
    console.log(`round ${r + 1}/${rounds}: ${dirs.map((_, i) => `${String.fromCharCode(65 + i)} script ${measures.script(loads[i]![r]!).toFixed(1)} ms, ${measures.frames(loads[i]![r]!)} long frames, last activity ${measures.lastAfterLoad(loads[i]![r]!).toFixed(0)} ms after load, longest task ${measures.longestTask(loads[i]![r]!).toFixed(1)} ms, GC ${measures.gc(loads[i]![r]!).toFixed(0)} ms`).join('; ')}`);
  }
} finally {
  await Promise.all(browsers.map((b) => b.close()));
  await server.close();
}
const med = (i: number, f: (l: Load) => number): number => median(loads[i]!.map(f));
for (const [i, d] of dirs.entries()) {
  const ratio = (f: (l: Load) => number): string => (med(0, f) === 0 ? '—' : `${(med(i, f) / med(0, f)).toFixed(2)}×`);
  console.log(
    `${String.fromCharCode(65 + i)} ${d}: script ${med(i, measures.script).toFixed(2)} ms (${ratio(measures.script)} A); ` +
      `main thread to its last frame ${med(i, measures.main).toFixed(0)} ms (${ratio(measures.main)}); ` +
      `${med(i, measures.frames)} long frames; last activity ${med(i, measures.lastAfterLoad).toFixed(0)} ms after load; ` +
      `longest task ${Math.max(...loads[i]!.map(measures.longestTask)).toFixed(1)} ms; ` +
      `tasks of its own over 50 ms ${med(i, measures.tasksOver50)} (median; rounds: ${loads[i]!.map(measures.tasksOver50).join(' ')}); ` +
      `GC ${med(i, measures.gc).toFixed(0)} ms (${ratio(measures.gc)}); marks ${loads[i]!.map(measures.marks).join(' ')}`,
  );
}
process.exit(0);
