/**
 * What each long animation frame of one load was made of, for work on the marking of long pages:
 * one build (an unpacked extension's folder) loads a benchmark page once under a trace, and every
 * `long-animation-frame` entry is printed with when its rendering began, the trace's style,
 * layout, pre-paint, script and GC time inside it, and how much of it holds samples of the
 * extension's script; then, for each frame that is a long task of ours without rendering, the
 * functions in it; then the extension's script by function (names only in an unminified build:
 * `npx tsx scripts/bench/profile-build.ts` makes one in bench/tmp/ext-profile/chrome-mv3).
 *
 *   npx tsx scripts/bench/frames.ts DIR [--page flat|sectioned|typical|…]
 *
 * Not part of `npm run bench`; it answers "where do the frames we add come from?".
 */
import { resolve } from 'node:path';
import { launchBaseline } from './baselines';
import { hotFunctions, scriptCost, startTrace } from './trace';
import { shapePage, SHAPES, typicalPage, type ShapeName } from './pages';
import { startServer } from '../../test/e2e/support/server';

const argv = process.argv.slice(2);
const at = argv.indexOf('--page');
const pageName = at >= 0 ? (argv[at + 1] as string) : 'flat';
const dir = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--page') ?? '.output/chrome-mv3');
const html = (SHAPES as readonly string[]).includes(pageName) ? shapePage(pageName as ShapeName).html : typicalPage().html;

/** Records every long animation frame whole (the benchmark's probe keeps three numbers of each). */
const DETAIL = `(() => {
  window.__ccFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__ccFrames.push({
      start: e.startTime, duration: e.duration, renderStart: e.renderStart, layoutStart: e.styleAndLayoutStart,
      scripts: e.scripts.map((s) => ({ invoker: s.invoker, type: s.invokerType, source: s.sourceURL, fn: s.sourceFunctionName, start: s.startTime, duration: s.duration, forced: s.forcedStyleAndLayoutDuration })),
    });
  }).observe({ type: 'long-animation-frame', buffered: true });
})();`;

interface Frame {
  start: number;
  duration: number;
  renderStart: number;
  layoutStart: number;
  scripts: Array<{ invoker: string; type: string; source: string; fn: string; start: number; duration: number; forced: number }>;
}

const PARTS = new Set(['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND_MARKING', 'FunctionCall', 'EvaluateScript', 'v8.run', 'ParseHTML', 'HitTest', 'Commit']);

const server = await startServer();
server.route('/bench/page.html', () => ({ body: html }));
const browser = await launchBaseline(dir);
try {
  const page = await browser.context.newPage();
  await page.addInitScript(`console.timeStamp('cc-frames-nav'); window.__ccNav = performance.now(); addEventListener('load', () => { window.__ccLoad = performance.now(); });`);
  await page.addInitScript(DETAIL);
  const cdp = await browser.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load', timeout: 180_000 });
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await page.evaluate(() => document.getElementsByTagName('crosscheck-mark').length);
    if (n !== last) [last, since] = [n, Date.now()];
    else if (Date.now() - since >= 6000) break;
    await page.waitForTimeout(500);
  }
  const probe = await page.evaluate(() => {
    const w = window as unknown as { __ccFrames: Frame[]; __ccNav: number; __ccLoad: number };
    return { frames: w.__ccFrames, nav: w.__ccNav, load: w.__ccLoad };
  });
  const events = await stop();
  const cost = scriptCost(events, 'chrome-extension://');
  const stamp = events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === 'cc-frames-nav');
  if (!stamp) throw new Error('no navigation timestamp in the trace');
  const zero = stamp.ts - probe.nav * 1000;
  const pageMs = (ts: number): number => (ts - zero) / 1000;
  const main = events.filter((e) => e.pid === stamp.pid && e.tid === stamp.tid && e.ph === 'X');
  /** Time by event name inside [from, to) (page ms), for the names that say what a frame did. */
  const parts = (from: number, to: number): string => {
    const sum = new Map<string, number>();
    for (const e of main) {
      const t = pageMs(e.ts);
      if (t < from || t >= to || !PARTS.has(e.name)) continue;
      sum.set(e.name, (sum.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    return [...sum].filter(([, ms]) => ms >= 1).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ');
  };
  const ours = (from: number, to: number): number =>
    hotFunctions(events, 'chrome-extension://', [zero + from * 1000, zero + to * 1000], 1000).byScriptFrame.reduce((s, h) => s + h.ms, 0);
  console.log(`load ${probe.load.toFixed(0)} ms; our last activity ${cost.window ? pageMs(cost.window[1]).toFixed(0) : '-'} ms; marks ${last}; our script ${cost.totalMs.toFixed(0)} ms; longest task of ours ${cost.longestTaskMs.toFixed(1)} ms (${cost.tasksOver50} over 50)`);
  console.log(`long animation frames: ${probe.frames.length}`);
  for (const f of probe.frames) {
    const ext = f.scripts.filter((s) => s.source.startsWith('chrome-extension://'));
    console.log(
      `  ${f.start.toFixed(0).padStart(6)} +${f.duration.toFixed(0).padStart(4)} ms; render from +${f.renderStart ? (f.renderStart - f.start).toFixed(0) : '-'}; ` +
        `ours ${ours(f.start, f.start + f.duration).toFixed(0)} ms; ${parts(f.start, f.start + f.duration)}` +
        (ext.length ? `; ext scripts: ${ext.map((s) => `${s.type} ${s.fn || s.invoker} ${s.duration.toFixed(0)}`).join(' | ')}` : ''),
    );
  }
  // The frames that are a long task of ours with no rendering: what ran in them.
  for (const f of probe.frames) {
    if (f.renderStart || ours(f.start, f.start + f.duration) < 40) continue;
    const h = hotFunctions(events, 'chrome-extension://', [zero + f.start * 1000, zero + (f.start + f.duration) * 1000], 8);
    console.log(`task at ${f.start.toFixed(0)} (+${f.duration.toFixed(0)} ms): ${h.byScriptFrame.map((x) => `${x.name} ${x.ms.toFixed(1)}`).join(', ')}`);
  }
  // Where our script's time went, by its innermost function (names only in an unminified build).
  const hot = hotFunctions(events, 'chrome-extension://', undefined, 30);
  console.log('our script by innermost function:');
  for (const h of hot.byScriptFrame) console.log(`  ${h.ms.toFixed(1).padStart(8)} ms  ${h.name}`);
  console.log('by leaf (self time):');
  for (const h of hot.byLeaf.slice(0, 20)) console.log(`  ${h.ms.toFixed(1).padStart(8)} ms  ${h.name}`);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
process.exit(0);

