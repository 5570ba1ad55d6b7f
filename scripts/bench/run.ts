/**
 * `npm run bench`: Crosscheck's speed, side by side with what it competes with, in one run.
 *
 *   npm run bench                 # everything (about 3–4 minutes on a 2-core machine)
 *   npm run bench -- --quick      # fewer rounds (a smoke run)
 *   npm run bench -- --no-build   # measure the existing .output/chrome-mv3
 *   npm run bench -- --profile    # also: unminified build, traces and hot functions (bench/tmp/)
 *
 * Builds the extension, then measures, in node: matching one page against indexes of 100, 10,000
 * and 100,000 facts, popup search per keystroke over 10,000 facts, a cold check in fresh
 * processes; in Chromium with the built extension: the content script on an off-topic, a typical
 * and a huge page (its own main-thread time from a trace, longest task, input delay, heap), mark.js
 * on the same pages, and the popup's first render; then what a reader feels on pages of every
 * shape (issue 16, `shape-bench.ts`: the page's whole main thread with the extension minus
 * without, long animation frames, time from load to the last mark, beside a mark.js stand-in and
 * a minimal gate); and the size of every built file. Prints a table and writes
 * bench/results.json. See docs/PERFORMANCE.md for the method.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import seed from '../../core/generated/seed-index.json';
import type { FactIndex } from '../../core/model';
import { median, fmt } from './stats';
import { scalingBench, searchBench } from './node-bench';
import { buildSizes, checkBudgets, composition, injectedFiles, KB, type PageManifest } from './sizes';
import { feelRows, formatFeel } from './feel-report';
import type { FeelPageResult } from './shape-bench';

const ROOT = join(import.meta.dirname, '../..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const started = Date.now();
/** The machine is shared: its load says how far to trust absolute numbers. */
const loadAtStart = loadavg()[0]!;
const log = (s: string): void => console.log(s);
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** A row of the summary table. */
interface Row {
  id: string;
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];
const row = (id: string, measure: string, value: string, target = '', met: boolean | null = null): void =>
  void rows.push({ id, measure, value, target, met });

/** Folds per-file parts into packages and project folders (core/figures, page, …). */
function groupParts(parts: ReturnType<typeof composition>): Array<{ part: string; bytes: number; gzipAlone: number }> {
  const out = new Map<string, { bytes: number; gzipAlone: number }>();
  for (const p of parts) {
    const project = /^(core\/[^/]+|page|entrypoints\/[^/]+|components|storage|messaging)\//.exec(p.source);
    const key = p.source === '(no source)' ? '(no source: bundled JSON index, glue)' : project ? `${project[1]}/` : p.source;
    const o = out.get(key) ?? { bytes: 0, gzipAlone: 0 };
    o.bytes += p.bytes;
    o.gzipAlone += p.gzip;
    out.set(key, o);
  }
  return [...out].map(([part, v]) => ({ part, ...v })).sort((a, b) => b.bytes - a.bytes);
}

