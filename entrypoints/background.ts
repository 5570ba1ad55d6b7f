import { browser, defineBackground } from '#imports';
import seedIndex from '../core/generated/seed-index.json';
import { assembleIndex, sourceEntries } from '../core/index/assemble-index';
import type { FactIndex } from '../core/model';
import { createIndexService } from '../messaging/index-service';
import { createBackgroundListener } from '../messaging/protocol';
import { storedSettingsService } from '../messaging/settings-service';
import { describeQuarantine, listQuarantine } from '../storage/quarantine';
import { loadSettings } from '../storage/settings';
import { readUserSources } from '../storage/user-sources';
import { userSourcesRevision } from '../storage/user-sources-watch';

/**
 * Background: answers the popup, the options page and content scripts (`messaging/protocol.ts`)
 * with the seed index merged with the user's sources, checks the texts content scripts send
 * (`cc:check`, off the pages' main threads: docs/decisions/009), tells each page the settings as it
 * sees them and keeps its "wrong match" reports (docs/decisions/010), and runs storage migrations
 * at start-up.
 */
export default defineBackground(() => {
  const service = createIndexService({
    seed: () => seedIndex as unknown as FactIndex,
    readUser: readUserSources,
    revision: userSourcesRevision,
    assemble: assembleIndex,
    split: sourceEntries,
    otherProblems: async () => describeQuarantine(await listQuarantine()),
  });
  browser.runtime.onMessage.addListener(createBackgroundListener({ ...service.handlers, ...storedSettingsService() }));
  // Migrate or repair stored data early, so content scripts read the current shape.
  void loadSettings().catch((err) => console.error('[crosscheck] settings', err));
  void service.current().catch((err) => console.error('[crosscheck] index', err));
});
