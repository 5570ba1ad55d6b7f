/**
 * `npm run icons`: renders the icon's SVG sources to the PNG sizes browsers ask for (16, 32, 48,
 * 128 px) in `public/icon/`, with Debian's Chromium, on a transparent background:
 * `assets/icon/icon.svg` as `N.png` (every toolbar in Chrome) and `dark-N.png` (Firefox's light
 * themes), `icon-light.svg` as `light-N.png` (Firefox's dark themes). WXT finds the `light-`/`dark-`
 * pairs and writes Firefox's `theme_icons`. The PNGs are committed; run this after changing an SVG.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/e2e/support/launch';
import { REPO_ROOT } from '../test/e2e/support/server';

/** The sizes the manifest names. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** SVG source → PNG file prefix. */
const VARIANTS: Array<[string, string]> = [
  ['assets/icon/icon.svg', ''],
  ['assets/icon/icon.svg', 'dark-'],
  ['assets/icon/icon-light.svg', 'light-'],
];

const out = join(REPO_ROOT, 'public/icon');
await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [source, prefix] of VARIANTS) {
    const svg = await readFile(join(REPO_ROOT, source), 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = join(out, `${prefix}${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`icons: ${file}`);
    }
  }
} finally {
  await browser.close();
}
