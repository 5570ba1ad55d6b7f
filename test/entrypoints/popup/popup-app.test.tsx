// @vitest-environment happy-dom
/**
 * The whole popup against WXT's fake browser: the background's real handlers (seed index and
 * storage) answer its messages, and a stub content script answers for the tab.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import seed from '../../../core/generated/seed-index.json';
import { assembleIndex, sourceEntries } from '../../../core/index/assemble-index';
import type { FactIndex } from '../../../core/model';
import { App, type PopupEnv } from '../../../entrypoints/popup/App';
import { createIndexService } from '../../../background/index-service';
import { type ContentRequest, createBackgroundListener, ok, type PageSummary } from '../../../messaging/protocol';
import { readUserSources } from '../../../storage/user-sources';
import { readSettings } from '../../../storage/settings';
import { userSourcesRevision } from '../../../storage/user-sources-watch';
import { storedSettingsService } from '../../../background/settings-service';

let root: HTMLElement;
const summary: PageSummary = {
  url: 'https://www.news.test/a',
  checked: 2,
  counts: { corroborated: 1, conflicting: 1, mixed: 0, related: 0 },
  figures: [
    { id: 'cc-1', text: '25th', measure: 'visit to China', verdict: 'corroborated', reason: 'r1' },
    { id: 'cc-2', text: '42', measure: 'deals', verdict: 'conflicting', reason: 'r2' },
  ],
};
const article = { text: 'Xi and Putin signed 42 deals.', meta: { url: 'https://www.news.test/a', title: 'A', dates: [], byline: null, siteName: 'News' } };
let tabMessages: ContentRequest[];

const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 20))));

beforeEach(() => {
  fakeBrowser.reset();
  tabMessages = [];
  const service = createIndexService({
    seed: () => seed as unknown as FactIndex,
    readUser: readUserSources,
    revision: userSourcesRevision,
    assemble: assembleIndex,
    split: sourceEntries,
  });
  fakeBrowser.runtime.onMessage.addListener(createBackgroundListener({ ...service.handlers, ...storedSettingsService(), ...noBadge }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: ContentRequest) => {
    tabMessages.push(msg);
    if (msg.type === 'cc:page-summary') return ok(summary);
    if (msg.type === 'cc:read-article') return ok(article);
    return ok(true);
  }) as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(): Promise<PopupEnv> {
  const env: PopupEnv = { tabId: async () => 7, openReview: vi.fn(async () => {}), openOptions: vi.fn(), openLegend: vi.fn() };
  await act(async () => render(<App env={env} />, root));
  await flush();
  return env;
}

describe('popup App', () => {
  test('shows the tally of the tab and reveals a figure', async () => {
    await mount();
    expect(root.querySelector('[data-testid="tally"]')!.textContent).toBe('2 figures checked: 1 corroborated, 1 conflicting');
    await act(async () => root.querySelector<HTMLButtonElement>('button.cc-figure[data-verdict="conflicting"]')!.click());
    expect(tabMessages).toContainEqual({ type: 'cc:reveal', id: 'cc-2' });
  });

  test('switches the site off and pauses everywhere through the settings', async () => {
    await mount();
    const [site, pause] = Array.from(root.querySelectorAll<HTMLInputElement>('input[role="switch"]'));
    expect(site!.parentElement!.textContent).toContain('On for news.test');
    await act(async () => site!.click());
    await flush();
    expect((await readSettings()).settings.disabledSites).toEqual(['news.test']);
    expect(site!.checked).toBe(false);
    await act(async () => pause!.click());
    await flush();
    expect((await readSettings()).settings.enabled).toBe(false);
  });

  test('searches the merged index through the background', async () => {
    await mount();
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    await act(async () => {
      input.value = 'agrements 40';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    expect(root.querySelector('[role="option"] .cc-result-title')!.textContent).toBe('Agreements signed, Beijing, May 2026');
  });

  test('shows what the index holds', async () => {
    await mount();
    const s = seed as unknown as FactIndex;
    expect(root.querySelector('[data-testid="index-parts"]')!.textContent).toContain(`Bundled: ${s.sources.length} sources`);
  });

  test('"Add this page as a source" reads the article and opens the review', async () => {
    const env = await mount();
    const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Add this page as a source')!;
    await act(async () => button.click());
    await flush();
    expect(env.openReview).toHaveBeenCalledWith({ url: article.meta.url, text: article.text, meta: article.meta });
  });
});

/** The toolbar badge's handler, not used here. */
const noBadge = { 'cc:badge': () => Promise.resolve(false) };
