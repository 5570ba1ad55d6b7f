/**
 * The quarantine (test/quarantine.json): flaky tests skipped by name until fixed, and printed by
 * `npm test` on every run. A test joins it by taking its options from here —
 * `test(NAME, quarantine(NAME), async () => …)` — and by an entry naming its file, its exact name
 * and why; it leaves by being fixed. Nothing is retried.
 */
import { readFileSync } from 'node:fs';

interface QuarantineEntry {
  file: string;
  name: string;
  reason: string;
}

const entries: QuarantineEntry[] = JSON.parse(readFileSync(new URL('../../quarantine.json', import.meta.url), 'utf8')).tests;

/** node:test options for the test called `name`: skipped with its reason when quarantined. */
export function quarantine(name: string): { skip?: string } {
  const entry = entries.find((e) => e.name === name);
  return entry ? { skip: `quarantined: ${entry.reason}` } : {};
}
