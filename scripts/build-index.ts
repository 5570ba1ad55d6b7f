/**
 * `npm run build:index -- [--seeds DIR] [--out FILE]`: builds the fact index from a folder of
 * articles and its sources.json, validates it and prints a short table.
 */
import { parseArgs } from './lib/args';
import { buildSeedIndex } from './lib/build-seed-index';
import { DEFAULT_INDEX_PATH } from './lib/paths';
import { writeBundledIndex, writeIndexIfChanged } from './lib/write-index';


function main(): void {
  const args = parseArgs(process.argv.slice(2), ['seeds', 'out']);
  const seeds = args.values.get('seeds') ?? 'seeds';
  const out = args.values.get('out') ?? DEFAULT_INDEX_PATH;
  const index = buildSeedIndex(seeds);
  // The bundled index also refreshes the content script's gate data; another --out writes the index alone.
  if (out === DEFAULT_INDEX_PATH) writeBundledIndex(out, index);
  else writeIndexIfChanged(out, index);
  const rows = index.sources.map((s) => {
    const facts = index.facts.filter((f) => f.source === s.file);
    return { source: s.file, outlet: s.outlet, published: s.published ?? 'undated', facts: facts.length };
  });
  console.table(rows);
  const conflicts = index.claims.filter((c) => c.conflict.length > 0).length;
  console.log(`${index.facts.length} facts in ${index.claims.length} claims (${conflicts} with conflicts) → ${out}`);
}

try {
  main();
} catch (e) {
  console.error(`build:index: ${(e as Error).message}`);
  process.exit(1);
}
