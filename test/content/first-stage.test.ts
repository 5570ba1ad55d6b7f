// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import seedGate from '../../core/generated/seed-gate.json';
import type { SubjectGateData } from '../../core/match/name-gate';
import { startFirstStage, type FirstStageApi } from '../../content/first-stage';
import type { MainStage } from '../../content/stages';
import { SOURCES_GATE_KEY } from '../../storage/sources-gate';

type ChangeListener = Parameters<FirstStageApi['storage']['onChanged']['addListener']>[0];

/** A fake of the few APIs the first stage uses, with a storage.local of `stored`. */
function fakeApi(stored: Record<string, unknown> = {}) {
  const changes: ChangeListener[] = [];
  const reads: string[] = [];
  const api: FirstStageApi = {
    storage: {
      local: { get: async (key) => (reads.push(key), key in stored ? { [key]: stored[key] } : {}) },
      onChanged: { addListener: (l) => void changes.push(l) },
    },
  };
  return { api, changes, reads, stored };
}

/** A fake second stage that records what it was asked. */
function fakeMain() {
  const calls: string[] = [];
  const main: MainStage = {
    start: (gated) => void calls.push(gated ? 'start gated' : 'start'),
    handleMessage: async (m) => (calls.push(`message ${(m as { type: string }).type}`), { ok: true, value: 'summary' }),
    alive: () => true,
  };
  const loadMain = vi.fn(async () => main);
  return { calls, loadMain };
}

/** A page with `html` as its body (test markup, trusted). */
function page(title: string, html: string): Document {
  document.title = title;
  document.body.innerHTML = html;
  return document;
}

const seed = seedGate as SubjectGateData;
afterEach(() => vi.useRealTimers());

describe('the first stage of the content script', () => {
  it('does nothing on a page about something else: no second stage, no change to the page', async () => {
    const doc = page('Finals', '<p>The home side won 42 to 40 in overtime.</p><script>var Xi = "Moscow";</script>');
    const before = doc.documentElement.outerHTML;
    const { api, reads } = fakeApi();
    const { loadMain } = fakeMain();
    expect(await startFirstStage({ doc, api, seedGate: seed, loadMain }).check()).toBe(false);
    expect(loadMain).not.toHaveBeenCalled();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(reads).toContain(SOURCES_GATE_KEY); // the reader's own sources were asked about
  });

  it('starts the second stage, once, on a page naming the index\'s subjects', async () => {
    const doc = page('Xi in Moscow', '<p>Putin welcomed Xi Jinping to the Kremlin.</p>');
    const { api } = fakeApi();
    const { loadMain, calls } = fakeMain();
    const stage = startFirstStage({ doc, api, seedGate: seed, loadMain });
    expect(await stage.check()).toBe(true);
    expect(await stage.check()).toBe(true);
    expect(loadMain).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['start gated']);
  });

  it('lets a page through on the reader\'s own sources, read from storage', async () => {
    const doc = page('Accra', '<p>Ghana and Togo agreed on 12 border posts.</p>');
    const without = fakeMain();
    expect(await startFirstStage({ doc, api: fakeApi().api, seedGate: seed, loadMain: without.loadMain }).check()).toBe(false);
    const withSources = fakeMain();
    const { api } = fakeApi({ [SOURCES_GATE_KEY]: { forms: { Ghana: 'Ghana', Togo: 'Togo' } } });
    expect(await startFirstStage({ doc, api, seedGate: seed, loadMain: withSources.loadMain }).check()).toBe(true);
    expect(withSources.calls).toEqual(['start gated']);
  });

  it('ignores a stored gate that is not one (the seed gate still works)', async () => {
    const doc = page('Xi in Moscow', '<p>Putin met Xi.</p>');
    const { api } = fakeApi({ [SOURCES_GATE_KEY]: 'garbage' });
    const { loadMain } = fakeMain();
    expect(await startFirstStage({ doc, api, seedGate: seed, loadMain }).check()).toBe(true);
  });

  it('checks again when the reader\'s sources change', async () => {
    const doc = page('Accra', '<p>Ghana and Togo agreed on 12 border posts.</p>');
    const fake = fakeApi();
    const { loadMain, calls } = fakeMain();
    await startFirstStage({ doc, api: fake.api, seedGate: seed, loadMain }).check();
    expect(calls).toEqual([]);
    fake.stored[SOURCES_GATE_KEY] = { forms: { Ghana: 'Ghana', Togo: 'Togo' } };
    fake.changes.forEach((l) => l({ [SOURCES_GATE_KEY]: {} }, 'local'));
    await vi.waitFor(() => expect(calls).toEqual(['start gated']));
  });

  it('listens for no message: the popup injects the second stage where it has a question', async () => {
    const doc = page('Finals', '<p>42 to 40.</p>');
    const { api } = fakeApi();
    const onMessage = { addListener: vi.fn() };
    const { loadMain } = fakeMain();
    expect(await startFirstStage({ doc, api: { ...api, runtime: { onMessage } } as FirstStageApi, seedGate: seed, loadMain }).check()).toBe(false);
    expect(onMessage.addListener).not.toHaveBeenCalled();
    expect(loadMain).not.toHaveBeenCalled();
  });

  it('tries the second stage again after a failed import', async () => {
    const doc = page('Xi in Moscow', '<p>Putin met Xi.</p>');
    const { api } = fakeApi();
    const { calls } = fakeMain();
    const main = fakeMain();
    const loadMain = vi.fn().mockRejectedValueOnce(new Error('gone')).mockImplementation(main.loadMain);
    // The start-up check's import fails; the next check imports again.
    const stage = startFirstStage({ doc, api, seedGate: seed, loadMain });
    expect(await stage.check()).toBe(true);
    expect(loadMain).toHaveBeenCalledTimes(2);
    expect([...calls, ...main.calls]).toEqual(['start gated']);
  });

  it('gates the new page after a client-side navigation (no Navigation API: the address is polled)', async () => {
    vi.useFakeTimers();
    const doc = page('Home', '<p>Sports and weather.</p>');
    const { api } = fakeApi();
    const { loadMain, calls } = fakeMain();
    startFirstStage({ doc, api, seedGate: seed, loadMain });
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual([]);
    // The site renders an article and changes the address.
    doc.body.innerHTML = '<p>Xi and Putin signed 40 agreements.</p>';
    history.pushState({}, '', '/world/xi-putin');
    await vi.advanceTimersByTimeAsync(1000 + 500 + 10);
    expect(calls).toEqual(['start gated']);
  });
});
