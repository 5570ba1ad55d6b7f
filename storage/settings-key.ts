/**
 * The settings' key in `storage.local`, as the raw API names it (WXT form: `local:settings`). Its
 * own module, so the zod-free `sites.ts` (the content script's) and the zod/mini `settings.ts` can
 * both name it without importing each other.
 */
export const SETTINGS_STORAGE_KEY = 'settings';
