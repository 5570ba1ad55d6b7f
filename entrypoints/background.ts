import { browser, defineBackground } from '#imports';
import seedIndex from '../core/generated/seed-index.json';
import { assembleIndex, sourceEntries } from '../core/index/assemble-index';
import type { FactIndex } from '../core/model';
import { createBadgeService, onCommand, onInstalled, onMenuClick, type BrowserUi } from '../background/browser-ui';
import { createIndexService } from '../background/index-service';
import { createBackgroundListener, sendToTab } from '../messaging/protocol';
import { storedSettingsService } from '../background/settings-service';
import { describeQuarantine, listQuarantine } from '../storage/quarantine';
import { loadSettings, readSettings, updateSettings } from '../storage/settings';
import { isSiteDisabled, withSiteEnabled } from '../storage/sites';
import { readUserSources } from '../storage/user-sources';
import { userSourcesRevision } from '../storage/user-sources-watch';

/**
 * Background: answers the popup, the options page and content scripts (`messaging/protocol.ts`)
 * with the seed index merged with the user's sources, checks the texts content scripts send
 * (`cc:check`, off the pages' main threads: docs/decisions/009), tells each page the settings as it
 * sees them and keeps its "wrong match" reports (docs/decisions/010, 014), shows each page's tally
 * on the toolbar badge, and runs the context menu, the keyboard commands and the first-run page
 * (`background/browser-ui.ts`, docs/decisions/015, 018). Storage migrations run at start-up.
 */
export default defineBackground(() => {
  // Chrome MV3 calls it `action`; Firefox's MV2 build `browserAction`.
  const action = (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction) as BrowserUi['action'];
  const ui: BrowserUi = {
    action,
    contextMenus: browser.contextMenus as unknown as BrowserUi['contextMenus'],
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
    sendToTab,
    openTab: async (url) => void (await browser.tabs.create({ url })),
    extensionUrl: (path) => browser.runtime.getURL(path as '/welcome.html'),
    setSiteOn: async (site, on) => void (await updateSettings((s) => withSiteEnabled(s, site, on))),
    siteOn: async (site) => !isSiteDisabled((await readSettings()).settings, site),
  };
  const service = createIndexService({
    seed: () => seedIndex as unknown as FactIndex,
    readUser: readUserSources,
    revision: userSourcesRevision,
    assemble: assembleIndex,
    split: sourceEntries,
    otherProblems: async () => describeQuarantine(await listQuarantine()),
  });
  browser.runtime.onMessage.addListener(
    createBackgroundListener({ ...service.handlers, ...storedSettingsService(), ...createBadgeService(ui) }) as Parameters<typeof browser.runtime.onMessage.addListener>[0],
  );
  browser.runtime.onInstalled.addListener(({ reason }) => void onInstalled(ui, reason).catch((err) => console.error('[crosscheck] install', err)));
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(ui, info, tab?.id));
  browser.commands.onCommand.addListener((command) => void onCommand(ui, command));
  // Migrate or repair stored data early, so content scripts read the current shape.
  void loadSettings().catch((err) => console.error('[crosscheck] settings', err));
  void service.current().catch((err) => console.error('[crosscheck] index', err));
});
