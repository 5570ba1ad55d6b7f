/**
 * The reader's settings, stored under `local:settings` as one object carrying `schemaVersion`.
 *
 * Validated with zod/mini. Reading is forgiving: older shapes are migrated, a field that fails
 * validation falls back to its default while the other fields are kept, and the whole stored
 * value is first copied aside (`storage/quarantine.ts`) so nothing is silently lost. The popup and
 * the options page react to changes through `watchSettings`; content scripts do not import this
 * module: they ask the background for their page's part (`storage/sites.ts`, docs/decisions/010).
 */
import { storage } from '#imports';
import { z } from 'zod/mini';
import { fromVersion1Key, hiddenMatchKey, type HiddenMatch } from './hidden-matches';
import { quarantineEntry, quarantineKey } from './quarantine';
import { SETTINGS_STORAGE_KEY } from './settings-key';
import { plainIssueMessage } from '../core/zod-errors';

/** The version `SettingsSchema` describes. Bump it and add a migration when the shape changes. */
export const SETTINGS_VERSION = 2;

/** Storage key of the settings (WXT form, with its area). */
export const SETTINGS_KEY = `local:${SETTINGS_STORAGE_KEY}` as const;

const VerdictSwitchesSchema = z.object({
  corroborated: z.boolean(),
  conflicting: z.boolean(),
  mixed: z.boolean(),
  related: z.boolean(),
});

/** One "wrong match" report (see `hidden-matches.ts`). */
export const HiddenMatchSchema = z.object({
  site: z.string().check(z.maxLength(300)),
  page: z.string().check(z.maxLength(2000)),
  figure: z.string().check(z.minLength(1), z.maxLength(200)),
  measureKey: z.string().check(z.maxLength(200)),
  measure: z.string().check(z.maxLength(200)),
  context: z.string().check(z.maxLength(400)),
  at: z.string().check(z.maxLength(40)),
});

/** Each field of the settings, validated on its own so one bad field never costs the others. */
const fieldSchemas = {
  /** False pauses Crosscheck everywhere. */
  enabled: z.boolean(),
  /** Hostnames switched off from the popup ("on/off for this site"). */
  disabledSites: z.array(z.string()),
  /** Sites (hostnames, subdomains included) where Crosscheck never runs, from the options page. */
  neverRunSites: z.array(z.string()),
  /** Which verdicts get marked on pages; `related` is "other event". */
  showVerdicts: VerdictSwitchesSchema,
  /** How long the pointer rests on a mark before its card opens. */
  hoverDelayMs: z.number().check(z.int(), z.gte(0), z.lte(5000)),
  /** How marks look. */
  highlightStyle: z.enum(['underline', 'background']),
  /** Figures the reader hid with "Wrong match", one page each (version 1 kept `wrongMatches` keys, site-wide). */
  hiddenMatches: z.array(HiddenMatchSchema),
} as const;

/** Fields that are lists of records: a bad record is dropped (and reported), the others kept. */
const RECORD_LISTS: Partial<Record<keyof typeof fieldSchemas, z.ZodMiniType>> = { hiddenMatches: HiddenMatchSchema };

/** The settings as stored (version 2). */
export const SettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  ...fieldSchemas,
});
export type Settings = z.infer<typeof SettingsSchema>;
export type VerdictSwitches = z.infer<typeof VerdictSwitchesSchema>;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  schemaVersion: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  neverRunSites: [],
  showVerdicts: { corroborated: true, conflicting: true, mixed: true, related: true },
  hoverDelayMs: 150,
  highlightStyle: 'underline',
  hiddenMatches: [],
}) as Settings;

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

/**
 * Migrations by the version they upgrade FROM. Version 0 is the unversioned shape of the first
 * prototype: `{ enabled?, disabledSites?, hoverDelay?, hideOtherEvents? }`.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => {
    const { hoverDelay, hideOtherEvents, ...rest } = old;
    const next: Record<string, unknown> = { ...rest, schemaVersion: 1 };
    if (hoverDelay !== undefined) next.hoverDelayMs = hoverDelay;
    if (typeof hideOtherEvents === 'boolean') {
      next.showVerdicts = { ...DEFAULT_SETTINGS.showVerdicts, related: !hideOtherEvents };
    }
    return next;
  },
  // Version 1 kept "wrong match" reports as `site|figure|measureKey` strings, each hiding the
  // figure on its whole site. They become records for their whole site (page ""), listed in the
  // options page's "Hidden matches" to restore; new reports name one page and one figure.
  1: (old) => {
    const { wrongMatches, ...rest } = old;
    const at = new Date().toISOString();
    const hiddenMatches: HiddenMatch[] = [];
    const seen = new Set<string>();
    for (const key of Array.isArray(wrongMatches) ? wrongMatches : []) {
      const h = typeof key === 'string' ? fromVersion1Key(key, at) : null;
      if (h && !seen.has(hiddenMatchKey(h))) {
        seen.add(hiddenMatchKey(h));
        hiddenMatches.push(h);
      }
    }
    return { ...rest, schemaVersion: 2, hiddenMatches };
  },
};

/** What reading a stored value gave: usable settings, and what was wrong with the stored value. */
export interface ParsedSettings {
  settings: Settings;
  /** Null when the stored value was valid (or absent); else a readable list of what was wrong. */
  problem: string | null;
  /** Whether the stored value should be rewritten (migrated or repaired). */
  changed: boolean;
}

