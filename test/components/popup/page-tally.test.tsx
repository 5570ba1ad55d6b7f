// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { IndexSummary } from '../../../components/popup/IndexSummary';
import { PageTally } from '../../../components/popup/PageTally';
import { SiteSwitches } from '../../../components/popup/SiteSwitches';
import { countsLine, tallyLine } from '../../../components/popup/tally-text';
import type { IndexInfo, PageSummary } from '../../../messaging/protocol';
import { usePreactRoot } from '../../support/preact-root';

const currentRoot = usePreactRoot();
let root: HTMLElement;
beforeEach(() => {
  root = currentRoot();
});

const summary: PageSummary = {
  url: 'https://news.test/a',
  checked: 7,
  counts: { corroborated: 5, conflicting: 1, mixed: 0, related: 1 },
  figures: [
    { id: 'm1', text: '40', measure: 'agreements', verdict: 'corroborated', reason: 'American Courant (20 May 2026) reports 40' },
    { id: 'm2', text: '42', measure: 'deals', verdict: 'conflicting', reason: 'American Courant (20 May 2026) reports 40; this page says 42' },
  ],
};

describe('tallyLine', () => {
  test('names each verdict in plain words', () => {
    expect(tallyLine(summary)).toBe('7 figures checked: 5 corroborated, 1 conflicting, 1 other event');
    expect(tallyLine({ checked: 1, counts: { corroborated: 0, conflicting: 0, mixed: 0, related: 1 } })).toBe('1 figure checked: 1 other event');
    expect(tallyLine({ checked: 0, counts: { corroborated: 0, conflicting: 0, mixed: 0, related: 0 } })).toBe('No figure on this page matches the index.');
  });
  test('counts the index', () => {
    expect(countsLine({ sources: 5, facts: 22, claims: 15, conflicts: 1 })).toBe('5 sources · 22 facts · 15 claims, 1 with conflicts');
  });
});

describe('PageTally', () => {
  test('shows the tally and one row per distinct figure, conflicts first, that reveals it', async () => {
    const onReveal = vi.fn();
    await act(async () => render(<PageTally summary={summary} onReveal={onReveal} />, root));
    expect(root.querySelector('[data-testid="tally"]')!.textContent).toBe('7 figures checked: 5 corroborated, 1 conflicting, 1 other event');
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('button.cc-figure'));
    expect(buttons.map((b) => b.getAttribute('data-verdict'))).toEqual(['conflicting', 'corroborated']);
    expect(buttons.map((b) => b.textContent)).toEqual(['42 dealsConflicts', '40 agreementsCorroborated']);
    expect(buttons[0]!.getAttribute('aria-label')).toBe('42 deals: Conflicts with sources');
    await act(async () => buttons[0]!.click());
    expect(onReveal).toHaveBeenCalledWith('m2');
  });
  test('a figure the page states twice is one row, ×2, revealing each occurrence in turn', async () => {
    const onReveal = vi.fn();
    const twice: PageSummary = {
      ...summary,
      figures: [
        { id: 'm1', text: '42', measure: 'agreements', verdict: 'conflicting', reason: 'r' },
        { id: 'm2', text: '47-page', measure: 'declaration pages', verdict: 'corroborated', reason: 'r' },
        { id: 'm3', text: '42', measure: 'agreements', verdict: 'conflicting', reason: 'r' },
      ],
    };
    await act(async () => render(<PageTally summary={twice} onReveal={onReveal} />, root));
    const rows = Array.from(root.querySelectorAll<HTMLButtonElement>('button.cc-figure'));
    expect(rows.map((r) => r.querySelector('.cc-figure-text')!.textContent)).toEqual(['42 agreements', '47-page declaration']);
    expect(rows[0]!.querySelector('.cc-times')!.textContent).toBe('×2');
    expect(rows[0]!.querySelector('.cc-times')!.getAttribute('aria-label')).toBe('2 times on this page');
    expect(rows[1]!.querySelector('.cc-times')).toBeNull();
    await act(async () => rows[0]!.click());
    await act(async () => rows[0]!.click());
    await act(async () => rows[0]!.click());
    expect(onReveal.mock.calls.map((c) => c[0])).toEqual(['m1', 'm3', 'm1']);
  });
  test('says why there is no tally, and when the page is paused', async () => {
    await act(async () => render(<PageTally summary={null} unavailable="Cannot read this page." onReveal={() => {}} />, root));
    expect(root.textContent).toContain('Cannot read this page.');
    await act(async () => render(<PageTally summary={{ ...summary, paused: true }} onReveal={() => {}} />, root));
    expect(root.querySelector('[data-testid="tally"]')!.textContent).toBe('Crosscheck is off on this page.');
  });
});

describe('SiteSwitches', () => {
  test('switches the site and the global pause', async () => {
    const onSite = vi.fn();
    const onEnabled = vi.fn();
    await act(async () =>
      render(<SiteSwitches hostname="news.test" siteOn neverRun={false} enabled onSiteChange={onSite} onEnabledChange={onEnabled} />, root),
    );
    const [site, pause] = Array.from(root.querySelectorAll<HTMLInputElement>('input[role="switch"]'));
    expect(site!.checked).toBe(true);
    expect(pause!.checked).toBe(false);
    await act(async () => site!.click());
    expect(onSite).toHaveBeenCalledWith(false);
    await act(async () => pause!.click());
    expect(onEnabled).toHaveBeenCalledWith(false);
  });
  test('cannot switch on a never-run site', async () => {
    await act(async () =>
      render(<SiteSwitches hostname="bank.test" siteOn neverRun enabled onSiteChange={() => {}} onEnabledChange={() => {}} />, root),
    );
    const site = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(site.disabled).toBe(true);
    expect(site.checked).toBe(false);
  });
});

describe('IndexSummary', () => {
  test('shows what the index holds and stored data kept aside', async () => {
    const c = { sources: 5, facts: 22, claims: 15, conflicts: 1 };
    const info: IndexInfo = { seed: c, user: { sources: 1, facts: 3, claims: 2, conflicts: 1 }, total: { ...c, sources: 6 }, builtAt: '2026-11-23T13:50:47.269Z', revision: 1, problems: ['Your source "x" could not be read'] };
    await act(async () => render(<IndexSummary info={info} />, root));
    expect(root.querySelector('[data-testid="index-total"]')!.textContent).toBe('6 sources · 22 facts · 15 claims, 1 with conflicts');
    expect(root.querySelector('[data-testid="index-parts"]')!.textContent).toBe('Bundled: 5 sources, built 23 Nov 2026. Yours: 1 source.');
    expect(root.querySelector('.cc-problems')!.textContent).toBe('Your source "x" could not be read');
  });
});
