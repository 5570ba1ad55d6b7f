/**
 * The second stage's subject gate (`content/check-client.ts`): the seed index's
 * subjects let a page through without reading storage; the reader's own sources' forms are read
 * once, only for a page the seed index does not speak to, and read again when they change.
 * `checkTexts` sends the page's opening with its first request only, and again when the
 * background no longer knows the view.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkTexts, mayBeAbout, PageOpening, useGateForms } from '../../content/check-client';
import type { ContentApi } from '../../messaging/content-transport';
import type { PackedFigures } from '../../messaging/packed-figures';

describe('mayBeAbout', () => {
  it('reads the reader\'s gate forms only when the seed subjects are absent, and once', async () => {
    const load = vi.fn(async () => useGateForms({ Lula: 'Brazil', Brasília: 'Brazil', Modi: 'India' }));
    expect(await mayBeAbout('Putin met Xi in Beijing.', load)).toBe(true);
    expect(load).not.toHaveBeenCalled();
    expect(await mayBeAbout('Lula met Modi in Brasília.', load)).toBe(true);
    expect(await mayBeAbout('Lula spoke.', load)).toBe(false); // one entity is not enough
    expect(await mayBeAbout('A page about basketball: 42 to 40.', load)).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
    // The sources changed (the page session reads the forms again): the new forms count at once.
    useGateForms(null);
    expect(await mayBeAbout('Lula met Modi in Brasília.', load)).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('checkTexts', () => {
  const meta = { url: 'https://news.test/a', title: 'A', dates: [], byline: null, siteName: null };
  const figure = { text: '42', start: 0, end: 2, verdict: 'corroborated' };
  /** A background that knows the views it was sent an opening for until `forget` is called. */
  const fakeBackground = () => {
    const known = new Set<string>();
    const requests: Array<{ view: string; opening?: string; texts: string[] }> = [];
    const sendMessage = vi.fn(async (m: unknown) => {
      const req = m as { view: string; opening?: string; texts: string[] };
      requests.push(req);
      if (req.opening !== undefined) known.add(req.view);
      const value: PackedFigures | null = known.has(req.view) ? { texts: req.texts.map(() => [{ ...figure, sources: [] }] as never), sources: [] } : null;
      return { ok: true, value };
    });
    const api = { runtime: { sendMessage } } as unknown as ContentApi;
    return { api, requests, forget: () => known.clear() };
  };

  it('sends the opening with the first request of a view only, and again when the background forgot it', async () => {
    const bg = fakeBackground();
    const view = new PageOpening('The opening.');
    const [first, second] = await Promise.all([checkTexts(bg.api, meta, view, ['42 a']), checkTexts(bg.api, meta, view, ['42 b'])]);
    expect(first?.[0]?.map((f) => f.text)).toEqual(['42']);
    expect(second?.[0]?.map((f) => f.text)).toEqual(['42']);
    expect(bg.requests.map((r) => [r.view === view.key, r.opening, r.texts[0]])).toEqual([
      [true, 'The opening.', '42 a'],
      [true, undefined, '42 b'],
    ]);
    bg.forget(); // the service worker was stopped
    expect((await checkTexts(bg.api, meta, view, ['42 c']))?.[0]?.length).toBe(1);
    expect(bg.requests.slice(2).map((r) => [r.opening, r.texts[0]])).toEqual([
      [undefined, '42 c'],
      ['The opening.', '42 c'],
    ]);
  });
  it('gives each view its own key', () => {
    expect(new PageOpening('a').key).not.toBe(new PageOpening('a').key);
  });
});
