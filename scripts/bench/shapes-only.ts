/**
 * The page-shape benchmark alone (`shape-bench.ts`), for work on the content script:
 *
 *   npx tsx scripts/bench/shapes-only.ts [off-topic|typical|flat|sectioned|nested|table|liveblog ...] [--quick] [--no-build]
 *
 * Builds (unless --no-build), runs the pages named (default: all) with every variant side by
 * side and prints each variant's medians.
 */
import { spawnSync } from 'node:child_process';
import { feelBrowsers, startBrowsers, stopBrowsers } from './browser-bench';
import { feelBench, type FeelPageName } from './shape-bench';
import { formatFeel } from './feel-report';

const argv = process.argv.slice(2);
const all: FeelPageName[] = ['off-topic', 'typical', 'flat', 'sectioned', 'nested', 'table', 'liveblog'];
const names = argv.filter((a): a is FeelPageName => (all as string[]).includes(a));
if (!argv.includes('--no-build')) {
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('wxt build failed');
}
const browsers = await startBrowsers();
try {
  const results = await feelBench(feelBrowsers(browsers), names.length ? names : all, argv.includes('--quick'), (s) => console.log(s));
  for (const line of formatFeel(results)) console.log(line);
} finally {
  await stopBrowsers(browsers);
}
process.exit(0);
