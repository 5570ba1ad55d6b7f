/**
 * Full month names, for labels. A module of its own, without imports, so what only names dates
 * (the marks' labels in the content script) does not carry, and build at load, the lexicon's word
 * tables (`lexicon.ts` re-exports it).
 */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
