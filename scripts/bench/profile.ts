/**
 * `npm run bench -- --profile` (or `tsx scripts/bench/profile.ts [off-topic|typical|huge ...]`): builds the extension
 * unminified with source maps (bench/tmp/ext-profile), loads it into Chromium, traces the three
 * benchmark pages once each and prints where the content script's main-thread time goes — by
 * function, for the whole run and for its longest task — so a missed target names its cause.
 * Traces are saved to bench/tmp/*.trace.json (open them in DevTools' Performance panel).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProfileExtension, PROFILE_OUT } from './profile-build';

const dir = await buildProfileExtension();
process.env.CROSSCHECK_EXTENSION_DIR = dir;
const { startBrowsers, stopBrowsers } = await import('./browser-bench');
const { startTrace, scriptCost, hotFunctions } = await import('./trace');

const b = await startBrowsers();
const out: Record<string, unknown> = {};
try {
  const pages = process.argv.slice(2).filter((a) => ['off-topic', 'typical', 'huge'].includes(a));
  for (const name of pages.length ? pages : ['off-topic', 'typical', 'huge']) {
    const page = await b.ext.context.newPage();
    const cdp = await b.ext.context.newCDPSession(page);
    const stop = await startTrace(cdp);
    await page.goto(`${b.server.origin}/bench/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
    let last = -1;
    let since = Date.now();
    for (;;) {
      const n = await page.evaluate(() => document.querySelectorAll('crosscheck-mark').length);
      if (n !== last) [last, since] = [n, Date.now()];
      else if (Date.now() - since > (name === 'huge' ? 2000 : 1000)) break;
      await page.waitForTimeout(100);
    }
    const events = await stop();
    await page.close();
    writeFileSync(join(PROFILE_OUT, `../${name}.trace.json`), JSON.stringify({ traceEvents: events }));
    const prefix = `chrome-extension://${b.ext.extensionId}/`;
    const cost = scriptCost(events, prefix);
    // The longest task with content-script work in it (top-level RunTask events only).
    const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && cost.window && e.ts + (e.dur ?? 0) >= cost.window[0] && e.ts <= cost.window[1]);
    tasks.sort((a, c) => (c.dur ?? 0) - (a.dur ?? 0));
    const whole = hotFunctions(events, prefix, undefined, 25);
    let longest: (typeof tasks)[number] | undefined;
    let inLongest: ReturnType<typeof hotFunctions> | null = null;
    for (const task of tasks.slice(0, 20)) {
      const h = hotFunctions(events, prefix, [task.ts, task.ts + (task.dur ?? 0)], 15);
      if (h.byScriptFrame.length === 0) continue;
      longest = task;
      inLongest = h;
      break;
    }
    out[name] = { cost: { ...cost, window: null }, marks: last, whole, longestTask: longest ? { ms: (longest.dur ?? 0) / 1000, ...inLongest } : null };
    console.log(`\n## ${name}: total ${cost.totalMs.toFixed(1)} ms (eval ${cost.evaluateMs.toFixed(1)}), longest task ${cost.longestTaskMs.toFixed(1)} ms, marks ${last}`);
    console.log('by innermost content-script function:');
    for (const h of whole.byScriptFrame) console.log(`  ${h.ms.toFixed(1).padStart(8)} ms  ${h.name}`);
    console.log('by leaf (self time):');
    for (const h of whole.byLeaf.slice(0, 12)) console.log(`  ${h.ms.toFixed(1).padStart(8)} ms  ${h.name}`);
    if (longest && inLongest) {
      console.log(`longest task with content-script work (${((longest.dur ?? 0) / 1000).toFixed(1)} ms):`);
      for (const h of inLongest.byScriptFrame.slice(0, 12)) console.log(`  ${h.ms.toFixed(1).padStart(8)} ms  ${h.name}`);
    }
  }
} finally {
  await stopBrowsers(b);
}
writeFileSync(join(PROFILE_OUT, '../profile.json'), JSON.stringify(out, null, 1));
