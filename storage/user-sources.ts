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
import { z } from 'zod/mini';
import { type SourceFacts, SourceFactsSchema } from '../core/model';
import { migrateEntry, PACK_FORMAT, USER_SOURCES_VERSION, validateEntry, type Pack } from './pack-format';
import { quarantineEntry, quarantineKey } from './quarantine';
import { subjectGateData } from '../core/match/subject-gate';
import { GATE_ENTITIES_PER_SOURCE, SOURCES_GATE_ITEM, SOURCES_GATE_KEY } from './sources-gate';
import { USER_SOURCES_REV_KEY } from './user-sources-watch';

/** Prefix (storage.local key, no area) of one user source record. */
export const USER_SOURCE_PREFIX = 'usersource:';

/**
 * Records an import is still writing (`{ keys, at }`), which readers skip: a big pack is written
 * in parts, so the options page never freezes on one huge write, and becomes visible all at once
 * when this list is emptied in the write that also bumps the revision (docs/decisions/020).
 */
export const PENDING_IMPORT_KEY = 'usersources:pending';

/** An import's pending records older than this were left by a closed page: they are removed. */
export const PENDING_STALE_MS = 10 * 60 * 1000;

/** Characters of records written per part of a staged import. */
export const IMPORT_PART_CHARS = 256 * 1024;

/** The version-0 key that held every user source in one array. */
export const LEGACY_V0_KEY = 'userSources';

/** One stored record (version 1). */
export const UserSourceRecordSchema = z.object({
  schemaVersion: z.literal(USER_SOURCES_VERSION),
  savedAt: z.string(),
  entry: SourceFactsSchema,
});

export type UserSourceRecord = z.infer<typeof UserSourceRecordSchema>;

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The storage key (WXT form) of the user source named `file`. */
export function recordKey(file: string): `local:${string}` {
  return `local:${USER_SOURCE_PREFIX}${file}`;
}

/** A new value for `usersources:rev`, different from the last one written. */
export function newRevision(): number {
  // Unique enough across tabs; only its change matters.
  return Date.now() * 1000 + Math.floor(Math.random() * 1000);
}

/** The write that keeps the first stage's gate (`usersources:gate`) in step with `entries`. */
export function gateWrite(entries: readonly SourceFacts[]): { key: `local:${string}`; value: unknown } {
  return { key: SOURCES_GATE_ITEM, value: subjectGateData(entries.flatMap((e) => e.source.entities.slice(0, GATE_ENTITIES_PER_SOURCE))) };
}

/** The stored record of a source, stamped with when it was saved. */
export function record(entry: SourceFacts, now = new Date()): UserSourceRecord {
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
  // Records an import is still writing are not the reader's yet; a closed page's are removed.
  const pending = pendingImport(all[PENDING_IMPORT_KEY]);
  const skipped = new Set(pending?.keys ?? []);
  if (pending && Date.now() - pending.at > PENDING_STALE_MS) {
    await storage.removeItems([...skipped].map((k) => `local:${k}` as const));
    await storage.setItem(`local:${PENDING_IMPORT_KEY}`, { keys: [], at: Date.now() });
  }
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
    if (!key.startsWith(USER_SOURCE_PREFIX) || skipped.has(key)) continue;
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

export { checkPack, PACK_MAX_BYTES, renameEntry, type PackCheck, type PackProblems } from './pack-format';

/** Every user source as one pack, ready for `JSON.stringify`. */
export async function exportPack(now: Date = new Date()): Promise<Pack> {
  const entries = await loadUserSources();
  return { format: PACK_FORMAT, schemaVersion: USER_SOURCES_VERSION, exportedAt: now.toISOString(), sources: entries };
}

/** The pending-import marker as stored, or null. */
function pendingImport(value: unknown): { keys: string[]; at: number } | null {
  if (!isObject(value) || !Array.isArray(value.keys) || typeof value.at !== 'number') return null;
  return { keys: value.keys.filter((k): k is string => typeof k === 'string'), at: value.at };
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
