/**
 * `npm run --silent facts -- [--seeds DIR] [--json]`: every fact of the index built from a seeds
 * folder. `--json` prints a JSON array (source, text, value, unit, measure, quote, and the rest of
 * the fact); without it, a readable table.
 */
import type { Fact } from '../core/model';
import { parseArgs } from './lib/args';
import { buildSeedIndex } from './lib/build-seed-index';

/** The JSON shape of one fact: the documented fields first, then the rest of the fact model. */
export function factRecord(f: Fact) {
  return {
    source: f.source,
    text: f.text,
    value: f.value,
    unit: f.unit,
    measure: f.measure,
    quote: f.sentence,
    kind: f.kind,
    qualifier: f.qualifier,
    interval: f.interval,
    measureKey: f.measureKey,
    event: f.event.label,
    time: f.event.time,
    timeBasis: f.event.timeBasis,
    place: f.event.place,
    role: f.role,
    note: f.note,
    claim: f.claimId,
    start: f.start,
    end: f.end,
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['seeds']);
  const index = buildSeedIndex(args.values.get('seeds') ?? 'seeds');
  if (args.flags.has('json')) {
    console.log(JSON.stringify(index.facts.map(factRecord), null, 2));
    return;
  }
  console.table(
    index.facts.map((f) => ({
      source: f.source,
      text: f.text,
      value: f.value,
      unit: f.unit,
      measure: f.measure,
      event: f.event.label,
      role: f.role === 'part' ? 'part' : '',
    })),
  );
}

try {
  main();
} catch (e) {
  console.error(`facts: ${(e as Error).message}`);
  process.exitCode = 1;
}
