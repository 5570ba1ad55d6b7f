/**
 * `npm run --silent facts -- [--seeds DIR] [--json]`: every fact of the index built from a seeds
 * folder. `--json` prints a JSON array (source, text, value, unit, measure, quote, and the rest of
 * the fact); without it, a readable table.
 */
import { parseArgs } from './lib/args';
import { buildSeedIndex } from './lib/build-seed-index';
import { factRecord } from './lib/fact-record';

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
