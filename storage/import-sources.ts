/**
 * Importing a pack of sources: every entry checked (`pack-format.ts`), names that clash renamed,
 * and the records written so a big import is never seen half-written: in parts recorded as
 * pending (`usersources:pending`), which readers skip until the last write commits them, and
 * which are removed if the browser refuses a part (docs/decisions/020).
 */
import { browser, storage } from '#imports';
import { type SourceFacts } from '../core/model';
import { checkPack, fileProblem, megabytes, renameEntry, type PackProblems } from './pack-format';
import { USER_SOURCES_REV_KEY } from './user-sources-watch';
import { PENDING_IMPORT_KEY, IMPORT_PART_CHARS, recordKey, newRevision, gateWrite, record, loadUserSources } from './user-sources';

/** What an import did, or why it did nothing (all or nothing: nothing stored then). */
export type ImportResult =
  | { ok: true; added: string[]; unchanged: string[]; renamed: Array<{ from: string; to: string }> }
  | { ok: false; problems: PackProblems };

/**
 * Room left in `storage.local`, in bytes: Chrome's quota (10 MB without `unlimitedStorage`) less
 * what is stored. Null where the browser keeps no such count (Firefox's `storage.local` is bounded
 * by the disk, like a site's storage).
 */
export async function storageRoom(): Promise<number | null> {
  const local = browser.storage.local as unknown as { QUOTA_BYTES?: number; getBytesInUse?: (keys: null) => Promise<number> };
  if (typeof local.QUOTA_BYTES !== 'number' || typeof local.getBytesInUse !== 'function') return null;
  try {
    return local.QUOTA_BYTES - (await local.getBytesInUse(null));
  } catch {
    return null;
  }
}

/**
 * Imports a pack (its text or parsed JSON): checks it (`checkPack`), then stores its sources
 * (`importEntries`). All or nothing.
 */
export async function importPack(input: unknown, reserved: ReadonlySet<string> = new Set()): Promise<ImportResult> {
  const checked = checkPack(input);
  if (!checked.ok) return checked;
  return importEntries(checked.entries, reserved);
}

/**
 * Stores checked sources, in one `storage.local.set` (all or nothing). A source already stored
 * with the same content is left as it is; one with the same `file` but different content, or
 * named like a bundled source (`reserved`), is imported under a new name, so no stored or bundled
 * source is replaced or shadowed. The room needed is checked first (`room`), and a write the
 * browser refuses anyway (quota) is reported, not thrown: nothing is stored then either.
 */
export async function importEntries(
  entries: readonly SourceFacts[],
  reserved: ReadonlySet<string> = new Set(),
  room: () => Promise<number | null> = storageRoom,
): Promise<ImportResult> {
  const existing = new Map((await loadUserSources()).map((e) => [e.source.file, e]));
  const taken = (file: string) => existing.has(file) || reserved.has(file);
  const added: string[] = [];
  const unchanged: string[] = [];
  const renamed: Array<{ from: string; to: string }> = [];
  const writes: Array<{ key: `local:${string}`; value: unknown }> = [];
  const now = new Date();
  for (const entry of entries) {
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
  if (writes.length === 0) return { ok: true, added, unchanged, renamed };
  const commit = [gateWrite([...existing.values()]), { key: USER_SOURCES_REV_KEY, value: newRevision() }];
  // What the browser counts: each key and its value as JSON.
  const sizes = writes.map((w) => w.key.length + JSON.stringify(w.value).length);
  const needed = sizes.reduce((a, b) => a + b, 0) + commit.reduce((n, w) => n + w.key.length + JSON.stringify(w.value).length, 0);
  const free = await room();
  if (free !== null && needed > free) {
    return fileProblem(`the pack needs ${megabytes(needed)} of storage and ${megabytes(Math.max(0, free))} is free; nothing was stored`, entries.length);
  }
  try {
    await writeStaged(writes, sizes, commit);
  } catch (err) {
    return fileProblem(`the browser refused to store the pack (${err instanceof Error ? err.message : String(err)}); nothing was stored`, entries.length);
  }
  return { ok: true, added, unchanged, renamed };
}

/**
 * Writes new records in parts of about {@link IMPORT_PART_CHARS}, yielding between them, with
 * readers told to skip them ({@link PENDING_IMPORT_KEY}) until `commit` (the gate and the revision)
 * is written together with the emptied marker: all at once for every reader. A part the browser
 * refuses removes what was written and throws; nothing is left.
 */
async function writeStaged(writes: Array<{ key: `local:${string}`; value: unknown }>, sizes: number[], commit: Array<{ key: `local:${string}`; value: unknown }>): Promise<void> {
  const marker = `local:${PENDING_IMPORT_KEY}` as const;
  if (writes.length === 1 || sizes.reduce((a, b) => a + b, 0) <= IMPORT_PART_CHARS) {
    await storage.setItems([...writes, ...commit]);
    return;
  }
  const keys = writes.map((w) => w.key.slice('local:'.length));
  await storage.setItem(marker, { keys, at: Date.now() });
  const written: Array<`local:${string}`> = [];
  try {
    let part: typeof writes = [];
    let chars = 0;
    for (const [i, w] of writes.entries()) {
      part.push(w);
      chars += sizes[i]!;
      if (chars >= IMPORT_PART_CHARS || i === writes.length - 1) {
        await storage.setItems(part);
        written.push(...part.map((x) => x.key));
        part = [];
        chars = 0;
        // Let the page breathe between parts.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    await storage.setItems([...commit, { key: marker, value: { keys: [], at: Date.now() } }]);
  } catch (err) {
    await storage.removeItems(written).catch(() => {});
    await storage.setItem(marker, { keys: [], at: Date.now() }).catch(() => {});
    throw err;
  }
}
