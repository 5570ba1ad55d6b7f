/**
 * The light half of `storage/user-sources.ts`, for the content script (no full zod): the key
 * bumped on every change to the user's sources, and a watcher on it. A content script that sees
 * it change reads the gate's forms again and re-checks its page (the background checks with the
 * new sources).
 */
import { storage } from '#imports';
import { USER_SOURCES_REV_STORAGE_KEY } from './sources-gate';

/** Key (WXT form) whose value changes with every save, removal or import of a user source. */
export const USER_SOURCES_REV_KEY = `local:${USER_SOURCES_REV_STORAGE_KEY}` as const;

/** Calls `cb` whenever the user's sources change, in any tab. Returns an unwatch function. */
export function watchUserSources(cb: (revision: number) => void): () => void {
  return storage.watch<number>(USER_SOURCES_REV_KEY, (rev) => cb(rev ?? 0));
}

/** The current revision (0 before any user source was saved). */
export async function userSourcesRevision(): Promise<number> {
  return (await storage.getItem<number>(USER_SOURCES_REV_KEY)) ?? 0;
}
