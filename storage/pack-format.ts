/**
 * The pack format (docs/pack-format.md): what an exported pack holds, how an older one is
 * upgraded, and how a pack is checked before anything is stored (docs/decisions/020). Pure, with
 * no storage or extension API, so the options page checks a pack in a worker, off its main thread
 * (`entrypoints/options/pack-worker.ts`), and `user-sources.ts` stores what it accepts.
 *
 * Problems are reported the way a person reads the file: by source ("Source 3 (“Xi in Moscow”)")
 * and by the pack's own field names ("published", "figure 2 (“42”): value"), never as code paths
 * (`sources[2].source.published`). A pack with many bad sources says how many there are and
 * shows the first {@link SHOWN_SOURCES}, each with at most {@link PROBLEMS_PER_SOURCE} problems.
 */
import { z } from 'zod/mini';
import { type SourceFacts, SourceFactsSchema } from '../core/model';
import { formatPath } from '../core/zod-errors';
import { plainIssueMessage, plainIssues } from '../core/zod-errors';

/** The version of one stored record and of an exported pack. */
export const USER_SOURCES_VERSION = 1;
/** What an exported pack says it is. */
export const PACK_FORMAT = 'crosscheck-pack';
/**
 * The largest pack imported, in bytes. Every stored source is matched on every page, and the
 * background rebuilds its merged index from all of them when it starts: measured, 8.5 MB of
 * sources (1,958 sources, 9,000 facts) cost it ~2.5 s, 18.8 MB ~9 s (docs/decisions/020).
 */
export const PACK_MAX_BYTES = 8 * 1024 * 1024;
/** Sources whose problems are listed (the others are counted). */
export const SHOWN_SOURCES = 20;
/** Problems listed per source. */
export const PROBLEMS_PER_SOURCE = 5;

/** An exported pack's head: every user source in one JSON file. */
export const PackSchema = z.object({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.int().check(z.minimum(0), z.maximum(USER_SOURCES_VERSION)),
  exportedAt: z.optional(z.string()),
  sources: z.array(z.unknown()),
});
export type Pack = { format: typeof PACK_FORMAT; schemaVersion: number; exportedAt: string; sources: SourceFacts[] };

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Upgrades one source entry by the version it was written with. Version 0 entries lack the
 * source's `origin`, `entities` and `reports`, and the facts' `role` and `note`.
 */
export const ENTRY_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  0: (old) => {
    if (!isObject(old)) return old;
    const source = isObject(old.source) ? old.source : {};
    const facts = old.facts;
    return {
      ...old,
      source: {
        origin: 'user',
        entities: [],
        reports: typeof source.title === 'string' && source.title ? source.title : 'Added by the reader',
        ...source,
      },
      facts: Array.isArray(facts)
        ? facts.map((f) => (isObject(f) ? { role: 'whole', note: null, claimId: '', context: '', ...f } : f))
        : facts,
    };
  },
};

/** Brings an entry written with `version` up to the current version. */
export function migrateEntry(entry: unknown, version: number): unknown {
  let value = entry;
  for (let v = version; v < USER_SOURCES_VERSION; v++) {
    const m = ENTRY_MIGRATIONS[v];
    if (!m) throw new Error(`no migration from version ${v}`);
    value = m(value);
  }
  return value;
}

