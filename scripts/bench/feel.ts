/**
 * What a reader feels on a page (issue 16), measured from outside: one page load under a trace,
 * and what it cost the page's renderer main thread as a whole, not only our script's samples.
 * Per load:
 * - the top-level tasks of the renderer's main thread from navigation on (DevTools' `RunTask`),
 *   whoever ran them: parsing, our script, the style, layout and pre-paint our marks cause, GC,
 *   promise continuations — so the *main-thread time* of a window is their sum, and with an
 *   extension minus without is what the extension costs the page;
 * - the long animation frames the page saw (`long-animation-frame` entries: count, blocking time),
 *   which the Long Tasks API misses (it reports no rendering);
 * - when the extension's script last ran (from the trace's samples), hence the time from the load
 *   event to the last mark, and its longest task;
 * - the marks on the page when it settled.
 * `feelBench` runs the page shapes with every variant side by side; `ab.ts` uses `measureLoad`
 * to compare builds.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { MARKJS_DONE_ATTR, MARKJS_REGEX_ATTR } from './baselines';
import { scriptCost, startTrace, type ScriptCost, type TraceEvent } from './trace';

/** Label of the timestamp the page's init script makes as the document starts. */
export const NAV_LABEL = 'cc-bench-nav';

/**
 * Init script of every measured load: a trace timestamp (page time ↔ trace time), the load
 * event's time, and every long animation frame (buffered, so none before the observer is missed).
 */
const FEEL_PROBE = `(() => {
  const w = window;
  console.timeStamp(${JSON.stringify(NAV_LABEL)});
  w.__ccNav = performance.now();
  w.__ccLoaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__ccLoaf.push([e.startTime, e.duration, e.blockingDuration || 0]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {}
  addEventListener('load', () => { w.__ccLoad = performance.now(); });
})();`;

/** How a load waits before its trace stops. */
export type Wait =
  /** Until the number of `tag` elements has not changed for `quietMs` (polled every 500 ms). */
  | { kind: 'marks'; tag: string; quietMs: number; timeoutMs: number }
  /** Until the mark.js stand-in says it is done, then `afterMs`. */
  | { kind: 'markjs'; afterMs: number; timeoutMs: number }
  /** A fixed time after the load event. */
  | { kind: 'fixed'; ms: number };

/** One traced page load. Times are in ms after navigation (page time). */
export interface Load {
  /** Top-level tasks on the page's main thread: [start, duration]. */
  tasks: Array<[number, number]>;
  /** Long animation frames: [start, duration, blocking duration]. */
  loafs: Array<[number, number, number]>;
  /** The load event. */
  loadMs: number;
  /** The end of the extension's last script activity; null without one, or when it never ran. */
  lastActivityMs: number | null;
  /** The extension's script cost from the trace's samples (null for a load without extension). */
  cost: ScriptCost | null;
  /** Garbage collection on the page's main thread (`MajorGC`, `MinorGC`) from the extension's first to its last activity, ms. */
  gcMs: number;
  /** The figures of the first piece of each mark, Crosscheck's (`data-figure`) or mark.js's (text). */
  figures: string[];
  /** Live blog: posts the page added while it was measured. */
  appended: number;
  /** How long after navigation the trace went on. */
  tracedMs: number;
  /** Chromium dropped trace data: the task list is incomplete. */
  dataLoss: boolean;
}

/** Options of one load. */
export interface LoadOptions {
  /** The extension whose script is attributed (`chrome-extension://ID/`, or any extension's). */
  scriptPrefix?: string;
  /** For the mark.js stand-in: the regular expression it is handed. */
  markjsRegex?: string;
  wait: Wait;
}

/** Loads `url` in a new tab of `context` under a trace and measures it (see the module comment). */
export async function measureLoad(context: BrowserContext, url: string, options: LoadOptions): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.addInitScript(FEEL_PROBE);
    if (options.markjsRegex) {
      await page.addInitScript(
        `document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute(${JSON.stringify(MARKJS_REGEX_ATTR)}, ${JSON.stringify(options.markjsRegex)}));`,
      );
    }
    const cdp = await context.newCDPSession(page);
    const stop = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await waitFor(page, options.wait);
    const events = await stop();
    const probe = await page.evaluate(() => {
      const w = window as unknown as { __ccNav: number; __ccLoad: number; __ccLoaf: Array<[number, number, number]>; __ccAppended?: number };
      return { nav: w.__ccNav, load: w.__ccLoad, loafs: w.__ccLoaf, appended: w.__ccAppended ?? 0, now: performance.now() };
    });
    const figures = await page.evaluate(() => [
      ...Array.from(document.querySelectorAll('crosscheck-mark:not([data-cc-continuation])')).map((m) => m.getAttribute('data-figure') ?? ''),
      ...Array.from(document.querySelectorAll('mark[data-markjs]')).map((m) => m.textContent ?? ''),
    ]);
    return fromTrace(events, probe, figures, options.scriptPrefix);
  } finally {
    await page.close();
  }
}

