/**
 * Sizes of the built extension: every file of an output folder, raw and gzipped (level 9), and
 * the budgets `npm test` enforces (test/size-budget.test.ts). Also, for the profile mode, what a
 * bundle is made of: its bytes per source module, read from a source map.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file. */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

/** The parts of a manifest that say what the extension brings into web pages (MV2 and MV3 shapes). */
export interface PageManifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  web_accessible_resources?: Array<string | { resources?: string[] }>;
}

/** A size budget: the built files it covers (chosen from the manifest) and the limit. */
export interface Budget {
  name: string;
  files(manifest: PageManifest): string[];
  maxGzipBytes: number;
}

/** 1 KB = 1,024 bytes. */
export const KB = 1024;

/** The scripts and styles the manifest injects into every page (the content script's first stage). */
export function injectedFiles(m: PageManifest): string[] {
  return [...new Set((m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
}

/** What the content script can load into a page later: the web-accessible scripts and styles. */
export function pageLoadableFiles(m: PageManifest): string[] {
  const listed = (m.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [w] : (w.resources ?? [])));
  return [...new Set(listed.filter((f) => /\.(m?js|css)$/.test(f)))];
}

/**
 * The budgets (issue 16; docs/decisions/005, 008 and 009, docs/PERFORMANCE.md). The content
 * script's first stage, the only script every page gets, is held at 5 KB. On a page that passes
 * the subject gate the second stage follows (reading, marking, settings); the engine and the
 * index stay in the background, so the two stages are held at 20 KB. The card's code comes only
 * when the reader points at or focuses a mark: everything the content script can load is held
 * at 45 KB.
 */
export const BUDGETS: Budget[] = [
  {
    name: 'content script injected into every page (first stage)',
    files: (m) => injectedFiles(m),
    maxGzipBytes: 5 * KB,
  },
  {
    name: 'on an on-topic page: first stage + second stage (the engine and index stay in the background)',
    files: (m) => [...injectedFiles(m), ...pageLoadableFiles(m).filter((f) => /content-main/.test(f))],
    maxGzipBytes: 20 * KB,
  },
  {
    name: 'everything the content script can load into a page (+ card UI, on the first pointer or focus on a mark)',
    files: (m) => [...injectedFiles(m), ...pageLoadableFiles(m)],
    // Issue 16's target. With issue 14's card it had grown to 51 KB; the card's own shadow root
    // (content/shadow-ui.ts, in place of WXT's createShadowRootUi and its context) brought it to 42.6 KB.
    maxGzipBytes: 45 * KB,
  },
];

/** Every file under `dir` (recursively), sorted by path, with raw and gzipped sizes. */
export function buildSizes(dir: string): FileSize[] {
  const out: FileSize[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.map')) {
        const bytes = readFileSync(path);
        out.push({ file: relative(dir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** Each budget with what it measured and whether it holds (a listed file that was not built fails it). */
export function checkBudgets(
  sizes: FileSize[],
  manifest: PageManifest,
  budgets = BUDGETS,
): Array<{ name: string; maxGzipBytes: number; gzip: number; raw: number; files: string[]; missing: string[]; ok: boolean }> {
  return budgets.map((b) => {
    const wanted = b.files(manifest);
    const files = sizes.filter((s) => wanted.includes(s.file));
    const missing = wanted.filter((f) => !sizes.some((s) => s.file === f));
    const gzip = files.reduce((n, f) => n + f.gzip, 0);
    const raw = files.reduce((n, f) => n + f.raw, 0);
    return { name: b.name, maxGzipBytes: b.maxGzipBytes, gzip, raw, files: files.map((f) => f.file), missing, ok: files.length > 0 && missing.length === 0 && gzip <= b.maxGzipBytes };
  });
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map VLQ segment. */
function decodeVlq(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Bytes of a generated file per source, from its source map (`file.map` beside it). Sources are
 * grouped by package (node_modules/NAME) or by project file; "(no source)" is code the map does
 * not attribute (the bundled JSON index, bundler glue).
 */
export function composition(file: string): Array<{ source: string; bytes: number; gzip: number }> {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  const parts = new Map<string, string[]>();
  const add = (k: string, t: string): void => {
    const l = parts.get(k);
    if (l) l.push(t);
    else parts.set(k, [t]);
  };
  let src = 0;
  const group = (s: string): string => {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
    if (nm) return nm[1]!;
    return s.replace(/^(\.\.\/)+/, '').replace(/^\/?work\/main\//, '');
  };
  map.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    let col = 0;
    let prev: { col: number; src: number | null } | null = null;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const v = decodeVlq(seg);
      col += v[0]!;
      if (prev) {
        const k = prev.src === null ? '(no source)' : group(map.sources[prev.src]!);
        add(k, text.slice(prev.col, col));
      }
      if (v.length >= 4) src += v[1]!;
      prev = { col, src: v.length >= 4 ? src : null };
    }
    if (prev) {
      const k = prev.src === null ? '(no source)' : group(map.sources[prev.src]!);
      add(k, text.slice(prev.col));
    }
  });
  // gzip of each source's own code alone (not additive: the bundle compresses across sources).
  return [...parts]
    .map(([source, l]) => ({ source, bytes: Buffer.byteLength(l.join('')), gzip: gzipSync(l.join(''), { level: 9 }).length }))
    .sort((a, b) => b.bytes - a.bytes);
}
