/**
 * The benchmarks that run in Chromium: the built extension's content script on the three pages
 * (main-thread time from a trace, the longest task it ran in, input delay while it works, the
 * heap it adds), mark.js side by side on the same pages, and the popup's first render.
 *
 * Two browsers run at once, both Debian's Chromium with the same flags: one with the extension
 * loaded, one without (the baseline for memory, and where mark.js runs, so Crosscheck does not
 * run under it). Every round runs every variant, alternating their order.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, launchWithExtension, type ExtensionBrowser } from '../../test/e2e/support/launch';
import { REPO_ROOT, startServer, type TestServer } from '../../test/e2e/support/server';
import { launchBaseline, MARKJS_DONE_ATTR, MARKJS_REGEX_ATTR, writeBaselines, type BaselineBrowser } from './baselines';
import { hugePage, offTopicPage, typicalPage } from './pages';
import type { FeelBrowsers } from './shape-bench';
import { median, percentile } from './stats';
import { scriptCost, startTrace, SYNC_LABEL, type ScriptCost } from './trace';

export const MARK_JS = join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js');

/** A page of the benchmark. */
export type PageName = 'off-topic' | 'typical' | 'huge';

/** What one page gave, over all rounds (medians unless named otherwise). */
export interface PageResult {
  page: PageName;
  rounds: number;
  textChars: number;
  nodes: number;
  crosscheck: {
    totalMs: number;
    evaluateMs: number;
    runMs: number;
    longestTaskMs: number;
    longestScriptSliceMs: number;
    tasks: number;
    tasksOver50: number;
    /** Rounds left out because Chromium dropped trace data. */
    roundsWithTraceDataLoss: number;
    marks: number;
    sampleUs: number;
    samples: ScriptCost[];
  };
  /** mark.js plain (the ratio's reference), and with acrossElements per block (`across`). */
  markjs: { ms: number; marks: number; samples: number[]; across: { ms: number; marks: number; samples: number[] }; regex: string } | null;
  /**
   * The stand-in extensions of `baselines.ts`, measured like Crosscheck (same trace, a content
   * script's cold isolated world): an empty content script, and mark.js highlighting the same
   * figures from a content script (`run` is its highlighting alone, `evaluate` its loading).
   */
  baselines: {
    empty: { totalMs: number; samples: number[] };
    /** On a page with nothing to mark (off-topic), its run only reads that there is nothing. */
    markjsContent: { evaluateMs: number; runMs: number; totalMs: number; marks: number; samples: Array<{ evaluateMs: number; runMs: number }> };
  };
  /** Crosscheck's total over the empty content script's: what Crosscheck adds to the floor. */
  aboveEmptyMs: number;
  /** Crosscheck's whole total (evaluation included) over mark.js's highlighting alone, both content scripts. */
  ratioTotalToMarkjsContentRun: number | null;
  /** Crosscheck's run (without evaluation) over mark.js's plain highlighting time. */
  ratioRunToMarkjs: number | null;
  /** The same over mark.js with acrossElements, per block. */
  ratioRunToMarkjsAcross: number | null;
  /** Crosscheck's total (with evaluation) over mark.js's highlighting time. */
  ratioTotalToMarkjs: number | null;
  /** JS heap (used, after a GC) with the extension minus without, bytes. */
  heapAddedBytes: number;
  heap: { withExtension: number; without: number };
  /** Keyboard input while Crosscheck worked (huge page only). */
  input: { events: number; medianDelayMs: number; p95DelayMs: number; over50: number; maxDelayMs: number; maxAckMs: number } | null;
}

/** Init script of every benchmark page: a stamp to align page time with the trace, and an input probe. */
const PAGE_PROBE = `
  window.__ccInput = [];
  addEventListener('keydown', (e) => { window.__ccInput.push([e.timeStamp, performance.now() - e.timeStamp]); }, true);
  document.addEventListener('DOMContentLoaded', () => { console.timeStamp('${SYNC_LABEL}'); window.__ccSync = performance.now(); });
`;

function textAndNodes(page: Page, selector: string): Promise<{ text: number; nodes: number }> {
  return page.evaluate((sel) => {
    const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (w.nextNode()) nodes++;
    return { text: document.querySelector(sel)?.textContent?.length ?? 0, nodes };
  }, selector);
}

/**
 * Waits until the number of elements matching `selector` (Crosscheck's marks by default) has not
 * changed for `quietMs`; returns it.
 */
