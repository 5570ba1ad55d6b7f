/**
 * The reader's own sources ("add this page as a source", imported packs), kept in
 * `storage.local` on this device only.
 *
 * Layout (schema version 1): one key per source, `usersource:<file>` →
 * `{ schemaVersion: 1, savedAt, entry: SourceFacts }`, plus `usersources:rev`, a value changed by
 * every write so other contexts notice, and `usersources:gate`, the written forms of the sources'
 * subjects for the content script's first stage (`storage/sources-gate.ts`), rewritten with them. One key per source means two tabs saving different sources
 * never overwrite each other (there is no shared list to read-modify-write), and every change is a
 * single `storage.local.set` call carrying all its keys: a browser killed mid-save leaves either
 * the old state or the new one.
 *
 * Earlier layouts are migrated on load: version 0 kept every source in one array under
 * `userSources`, with sources lacking `origin`/`entities`/`reports` and facts lacking
 * `role`/`note`/`context`. A record that fails validation is copied aside (`storage/quarantine.ts`) before
 * it is removed, and reported; the other sources stay intact.
 */
import { storage } from '#imports';
import { z } from 'zod';
import { type SourceFacts, SourceFactsSchema } from '../core/model';
import { formatPath } from '../core/zod-errors';
import { plainIssues } from './plain-issues';
import { quarantineEntry, quarantineKey } from './quarantine';
import { subjectGateData } from '../core/match/subject-gate';
import { GATE_ENTITIES_PER_SOURCE, SOURCES_GATE_ITEM, SOURCES_GATE_KEY } from './sources-gate';
import { USER_SOURCES_REV_KEY } from './user-sources-watch';

/** The version of one stored record and of an exported pack. */
export const USER_SOURCES_VERSION = 1;
/** Prefix (storage.local key, no area) of one user source record. */
export const USER_SOURCE_PREFIX = 'usersource:';
/** The version-0 key that held every user source in one array. */
export const LEGACY_V0_KEY = 'userSources';
/** What an exported pack says it is. */
export const PACK_FORMAT = 'crosscheck-pack';

/** One stored record (version 1). */
export const UserSourceRecordSchema = z.object({
  schemaVersion: z.literal(USER_SOURCES_VERSION),
  savedAt: z.string(),
  entry: SourceFactsSchema,
});
export type UserSourceRecord = z.infer<typeof UserSourceRecordSchema>;

