/**
 * The second stage's subject gate (`content/check-client.ts`): the seed index's
 * subjects let a page through without reading storage; the reader's own sources' forms are read
 * once, only for a page the seed index does not speak to, and read again when they change.
 */
import { describe, expect, it, vi } from 'vitest';
import { mayBeAbout, useGateForms } from '../../content/check-client';

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