export async function settle(page: Page, quietMs: number, timeoutMs: number, whileWaiting?: () => Promise<void>, selector = 'crosscheck-mark'): Promise<number> {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return n;
    if (Date.now() - start > timeoutMs) return n;
    if (whileWaiting) await whileWaiting();
    else await page.waitForTimeout(50);
  }
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The regular expression mark.js is given: the figures Crosscheck marked, longest first. */
export function figuresRegex(figures: string[]): string {
  const distinct = [...new Set(figures)].sort((a, b) => b.length - a.length);
  const esc = distinct.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<![\\w.$])(?:${esc.join('|')})(?![\\w])`;
}

interface Browsers {
  ext: ExtensionBrowser;
  plain: { context: BrowserContext; close(): Promise<void> };
  /** The stand-in extensions (`baselines.ts`), each in a browser of its own. */
  empty: BaselineBrowser;
  markjs: BaselineBrowser;
  /** The minimal gate stand-in (issue 16's floor for an off-topic page). */
  gate: BaselineBrowser;
  server: TestServer;
}

async function launchPlain(): Promise<Browsers['plain']> {
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1000, height: 720 },
  });
  return { context, close: async () => { await context.close().catch(() => {}); await rm(profile, { recursive: true, force: true }); } };
}

/** One Crosscheck run: load with tracing, wait until the marks settle, read cost, marks and heap. */
async function crosscheckRound(b: Browsers, name: PageName): Promise<{ cost: ScriptCost; figures: string[]; heap: number; input: Array<[number, number]>; acks: number[]; sync: number; shape: { text: number; nodes: number } }> {
  const page = await b.ext.context.newPage();
  try {
    await page.addInitScript(PAGE_PROBE);
    const cdp = await b.ext.context.newCDPSession(page);
    const stop = await startTrace(cdp);
    const acks: number[] = [];
    let typing = false;
    if (name === 'huge') {
      // Type while the page loads and Crosscheck works: each key waits for the page to take it.
      await page.goto(`${b.server.origin}/bench/${name}.html`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      typing = true;
    } else {
      await page.goto(`${b.server.origin}/bench/${name}.html`, { waitUntil: 'load' });
    }
    const press = async (): Promise<void> => {
      const t0 = performance.now();
      await page.keyboard.press('Shift');
      acks.push(performance.now() - t0);
      await page.waitForTimeout(15);
    };
    if (name === 'off-topic') await page.waitForTimeout(1000);
    else await settle(page, name === 'huge' ? 6000 : 700, name === 'huge' ? 120_000 : 15_000, typing ? press : undefined);
    const events = await stop();
    const cost = scriptCost(events, `chrome-extension://${b.ext.extensionId}/`);
    const figures = await page.evaluate(() =>
      Array.from(document.querySelectorAll('crosscheck-mark:not([data-cc-continuation])')).map((m) => m.getAttribute('data-figure') ?? ''),
    );
    const { input, sync } = await page.evaluate(() => ({
      input: (window as unknown as { __ccInput: Array<[number, number]> }).__ccInput,
      sync: (window as unknown as { __ccSync: number }).__ccSync,
    }));
    const shape = await textAndNodes(page, 'article');
    const heap = await heapUsed(cdp);
    return { cost, figures, heap, input, acks, sync, shape };
  } finally {
    await page.close();
  }
}

/**
 * One round of a stand-in extension (`baselines.ts`): load the page under the same trace as
 * Crosscheck's rounds; for mark.js with a regular expression, wait until it has marked; read what
 * its content script cost the page's main thread.
 */
