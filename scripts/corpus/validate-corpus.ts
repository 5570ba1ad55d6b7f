/**
 * `npx tsx scripts/corpus/validate-corpus.ts [TOPIC…]`: checks that each corpus topic folder
 * follows test/corpus/README.md — every file named exists, every quote is a verbatim substring of
 * its page, every figure stands in its quote, every seed sentence stands in its seed. It never runs
 * the engine, so a blind labeller may use it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpusTopic, splitOf } from '../lib/corpus';

const root = 'test/corpus';
const topics = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
let problems = 0;
for (const topic of topics) {
  const dir = join(root, topic);
  if (!existsSync(dir)) {
    console.log(`${topic}: no folder ${dir}`);
    problems++;
    continue;
  }
  try {
    const t = loadCorpusTopic(dir);
    const issues: string[] = [];
    const pageText = new Map(t.pages.map((p) => [p.file, readFileSync(join(dir, 'pages', p.file), 'utf8')]));
    const seedText = new Map(t.seeds.map((s) => [s.file, readFileSync(join(dir, 'seeds', s.file), 'utf8')]));
    t.labels.forEach((l, i) => {
      const at = `labels[${i}] (${l.page} "${l.figure}")`;
      const text = pageText.get(l.page);
      if (text === undefined) issues.push(`${at}: page not in pages.json`);
      else if (!text.includes(l.quote)) issues.push(`${at}: quote is not a verbatim substring of the page`);
      if (!l.quote.includes(l.figure)) issues.push(`${at}: figure is not inside its quote`);
      for (const s of l.seed_support) {
        const st = seedText.get(s.source);
        if (st === undefined) issues.push(`${at}: seed ${s.source} not in seeds/sources.json`);
        else if (!st.includes(s.sentence)) issues.push(`${at}: seed sentence is not a verbatim substring of ${s.source}`);
      }
      if (l.expected === 'none' && l.seed_support.length > 0) issues.push(`${at}: expected none but seed_support is not empty`);
      if (l.expected !== 'none' && l.seed_support.length === 0) issues.push(`${at}: expected ${l.expected} but no seed_support`);
    });
    const labelled = new Set(t.labels.map((l) => l.page));
    for (const p of t.pages) if (!labelled.has(p.file)) issues.push(`${p.file}: no labels (a page with no figures needs none, but say so in topic.json)`);
    const kinds = t.pages.reduce<Record<string, number>>((m, p) => ((m[p.kind] = (m[p.kind] ?? 0) + 1), m), {});
    const undated = t.pages.filter((p) => p.published === null).length;
    const tiers = t.labels.reduce<Record<string, number>>((m, l) => ((m[l.tier] = (m[l.tier] ?? 0) + 1), m), {});
    const expected = t.labels.reduce<Record<string, number>>((m, l) => ((m[l.expected] = (m[l.expected] ?? 0) + 1), m), {});
    console.log(`${topic} (${splitOf(t.meta)}): ${t.seeds.length} seeds, ${t.pages.length} pages ${JSON.stringify(kinds)}, ${undated} undated, ${t.labels.length} labels ${JSON.stringify(tiers)} ${JSON.stringify(expected)}`);
    for (const m of issues) console.log(`  - ${m}`);
    problems += issues.length;
  } catch (e) {
    console.log(`${topic}: ${(e as Error).message}`);
    problems++;
  }
}
process.exit(problems > 0 ? 1 : 0);
