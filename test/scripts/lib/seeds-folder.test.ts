import { mkdtempSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedsFolder } from '../../../scripts/lib/seeds-folder';

describe('seeds/ (the bundled pack)', () => {
  const folder = readSeedsFolder('seeds');

  it('lists every article once, each with a valid manifest entry', () => {
    expect(folder.manifest.map((s) => s.file)).toEqual([
      '000_4428a17b24a18e0d.txt',
      '001_0d44532527916ebe.txt',
      '002_d8b002aab001f159.txt',
      '003_9feee331227b579d.txt',
      '004_5392cfa484b79d2b.txt',
    ]);
  });

  it('has publication dates that are real calendar dates or null', () => {
    for (const s of folder.manifest) {
      if (s.published === null) continue;
      const [y, m, d] = s.published.split('-').map(Number);
      const date = new Date(Date.UTC(y!, m! - 1, d ?? 1));
      expect(date.getUTCMonth(), s.file).toBe(m! - 1);
      expect(date.getUTCDate(), s.file).toBe(d ?? 1);
    }
    expect(folder.manifest.map((s) => s.published)).toEqual(['2025-09', null, '2026-05-20', null, null]);
  });

  it('keeps the articles byte for byte as they were collected', () => {
    const sizes = folder.articles.map((a) => Buffer.byteLength(a.raw));
    expect(sizes).toEqual([5181, 3063, 10026, 3991, 5354]);
  });
});

describe('readSeedsFolder', () => {
  function tempCopy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cc-seeds-'));
    cpSync('seeds', dir, { recursive: true });
    return dir;
  }

  it('names the file and field of a bad date', () => {
    const dir = tempCopy();
    const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    manifest[2].published = 'May 2026';
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(manifest));
    expect(() => readSeedsFolder(dir)).toThrow(/sources\.json: \[2\]\.published: /);
  });

  it('rejects an article that is not listed, and a listed one that is missing', () => {
    const dir = tempCopy();
    writeFileSync(join(dir, 'extra.txt'), 'An unlisted article.');
    expect(() => readSeedsFolder(dir)).toThrow(/"extra\.txt" is in the folder but not listed/);
    const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    manifest.push({ ...manifest[0], file: 'gone.txt' });
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(manifest));
    expect(() => readSeedsFolder(dir)).toThrow(/\[5\]\.file: "gone\.txt" does not exist/);
  });

  it('rejects a file listed twice', () => {
    const dir = tempCopy();
    const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    manifest.push(manifest[0]);
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(manifest));
    expect(() => readSeedsFolder(dir)).toThrow(/\[5\]\.file: "000_4428a17b24a18e0d\.txt" is listed twice/);
  });
});