/** A bad field of an entry: its path inside the entry, and what is wrong, in plain words. */
export interface FieldProblem {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/**
 * Validates a migrated entry. Its `origin` is set to "user" first, whatever it says: a pack can
 * neither pose as the bundled sources nor fail for a field the reader does not choose.
 */
export function checkEntry(entry: unknown): { entry?: SourceFacts; problems: FieldProblem[] } {
  const input = isObject(entry) && isObject(entry.source) ? { ...entry, source: { ...entry.source, origin: 'user' } } : entry;
  const r = SourceFactsSchema.safeParse(input, { reportInput: true });
  if (!r.success) return { problems: r.error.issues.map((i) => ({ path: i.path, message: plainIssueMessage(i) })) };
  const file = r.data.source.file;
  const problems: FieldProblem[] = [];
  r.data.facts.forEach((f, i) => {
    if (f.source !== file) problems.push({ path: ['facts', i, 'source'], message: `should be "${file}" (the source's file), but is "${f.source}"` });
  });
  return problems.length ? { problems } : { entry: r.data, problems: [] };
}

/** An entry's problems with code paths (`tg.txt.facts[0].value: …`), for stored records kept aside. */
export function validateEntry(entry: unknown, prefix: ReadonlyArray<PropertyKey>): { entry?: SourceFacts; errors: string[] } {
  const r = checkEntry(entry);
  return r.entry ? { entry: r.entry, errors: [] } : { errors: r.problems.map((p) => `${formatPath([...prefix, ...p.path])}: ${p.message}`) };
}

/** A field of a source entry in the pack's words: "outlet", "figure 2 (“42”): value". */
export function fieldInWords(path: ReadonlyArray<PropertyKey>, entry: unknown): string {
  const [top, ...rest] = path;
  if (top === 'source') return rest.length ? rest.map(String).join('.') : 'source';
  if (top === 'facts' && typeof rest[0] === 'number') {
    const facts = isObject(entry) && Array.isArray(entry.facts) ? entry.facts : [];
    const fact = facts[rest[0]];
    const text = isObject(fact) && typeof fact.text === 'string' && fact.text ? ` (“${fact.text.slice(0, 40)}”)` : '';
    const field = rest.slice(1).map(String).join('.');
    return `figure ${rest[0] + 1}${text}${field ? `: ${field}` : ''}`;
  }
  return path.length ? path.map(String).join('.') : 'the source';
}

/** A source of the pack as a person finds it: "Source 3 (“Xi in Moscow”)". */
export function sourceInWords(index: number, entry: unknown): string {
  const source = isObject(entry) && isObject(entry.source) ? entry.source : {};
  const name = typeof source.title === 'string' && source.title ? source.title : typeof source.file === 'string' ? source.file : '';
  return `Source ${index + 1}${name ? ` (“${name.length > 60 ? `${name.slice(0, 57)}…` : name}”)` : ''}`;
}

/** What is wrong with a pack, for the reader. */
export interface PackProblems {
  /** Problems of the file as a whole (not JSON, not a pack, too big, no room): no source was looked at. */
  file: string[];
  /** How many sources the pack holds, and how many of them have problems. */
  total: number;
  bad: number;
  /** The first {@link SHOWN_SOURCES} bad sources, each with its first problems. */
  shown: Array<{ source: string; problems: string[]; more: number }>;
}

/** The result of checking a pack: the sources to store, or what is wrong. */
export type PackCheck = { ok: true; entries: SourceFacts[] } | { ok: false; problems: PackProblems };

/** A pack refused as a whole. */
export function fileProblem(message: string, total = 0): { ok: false; problems: PackProblems } {
  return { ok: false, problems: { file: [message], total, bad: 0, shown: [] } };
}

/** A size in megabytes, one decimal: "18.8 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Checks a pack (its text, or parsed JSON) without storing anything: every source is migrated and
 * validated; `onProgress` hears of each 250 sources checked. All or nothing: any bad source and
 * none is accepted.
 */
export function checkPack(input: unknown, onProgress?: (checked: number, total: number) => void): PackCheck {
  let json = input;
  if (typeof input === 'string') {
    if (input.length > PACK_MAX_BYTES) return fileProblem(`the file is ${megabytes(input.length)}; packs of up to ${megabytes(PACK_MAX_BYTES)} can be imported`);
    try {
      json = JSON.parse(input);
    } catch (err) {
      return fileProblem(`the file is not valid JSON (${(err as Error).message})`);
    }
  }
  const head = PackSchema.safeParse(json, { reportInput: true });
  if (!head.success) {
    return { ok: false, problems: { file: plainIssues(head.error.issues).map((e) => (e.startsWith('format:') ? `${e} (is this a Crosscheck pack?)` : e)), total: 0, bad: 0, shown: [] } };
  }
  const { sources, schemaVersion } = head.data;
  const problems: PackProblems = { file: [], total: sources.length, bad: 0, shown: [] };
  const entries: SourceFacts[] = [];
  const files = new Map<string, number>();
  sources.forEach((raw, i) => {
    if (onProgress && i > 0 && i % 250 === 0) onProgress(i, sources.length);
    let found: string[];
    const migrated = migrateEntry(raw, schemaVersion);
    const checked = checkEntry(migrated);
    if (checked.entry) {
      const prev = files.get(checked.entry.source.file);
      if (prev === undefined) {
        files.set(checked.entry.source.file, i);
        entries.push(checked.entry);
        return;
      }
      found = [`file: "${checked.entry.source.file}" is used twice (also by source ${prev + 1})`];
    } else {
      found = checked.problems.map((p) => `${fieldInWords(p.path, migrated)}: ${p.message}`);
    }
    problems.bad += 1;
    if (problems.shown.length < SHOWN_SOURCES) {
      problems.shown.push({ source: sourceInWords(i, migrated), problems: found.slice(0, PROBLEMS_PER_SOURCE), more: Math.max(0, found.length - PROBLEMS_PER_SOURCE) });
    }
  });
  onProgress?.(sources.length, sources.length);
  return problems.bad ? { ok: false, problems } : { ok: true, entries };
}

/** The same entry under another file name (facts and their ids follow). */
export function renameEntry(entry: SourceFacts, file: string): SourceFacts {
  const old = entry.source.file;
  return {
    source: { ...entry.source, file },
    facts: entry.facts.map((f) => ({ ...f, source: file, id: f.id.startsWith(old) ? file + f.id.slice(old.length) : `${file}:${f.id}` })),
  };
}
