/**
 * Launches Firefox ESR with the Firefox build of the extension side-loaded into a fresh profile,
 * through Playwright's WebDriver BiDi channel (playwright-core 1.64.1 with Debian's firefox-esr;
 * unsigned add-ons load because ESR honours `xpinstall.signatures.required = false`). Content scripts and cards can be tested this way;
 * extension pages cannot be opened.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firefox, type BrowserContext } from 'playwright-core';
import { REPO_ROOT } from './server';

/** Firefox ESR as Debian installs it. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id of the Firefox build (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'crosscheck@crosscheck.invalid';

/** The zip `wxt zip -b firefox` wrote (`CROSSCHECK_FIREFOX_ZIP` overrides it), or null. */
export async function firefoxZip(): Promise<string | null> {
  if (process.env.CROSSCHECK_FIREFOX_ZIP) return process.env.CROSSCHECK_FIREFOX_ZIP;
  const dir = join(REPO_ROOT, '.output');
  if (!existsSync(dir)) return null;
  const zip = (await readdir(dir)).find((f) => f.endsWith('-firefox.zip') && !f.endsWith('-sources.zip'));
  return zip ? join(dir, zip) : null;
}

/** Why Firefox tests cannot run here, or null when they can. */
export async function firefoxUnavailable(): Promise<string | null> {
  if (!existsSync(FIREFOX)) return `Firefox ESR not found at ${FIREFOX} (apt-get install -y firefox-esr)`;
  if (!(await firefoxZip())) return 'no Firefox build: run `npx wxt zip -b firefox` first';
  return null;
}

/** Firefox with the add-on installed. */
export interface FirefoxWithExtension {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches headless Firefox ESR with the extension. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const zip = await firefoxZip();
  if (!zip) throw new Error('no Firefox build: run `npx wxt zip -b firefox` first');
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-firefox-'));
  await mkdir(join(profile, 'extensions'), { recursive: true });
  await copyFile(zip, join(profile, 'extensions', `${ADDON_ID}.xpi`));
  try {
    const context = await firefox.launchPersistentContext(profile, {
      channel: 'moz-firefox',
      executablePath: FIREFOX,
      headless: true,
      viewport: { width: 1000, height: 720 },
      firefoxUserPrefs: {
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
      },
    });
    return {
      context,
      close: async () => {
        await context.close().catch(() => {});
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
}
