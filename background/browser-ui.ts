/**
 * The background's part of the browser's own interface (docs/decisions/015 and 018): the toolbar
 * badge each page reports (`cc:badge`), the "Check with Crosscheck" context menu, the keyboard
 * commands, and the first-run page. The browser APIs are passed in (`BrowserUi`), so tests can
 * watch what is asked of them; the background hands in the real ones.
 */
import { t } from '../components/i18n';
import { badgeFor } from './badge';
import type { ContentReplies, ContentRequest } from '../messaging/content-requests';
import type { BackgroundHandlers, PageSummary } from '../messaging/protocol';
import type { Result } from '../messaging/basics';

/** The id of the context-menu item. */
export const MENU_ID = 'crosscheck-check-selection';
/** The extension page shown on install, and from the popup ("What the marks mean"). */
export const WELCOME_PAGE = '/welcome.html';

/** What the background needs of the browser for its own interface. */
export interface BrowserUi {
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
  contextMenus: {
    create(details: { id: string; title: string; contexts: string[] }): unknown;
    removeAll(): Promise<void>;
  };
  /** The active tab of the focused window, or null. */
  activeTab(): Promise<number | null>;
  /** Sends a request to a tab's content script (top frame); never throws. */
  sendToTab<R extends ContentRequest>(tabId: number, req: R): Promise<Result<ContentReplies[R['type']]>>;
  openTab(url: string): Promise<void>;
  extensionUrl(path: string): string;
  /** Switches Crosscheck on or off for a site in the settings. */
  setSiteOn(hostname: string, on: boolean): Promise<void>;
  /** Whether Crosscheck is on for a site (its own switch, ignoring the global pause). */
  siteOn(hostname: string): Promise<boolean>;
}

/** The `cc:badge` handler: sets the sending tab's badge, colour and title. */
export function createBadgeService(ui: Pick<BrowserUi, 'action'>): Pick<BackgroundHandlers, 'cc:badge'> {
  return {
    'cc:badge': async (report, sender) => {
      const tabId = sender?.tab?.id;
      // Only the top frame reports (the content script runs there only).
      if (tabId === undefined || (sender?.frameId ?? 0) !== 0) return false;
      const badge = badgeFor(report);
      await Promise.all([
        ui.action.setBadgeText({ tabId, text: badge.text }),
        ui.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
        ui.action.setTitle({ tabId, title: badge.title }),
      ]);
      return true;
    },
  };
}

/** Creates the context menu (on install and update: menus persist in the browser). */
export async function createContextMenu(ui: Pick<BrowserUi, 'contextMenus'>): Promise<void> {
  await ui.contextMenus.removeAll();
  ui.contextMenus.create({ id: MENU_ID, title: t('menuCheck'), contexts: ['selection'] });
}

/** "Check with Crosscheck" was chosen on selected text: the tab's content script shows a card. */
export async function onMenuClick(ui: Pick<BrowserUi, 'sendToTab'>, info: { menuItemId: string | number; selectionText?: string }, tabId: number | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID || tabId === undefined || !info.selectionText) return;
  await ui.sendToTab(tabId, { type: 'cc:check-selection', text: info.selectionText.slice(0, 20_000) });
}

/** The site of a page summary's address, or null for what is not a web page. */
function siteOf(summary: PageSummary): string | null {
  try {
    const u = new URL(summary.url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/**
 * A keyboard command: `toggle-site` switches Crosscheck on or off for the active tab's site (its
 * content script says which site it is: the extension cannot read tab addresses), `next-mark`
 * moves the focus to the page's next marked figure. The popup's command is the browser's own.
 */
export async function onCommand(ui: BrowserUi, command: string): Promise<void> {
  const tabId = await ui.activeTab();
  if (tabId === null) return;
  if (command === 'next-mark') {
    await ui.sendToTab(tabId, { type: 'cc:next-mark' });
  } else if (command === 'toggle-site') {
    const summary = await ui.sendToTab(tabId, { type: 'cc:page-summary' });
    const site = summary.ok ? siteOf(summary.value) : null;
    if (site) await ui.setSiteOn(site, !(await ui.siteOn(site)));
  }
}

/** Opens the first-run page when Crosscheck is installed (not on updates or browser restarts). */
export async function onInstalled(ui: Pick<BrowserUi, 'openTab' | 'extensionUrl' | 'contextMenus'>, reason: string): Promise<void> {
  await createContextMenu(ui);
  if (reason === 'install') await ui.openTab(ui.extensionUrl(WELCOME_PAGE));
}