async function baselineRound(browser: BaselineBrowser, server: TestServer, name: PageName, regex: string | null): Promise<{ cost: ScriptCost; marks: number }> {
  const page = await browser.context.newPage();
  try {
    if (regex) {
      // At DOMContentLoaded, before any content script (document_idle) runs.
      await page.addInitScript(
        `document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute(${JSON.stringify(MARKJS_REGEX_ATTR)}, ${JSON.stringify(regex)}));`,
      );
    }
    const cdp = await browser.context.newCDPSession(page);
    const stop = await startTrace(cdp);
    await page.goto(`${server.origin}/bench/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
    let marks = 0;
    if (regex) {
      await page.waitForFunction((attr) => document.documentElement.hasAttribute(attr), MARKJS_DONE_ATTR, { timeout: 120_000, polling: 50 });
      marks = Number(await page.evaluate((attr) => document.documentElement.getAttribute(attr), MARKJS_DONE_ATTR));
      await page.waitForTimeout(300);
    } else {
      await page.waitForTimeout(1000);
    }
    const events = await stop();
    // The only extension in this browser: its origin is the only chrome-extension:// one.
    return { cost: scriptCost(events, 'chrome-extension://'), marks };
  } finally {
    await page.close();
  }
}

/** mark.js's two ways of highlighting the same figures (see {@link markjsRound}). */
export interface MarkjsTimes {
  /** One Mark over the article, default options: text node by text node. */
  plain: { ms: number; marks: number };
  /** One Mark per block with `acrossElements`: also finds figures split by inline markup. */
  across: { ms: number; marks: number };
}

/**
 * One mark.js round in the browser without the extension: load, inject mark.js, then time both
 * ways of highlighting the article with the same regular expression, alternating which goes
 * first (the marks of the first are removed, untimed, before the second):
 * - plain: `new Mark(article).markRegExp(re)` — mark.js's standard use, text node by text node;
 *   it cannot find a figure split by inline markup ("about <b>$228bn</b>"), which Crosscheck marks;
 * - across: `acrossElements`, one Mark per block (paragraph, heading, list item…) — finds those
 *   too. Per block, because with `acrossElements` over a whole 5 MB article mark.js maps every
 *   match against every text node (73 s on the huge page, measured once).
 */
async function markjsRound(
  b: Browsers,
  name: PageName,
  regex: string | null,
  acrossFirst: boolean,
  withAcross: boolean,
): Promise<{ times: (Pick<MarkjsTimes, 'plain'> & Partial<MarkjsTimes>) | null; heap: number }> {
  const page = await b.plain.context.newPage();
  try {
    await page.goto(`${b.server.origin}/bench/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
    const cdp = await b.plain.context.newCDPSession(page);
    const heap = await heapUsed(cdp);
    if (!regex) return { times: null, heap };
    await page.addScriptTag({ path: MARK_JS });
    // Strings, so no helper the TypeScript loader adds to functions leaks into the page.
    const setup = `
      const root = document.querySelector('article') || document.body;
      const re = new RegExp(${JSON.stringify(regex)}, 'g');
      const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, td, th, dd, dt, pre';
      let marks = 0;`;
    const variants = {
      plain: `(() => {${setup}
        const t0 = performance.now();
        new Mark(root).markRegExp(re, { done: (n) => { marks = n; } });
        return { ms: performance.now() - t0, marks };
      })()`,
      across: `(() => {${setup}
        const t0 = performance.now();
        const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
        for (const el of blocks) new Mark(el).markRegExp(re, { acrossElements: true, done: (n) => { marks += n; } });
        return { ms: performance.now() - t0, marks };
      })()`,
    };
    const unmark = `(() => { new Mark(document.querySelector('article') || document.body).unmark(); document.body.offsetHeight; })()`;
    const order: Array<keyof MarkjsTimes> = !withAcross ? ['plain'] : acrossFirst ? ['across', 'plain'] : ['plain', 'across'];
    const times = {} as MarkjsTimes;
    for (const [i, v] of order.entries()) {
      if (i > 0) await page.evaluate(unmark);
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
      times[v] = (await page.evaluate(variants[v])) as { ms: number; marks: number };
    }
    return { times, heap };
  } finally {
    await page.close();
  }
}

/** Runs the page benchmarks: `rounds` per page (the huge page gets `hugeRounds`). */
export async function pageBench(
  b: Browsers,
  rounds: number,
  hugeRounds: number,
  log: (s: string) => void,
  names: readonly PageName[] = ['off-topic', 'typical', 'huge'],
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const name of names) {
    const n = name === 'huge' ? hugeRounds : rounds;
    const costs: ScriptCost[] = [];
    const heapsExt: number[] = [];
    const heapsPlain: number[] = [];
    const markMs: number[] = [];
    const acrossMs: number[] = [];
    let markCount = 0;
    let acrossCount = 0;
    let figures: string[] = [];
    let regex: string | null = null;
    let shape = { text: 0, nodes: 0 };
    const inputDelays: number[] = [];
    const acks: number[] = [];
    const emptyCosts: ScriptCost[] = [];
    const markjsContent: Array<{ cost: ScriptCost; marks: number }> = [];
    // Round 0 of Crosscheck finds the figures that mark.js is then given; after that, alternate.
    for (let r = 0; r < n; r++) {
      const runCrosscheck = async (): Promise<void> => {
        const x = await crosscheckRound(b, name);
        costs.push(x.cost);
        heapsExt.push(x.heap);
        figures = x.figures;
        shape = x.shape;
        if (x.cost.window && x.cost.syncTs !== null) {
          // Input events whose wait overlapped Crosscheck's work (page clock).
          const from = (x.cost.window[0] - x.cost.syncTs) / 1000 + x.sync;
          const to = (x.cost.window[1] - x.cost.syncTs) / 1000 + x.sync;
          for (const [t, d] of x.input) if (t + d >= from && t <= to) inputDelays.push(d);
        }
        acks.push(...x.acks);
      };
      const runMarkjs = async (): Promise<void> => {
        // On the huge page the acrossElements way takes 5–15 s: once is enough to show it.
        const m = await markjsRound(b, name, regex, r % 2 === 1, name !== 'huge' || r === 0);
        heapsPlain.push(m.heap);
        if (m.times) {
          markMs.push(m.times.plain.ms);
          markCount = m.times.plain.marks;
          if (m.times.across) {
            acrossMs.push(m.times.across.ms);
            acrossCount = m.times.across.marks;
          }
        }
      };
      const runEmpty = async (): Promise<void> => void emptyCosts.push((await baselineRound(b.empty, b.server, name, null)).cost);
      const runMarkjsContent = async (): Promise<void> => void markjsContent.push(await baselineRound(b.markjs, b.server, name, regex));
      // Round 0 runs Crosscheck first (its figures are mark.js's regex); then the order rotates.
      const variants = [runCrosscheck, runMarkjs, runEmpty, runMarkjsContent];
      if (r === 0) {
        await runCrosscheck();
        regex = figures.length ? figuresRegex(figures) : null;
        for (const v of variants.slice(1)) await v();
      } else {
        for (let i = 0; i < variants.length; i++) await variants[(i + r) % variants.length]!();
      }
      const c = costs[costs.length - 1]!;
      const across = name !== 'huge' || r === 0 ? `${acrossMs[acrossMs.length - 1]?.toFixed(2)} ms, ${acrossCount}` : 'first round only';
      const mc = markjsContent[markjsContent.length - 1]!;
      log(`  ${name} round ${r + 1}/${n}: crosscheck ${c.totalMs.toFixed(2)} ms (eval ${c.evaluateMs.toFixed(2)}, run ${c.runMs.toFixed(2)}, longest task ${c.longestTaskMs.toFixed(1)})${c.dataLoss ? ' [trace lost data: round left out]' : ''}, marks ${figures.length}` +
        (regex ? `; mark.js ${markMs[markMs.length - 1]?.toFixed(2)} ms, ${markCount} marks (acrossElements ${across})` : '') +
        `; empty content script ${emptyCosts[emptyCosts.length - 1]!.totalMs.toFixed(2)} ms; mark.js content script eval ${mc.cost.evaluateMs.toFixed(2)} + run ${mc.cost.runMs.toFixed(2)} ms${regex ? `, ${mc.marks} marks` : ''}`);
    }
    // Rounds whose trace lost data undercount; leave them out (unless every round did).
    const whole = costs.filter((c) => !c.dataLoss);
    const valid = whole.length > 0 ? whole : costs;
    const med = (f: (c: ScriptCost) => number): number => median(valid.map(f));
    const markjsMs = median(markMs);
    const runMs = med((c) => c.runMs);
    const totalMs = med((c) => c.totalMs);
    const emptyMs = median(emptyCosts.map((c) => c.totalMs));
    const mcValid = markjsContent.filter((m) => !m.cost.dataLoss);
    const mcMed = (f: (c: ScriptCost) => number): number => median((mcValid.length ? mcValid : markjsContent).map((m) => f(m.cost)));
    // On a page with nothing to mark (no regex), what loading mark.js costs a page.
    const markjsContentResult = { evaluateMs: mcMed((c) => c.evaluateMs), runMs: mcMed((c) => c.runMs), totalMs: mcMed((c) => c.totalMs), marks: markjsContent[markjsContent.length - 1]!.marks, samples: markjsContent.map((m) => ({ evaluateMs: m.cost.evaluateMs, runMs: m.cost.runMs })) };
    results.push({
      page: name,
      baselines: { empty: { totalMs: emptyMs, samples: emptyCosts.map((c) => c.totalMs) }, markjsContent: markjsContentResult },
      aboveEmptyMs: totalMs - emptyMs,
      ratioTotalToMarkjsContentRun: regex ? totalMs / markjsContentResult.runMs : null,
      rounds: n,
      textChars: shape.text,
      nodes: shape.nodes,
      crosscheck: {
        totalMs,
        evaluateMs: med((c) => c.evaluateMs),
        runMs,
        longestTaskMs: Math.max(...valid.map((c) => c.longestTaskMs)),
        longestScriptSliceMs: Math.max(...valid.map((c) => c.longestScriptSliceMs)),
        tasks: med((c) => c.tasks),
        tasksOver50: Math.max(...valid.map((c) => c.tasksOver50)),
        roundsWithTraceDataLoss: costs.length - whole.length,
        marks: figures.length,
        sampleUs: med((c) => c.sampleUs),
        samples: costs.map((c) => ({ ...c, window: null })),
      },
      markjs: regex
        ? { ms: markjsMs, marks: markCount, samples: markMs, across: { ms: median(acrossMs), marks: acrossCount, samples: acrossMs }, regex }
        : null,
      ratioRunToMarkjs: regex ? runMs / markjsMs : null,
      ratioRunToMarkjsAcross: regex ? runMs / median(acrossMs) : null,
      ratioTotalToMarkjs: regex ? totalMs / markjsMs : null,
      heapAddedBytes: median(heapsExt) - median(heapsPlain),
      heap: { withExtension: median(heapsExt), without: median(heapsPlain) },
      input: name === 'huge'
        ? { events: inputDelays.length, medianDelayMs: median(inputDelays), p95DelayMs: percentile(inputDelays, 95), over50: inputDelays.filter((d) => d > 50).length, maxDelayMs: inputDelays.length ? Math.max(...inputDelays) : Number.NaN, maxAckMs: acks.length ? Math.max(...acks) : Number.NaN }
        : null,
    });
  }
  return results;
}

