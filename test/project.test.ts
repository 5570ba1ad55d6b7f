/**
 * What a contributor relies on before the first command: the Node version is stated (`engines`,
 * `.nvmrc`) and every locked dependency supports it (issue 14: `npm ci` warned that listr2 wanted
 * Node 22.13), and the project carries a licence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

describe('the stated Node version', () => {
  const nvmrc = read('.nvmrc').trim();
  const pkg = JSON.parse(read('package.json')) as { engines?: { node?: string } };

  test('.nvmrc names an exact version that package.json engines allows', () => {
    expect(nvmrc).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.engines?.node).toBeTruthy();
    expect(semver.satisfies(nvmrc, pkg.engines!.node!)).toBe(true);
  });

  test('every locked package supports it', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    const unsupported = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(nvmrc, p.engines.node))
      .map(([path, p]) => `${path}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(unsupported).toEqual([]);
  });
});

test('the project has a licence, and package.json names it', () => {
  expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
  expect(read('LICENSE')).toMatch(/^MIT License/);
  expect((JSON.parse(read('package.json')) as { license?: string }).license).toBe('MIT');
});
