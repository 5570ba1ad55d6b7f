/**
 * A profiling build of the extension: the same entry points as `wxt build`, unminified and with
 * source maps, in bench/tmp/ext-profile/chrome-mv3 — so a trace's functions have their real
 * names. Not what ships; used by `npm run bench -- --profile` to name the hot functions.
 */
import { join } from 'node:path';
import { build } from 'wxt';

const quiet = (): void => {};
/** WXT's build log is long; the benchmark prints its own. Errors still surface as rejections. */
const SILENT = { debug: quiet, log: quiet, info: quiet, warn: quiet, error: console.error, fatal: console.error, success: quiet, level: 0 };

export const PROFILE_OUT = join(import.meta.dirname, '../../bench/tmp/ext-profile');

/** Builds the unminified extension; returns its chrome-mv3 folder. */
export async function buildProfileExtension(): Promise<string> {
  await build({
    outDir: PROFILE_OUT,
    logger: SILENT,
    vite: () => ({ build: { minify: false, sourcemap: true } }),
  });
  return join(PROFILE_OUT, 'chrome-mv3');
}

export const SIZEMAP_OUT = join(import.meta.dirname, '../../bench/tmp/ext-sizemap');

/** Builds the extension as it ships (minified) plus source maps, to see what each bundle is made of. */
export async function buildSizeMapExtension(): Promise<string> {
  await build({ outDir: SIZEMAP_OUT, logger: SILENT, vite: () => ({ build: { sourcemap: true } }) });
  return join(SIZEMAP_OUT, 'chrome-mv3');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildProfileExtension());
}
