/**
 * A profiling build of the extension: the same entry points as `wxt build`, unminified and with
 * source maps, in bench/tmp/ext-profile/chrome-mv3 — so a trace's functions have their real
 * names. Not what ships; used by `npm run bench -- --profile` to name the hot functions.
 */
import { join } from 'node:path';
import { build } from 'wxt';

export const PROFILE_OUT = join(import.meta.dirname, '../../bench/tmp/ext-profile');

/** Builds the unminified extension; returns its chrome-mv3 folder. */
export async function buildProfileExtension(): Promise<string> {
  await build({
    outDir: PROFILE_OUT,
    vite: () => ({ build: { minify: false, sourcemap: true } }),
  });
  return join(PROFILE_OUT, 'chrome-mv3');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildProfileExtension());
}
