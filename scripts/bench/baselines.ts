/**
 * Two stand-in extensions the content-script benchmarks measure beside Crosscheck, in the same
 * run, under the same trace and in the same kind of world (a content script's fresh isolated
 * world, cold), so each comparison is like for like:
 * - *empty*: a content script that does nothing. What any content script costs a page in this
 *   harness (the world, the trace's own overhead): the floor under row 1a.
 * - *mark.js*: the standard highlighter as an extension would ship it, `mark.min.js` plus a
 *   content script that highlights the figures Crosscheck marked on that page with
 *   `new Mark(article).markRegExp(re)`, in a task of its own after its evaluation, so its run is
 *   the highlighting alone. It reads the regular expression from an attribute of `<html>`
 *   (`MARKJS_REGEX_ATTR`, set by the benchmark's init script at DOMContentLoaded; the DOM is shared
 *   by the page's and the content script's worlds, and one attribute read costs next to nothing,
 *   where a first `sessionStorage` read cost the stand-in 1–15 ms) and does nothing without one.
 * - *gate*: a content script that reads `document.title` and the first 2,000 characters of the
 *   body's text and looks for one name in them: what any gate that reads the page must pay, the
 *   floor issue 16 measures the first stage against on an off-topic page.
 * Each is loaded unpacked into a Chromium of its own, with the same flags as Crosscheck's.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, extensionFlags } from '../../test/e2e/support/launch';
import { REPO_ROOT } from '../../test/e2e/support/server';

/** Where the stand-in extensions are written. */
export const BASELINES_DIR = join(REPO_ROOT, 'bench/tmp/baselines');
/** The attribute of `<html>` the mark.js stand-in reads its regular expression from. */
export const MARKJS_REGEX_ATTR = 'data-cc-bench-markjs-regex';
/** The attribute the mark.js stand-in sets on `<html>` when done: how many marks it made. */
export const MARKJS_DONE_ATTR = 'data-cc-bench-markjs';

/** A stand-in extension of the benchmark. */
export type BaselineName = 'empty' | 'markjs' | 'gate';

const MARK_RUNNER = `// Benchmark stand-in: highlight with mark.js as a highlighter extension would (see baselines.ts).
setTimeout(() => {
  const source = document.documentElement.getAttribute(${JSON.stringify(MARKJS_REGEX_ATTR)});
  if (!source) return;
  const root = document.querySelector('article') || document.body;
  new Mark(root).markRegExp(new RegExp(source, 'g'), {
    done: (n) => document.documentElement.setAttribute(${JSON.stringify(MARKJS_DONE_ATTR)}, String(n)),
  });
}, 0);
`;

const GATE_RUNNER = `// Benchmark stand-in: the least a gate that reads the page can do (see baselines.ts).
const sample = document.title + '\\n' + (document.body ? document.body.textContent : '').slice(0, 2000);
if (sample.includes('Xi Jinping')) document.documentElement.setAttribute('data-cc-bench-gate', '');
`;

function manifest(name: string, js: string[]): string {
  return JSON.stringify({
    manifest_version: 3,
    name,
    version: '1.0.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js, run_at: 'document_idle' }],
  });
}

/** Writes the stand-in extensions; returns their folders. */
export function writeBaselines(): Record<BaselineName, string> {
  const empty = join(BASELINES_DIR, 'empty');
  const markjs = join(BASELINES_DIR, 'markjs');
  const gate = join(BASELINES_DIR, 'gate');
  for (const dir of [empty, markjs, gate]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(empty, 'manifest.json'), manifest('bench: empty content script', ['empty.js']));
  writeFileSync(join(empty, 'empty.js'), '// Benchmark stand-in: a content script that does nothing.\n');
  writeFileSync(join(markjs, 'manifest.json'), manifest('bench: mark.js content script', ['mark.min.js', 'run-mark.js']));
  copyFileSync(join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js'), join(markjs, 'mark.min.js'));
  writeFileSync(join(markjs, 'run-mark.js'), MARK_RUNNER);
  writeFileSync(join(gate, 'manifest.json'), manifest('bench: minimal gate content script', ['gate.js']));
  writeFileSync(join(gate, 'gate.js'), GATE_RUNNER);
  return { empty, markjs, gate };
}

/** A Chromium with one stand-in extension loaded. */
export interface BaselineBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with the stand-in at `dir` (same flags as Crosscheck's browser). */
export async function launchBaseline(dir: string): Promise<BaselineBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-bench-baseline-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...extensionFlags(dir), ...CHROMIUM_FLAGS],
    viewport: { width: 1000, height: 720 },
    colorScheme: 'light',
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}
