/**
 * The time and place a page is about, from plain strings the DOM reader found: publication
 * metadata in order of trust, then a date in the address, then the byline; places by how often
 * the text names them. A page nothing dates is undated, and says so.
 */
import type { PageContext, PageMeta, TimeSpan } from '../model';
import { readDate } from '../time/read-date';
import { tokenize } from '../text/tokenize';
import { findLocativePlaces, findPlacesNamed } from '../text/places';
import { daySpan, monthSpan } from '../time/spans';
import { eventLabel } from '../index/event';

/** Parses one date string from metadata: ISO ("2026-05-21T08:00:00Z", "2026-05-21"), or written ("May 21, 2026", "21 May 2026"). */
export function parseDateString(value: string): TimeSpan | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return daySpan(y, m, d, d);
    return null;
  }
  const tokens = tokenize(value.slice(0, 200));
  for (let i = 0; i < tokens.length; i++) {
    const d = readDate(tokens, i);
    if (d && !d.yearOnly && d.time) return d.time;
  }
  return null;
}

/**
 * A date in an address: "/2025/09/", "/2025/09/02/", "/2026-05-20-slug", and the compact forms
 * news sites also use: "/20250830/", "/20260520-slug", "/2023/0320/".
 */
export function dateFromUrl(url: string): TimeSpan | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const ymd =
    /(?:^|[/_-])((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})\/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\/|$)/.exec(path);
  if (ymd) return daySpan(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), Number(ymd[3]));
  const ym = /(?:^|\/)((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?=\/|$)/.exec(path);
  if (ym) return monthSpan(Number(ym[1]), Number(ym[2]));
  return null;
}

/**
 * Places named in a text, most often named first, where a paragraph that locates something in a
 * place ("in Beijing", "at the Great Hall of the People") counts twice, and a place that stands for
 * its government ("the Kremlin said") not at all: a page about talks in Beijing that quotes the
 * Kremlin at every turn is still about Beijing.
 */
export function placesByFrequency(text: string): string[] {
  const counts = new Map<string, number>();
  // Count per paragraph so one long paragraph cannot outweigh the rest by repetition alone.
  for (const para of text.split(/\n+/)) {
    for (const p of findPlacesNamed(para)) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (const p of findLocativePlaces(para)) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

/** Resolves a page's time and place. */
export function resolvePageContext(meta: PageMeta, text: string): PageContext {
  let published: TimeSpan | null = null;
  let dateBasis: string | null = null;
  for (const d of meta.dates) {
    const t = parseDateString(d.value);
    if (t) {
      published = t;
      dateBasis = d.basis;
      break;
    }
  }
  if (!published && meta.url) {
    published = dateFromUrl(meta.url);
    if (published) dateBasis = 'address';
  }
  if (!published && meta.byline) {
    published = parseDateString(meta.byline);
    if (published) dateBasis = 'byline';
  }
  const places = placesByFrequency(`${meta.title}\n${text}`);
  const place = places[0] ?? null;
  return {
    url: meta.url,
    title: meta.title,
    published,
    dateBasis,
    places,
    event: { time: published, timeBasis: published ? 'publication' : 'none', place, label: eventLabel(place, published) },
  };
}
