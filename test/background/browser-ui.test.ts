/**
 * The background's part of the browser's interface (background/badge.ts, background/browser-ui.ts,
 * issue 14): what the toolbar badge says for a page's report, and what the context menu, the
 * keyboard commands and installing ask of the browser.
 */
import { describe, expect, test, vi } from 'vitest';
import { setMessages } from '../../components/i18n';
import de from '../../public/_locales/de/messages.json';
import { badgeFor } from '../../background/badge';
import { createBadgeService, MENU_ID, onCommand, onInstalled, onMenuClick, type BrowserUi } from '../../background/browser-ui';
import { ok } from '../../messaging/basics';

const counts = (c: Partial<Record<'corroborated' | 'conflicting' | 'mixed' | 'related', number>>) => ({ corroborated: 0, conflicting: 0, mixed: 0, related: 0, ...c });

describe('badgeFor', () => {
  test('counts the checked figures, red and named first when one conflicts', () => {
    expect(badgeFor({ checked: 3, counts: counts({ corroborated: 2, conflicting: 1 }), paused: false })).toEqual({
      text: '3',
      color: '#c62828',
      title: 'Crosscheck — 3 figures checked: 1 conflicts, 2 corroborated',
    });
  });
  test('takes the strongest verdict’s colour', () => {
    expect(badgeFor({ checked: 2, counts: counts({ corroborated: 1, mixed: 1 }), paused: false }).color).toBe('#9a5b00');
    expect(badgeFor({ checked: 1, counts: counts({ corroborated: 1 }), paused: false })).toEqual({
      text: '1',
      color: '#1a7f37',
      title: 'Crosscheck — 1 figure checked: 1 corroborated',
    });
    expect(badgeFor({ checked: 4, counts: counts({ related: 4 }), paused: false }).color).toBe('#59636e');
  });
  test('says nothing when nothing is checked, and "off" when Crosscheck is off there', () => {
    expect(badgeFor({ checked: 0, counts: counts({}), paused: false })).toEqual({ text: '', color: '#59636e', title: 'Crosscheck' });
    expect(badgeFor({ checked: 0, counts: counts({}), paused: true })).toEqual({ text: 'off', color: '#59636e', title: 'Crosscheck — off on this page' });
  });
  test('in German', () => {
    setMessages(de, 'de');
    expect(badgeFor({ checked: 3, counts: counts({ corroborated: 2, conflicting: 1 }), paused: false }).title).toBe('Crosscheck – 3 Zahlen geprüft: 1 widerspricht, 2 bestätigt');
    expect(badgeFor({ checked: 0, counts: counts({}), paused: true }).text).toBe('aus');
  });
});

/** A fake browser interface recording what is asked of it. */
function fakeUi(active: number | null = 7, site = 'news.example', on = true) {
  const calls: unknown[] = [];
  const sent: Array<[number, unknown]> = [];
  const ui: BrowserUi = {
    action: {
      setBadgeText: async (d) => void calls.push(['text', d]),
      setBadgeBackgroundColor: async (d) => void calls.push(['color', d]),
      setTitle: async (d) => void calls.push(['title', d]),
    },
    contextMenus: { create: (d) => calls.push(['menu', d]), removeAll: async () => void calls.push(['menus cleared']) },
    activeTab: async () => active,
    sendToTab: (async (tabId: number, req: { type: string }) => {
      sent.push([tabId, req]);
      return req.type === 'cc:page-summary' ? ok({ url: `https://${site}/story`, checked: 0, counts: counts({}), figures: [] }) : ok(null);
    }) as BrowserUi['sendToTab'],
    openTab: async (url) => void calls.push(['open', url]),
    extensionUrl: (path) => `chrome-extension://id${path}`,
    setSiteOn: vi.fn(async () => {}),
    siteOn: async () => on,
  };
  return { ui, calls, sent };
}

describe('the browser interface', () => {
  test('a page’s report sets its own tab’s badge; a report from no tab sets nothing', async () => {
    const { ui, calls } = fakeUi();
    const service = createBadgeService(ui);
    const report = { type: 'cc:badge' as const, checked: 2, counts: counts({ conflicting: 2 }), paused: false };
    expect(await service['cc:badge'](report, { tab: { id: 4 }, frameId: 0 })).toBe(true);
    expect(calls).toEqual([
      ['text', { tabId: 4, text: '2' }],
      ['color', { tabId: 4, color: '#c62828' }],
      ['title', { tabId: 4, title: 'Crosscheck — 2 figures checked: 2 conflict' }],
    ]);
    expect(await service['cc:badge'](report, {})).toBe(false);
    expect(await service['cc:badge'](report, { tab: { id: 4 }, frameId: 3 })).toBe(false);
    expect(calls).toHaveLength(3);
  });

  test('installing creates the menu and opens the first-run page; an update only the menu', async () => {
    const first = fakeUi();
    await onInstalled(first.ui, 'install');
    expect(first.calls).toEqual([
      ['menus cleared'],
      ['menu', { id: MENU_ID, title: 'Check with Crosscheck', contexts: ['selection'] }],
      ['open', 'chrome-extension://id/welcome.html'],
    ]);
    const update = fakeUi();
    await onInstalled(update.ui, 'update');
    expect(update.calls.map((c) => (c as unknown[])[0])).toEqual(['menus cleared', 'menu']);
  });

  test('the menu sends the selection to its tab', async () => {
    const { ui, sent } = fakeUi();
    await onMenuClick(ui, { menuItemId: MENU_ID, selectionText: 'signed 42 agreements' }, 9);
    await onMenuClick(ui, { menuItemId: 'other', selectionText: 'x' }, 9);
    await onMenuClick(ui, { menuItemId: MENU_ID }, 9);
    expect(sent).toEqual([[9, { type: 'cc:check-selection', text: 'signed 42 agreements' }]]);
  });

  test('the commands: the next mark in the active tab, and the site switched off (then on)', async () => {
    const { ui, sent } = fakeUi(5, 'www.news.example', true);
    await onCommand(ui, 'next-mark');
    expect(sent).toEqual([[5, { type: 'cc:next-mark' }]]);
    await onCommand(ui, 'toggle-site');
    expect(ui.setSiteOn).toHaveBeenCalledWith('www.news.example', false);
    const off = fakeUi(5, 'news.example', false);
    await onCommand(off.ui, 'toggle-site');
    expect(off.ui.setSiteOn).toHaveBeenCalledWith('news.example', true);
    const none = fakeUi(null);
    await onCommand(none.ui, 'next-mark');
    expect(none.sent).toEqual([]);
  });
});
