/**
 * The interface's languages (public/_locales, issue 14): every message exists in English and in
 * German, with the same substitutions, and every counted message has its singular and plural.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../public/_locales');
type Messages = Record<string, { message: string; description?: string }>;
const read = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const de = read('de');
/** The `$n` substitutions a message uses, in order of number. */
const substitutions = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

describe('messages', () => {
  test('English and German are the languages shipped', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(['de', 'en']);
  });
  test('every key exists in both languages', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
  test('each message uses the same substitutions in both, and none is empty', () => {
    for (const key of Object.keys(en)) {
      expect(en[key]!.message.trim(), key).not.toBe('');
      expect(de[key]!.message.trim(), key).not.toBe('');
      expect(substitutions(de[key]!.message), key).toEqual(substitutions(en[key]!.message));
    }
  });
  test('counted messages come in pairs', () => {
    const counted = Object.keys(en).filter((k) => /_(one|other)$/.test(k));
    for (const key of counted) {
      const base = key.replace(/_(one|other)$/, '');
      expect(Object.keys(en), base).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
    }
  });
  test('every key the code names exists', () => {
    const sources = ['components', 'entrypoints', 'messaging'].flatMap((dir) => files(join(import.meta.dirname, '../..', dir)));
    const used = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt(?:n|Around)?\('([A-Za-z_]+)'/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !(k in en) && !(`${k}_one` in en));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });
});

/** Every .ts/.tsx file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}
