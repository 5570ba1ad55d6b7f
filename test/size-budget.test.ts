/**
 * Size budgets of the built extension (issues 6 and 16, budgets in scripts/bench/sizes.ts): the
 * content script injected into every page stays under 5 KB gzipped, with the second stage an
 * on-topic page loads under 20 KB, and with everything it can load (the card) under 45 KB.
 *
 * Reads `.output/chrome-mv3`. `npm test` runs vitest before its own build step, so this test
 * builds first (`npx wxt build`) when the output is missing or older than any source it is made
 * from; otherwise it measures the existing build. Budgets live in scripts/bench/sizes.ts, shared
 * with `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUDGETS, buildSizes, checkBudgets, injectedFiles, KB, pageLoadableFiles, type FileSize, type PageManifest } from '../scripts/bench/sizes';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output/chrome-mv3');
const MANIFEST = join(OUT, 'manifest.json');
/** What the build is made of: newer than the build means the build is stale. */
const INPUTS = ['entrypoints', 'content', 'background', 'core', 'page', 'components', 'storage', 'messaging', 'seeds', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    // The index the build itself writes must not make every build look stale.
    if (name === 'generated') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

function buildIsFresh(): boolean {
  if (!existsSync(MANIFEST)) return false;
  const built = statSync(MANIFEST).mtimeMs;
  return INPUTS.every((p) => newestMtime(join(ROOT, p)) <= built);
}

let sizes: FileSize[] = [];

beforeAll(() => {
  if (!buildIsFresh()) {
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npx wxt build failed:\n${r.stdout}\n${r.stderr}`);
  }
  sizes = buildSizes(OUT);
}, 180_000);

describe('size budgets of the built extension', () => {
  test('the budget covers every script and style the content script brings into a page', () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as PageManifest;
    const injected = injectedFiles(manifest);
    expect(injected.length).toBeGreaterThan(0);
    const content = checkBudgets(sizes, manifest).at(-1);
    for (const file of [...injected, ...pageLoadableFiles(manifest)]) {
      expect(sizes.some((s) => s.file === file), `${file} is built`).toBe(true);
      expect(content!.files, `${file} counts towards the budget`).toContain(file);
    }
  });

  for (const [i, budget] of BUDGETS.entries()) {
    test(`${budget.name} ≤ ${budget.maxGzipBytes / KB} KB gzipped`, () => {
      const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as PageManifest;
      const result = checkBudgets(sizes, manifest)[i]!;
      const detail = result.files
        .map((f) => sizes.find((s) => s.file === f)!)
        .map((s) => `${s.file}: ${s.raw} B raw, ${s.gzip} B gzipped`)
        .join('; ');
      expect(result.missing, 'files the manifest lists but the build lacks').toEqual([]);
      expect(result.files.length).toBeGreaterThan(0);
      expect(result.gzip, `${budget.name}: ${(result.gzip / KB).toFixed(1)} KB gzipped (${detail}); see docs/PERFORMANCE.md`).toBeLessThanOrEqual(
        budget.maxGzipBytes,
      );
    });
  }
});