async function waitFor(page: Page, wait: Wait): Promise<void> {
  if (wait.kind === 'fixed') {
    await page.waitForTimeout(wait.ms);
    return;
  }
  if (wait.kind === 'markjs') {
    await page.waitForFunction((attr) => document.documentElement.hasAttribute(attr), MARKJS_DONE_ATTR, { timeout: wait.timeoutMs, polling: 250 });
    await page.waitForTimeout(wait.afterMs);
    return;
  }
  // A live collection's length, every 500 ms: each poll is a task on the page's thread too (a
  // count over a 5 MB page after changes: about a millisecond).
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await page.evaluate((tag) => document.getElementsByTagName(tag).length, wait.tag);
    if (n !== last) [last, since] = [n, Date.now()];
    else if (Date.now() - since >= wait.quietMs) return;
    if (Date.now() - start > wait.timeoutMs) return;
    await page.waitForTimeout(500);
  }
}

/** Reads a load's measures from its trace and the page's probe. */
function fromTrace(
  events: TraceEvent[] & { dataLoss?: boolean },
  probe: { nav: number; load: number; loafs: Array<[number, number, number]>; appended: number; now: number },
  figures: string[],
  scriptPrefix: string | undefined,
): Load {
  const stamp = events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === NAV_LABEL);
  if (!stamp) throw new Error('the trace has no navigation timestamp (the init script did not run?)');
  // Trace time (µs) of page time 0.
  const zero = stamp.ts - probe.nav * 1000;
  const at = (ts: number): number => (ts - zero) / 1000;
  const tasks: Array<[number, number]> = [];
  let until = -1;
  for (const e of events
    .filter((e) => e.ph === 'X' && e.pid === stamp.pid && e.tid === stamp.tid && e.name === 'RunTask' && e.cat.includes('devtools.timeline'))
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < until) continue; // nested
    until = e.ts + (e.dur ?? 0);
    if (e.ts >= zero) tasks.push([at(e.ts), (e.dur ?? 0) / 1000]);
  }
  const cost = scriptPrefix ? scriptCost(events, scriptPrefix) : null;
  let gcMs = 0;
  if (cost?.window) {
    const [from, to] = cost.window;
    for (const e of events) {
      if (e.ph !== 'X' || e.pid !== stamp.pid || e.tid !== stamp.tid || (e.name !== 'MajorGC' && e.name !== 'MinorGC')) continue;
      if (e.ts >= from && e.ts < to) gcMs += (e.dur ?? 0) / 1000;
    }
  }
  return {
    tasks,
    loafs: probe.loafs,
    loadMs: probe.load,
    lastActivityMs: cost?.window ? at(cost.window[1]) : null,
    cost,
    gcMs,
    figures,
    appended: probe.appended,
    tracedMs: probe.now,
    dataLoss: !!events.dataLoss,
  };
}

/** Sum of the main thread's top-level tasks in [0, `untilMs`] (a task cut by the end counts in part). */
export function mainThreadMs(load: Load, untilMs: number): number {
  let sum = 0;
  for (const [start, dur] of load.tasks) if (start < untilMs) sum += Math.min(dur, untilMs - start);
  return sum;
}

/** Long animation frames that began in [0, `untilMs`): their number and blocking time. */
export function longFrames(load: Load, untilMs: number): { count: number; blockingMs: number; totalMs: number } {
  const inside = load.loafs.filter(([start]) => start < untilMs);
  return {
    count: inside.length,
    blockingMs: inside.reduce((s, [, , b]) => s + b, 0),
    totalMs: inside.reduce((s, [, d]) => s + d, 0),
  };
}

/** After the last activity of the extension's script, its last frame is still to come: counted. */
export const FRAME_TAIL_MS = 150;

/** The end of a load's window: the frame after the extension's last activity, or the load event. */
export function windowEnd(load: Load): number {
  return (load.lastActivityMs ?? load.loadMs) + FRAME_TAIL_MS;
}

/** Tasks this long or longer are the page's own loading work (parsing, layout, paint), not idle chatter. */
const OWN_WORK_MS = 10;

/**
 * When a load had done its loading work: the end of its last task of {@link OWN_WORK_MS} or
 * more, and the frame after it (the load event at the least). A window that closed before it
 * would compare a page still loading with one that had finished.
 */
export function settledEnd(load: Load): number {
  let end = load.loadMs;
  for (const [start, dur] of load.tasks) if (dur >= OWN_WORK_MS) end = Math.max(end, start + dur);
  return end + FRAME_TAIL_MS;
}
