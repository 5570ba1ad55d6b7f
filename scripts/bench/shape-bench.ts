/**
 * The page-shape benchmark of issue 16: each page (off-topic, typical, and the shapes of
 * `pages.ts`: flat, sectioned, nested, table, live blog) is loaded by every variant in the same
 * rounds, in rotating order, each under a trace (`feel.ts`):
 * - *crosscheck*: the built extension;
 * - *without*: the same Chromium with no extension, the page alone;
 * - *markjs*: the mark.js stand-in (`baselines.ts`), a cold content script handed the regular
 *   expression of the figures Crosscheck marked in the first round: the fair peer;
 * - *gate* (off-topic page only): a content script that reads `document.title` and the first
 *   2,000 characters of the body's text, what any gate must pay.
 * Per variant: main-thread time (the sum of the renderer main thread's top-level tasks from
 * navigation to the frame after its last activity, minus the page alone over the same span),
 * long animation frames it added, time from the load event to its last mark, its longest task,
 * and its marks beside the command line's figures for the same article.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { checkFile } from '../lib/check-file';
import { REPO_ROOT, type TestServer } from '../../test/e2e/support/server';
import { figuresRegex } from './browser-bench';
import { longFrames, mainThreadMs, measureLoad, settledEnd, windowEnd, type Load, type Wait } from './feel';
import { offTopicPage, shapePage, typicalPage, type ShapeName } from './pages';
import { median } from './stats';

/** A page of this benchmark. */
export type FeelPageName = 'off-topic' | 'typical' | ShapeName;

/** A variant of this benchmark. */
export type FeelVariant = 'crosscheck' | 'without' | 'markjs' | 'gate';

/** What the benchmark needs: a browser per variant, and the server the pages are routed on. */
export interface FeelBrowsers {
  server: TestServer;
  contexts: Record<FeelVariant, BrowserContext>;
  /** `chrome-extension://ID/` of Crosscheck in its browser. */
  crosscheckPrefix: string;
}

/** One variant's medians over the rounds (and the worst of some). */
export interface VariantResult {
  /** Main-thread time with the variant minus the page alone, same span (median, ms). */
  mainMs: number;
  mainSamples: number[];
  /** The variant's own script time, attributed from the trace's samples (median, ms). */
  scriptMs: number;
  /** Long animation frames in the span, with the variant and the page alone (medians). */
  frames: { count: number; blockingMs: number; withoutCount: number; withoutBlockingMs: number };
  /** From the load event to the end of the variant's last activity (median, ms); null: it never ran. */
  lastMarkAfterLoadMs: number | null;
  /** The longest task holding the variant's script, whole (worst round, ms), and tasks over 50 ms (worst round). */
  longestTaskMs: number;
  tasksOver50: number;
  /** Marks on the page when it settled (last round). */
  marks: number;
  /** Rounds whose trace lost data (left out of the medians when others did not). */
  roundsLost: number;
}

/** One page's results. */
export interface FeelPageResult {
  page: FeelPageName;
  rounds: number;
  /** The command line's figures on the same article (the live blog: as the last round left it). */
  cliFigures: number | null;
  variants: Partial<Record<Exclude<FeelVariant, 'without'>, VariantResult>>;
}

/** Rounds per page. The typical page's load-to-load noise (±40 ms) needs at least 15. */
export function roundsOf(page: FeelPageName, quick: boolean): number {
  if (page === 'off-topic' || page === 'typical') return quick ? 5 : 15;
  return quick ? 1 : 3;
}

/** The live blog is measured over a fixed span after load (it never stops changing). */
const LIVEBLOG_WINDOW_MS = 10_000;
/** A small page is done when nothing changed for this long; a big one waits longer (marks may be held up to 5 s there: `HOLD_MS`, `mark-writer.ts`). */
const QUIET_SMALL_MS = 1_000;
const QUIET_BIG_MS = 6_000;

const SMALL: ReadonlySet<FeelPageName> = new Set(['off-topic', 'typical', 'nested']);

/** The page's HTML and its static form for the command line. */
function pageOf(name: FeelPageName): { html: string; cliHtml: (appended?: number) => string } {
  if (name === 'off-topic') {
    const html = offTopicPage();
    return { html, cliHtml: () => html };
  }
  if (name === 'typical') {
    const { html } = typicalPage();
    return { html, cliHtml: () => html };
  }
  return shapePage(name);
}

/** The command line's figures on `html` (written to bench/tmp). */
function cliFigures(name: string, html: string): number {
  const dir = join(REPO_ROOT, 'bench/tmp/pages');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  return checkFile(file, undefined).figures.length;
}

