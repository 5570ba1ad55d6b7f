/**
 * A quick look at the content script alone, for work on it (not the full `npm run bench`):
 *
 *   npx tsx scripts/bench/pages-only.ts [off-topic|typical|huge ...] [--rounds N] [--no-build]
 *
 * Builds (unless --no-build), runs the Chromium page benchmark on the pages named (default: all
 * three) and prints each page's medians.
 */
import { spawnSync } from 'node:child_process';
import { pageBench, startBrowsers, stopBrowsers, type PageName } from './browser-bench';

const argv = process.argv.slice(2);
const at = argv.indexOf('--rounds');
const rounds = at >= 0 ? Number(argv[at + 1]) : 3;
const names = argv.filter((a): a is PageName => a === 'off-topic' || a === 'typical' || a === 'huge');
if (!argv.includes('--no-build')) {
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('wxt build failed');
}
const browsers = await startBrowsers();
try {
  const results = await pageBench(browsers, rounds, Math.max(1, Math.min(rounds, 2)), (s) => console.log(s), names.length ? names : undefined);
  for (const p of results) {
    const c = p.crosscheck;
    console.log(
      `${p.page}: total ${c.totalMs.toFixed(2)} ms (evaluate ${c.evaluateMs.toFixed(2)} + run ${c.runMs.toFixed(2)}); longest task ${c.longestTaskMs.toFixed(1)} ms, ${c.tasksOver50} over 50 ms; marks ${c.marks}` +
        (p.ratioRunToMarkjs !== null ? `; mark.js ${p.markjs!.ms.toFixed(2)} ms, ratio ${p.ratioRunToMarkjs.toFixed(2)}×` : '') +
        (p.input ? `; input delay max ${p.input.maxDelayMs.toFixed(1)} ms` : ''),
    );
    const mc = p.baselines.markjsContent;
    console.log(
      `  beside it: empty content script ${p.baselines.empty.totalMs.toFixed(2)} ms (Crosscheck adds ${p.aboveEmptyMs.toFixed(2)} ms)` +
        (p.ratioTotalToMarkjsContentRun !== null ? `; mark.js content script evaluate ${mc.evaluateMs.toFixed(2)} + highlight ${mc.runMs.toFixed(2)} ms, ${mc.marks} marks; Crosscheck total / mark.js highlight ${p.ratioTotalToMarkjsContentRun!.toFixed(2)}×` : ''),
    );
  }
} finally {
  await stopBrowsers(browsers);
}
process.exit(0);
