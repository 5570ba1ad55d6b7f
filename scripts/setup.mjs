#!/usr/bin/env node
/**
 * `npm run setup`: everything `npm start` needs on a fresh Debian-like machine.
 *   1. `npm ci` when node_modules is missing or older than package-lock.json;
 *   2. Debian's Chromium when /usr/bin/chromium is missing (apt-get, only when running as root;
 *      otherwise it prints the command to run);
 *   3. the extension build (`wxt build` → .output/chrome-mv3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

// 2. Chromium.
if (existsSync(CHROMIUM)) {
  console.log(`setup: Chromium found at ${CHROMIUM}.`);
} else if (process.getuid?.() === 0) {
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], env);
} else {
  console.log(
    `setup: Chromium is missing at ${CHROMIUM}. Install it with\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run `npm start`.',
  );
}

// 3. Build.
run('npx', ['wxt', 'build']);
console.log('\nsetup: done. Run `npm start` to open the demo page with Crosscheck loaded.');
