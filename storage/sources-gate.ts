/**
 * The reader's own sources, as the content script's first stage sees them: only the written
 * forms of their subject entities, kept under one small key beside the sources themselves and
 * rewritten with every change to them (`storage/user-sources.ts`). The first stage reads this one
 * key with the raw storage API, so a page about a user source's subject wakes the rest of
 * Crosscheck while every other page costs one small read. No imports on purpose (no zod, no
 * polyfill): see docs/decisions/008.
 */

/** The key in `storage.local` (WXT form: `local:usersources:gate`). */
export const SOURCES_GATE_KEY = 'usersources:gate';

/** How many of a user source's entities join the gate (its most salient, listed first). */
export const GATE_ENTITIES_PER_SOURCE = 8;

/**
 * The key in `storage.local` whose value changes with every save, removal or import of a user
 * source (WXT form: `local:usersources:rev`, `user-sources-watch.ts`). The content script watches
 * it with the raw storage API.
 */
export const USER_SOURCES_REV_STORAGE_KEY = 'usersources:rev';

/** The same key in the form `@wxt-dev/storage` takes. */
export const SOURCES_GATE_ITEM = `local:${SOURCES_GATE_KEY}` as const;

/**
 * The forms map of a stored value, or null when there is none or it is not one. A hand check,
 * not a zod schema: the first stage cannot afford zod, and the worst a bad value can do is let a
 * page through the first gate, where the second stage checks everything again with zod.
 */
export function gateFormsOf(stored: unknown): Record<string, string> | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const forms = (stored as { forms?: unknown }).forms;
  if (typeof forms !== 'object' || forms === null || Array.isArray(forms)) return null;
  const out: Record<string, string> = {};
  for (const [form, entity] of Object.entries(forms)) if (typeof entity === 'string') out[form] = entity;
  return out;
}

/** The written forms stored under {@link SOURCES_GATE_KEY}, read with the raw storage API. */
export async function readGateForms(local: { get(key: string): Promise<Record<string, unknown>> }): Promise<Record<string, string> | null> {
  return gateFormsOf((await local.get(SOURCES_GATE_KEY))[SOURCES_GATE_KEY]);
}