/** The popup's first render, from its own `data-first-render-ms` (and since navigation). */
export async function popupBench(b: Browsers, rounds: number): Promise<{ firstRenderMs: number; sinceNavigationMs: number; samples: number[] } | null> {
  const samples: number[] = [];
  const sinceNav: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page = await b.ext.context.newPage();
    try {
      await page.goto(`chrome-extension://${b.ext.extensionId}/popup.html`);
      const ok = await page.waitForFunction(() => document.documentElement.dataset.firstRenderMs, null, { timeout: 5000 }).then(() => true, () => false);
      if (!ok) return null;
      const v = await page.evaluate(() => [Number(document.documentElement.dataset.firstRenderMs), Number(document.documentElement.dataset.firstRenderSinceNavMs)]);
      samples.push(v[0]!);
      sinceNav.push(v[1]!);
    } finally {
      await page.close();
    }
  }
  return { firstRenderMs: median(samples), sinceNavigationMs: median(sinceNav), samples };
}

/**
 * Wall-clock time from the typical page's load event to its first mark, per round: what the
 * reader waits for, now that the page's texts make a round trip to the background
 * (docs/decisions/009). The first round is the background's first check since the browser started.
 */
export async function firstMarkBench(b: Browsers, rounds: number): Promise<{ firstMs: number; medianMs: number; samples: number[] }> {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page = await b.ext.context.newPage();
    try {
      await page.addInitScript(() => {
        const w = window as unknown as { __ccFirstMark: number };
        w.__ccFirstMark = 0;
        new MutationObserver(() => {
          if (!w.__ccFirstMark && document.querySelector('crosscheck-mark')) w.__ccFirstMark = performance.now();
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${b.server.origin}/bench/typical.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __ccFirstMark: number }).__ccFirstMark > 0, null, { timeout: 10_000 });
      samples.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return (window as unknown as { __ccFirstMark: number }).__ccFirstMark - nav.loadEventEnd;
        }),
      );
    } finally {
      await page.close();
    }
  }
  return { firstMs: samples[0]!, medianMs: median(samples.slice(1)), samples };
}

