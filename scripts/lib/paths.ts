/** Where the bundled index is written by `npm run build:index` and read by the extension. */
export const DEFAULT_INDEX_PATH = 'core/generated/seed-index.json';

/** The content script's subject gate data for the bundled index (see core/match/subject-gate.ts). */
export const DEFAULT_GATE_PATH = 'core/generated/seed-gate.json';
