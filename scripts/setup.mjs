#!/usr/bin/env node
/**
 * `npm run setup`: everything `npm start` needs on a fresh Debian-like machine.
 *   1. `npm ci` when node_modules is missing or older than package-lock.json;
 *   2. Debian's Chromium and Firefox ESR when /usr/bin/chromium or /usr/bin/firefox-esr is missing
 *      (apt-get, only when running as root; otherwise it prints the command to run): `npm test`
 *      runs the end-to-end suites in both;
 *   3. the extension build (`wxt build` → .output/chrome-mv3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** The browsers the end-to-end suites drive, with the Debian package of each. */
const BROWSERS = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', env: 'CHROMIUM_PATH' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr', env: 'FIREFOX_PATH' },
];

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\nsetup: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

// 1. Dependencies.
const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
if (stale) run('npm', ['ci', '--no-audit', '--no-fund']);
else console.log('setup: node_modules is up to date.');

// 2. The browsers.
const missing = BROWSERS.filter((b) => !existsSync(b.path));
for (const b of BROWSERS) if (existsSync(b.path)) console.log(`setup: ${b.name} found at ${b.path}.`);
if (missing.length > 0 && process.getuid?.() === 0) {
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((b) => b.pkg), 'fonts-dejavu-core'], env);
} else if (missing.length > 0) {
  console.log(
    `setup: missing ${missing.map((b) => `${b.name} (${b.path})`).join(' and ')}. Install with\n` +
      `  sudo apt-get update && sudo apt-get install -y ${missing.map((b) => b.pkg).join(' ')}\n` +
      `or set ${missing.map((b) => b.env).join(' / ')} to another binary. \`npm start\` needs Chromium; \`npm test\` needs both.`,
  );
}

// 3. Build.
run('npx', ['wxt', 'build']);
console.log('\nsetup: done. Run `npm start` to open the demo page with Crosscheck loaded.');