/** Starts the server (with the generated pages), the browser with Crosscheck, the plain one and the stand-ins. */
export async function startBrowsers(): Promise<Browsers> {
  const server = await startServer();
  const pages: Record<string, string> = {
    'off-topic': offTopicPage(),
    typical: typicalPage().html,
    huge: hugePage().html,
  };
  for (const [name, html] of Object.entries(pages)) server.route(`/bench/${name}.html`, () => ({ body: html }));
  const ext = await launchWithExtension();
  const plain = await launchPlain();
  const dirs = writeBaselines();
  const empty = await launchBaseline(dirs.empty);
  const markjs = await launchBaseline(dirs.markjs);
  const gate = await launchBaseline(dirs.gate);
  return { ext, plain, empty, markjs, gate, server };
}

/** The browsers of the page-shape benchmark (`shape-bench.ts`): one per variant. */
export function feelBrowsers(b: Browsers): FeelBrowsers {
  return {
    server: b.server,
    contexts: { crosscheck: b.ext.context, without: b.plain.context, markjs: b.markjs.context, gate: b.gate.context },
    crosscheckPrefix: `chrome-extension://${b.ext.extensionId}/`,
  };
}

/** Closes the browsers and the server. */
export async function stopBrowsers(b: Browsers): Promise<void> {
  await b.ext.close();
  await b.plain.close();
  await b.empty.close();
  await b.markjs.close();
  await b.gate.close();
  await b.server.close();
}

export { percentile };