/** An exported pack: every user source in one JSON file. */
export const PackSchema = z.object({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.number().int().min(0).max(USER_SOURCES_VERSION),
  exportedAt: z.string().optional(),
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
    const facts = Array.isArray(old.facts) ? old.facts : old.facts;
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

/** Validates a migrated entry; the user origin is forced so a pack cannot pose as the seeds. */
function validateEntry(entry: unknown, prefix: ReadonlyArray<PropertyKey>): { entry?: SourceFacts; errors: string[] } {
  const r = SourceFactsSchema.safeParse(entry, { reportInput: true });
  if (!r.success) return { errors: plainIssues(r.error.issues, prefix) };
  const errors: string[] = [];
  const file = r.data.source.file;
  r.data.facts.forEach((f, i) => {
    if (f.source !== file) {
      errors.push(`${formatPath([...prefix, 'facts', i, 'source'])}: should be "${file}" (the source's file), but is "${f.source}"`);
    }
  });
  if (errors.length) return { errors };
  return { entry: { ...r.data, source: { ...r.data.source, origin: 'user' } }, errors: [] };
}

function recordKey(file: string): `local:${string}` {
  return `local:${USER_SOURCE_PREFIX}${file}`;
}

function newRevision(): number {
  // Unique enough across tabs; only its change matters.
  return Date.now() * 1000 + Math.floor(Math.random() * 1000);
}

/** The write that keeps the first stage's gate (`usersources:gate`) in step with `entries`. */
function gateWrite(entries: readonly SourceFacts[]): { key: `local:${string}`; value: unknown } {
  return { key: SOURCES_GATE_ITEM, value: subjectGateData(entries.flatMap((e) => e.source.entities.slice(0, GATE_ENTITIES_PER_SOURCE))) };
}

function record(entry: SourceFacts, now = new Date()): UserSourceRecord {
  return { schemaVersion: USER_SOURCES_VERSION, savedAt: now.toISOString(), entry };
}

/** What loading found: the valid sources, and what was kept aside or left alone. */
export interface UserSourcesState {
  entries: SourceFacts[];
  problems: string[];
}

/**
 * Reads every user source, migrating older layouts and keeping corrupted records aside (both
 * written back), and returns the valid ones sorted by outlet and title.
 */
export async function readUserSources(): Promise<UserSourcesState> {
  const all = (await storage.snapshot('local')) as Raw;
  const entries: SourceFacts[] = [];
  const problems: string[] = [];
  const writes: Array<{ key: `local:${string}`; value: unknown }> = [];
  const removals: Array<`local:${string}`> = [];
  const now = new Date();

  // Version 0: one array under `userSources`. Move each entry to its own key, then drop the array.
  if (LEGACY_V0_KEY in all) {
    const legacy = all[LEGACY_V0_KEY];
    const list = Array.isArray(legacy) ? legacy : [];
    if (!Array.isArray(legacy)) problems.push(`${LEGACY_V0_KEY}: should be a list, but is ${typeof legacy}; kept aside`);
    list.forEach((old, i) => {
      const v = validateEntry(migrateEntry(old, 0), [LEGACY_V0_KEY, i]);
      if (v.entry) {
        const key = `${USER_SOURCE_PREFIX}${v.entry.source.file}`;
        // A v1 record already there (a migration interrupted after its write) wins.
        if (!(key in all)) {
          const rec = record(v.entry, now);
          all[key] = rec;
          writes.push({ key: `local:${key}`, value: rec });
        }
      } else {
        problems.push(...v.errors);
        const qk = quarantineKey(`${LEGACY_V0_KEY}[${i}]`, now);
        writes.push({ key: `local:${qk}`, value: quarantineEntry(LEGACY_V0_KEY, old, v.errors.join('; '), now) });
      }
    });
    if (!Array.isArray(legacy)) {
      writes.push({ key: `local:${quarantineKey(LEGACY_V0_KEY, now)}`, value: quarantineEntry(LEGACY_V0_KEY, legacy, 'not a list', now) });
    }
    removals.push(`local:${LEGACY_V0_KEY}`);
  }

  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(USER_SOURCE_PREFIX)) continue;
    const file = key.slice(USER_SOURCE_PREFIX.length);
    const version = isObject(value) && typeof value.schemaVersion === 'number' ? value.schemaVersion : 0;
    if (version > USER_SOURCES_VERSION) {
      // Written by a newer Crosscheck: leave it untouched for that version.
      problems.push(`${file}: saved by a newer version of Crosscheck (schema ${version}); left as it is`);
      continue;
    }
    // A version-0 record is the bare entry; later records wrap it.
    const rawEntry = version === 0 ? value : isObject(value) ? value.entry : undefined;
    let migrated: unknown;
    try {
      migrated = migrateEntry(rawEntry, version);
    } catch (err) {
      migrated = undefined;
      problems.push(`${file}: ${(err as Error).message}`);
    }
    const v = validateEntry(migrated, [file]);
    if (v.entry) {
      entries.push(v.entry);
      if (version < USER_SOURCES_VERSION) {
        writes.push({ key: `local:${key}`, value: record(v.entry, now) });
      }
    } else {
      const reason = v.errors.join('; ');
      problems.push(`${file}: could not be read and was kept aside (${reason})`);
      writes.push({ key: `local:${quarantineKey(key, now)}`, value: quarantineEntry(key, value, reason, now) });
      removals.push(`local:${key}`);
    }
  }

  // The first stage's gate follows the sources (written here too for sources stored before the
  // gate existed, or migrated just now).
  const gate = gateWrite(entries);
  if ((entries.length > 0 || SOURCES_GATE_KEY in all) && JSON.stringify(all[SOURCES_GATE_KEY]) !== JSON.stringify(gate.value)) {
    writes.push(gate);
  }

  if (writes.length || removals.length) {
    // The copies and migrated records are written first, in one call; only then are the
    // originals removed, so an interruption can duplicate a copy but never lose a source.
    if (writes.length) await storage.setItems(writes);
    if (removals.length) await storage.removeItems(removals);
  }
  entries.sort((a, b) => a.source.outlet.localeCompare(b.source.outlet) || a.source.title.localeCompare(b.source.title));
  return { entries, problems };
}

/** The user's valid sources (see `readUserSources`). */
export async function loadUserSources(): Promise<SourceFacts[]> {
  return (await readUserSources()).entries;
}

/**
 * Saves one source (new or replacing the one with the same `file`) in a single write. Throws
 * with every bad field in plain words when the entry is invalid; nothing is written then.
 */
export async function saveUserSource(entry: SourceFacts): Promise<SourceFacts> {
  const v = validateEntry(entry, []);
  if (!v.entry) throw new Error(v.errors.join('; '));
  const file = v.entry.source.file;
  const others = (await loadUserSources()).filter((e) => e.source.file !== file);
  await storage.setItems([
    { key: recordKey(file), value: record(v.entry) },
    gateWrite([...others, v.entry]),
    { key: USER_SOURCES_REV_KEY, value: newRevision() },
  ]);
  return v.entry;
}

