/**
 * Where stored values that fail validation are kept aside. Nothing a user saved is ever dropped:
 * a corrupted value is copied to `local:quarantine:<key>:<timestamp>` (with the reason) in the
 * same `storage.local.set` call that repairs the original, and the popup and options page list
 * what was kept aside so the user knows. No zod here: the content script imports this module.
 */
import { storage } from '#imports';

/** Storage-area prefix of quarantined copies. */
export const QUARANTINE_PREFIX = 'quarantine:';

/** One value kept aside. */
export interface QuarantineEntry {
  /** The storage key the value was read from (without the `local:` area). */
  key: string;
  /** The value exactly as it was stored. */
  value: unknown;
  /** Why it was rejected, in plain words with field paths. */
  reason: string;
  /** When it was kept aside (ISO). */
  at: string;
}

/** The storage key (without area) a value read from `key` is kept aside under. */
export function quarantineKey(key: string, now: Date = new Date()): string {
  return `${QUARANTINE_PREFIX}${key}:${now.getTime()}`;
}

/** Builds the entry to store beside a repair; see `quarantineKey`. */
export function quarantineEntry(key: string, value: unknown, reason: string, now: Date = new Date()): QuarantineEntry {
  return { key, value, reason, at: now.toISOString() };
}

/** Every value kept aside so far, oldest first. */
export async function listQuarantine(): Promise<QuarantineEntry[]> {
  const all = (await storage.snapshot('local')) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([k]) => k.startsWith(QUARANTINE_PREFIX))
    .map(([, v]) => v as QuarantineEntry)
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** One readable line per value kept aside, for the popup and the options page. */
export function describeQuarantine(entries: QuarantineEntry[]): string[] {
  return entries.map((e) => {
    const what = e.key.startsWith('usersource:') ? `Your source "${e.key.slice('usersource:'.length)}"` : `Stored ${e.key}`;
    return `${what} could not be read and was kept aside on ${e.at.slice(0, 10)}: ${e.reason}`;
  });
}
