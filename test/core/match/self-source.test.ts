/**
 * A page is never a source for itself (core/match/self-source.ts, issue 14): not at its own
 * address, and not when the same figure stands in the same sentence at another address. Checked
 * on the pure test and on a real fixture page added as a source, the way "Add this page as a
 * source" does it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { assembleIndex, sourceEntries } from '../../../core/index/assemble-index';
import { extractSourceFacts } from '../../../core/index/extract-source-facts';
import { checkPage } from '../../../core/match/check-page';
import { prepareIndex } from '../../../core/match/prepare-index';
import { canonicalAddress, comparableText, isSelfSource } from '../../../core/match/self-source';
import type { FactIndex, PageMeta } from '../../../core/model';
import seedIndex from '../../../core/generated/seed-index.json';
import { parseHtml } from '../../../page/parse-html';
import { readArticle, readPageMeta } from '../../../page/read-article';

describe('canonicalAddress', () => {
  test('drops what two copies of one page differ by', () => {
    expect(canonicalAddress('https://www.Example.com/2026/05/21/summit/?utm_source=x&b=2&a=1#top')).toBe('example.com/2026/05/21/summit?a=1&b=2');
    expect(canonicalAddress('http://example.com/2026/05/21/summit')).toBe('example.com/2026/05/21/summit');
    expect(canonicalAddress('https://amp.example.com/2026/05/21/summit/amp/')).toBe('example.com/2026/05/21/summit');
    expect(canonicalAddress('https://example.com/news/index.html')).toBe('example.com/news');
    expect(canonicalAddress('https://example.com:443/a')).toBe('example.com/a');
  });
  test('keeps what names another page', () => {
    expect(canonicalAddress('https://example.com/story?id=2')).not.toBe(canonicalAddress('https://example.com/story?id=3'));
    expect(canonicalAddress('https://example.org/2026/05/21/summit')).not.toBe(canonicalAddress('https://example.com/2026/05/21/summit'));
    expect(canonicalAddress('http://127.0.0.1:8080/demo/')).toBe('127.0.0.1:8080/demo');
  });
  test('is null for what is not a web address', () => {
    expect(canonicalAddress(null)).toBeNull();
    expect(canonicalAddress('file:///tmp/a.html')).toBeNull();
    expect(canonicalAddress('not a url')).toBeNull();
  });
});

test('comparableText folds spacing, quotes, dashes and case', () => {
  expect(comparableText('  Putin  said “42 deals” — in\nBeijing ')).toBe('putin said "42 deals" - in beijing');
});

describe('isSelfSource', () => {
  const page = { address: 'news.example/2026/05/21/summit', text: '42', sentence: 'Xi and Putin signed 42 agreements.' };
  test('the same address is the page itself, whatever the sentence', () => {
    expect(isSelfSource(page, { url: 'https://www.news.example/2026/05/21/summit/#x', text: '40', sentence: 'Another sentence.' })).toBe(true);
  });
  test('the same figure in the same sentence elsewhere is the page itself', () => {
    expect(isSelfSource(page, { url: 'https://mirror.example/copy', text: '42', sentence: 'Xi and Putin  signed 42 agreements.' })).toBe(true);
  });
  test('another figure, or the same figure in another sentence, at another address is a source', () => {
    expect(isSelfSource(page, { url: 'https://other.example/a', text: '40', sentence: 'Xi and Putin signed 42 agreements.' })).toBe(false);
    expect(isSelfSource(page, { url: 'https://other.example/a', text: '42', sentence: 'The leaders signed 42 agreements.' })).toBe(false);
    expect(isSelfSource({ ...page, address: null }, { url: 'https://other.example/a', text: '42', sentence: 'The leaders signed 42 agreements.' })).toBe(false);
  });
});

describe('a page added as a source, checked again', () => {
  const PAGE = 'test/fixtures/pages/may2026-42-agreements-conflict.html';
  const URL_ = 'https://meridiancourier.example/world/asia/putin-leaves-beijing-declaration-deals';
  const doc = parseHtml(readFileSync(PAGE, 'utf8'), URL_);
  const { text } = readArticle(doc);
  const meta = readPageMeta(doc, URL_) as PageMeta;
  const seed = seedIndex as unknown as FactIndex;
  const own = extractSourceFacts(
    { file: 'user-page', url: URL_, outlet: 'Meridian Courier', title: meta.title, published: '2026-05-21', place: 'Beijing', reports: meta.title },
    text,
    'user',
  );
  const withOwn = prepareIndex(assembleIndex([...sourceEntries(seed), own], seed.builtAt));
  const seedOnly = checkPage(prepareIndex(seed), text, meta);
  const summary = (figures: ReturnType<typeof checkPage>['figures']) => figures.map((f) => [f.text, f.verdict, f.sources.map((s) => `${s.source}|${s.relation}`).sort()]);

  test('the page has figures of its own to add', () => {
    expect(own.facts.map((f) => f.text)).toContain('42');
  });

  test('at its own address it gets exactly the verdicts and sources it had before', () => {
    const again = checkPage(withOwn, text, meta);
    expect(summary(again.figures)).toEqual(summary(seedOnly.figures));
    expect(again.figures.flatMap((f) => f.sources).some((s) => s.source === 'user-page')).toBe(false);
  });

  test('at another address (same text) it is still not its own source', () => {
    const elsewhere = checkPage(withOwn, text, { ...meta, url: 'https://syndicated.example/copy-of-the-story' });
    expect(elsewhere.figures.flatMap((f) => f.sources).some((s) => s.source === 'user-page')).toBe(false);
  });

  test('another page still meets the added source', () => {
    const other = readFileSync('test/fixtures/pages/may2026-forty-accords-jsonld.html', 'utf8');
    const otherDoc = parseHtml(other, 'https://example.org/other');
    const check = checkPage(withOwn, readArticle(otherDoc).text, readPageMeta(otherDoc, 'https://example.org/other') as PageMeta);
    expect(check.figures.flatMap((f) => f.sources).filter((s) => s.source === 'user-page').map((s) => s.relation)).toContain('conflicts');
  });
});