/** Runs the benchmark on `names`; `log` gets a line per round. */
export async function feelBench(b: FeelBrowsers, names: readonly FeelPageName[], quick: boolean, log: (s: string) => void): Promise<FeelPageResult[]> {
  const out: FeelPageResult[] = [];
  for (const name of names) {
    const page = pageOf(name);
    b.server.route(`/bench/feel-${name}.html`, () => ({ body: page.html }));
    const url = `${b.server.origin}/bench/feel-${name}.html`;
    const rounds = roundsOf(name, quick);
    const live = name === 'liveblog';
    const big = !SMALL.has(name);
    const variants: FeelVariant[] = name === 'off-topic' ? ['crosscheck', 'gate', 'without'] : ['crosscheck', 'markjs', 'without'];
    const loads: Record<FeelVariant, Load[]> = { crosscheck: [], without: [], markjs: [], gate: [] };
    let regex: string | null = null;
    let longestEnd = 0;
    for (let r = 0; r < rounds; r++) {
      // Round 0 runs Crosscheck first: its figures are the regex mark.js is handed. Then rotate.
      const order = r === 0 ? variants : variants.map((_, i) => variants[(i + r) % variants.length]!);
      for (const v of order) {
        if (v === 'markjs' && !regex) continue; // nothing for it to mark (Crosscheck marked nothing)
        const wait: Wait = live
          ? { kind: 'fixed', ms: LIVEBLOG_WINDOW_MS }
          : v === 'crosscheck'
            ? { kind: 'marks', tag: 'crosscheck-mark', quietMs: big ? QUIET_BIG_MS : QUIET_SMALL_MS, timeoutMs: 120_000 }
            : v === 'markjs'
              ? { kind: 'markjs', afterMs: 500, timeoutMs: 120_000 }
              : // The page alone is traced at least as long as any variant's span so far.
                { kind: 'fixed', ms: Math.max(1_000, longestEnd + 500) };
        const load = await measureLoad(b.contexts[v], url, {
          scriptPrefix: v === 'crosscheck' ? b.crosscheckPrefix : v === 'without' ? undefined : 'chrome-extension://',
          markjsRegex: v === 'markjs' ? (regex ?? undefined) : undefined,
          wait,
        });
        loads[v].push(load);
        longestEnd = Math.max(longestEnd, (v === 'without' ? settledEnd(load) : windowEnd(load)) - load.loadMs);
        if (v === 'crosscheck' && r === 0 && load.figures.length > 0) regex = figuresRegex(load.figures);
      }
      const c = loads.crosscheck[loads.crosscheck.length - 1]!;
      log(`  ${name} round ${r + 1}/${rounds}: crosscheck script ${c.cost?.totalMs.toFixed(1)} ms, last activity ${(windowEnd(c) - c.loadMs).toFixed(0)} ms after load, ${c.figures.length} marks, ${longFrames(c, windowEnd(c)).count} long frames`);
    }
    const cli = cliFigures(name, page.cliHtml(live ? (loads.crosscheck.at(-1)?.appended ?? 0) : undefined));
    const result: FeelPageResult = { page: name, rounds, cliFigures: cli, variants: {} };
    for (const v of variants) {
      if (v === 'without' || loads[v].length === 0) continue;
      result.variants[v] = summarise(loads[v], loads.without, live);
    }
    out.push(result);
  }
  return out;
}

/**
 * One variant's loads against the page alone, round by round (load i with load i of `without`):
 * each difference over the variant's own span.
 */
function summarise(mine: Load[], without: Load[], fixedSpan: boolean): VariantResult {
  const whole = mine.filter((l) => !l.dataLoss);
  const pairs = mine.map((l, i) => [l, without[i] ?? without[without.length - 1]!] as const).filter(([l]) => whole.length === 0 || !l.dataLoss);
  // The span: from navigation to the frame after the variant's last activity, or until both loads
  // had done the page's own loading work if that was later (a variant that runs before the page's
  // first layout delays it: cut at the page alone's end, that layout would go uncounted); a fixed
  // span after load on the live blog. The same span of the page alone.
  const span = (l: Load, w: Load): number =>
    fixedSpan ? l.loadMs + LIVEBLOG_WINDOW_MS : Math.max(windowEnd(l), settledEnd(l), settledEnd(w));
  const main = pairs.map(([l, w]) => mainThreadMs(l, span(l, w)) - mainThreadMs(w, span(l, w)));
  const frames = pairs.map(([l, w]) => ({ mine: longFrames(l, span(l, w)), alone: longFrames(w, span(l, w)) }));
  const ran = pairs.filter(([l]) => l.lastActivityMs !== null);
  return {
    mainMs: median(main),
    mainSamples: main,
    scriptMs: median(pairs.map(([l]) => l.cost?.totalMs ?? 0)),
    frames: {
      count: median(frames.map((f) => f.mine.count)),
      blockingMs: median(frames.map((f) => f.mine.blockingMs)),
      withoutCount: median(frames.map((f) => f.alone.count)),
      withoutBlockingMs: median(frames.map((f) => f.alone.blockingMs)),
    },
    lastMarkAfterLoadMs: ran.length ? median(ran.map(([l]) => l.lastActivityMs! - l.loadMs)) : null,
    longestTaskMs: Math.max(0, ...pairs.map(([l]) => l.cost?.longestTaskMs ?? 0)),
    tasksOver50: Math.max(0, ...pairs.map(([l]) => l.cost?.tasksOver50 ?? 0)),
    marks: mine[mine.length - 1]!.figures.length,
    roundsLost: mine.length - whole.length,
  };
}