/** Removes one user source. */
export async function removeUserSource(file: string): Promise<void> {
  await storage.removeItem(recordKey(file));
  await storage.setItems([gateWrite(await loadUserSources()), { key: USER_SOURCES_REV_KEY, value: newRevision() }]);
}

/** Every user source as one pack, ready for `JSON.stringify`. */
export async function exportPack(now: Date = new Date()): Promise<Pack> {
  const entries = await loadUserSources();
  return { format: PACK_FORMAT, schemaVersion: USER_SOURCES_VERSION, exportedAt: now.toISOString(), sources: entries };
}

/** What an import did, or why it did nothing. */
export type ImportResult =
  | { ok: true; added: string[]; unchanged: string[]; renamed: Array<{ from: string; to: string }> }
  | { ok: false; errors: string[] };

/** Checks a pack (text or parsed JSON) without writing: every bad field with its path. */
export function validatePack(input: unknown): { entries?: SourceFacts[]; errors: string[] } {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (err) {
      return { errors: [`the file is not valid JSON (${(err as Error).message})`] };
    }
  }
  const head = PackSchema.safeParse(json, { reportInput: true });
  if (!head.success) {
    return { errors: plainIssues(head.error.issues).map((e) => (e.startsWith('format:') ? `${e} (is this a Crosscheck pack?)` : e)) };
  }
  const errors: string[] = [];
  const entries: SourceFacts[] = [];
  const files = new Map<string, number>();
  head.data.sources.forEach((raw, i) => {
    const v = validateEntry(migrateEntry(raw, head.data.schemaVersion), ['sources', i]);
    if (!v.entry) {
      errors.push(...v.errors);
      return;
    }
    const prev = files.get(v.entry.source.file);
    if (prev !== undefined) {
      errors.push(`sources[${i}].source.file: "${v.entry.source.file}" is used twice (also by sources[${prev}])`);
      return;
    }
    files.set(v.entry.source.file, i);
    entries.push(v.entry);
  });
  if (errors.length) return { errors };
  return { entries, errors: [] };
}

/**
 * Imports a pack, atomically: if any field is bad nothing is written and every problem is
 * returned. A source already stored with the same content is left as it is; one with the same
 * `file` but different content, or named like a bundled source (`reserved`), is imported under a
 * new name, so no stored or bundled source is replaced or shadowed.
 */
export async function importPack(input: unknown, reserved: ReadonlySet<string> = new Set()): Promise<ImportResult> {
  const v = validatePack(input);
  if (!v.entries) return { ok: false, errors: v.errors };
  const existing = new Map((await loadUserSources()).map((e) => [e.source.file, e]));
  const taken = (file: string) => existing.has(file) || reserved.has(file);
  const added: string[] = [];
  const unchanged: string[] = [];
  const renamed: Array<{ from: string; to: string }> = [];
  const writes: Array<{ key: `local:${string}`; value: unknown }> = [];
  const now = new Date();
  for (const entry of v.entries) {
    const file = entry.source.file;
    const old = existing.get(file);
    if (old && JSON.stringify(old) === JSON.stringify(entry)) {
      unchanged.push(file);
      continue;
    }
    let target = entry;
    if (old || reserved.has(file)) {
      let n = 2;
      while (taken(`${file}~${n}`)) n++;
      const to = `${file}~${n}`;
      target = renameEntry(entry, to);
      renamed.push({ from: file, to });
    }
    existing.set(target.source.file, target);
    added.push(target.source.file);
    writes.push({ key: recordKey(target.source.file), value: record(target, now) });
  }
  if (writes.length) {
    writes.push(gateWrite([...existing.values()]), { key: USER_SOURCES_REV_KEY, value: newRevision() });
    await storage.setItems(writes);
  }
  return { ok: true, added, unchanged, renamed };
}

/** The same entry under another file name (facts and their ids follow). */
export function renameEntry(entry: SourceFacts, file: string): SourceFacts {
  const old = entry.source.file;
  return {
    source: { ...entry.source, file },
    facts: entry.facts.map((f) => ({ ...f, source: file, id: f.id.startsWith(old) ? file + f.id.slice(old.length) : `${file}:${f.id}` })),
  };
}

/** A stable file name for a page added as a source: `user-<hash of its address>`. */
export function userSourceFile(url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `user-${h.toString(16).padStart(8, '0')}`;
}
