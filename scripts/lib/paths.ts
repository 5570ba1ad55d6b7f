/** Where the bundled index is written by `npm run build:index` and read by the extension. */
export const DEFAULT_INDEX_PATH = 'core/generated/seed-index.json';