function pathOf(issue: { path: ReadonlyArray<PropertyKey> }, field: string): string {
  return [field, ...issue.path.map(String)].join('.');
}

/**
 * Turns whatever is stored into valid settings: migrates older versions, keeps every valid
 * field, and falls back to the default for each invalid one. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problem: null, changed: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaultSettings(), problem: `settings: expected an object, got ${describe(raw)}`, changed: true };
  }
  let value = raw as Record<string, unknown>;
  let changed = false;
  const problems: string[] = [];
  let version = typeof value.schemaVersion === 'number' ? value.schemaVersion : 0;
  if (version > SETTINGS_VERSION) {
    // Written by a newer Crosscheck (a downgrade): read what we understand, rewrite nothing.
    problems.push(`settings: schemaVersion ${version} is newer than this version understands (${SETTINGS_VERSION})`);
  }
  while (version < SETTINGS_VERSION) {
    const migrate = SETTINGS_MIGRATIONS[version];
    if (!migrate) {
      problems.push(`settings: no migration from schemaVersion ${version}`);
      break;
    }
    value = migrate(value);
    version += 1;
    changed = true;
  }
  const settings = defaultSettings() as Record<string, unknown>;
  for (const [field, schema] of Object.entries(fieldSchemas)) {
    if (!(field in value)) {
      changed = true;
      continue;
    }
    const r = (schema as z.ZodMiniType).safeParse(value[field], { reportInput: true });
    const item = RECORD_LISTS[field as keyof typeof fieldSchemas];
    if (r.success) settings[field] = r.data;
    else if (item && Array.isArray(value[field])) {
      // Keep every good record; report the others (the whole value is kept aside as well).
      changed = true;
      const kept: unknown[] = [];
      (value[field] as unknown[]).forEach((raw, i) => {
        const one = item.safeParse(raw, { reportInput: true });
        if (one.success) kept.push(one.data);
        else problems.push(...one.error.issues.map((issue) => `${pathOf({ path: [i, ...issue.path] }, field)}: ${plainIssueMessage(issue)}`));
      });
      settings[field] = kept;
    } else {
      changed = true;
      problems.push(...r.error.issues.map((i) => `${pathOf(i, field)}: ${plainIssueMessage(i)}`));
    }
  }
  return {
    settings: settings as Settings,
    problem: problems.length ? problems.join('; ') : null,
    changed: changed || problems.length > 0,
  };
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text "${v.slice(0, 40)}"`;
  return typeof v;
}

/** The raw storage item (WXT). Prefer `loadSettings` / `updateSettings` / `watchSettings`. */
export const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY);

/** Reads and validates the settings without writing anything (safe in content scripts). */
export async function readSettings(): Promise<ParsedSettings & { raw: unknown }> {
  const raw = await settingsItem.getValue();
  return { ...parseSettings(raw), raw };
}

/**
 * Reads the settings, and when the stored value needed migrating or repair writes the result
 * back — in the same `storage.local.set` call that keeps an invalid value aside. Returns the
 * settings and the problem found, if any.
 */
export async function loadSettings(): Promise<{ settings: Settings; problem: string | null }> {
  const { settings, problem, changed, raw } = await readSettings();
  if (changed && !(problem && isNewerVersion(raw))) {
    // Write only if nobody changed the value since we read it.
    const again = await settingsItem.getValue();
    if (JSON.stringify(again) === JSON.stringify(raw)) {
      const items: Array<{ key: `local:${string}`; value: unknown }> = [{ key: SETTINGS_KEY, value: settings }];
      if (problem) {
        const now = new Date();
        items.push({ key: `local:${quarantineKey('settings', now)}`, value: quarantineEntry('settings', raw, problem, now) });
      }
      await storage.setItems(items);
    }
  }
  return { settings, problem };
}

function isNewerVersion(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    typeof (raw as { schemaVersion?: unknown }).schemaVersion === 'number' &&
    (raw as { schemaVersion: number }).schemaVersion > SETTINGS_VERSION
  );
}

/** Runs `fn` holding an extension-wide lock when the Web Locks API is there (extension pages). */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request(name, fn) as Promise<T>;
  return fn();
}

/**
 * Changes the settings with `fn` (read-modify-write). Guarded against two pages saving at once:
 * a lock where available, and a check after writing that re-applies `fn` to whatever another
 * writer stored meanwhile (so `fn` should express a change, e.g. "add this site", not a snapshot).
 */
export async function updateSettings(fn: (current: Settings) => Settings): Promise<Settings> {
  return withLock('cc:settings', async () => {
    let next = defaultSettings();
    for (let attempt = 0; attempt < 5; attempt++) {
      const { settings } = await loadSettings();
      next = parseSettings({ ...fn(structuredClone(settings) as Settings), schemaVersion: SETTINGS_VERSION }).settings;
      await settingsItem.setValue(next);
      const stored = await settingsItem.getValue();
      if (JSON.stringify(stored) === JSON.stringify(next)) return next;
    }
    return next;
  });
}

/** Calls `cb` with validated settings whenever they change (any page, any tab). Returns an unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(parseSettings(value).settings));
}
