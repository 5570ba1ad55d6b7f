/**
 * Word tables without a prototype. A plain object literal answers `table['constructor']` or
 * `table['valueOf']` with `Object.prototype`'s functions, so a page saying "a constructor" would
 * read as a number word; a table made here knows only its own words.
 */

/** A frozen lookup table of `entries` with no inherited keys. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