function sh(cmd: string, argv: string[]): void {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

// 0. The build under test.
if (!args.has('--no-build')) {
  log('building the extension (npx wxt build)…');
  sh('npx', ['wxt', 'build']);
}
const EXT = join(ROOT, '.output/chrome-mv3');

// 5. Sizes.
const sizes = buildSizes(EXT);
const manifest = JSON.parse(readFileSync(join(EXT, 'manifest.json'), 'utf8')) as PageManifest;
const budgets = checkBudgets(sizes, manifest);
const firstStage = sizes.filter((s) => injectedFiles(manifest).includes(s.file));
// What the content script is made of (the same build with source maps, in bench/tmp).
log('what the content script is made of (a source-mapped build in bench/tmp)…');
const { buildSizeMapExtension } = await import('./profile-build');
const mapped = await buildSizeMapExtension();
const pageScripts = (budgets[0]?.files ?? []).filter((f) => f.endsWith('.js') && existsSync(join(mapped, `${f}.map`)));
const contentParts = Object.fromEntries(pageScripts.map((f) => [f, groupParts(composition(join(mapped, f)))]));

// 3. Scaling with the index (node).
log(`[${elapsed()}] scaling: checkPage against 100 / 10,000 / 100,000 facts…`);
const scaling = await scalingBench(seed as unknown as FactIndex, quick ? 3 : 5);

// 4. Search (node).
log(`[${elapsed()}] search: per keystroke over 10,000 facts…`);
const search = searchBench(seed as unknown as FactIndex, quick ? 2 : 5);

// Cold check: a fresh process per round, as each page load is a fresh content-script world.
log(`[${elapsed()}] cold check in fresh processes…`);
const cold: Array<{ prepareMs: number; firstCheckMs: number; warmCheckMs: number }> = [];
for (let i = 0; i < (quick ? 1 : 3); i++) {
  const r = spawnSync('node', ['--import', 'tsx', join(import.meta.dirname, 'cold-check.ts')], { cwd: ROOT, encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status === 0 && line.startsWith('{')) cold.push(JSON.parse(line));
}

// 1, 2, 4b, 6. Chromium.
log(`[${elapsed()}] Chromium: content script, mark.js, memory, popup…`);
const { startBrowsers, stopBrowsers, pageBench, popupBench, firstMarkBench, feelBrowsers } = await import('./browser-bench');
const { feelBench } = await import('./shape-bench');
const browsers = await startBrowsers();
let pages: Awaited<ReturnType<typeof pageBench>>;
let popup: Awaited<ReturnType<typeof popupBench>>;
let firstMark: Awaited<ReturnType<typeof firstMarkBench>>;
let feel: FeelPageResult[];
try {
  // First, while the background has checked nothing yet.
  firstMark = await firstMarkBench(browsers, quick ? 3 : 6);
  pages = await pageBench(browsers, quick ? 3 : 6, quick ? 1 : 3, log);
  popup = await popupBench(browsers, quick ? 3 : 7);
  log(`[${elapsed()}] Chromium: what a reader feels, page by page (every variant side by side)…`);
  feel = await feelBench(feelBrowsers(browsers), ['off-topic', 'typical', 'flat', 'sectioned', 'nested', 'table', 'liveblog'], quick, log);
} finally {
  await stopBrowsers(browsers);
}

// ---- summary -------------------------------------------------------------------------------
const page = (n: string): (typeof pages)[number] => pages.find((p) => p.page === n)!;
const off = page('off-topic');
const typ = page('typical');
const huge = page('huge');
const ms = (x: number): string => fmt(x, 'ms');
const kb = (x: number): string => `${(x / KB).toFixed(1)} KB`;

row('1a', `off-topic page (${off.nodes} nodes): content-script main-thread time, total`, `${ms(off.crosscheck.totalMs)} (evaluate ${ms(off.crosscheck.evaluateMs)} + run ${ms(off.crosscheck.runMs)})`, '< 1 ms', off.crosscheck.totalMs < 1);
row('1a′', 'off-topic page, side by side under the same trace: an empty content script (the floor); Crosscheck above it; mark.js loaded as a content script, nothing to mark', `${ms(off.baselines.empty.totalMs)}; +${ms(off.aboveEmptyMs)}; ${ms(off.baselines.markjsContent.totalMs)}`);
row('1b', `typical page (${scaling.page.chars} chars of article, ~1,500 words): read + extract + match + mark`, `${ms(typ.crosscheck.runMs)} (+ evaluate ${ms(typ.crosscheck.evaluateMs)})`, '< 5 ms', typ.crosscheck.runMs < 5);
row('1c', `huge page (${(huge.textChars / 1e6).toFixed(1)} MB text, ${huge.nodes.toLocaleString('en')} nodes): longest task with Crosscheck work`, `${ms(huge.crosscheck.longestTaskMs)} (${huge.crosscheck.tasksOver50} tasks > 50 ms; whole run ${ms(huge.crosscheck.totalMs)}, ${huge.crosscheck.marks} marks)`, 'no task > 50 ms', huge.crosscheck.longestTaskMs <= 50);
if (huge.input) {
  row('1d', 'huge page: keyboard input delay while Crosscheck works (page handler)', `median ${ms(huge.input.medianDelayMs)}, p95 ${ms(huge.input.p95DelayMs)}, max ${ms(huge.input.maxDelayMs)}; ${huge.input.over50} of ${huge.input.events} keys over 50 ms`, 'responsive (max ≤ 50 ms)', huge.input.events > 0 && huge.input.maxDelayMs <= 50);
}
row('1e', 'typical page: first mark after the load event (wall clock, round trip to the background included)', `${ms(firstMark.firstMs)} on the background's first check, then median ${ms(firstMark.medianMs)}`);
for (const p of [typ, huge]) {
  if (!p.markjs) continue;
  row('2', `${p.page} page: Crosscheck whole pipeline vs mark.js (same regex; plain / acrossElements per block)`, `${ms(p.crosscheck.runMs)} vs ${ms(p.markjs.ms)} / ${ms(p.markjs.across.ms)} = ${fmt(p.ratioRunToMarkjs!)}× / ${fmt(p.ratioRunToMarkjsAcross!)}× (${p.crosscheck.marks} figures; mark.js ${p.markjs.marks} / ${p.markjs.across.marks} mark elements)`, '< 1× (vs plain)', p.ratioRunToMarkjs! < 1);
}
for (const p of [typ, huge]) {
  const mc = p.baselines.markjsContent;
  if (p.ratioTotalToMarkjsContentRun === null) continue;
  row('2′', `${p.page} page: Crosscheck's whole total (evaluation included) vs mark.js's highlighting alone, both content scripts (cold isolated world, same trace)`, `${ms(p.crosscheck.totalMs)} vs ${ms(mc.runMs)} = ${fmt(p.ratioTotalToMarkjsContentRun!)}× (mark.js loading ${ms(mc.evaluateMs)} more; ${mc.marks} mark elements)`, '< 1×', p.ratioTotalToMarkjsContentRun! < 1);
}
const [s100, s10k, s100k] = scaling.sizes;
row('3', 'checkPage, typical page, index of 100 / 10,000 / 100,000 facts (node, warm)', `${ms(s100!.checkMs)} / ${ms(s10k!.checkMs)} / ${ms(s100k!.checkMs)} = ${fmt(scaling.ratio100kTo100)}×`, '100k ≤ 2× 100', scaling.ratio100kTo100 <= 2);
row('3b', 'prepareIndex for 100 / 10,000 / 100,000 facts (node, once per index)', `${ms(s100!.prepareMs)} / ${ms(s10k!.prepareMs)} / ${ms(s100k!.prepareMs)}`);
if (cold.length) row('3c', 'cold first check in a fresh process: prepareIndex (seeds) + first checkPage; then warm', `${ms(median(cold.map((c) => c.prepareMs)))} + ${ms(median(cold.map((c) => c.firstCheckMs)))}; warm ${ms(median(cold.map((c) => c.warmCheckMs)))}`);
row('4a', `popup search per keystroke, ${search.facts.toLocaleString('en')} facts (node)`, `median ${ms(search.medianMs)}, p95 ${ms(search.p95Ms)}, max ${ms(search.maxMs)} (${search.keystrokes} keys; index built in ${ms(search.buildMs)})`, '< 2 ms median', search.medianMs < 2);
row('4b', 'popup first render (Chromium, from its cc-popup-start mark; since navigation)', popup ? `${ms(popup.firstRenderMs)}; ${ms(popup.sinceNavigationMs)}` : 'no data-first-render-ms');
for (const b of budgets) {
  const parts = b.files.map((f) => `${f} ${kb(sizes.find((s) => s.file === f)!.gzip)}`).join(' + ');
  row('5', `size: ${b.name}, gzipped`, `${kb(b.gzip)} (raw ${kb(b.raw)}): ${parts}`, `≤ ${kb(b.maxGzipBytes)}`, b.ok);
}
row('5b', 'size: injected into every page (manifest content scripts), gzipped', `${kb(firstStage.reduce((n, f) => n + f.gzip, 0))} (raw ${kb(firstStage.reduce((n, f) => n + f.raw, 0))})`);
row('6', 'JS heap added to the tab (after GC): off-topic / typical / huge', `${kb(off.heapAddedBytes)} / ${kb(typ.heapAddedBytes)} / ${kb(huge.heapAddedBytes)}`);
for (const r of feelRows(feel)) row(r.id, r.measure, r.value, r.target, r.met);

const w = [4, 86, 70, 22, 4];
const line = (c: string[]): string => c.map((x, i) => x.padEnd(w[i]!)).join(' | ');
console.log(`\n${line(['#', 'measure', 'value (medians)', 'target', 'met'])}`);
console.log(w.map((n) => '-'.repeat(n)).join('-|-'));
for (const r of rows) console.log(line([r.id, r.measure, r.value, r.target, r.met === null ? '' : r.met ? 'yes' : 'NO']));
console.log('\nwhat a reader feels (shape-bench.ts):');
for (const l of formatFeel(feel)) console.log(`  ${l}`);
console.log('\nbuilt files (raw / gzip -9):');
for (const s of sizes) console.log(`  ${s.file.padEnd(50)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)}`);

for (const [file, parts] of Object.entries(contentParts)) {
  console.log(`\n${file} by source (raw bytes; gzip of each part alone):`);
  for (const p of parts.slice(0, 12)) console.log(`  ${p.part.padEnd(50)} ${String(p.bytes).padStart(9)} ${String(p.gzipAlone).padStart(9)}`);
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
mkdirSync(join(ROOT, 'bench'), { recursive: true });
const results = {
  date: new Date().toISOString(),
  commit,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, chromium, loadAverage1m: { start: loadAtStart, end: loadavg()[0]! } },
  quick,
  seconds: Math.round((Date.now() - started) / 1000),
  summary: rows,
  contentScript: pages.map((p) => ({ ...p, crosscheck: { ...p.crosscheck, samples: p.crosscheck.samples.map((c) => ({ totalMs: c.totalMs, evaluateMs: c.evaluateMs, runMs: c.runMs, longestTaskMs: c.longestTaskMs, tasks: c.tasks, longestTaskInWindowMs: c.longestTaskInWindowMs })) } })),
  firstMark,
  scaling,
  search,
  cold,
  popup,
  feel,
  sizes: { files: sizes, budgets, contentScriptParts: contentParts },
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 1)}\n`);
console.log(`\nwrote bench/results.json (${elapsed()}; load average ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);

if (args.has('--profile')) {
  log('\nprofile mode: unminified build, traces, hot functions…');
  const r = spawnSync('node', ['--import', 'tsx', join(import.meta.dirname, 'profile.ts')], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
// Vite (the source-mapped build) can leave handles open: end here.
process.exit(process.exitCode ?? 0);
