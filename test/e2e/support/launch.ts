/**
 * Launches Debian's Chromium with the built extension (`.output/chrome-mv3`) loaded, through
 * playwright-core (`executablePath: '/usr/bin/chromium'`; `npx playwright install` cannot work
 * here): a fresh persistent profile, `--load-extension`, new headless mode. Returns the context, the extension's id and its
 * service worker (for reading and writing `chrome.storage`).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { REPO_ROOT } from './server';

/** Where `wxt build` puts the Chrome extension (`CROSSCHECK_EXTENSION_DIR` overrides it). */
export const EXTENSION_DIR = process.env.CROSSCHECK_EXTENSION_DIR ?? join(REPO_ROOT, '.output/chrome-mv3');
/** Debian's Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags every Chromium of the tests and benchmarks starts with: no sandbox (root), no GPU, and no
 * background connections (this machine's closed network refuses them, many at a time).
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The flags that load the unpacked extension at `dir`, and only it. */
export function extensionFlags(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/** Options of {@link launchWithExtension}. */
export interface LaunchOptions {
  /** Default true; the demo runs headed when a display is available. */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Default 'light'; null follows the system (the headed demo). */
  colorScheme?: 'light' | 'dark' | null;
  /** Extra Chromium flags. */
  args?: string[];
  /** The unpacked extension to load (default {@link EXTENSION_DIR}); benchmarks compare builds. */
  extensionDir?: string;
  /** Pins the extension's button to the toolbar (a headed browser shows its badge there). */
  pinned?: boolean;
  /**
   * The browser's language ("de-DE"; default Playwright's en-US): its interface language, which
   * picks the extension's messages (`--lang`), and the one pages see.
   */
  locale?: string;
  /**
   * Lets the test click the extension's toolbar button over a tab (`clickToolbarButton`), which
   * is how a reader grants `activeTab`: DevTools' `Extensions.triggerAction` needs Chromium's
   * `--enable-unsafe-extension-debugging`.
   */
  toolbarClicks?: boolean;
}

/** The id Chromium gives an unpacked extension: from its folder's absolute path. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Launches Chromium with the extension; throws a clear error when the build or the browser is missing. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-chromium-'));
  if (options.pinned) {
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(join(profile, 'Default/Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(dir)] } }));
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      args: [
        ...extensionFlags(dir),
        ...CHROMIUM_FLAGS,
        ...(options.locale ? [`--lang=${options.locale.split('-')[0]}`] : []),
        ...(options.toolbarClicks ? ['--enable-unsafe-extension-debugging'] : []),
        ...(options.args ?? []),
      ],
      // Playwright starts Chromium in English: its own --lang would win over ours.
      ...(options.locale && { ignoreDefaultArgs: ['--lang=en-US'] }),
      viewport: options.viewport === undefined ? { width: 1000, height: 720 } : options.viewport,
      // A browser that does not start fails within a minute (Playwright's default is three).
      timeout: 60_000,
      colorScheme: options.colorScheme === undefined ? 'light' : options.colorScheme,
      ...(options.locale && { locale: options.locale }),
    });
  } catch (err) {
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}
