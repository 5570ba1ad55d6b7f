#!/usr/bin/env node
/**
 * `npm run setup`: everything `npm start` needs on a fresh Debian-like machine.
 *   1. `npm ci` when node_modules is missing or older than package-lock.json;
 *   2. Debian's Chromium and Firefox ESR, and the X tools the browser-interface tests drive a real
 *      display with (Xvfb, xdotool, xwd), when missing (apt-get, only when running as root;
 *      otherwise it prints the command to run): `npm test` runs the end-to-end suites in both;
 *   3. the extension build (`wxt build` → .output/chrome-mv3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** What the end-to-end suites run, with the Debian package of each. */
const TOOLS = [
  // `least`: the oldest major version the end-to-end tests work with (playwright-core 1.64.1);
  // an older Debian package, left by a stale apt list, is updated like a missing one (.ci/run does
  // the same). A browser named by CHROMIUM_PATH or FIREFOX_PATH is the reader's choice.
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', least: process.env.CHROMIUM_PATH ? undefined : 156 },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr', least: process.env.FIREFOX_PATH ? undefined : 153 },
  // A real display for the browser's own interface (keyboard commands, context menu, toolbar).
  { name: 'Xvfb', path: '/usr/bin/Xvfb', pkg: 'xvfb' },
  { name: 'xdotool', path: '/usr/bin/xdotool', pkg: 'xdotool' },
  { name: 'xwd', path: '/usr/bin/xwd', pkg: 'x11-apps' },
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

/** The major version a browser reports (`chromium --version` → 156), or null. */
function majorVersion(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
  const m = /(\d+)\./.exec(r.stdout ?? '');
  return m ? Number(m[1]) : null;
}

// 2. The browsers and the X tools.
const missing = [];
for (const b of TOOLS) {
  if (!existsSync(b.path)) missing.push(b);
  else if (b.least !== undefined && (majorVersion(b.path) ?? 0) < b.least) {
    console.log(`setup: ${b.name} at ${b.path} is older than ${b.least}: it needs updating.`);
    missing.push(b);
  } else console.log(`setup: ${b.name} found at ${b.path}.`);
}
if (missing.length > 0 && process.getuid?.() === 0) {
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((b) => b.pkg), 'fonts-dejavu-core'], env);
} else if (missing.length > 0) {
  console.log(
    `setup: missing or too old: ${missing.map((b) => `${b.name} (${b.path})`).join(' and ')}. Install with\n` +
      `  sudo apt-get update && sudo apt-get install -y ${missing.map((b) => b.pkg).join(' ')}\n` +
      '`npm start` needs Chromium; `npm test` needs them all (CHROMIUM_PATH and FIREFOX_PATH name other browsers).',
  );
}

// 3. Build.
run('npx', ['wxt', 'build']);
console.log('\nsetup: done. Run `npm start` to open the demo page with Crosscheck loaded.');
