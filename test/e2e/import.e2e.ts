/**
 * Importing packs that are big or broken (issue 14), in the options page in Chromium:
 * - an 18.8 MB pack of 4,348 valid sources is refused at once, with the limit said, nothing stored;
 * - a pack of 2,001 sources, 2,000 of them broken, says so and lists the first 20 by source and
 *   field, checked in a worker while the page stays responsive;
 * - a valid pack within the limit is stored, all of it, in one write;
 * - a pack that would not fit in the browser's storage is refused before anything is written.
 * The timings printed are for the report (docs/decisions/020), not asserted.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import seed from '../../core/generated/seed-index.json';
import { sourceEntries } from '../../core/index/assemble-index';
import type { FactIndex } from '../../core/model';
import { syntheticIndex } from '../../scripts/bench/synthetic-index';
import { REPO_ROOT } from './support/server';
import { useExtensionSession } from './support/session';

const session = useExtensionSession();
const RESULTS = join(REPO_ROOT, 'test-results');

/** A valid pack of the sources of a synthetic index of `facts` facts (the seeds' shape, moved in place and time). */
function packOf(facts: number, prefix: string): { json: string; sources: number } {
  const entries = sourceEntries(syntheticIndex(seed as unknown as FactIndex, facts)).map((e) => {
    const file = `${prefix}-${e.source.file}`;
    return { source: { ...e.source, file, origin: 'user' as const }, facts: e.facts.map((f) => ({ ...f, source: file, id: `${prefix}-${f.id}` })) };
  });
  return { json: JSON.stringify({ format: 'crosscheck-pack', schemaVersion: 1, exportedAt: '2026-06-01T00:00:00.000Z', sources: entries }), sources: entries.length };
}

/** Writes a pack to the ignored test-results/ folder and returns its path. */
async function packFile(name: string, json: string): Promise<string> {
  await mkdir(RESULTS, { recursive: true });
  const path = join(RESULTS, name);
  await writeFile(path, json);
  return path;
}

type Chrome = { storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(x: object): Promise<void>; remove(k: string[]): Promise<void> } } };

/** The stored keys of user sources. */
function storedSources(): Promise<string[]> {
  return session.browser.serviceWorker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null)).filter((k) => k.startsWith('usersource:')));
}

/** Opens the options page, with a long-task observer recording the page's longest task. */
async function openOptions(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { longest: number }).longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { longest: number }).longest = Math.max((window as unknown as { longest: number }).longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await page.getByTestId('pack-limit').waitFor();
  return page;
}

/** Imports `path` and waits for the result; returns it with the time it took and the longest task. */
async function importFile(page: Page, path: string): Promise<{ ok: string | null; text: string; ms: number; longestTask: number }> {
  await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
  const start = Date.now();
  await page.locator('input[type="file"]').setInputFiles(path);
  const result = page.getByTestId('import-result');
  await result.waitFor({ timeout: 120_000 });
  return {
    ok: await result.getAttribute('data-ok'),
    text: (await result.textContent()) ?? '',
    ms: Date.now() - start,
    longestTask: await page.evaluate(() => (window as unknown as { longest: number }).longest),
  };
}

describe('importing packs', () => {
  test('states the limit, and refuses an 18.8 MB pack of valid sources at once, storing nothing', async () => {
    const big = packOf(20_000, 'big');
    const bytes = Buffer.byteLength(big.json);
    const path = await packFile('pack-18mb.json', big.json);
    const page = await openOptions();
    try {
      assert.equal(
        await page.getByTestId('pack-limit').textContent(),
        'A pack holds sources to share or keep. Packs of up to 8 MB can be imported; an import stores all of a pack or nothing.',
      );
      const r = await importFile(page, path);
      assert.equal(r.ok, 'false');
      assert.equal(r.text, `Nothing was imported.the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; packs of up to 8.0 MB can be imported`);
      assert.deepEqual(await storedSources(), []);
      console.log(`# ${(bytes / 1e6).toFixed(1)} MB pack of ${big.sources} sources: refused in ${r.ms} ms, longest task ${Math.round(r.longestTask)} ms`);
    } finally {
      await page.close();
    }
  });

  test('counts 2,000 broken sources and lists the first 20, checked off the main thread', async () => {
    const good = JSON.parse(packOf(120, 'ok').json) as { sources: Array<{ source: Record<string, unknown> }> };
    const broken = Array.from({ length: 2000 }, (_, i) => {
      const e = structuredClone(good.sources[i % good.sources.length]!);
      e.source = { ...e.source, file: `broken-${i}`, published: 'last May', origin: 'nowhere' };
      return e;
    });
    const json = JSON.stringify({ format: 'crosscheck-pack', schemaVersion: 1, sources: [good.sources[0], ...broken] });
    const path = await packFile('pack-broken.json', json);
    const page = await openOptions();
    try {
      const r = await importFile(page, path);
      assert.equal(r.ok, 'false');
      assert.equal(await page.getByTestId('import-count').textContent(), '2,000 sources of 2,001 have problems; the first 20:');
      const shown = page.locator('[data-testid="import-result"] .cc-errors > li');
      assert.equal(await shown.count(), 20);
      assert.match((await shown.first().locator('strong').textContent()) ?? '', /^Source 2 \(“.+”\)$/);
      assert.deepEqual(await shown.first().locator('li').allTextContents(), ['published: should be a date like 2026-05-20 or 2026-05 (or null when undated), but is "last May"']);
      assert.ok(!r.text.includes('sources['), 'no code paths');
      assert.deepEqual(await storedSources(), []);
      console.log(`# ${(json.length / 1e6).toFixed(1)} MB pack, 2,000 of 2,001 sources broken: reported in ${r.ms} ms, longest task ${Math.round(r.longestTask)} ms`);
    } finally {
      await page.close();
    }
  });

  test('stores a valid pack within the limit, all of it', async () => {
    const pack = packOf(5_000, 'mid');
    const path = await packFile('pack-valid.json', pack.json);
    const page = await openOptions();
    try {
      const r = await importFile(page, path);
      assert.equal(r.ok, 'true');
      assert.equal(r.text, `Imported ${pack.sources.toLocaleString('en')} sources.`);
      assert.equal((await storedSources()).length, pack.sources);
      console.log(`# ${(pack.json.length / 1e6).toFixed(1)} MB pack of ${pack.sources} sources: stored in ${r.ms} ms, longest task ${Math.round(r.longestTask)} ms`);
      await session.browser.serviceWorker.evaluate(async () => {
        const local = (globalThis as unknown as { chrome: Chrome }).chrome.storage.local;
        await local.remove(Object.keys(await local.get(null)).filter((k) => k.startsWith('usersource')));
      });
    } finally {
      await page.close();
    }
  });

  test('refuses a pack that would not fit in the browser’s storage, before writing anything', async () => {
    // 7 MB of the 10 MB Chrome gives an extension without unlimitedStorage are taken.
    await session.browser.serviceWorker.evaluate(async () => {
      await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ ballast: 'x'.repeat(7 * 1024 * 1024) });
    });
    const pack = packOf(5_000, 'room');
    const path = await packFile('pack-room.json', pack.json);
    const page = await openOptions();
    try {
      const r = await importFile(page, path);
      assert.equal(r.ok, 'false');
      assert.match(r.text, /^Nothing was imported\.the pack needs \d+\.\d MB of storage and 3\.0 MB is free; nothing was stored$/);
      assert.deepEqual(await storedSources(), []);
    } finally {
      await page.close();
      await session.browser.serviceWorker.evaluate(async () => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.remove(['ballast']));
    }
  });
});
