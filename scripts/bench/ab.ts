/**
 * Side by side, for work on the content script: two or more unpacked extensions (builds of
 * Crosscheck, or hand-written stand-ins), each in a Chromium of its own, load the same benchmark
 * page in rotating order, round after round, under the same trace; prints each one's median
 * main-thread time and its ratio to the first.
 *
 *   npx tsx scripts/bench/ab.ts DIR_A DIR_B [DIR_C …] [--page off-topic|typical|huge] [--rounds N]
 *
 * Nothing here is part of `npm run bench`; it answers "did this change help?" on a noisy machine.
 */
import { resolve } from 'node:path';
import { launchBaseline } from './baselines';
import { settle } from './browser-bench';
import { hugePage, offTopicPage, typicalPage } from './pages';
import { median } from './stats';
import { scriptCost, startTrace, type ScriptCost } from './trace';
import { startServer } from '../../test/e2e/support/server';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const pageName = option('--page') ?? 'typical';
const rounds = Number(option('--rounds') ?? 8);
const dirs = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).map((d) => resolve(d));
if (dirs.length < 2) throw new Error('usage: ab.ts DIR_A DIR_B [...] [--page NAME] [--rounds N]');

const html = pageName === 'off-topic' ? offTopicPage() : pageName === 'huge' ? hugePage().html : typicalPage().html;
const server = await startServer();
server.route('/bench/page.html', () => ({ body: html }));
const browsers = await Promise.all(dirs.map((d) => launchBaseline(d)));
const costs: ScriptCost[][] = dirs.map(() => []);
try {
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < dirs.length; k++) {
      const i = (k + r) % dirs.length;
      const page = await browsers[i]!.context.newPage();
      const cdp = await browsers[i]!.context.newCDPSession(page);
      const stop = await startTrace(cdp);
      await page.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load', timeout: 120_000 });
      // Settled: no new mark (Crosscheck's or a stand-in's) for a while; a fixed second where nothing marks.
      if (pageName === 'off-topic') await page.waitForTimeout(1000);
      else await settle(page, pageName === 'huge' ? 2000 : 700, 60_000, undefined, 'crosscheck-mark, mark');
      costs[i]!.push(scriptCost(await stop(), 'chrome-extension://'));
      await page.close();
    }
    console.log(`round ${r + 1}/${rounds}: ${dirs.map((d, i) => `${i === 0 ? 'A' : String.fromCharCode(65 + i)} ${costs[i]![r]!.totalMs.toFixed(2)}`).join(', ')} ms`);
  }
} finally {
  await Promise.all(browsers.map((b) => b.close()));
  await server.close();
}
const base = median(costs[0]!.map((c) => c.totalMs));
for (const [i, d] of dirs.entries()) {
  const m = (f: (c: ScriptCost) => number): number => median(costs[i]!.map(f));
  console.log(
    `${String.fromCharCode(65 + i)} ${d}: total ${m((c) => c.totalMs).toFixed(2)} ms (evaluate ${m((c) => c.evaluateMs).toFixed(2)} + run ${m((c) => c.runMs).toFixed(2)}), longest task ${Math.max(...costs[i]!.map((c) => c.longestTaskMs)).toFixed(1)} ms; ${(m((c) => c.totalMs) / base).toFixed(2)}× A`,
  );
}
process.exit(0);
