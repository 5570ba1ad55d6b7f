// @vitest-environment happy-dom
/** The options page against WXT's fake browser: review a draft, sources, packs, problems. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import seed from '../../../core/generated/seed-index.json';
import type { FactIndex } from '../../../core/model';
import { OptionsApp } from '../../../entrypoints/options/App';
import { loadDraft, saveDraft } from '../../../storage/draft-source';
import { loadUserSources } from '../../../storage/user-sources';

const seedIndex = seed as unknown as FactIndex;
let root: HTMLElement;
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 30))));

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(review = false, download = vi.fn()) {
  await act(async () => render(<OptionsApp seed={seedIndex} download={download} review={review} />, root));
  await flush();
  return download;
}

describe('OptionsApp', () => {
  test('lists the bundled sources read-only', async () => {
    await mount();
    expect(root.querySelectorAll('[data-testid="seed-sources"] li')).toHaveLength(seedIndex.sources.length);
    expect(root.querySelector('[data-testid="seed-sources"] button')).toBeNull();
  });

  test('reviews a drafted page, saves it, lists it, and removes it', async () => {
    await saveDraft({
      url: 'https://harbour.test/xi-putin',
      text: 'BEIJING, May 20, 2026. Xi Jinping and Vladimir Putin signed 45 cooperation agreements in Beijing on Wednesday.',
      meta: { url: 'https://harbour.test/xi-putin', title: 'Xi and Putin sign 45 deals', dates: [{ value: '2026-05-20T08:00:00Z', basis: 'article:published_time' }], byline: null, siteName: 'Harbour Ledger' },
      at: '2026-05-20T09:00:00Z',
    });
    await mount(true);
    const form = root.querySelector('form.cc-review')!;
    expect(form.querySelector<HTMLInputElement>('input[name="outlet"]')!.value).toBe('Harbour Ledger');
    expect(form.querySelector<HTMLInputElement>('input[name="published"]')!.value).toBe('2026-05-20');
    expect(form.querySelector('input[data-fact="45"]')).not.toBeNull();
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    const saved = await loadUserSources();
    expect(saved.map((e) => e.source.outlet)).toEqual(['Harbour Ledger']);
    expect(saved[0]!.facts.some((f) => f.text === '45')).toBe(true);
    expect(await loadDraft()).toBeNull();
    const item = root.querySelector('[data-testid="user-sources"] li')!;
    expect(item.textContent).toContain('Xi and Putin sign 45 deals');
    await act(async () => item.querySelector('button')!.click());
    await flush();
    expect(await loadUserSources()).toEqual([]);
    expect(root.querySelector('[data-testid="user-sources"]')).toBeNull();
  });

  test('exports the user sources as one pack', async () => {
    await fakeBrowser.storage.local.set({ 'usersource:x': { schemaVersion: 1, savedAt: 't', entry: { source: { ...seedIndex.sources[0]!, origin: 'user' }, facts: [] } } });
    const download = await mount();
    const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.startsWith('Export'))!;
    expect(button.textContent).toBe('Export your 1 source as a pack');
    await act(async () => button.click());
    await flush();
    const [name, json] = download.mock.calls[0] as [string, string];
    expect(name).toMatch(/^crosscheck-pack-\d{4}-\d\d-\d\d\.json$/);
    const pack = JSON.parse(json) as { format: string; sources: unknown[] };
    expect(pack.format).toBe('crosscheck-pack');
    expect(pack.sources).toHaveLength(1);
  });

  test('reports stored data kept aside', async () => {
    await fakeBrowser.storage.local.set({ 'usersource:broken': { schemaVersion: 1, savedAt: 't', entry: 'nope' } });
    await mount();
    const problems = root.querySelector('[data-testid="problems"]')!;
    expect(problems.textContent).toContain('Some stored data could not be read. It was kept aside, not deleted:');
    expect(problems.querySelector('li')!.textContent).toMatch(/^Your source "broken" could not be read and was kept aside on \d{4}-\d\d-\d\d: /);
  });
});
