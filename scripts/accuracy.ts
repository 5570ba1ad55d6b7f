/**
 * `npx tsx scripts/accuracy.ts [--evidence] [DIR…]`: precision and recall of the engine (the shipped
 * one, or with `--evidence` the evidence engine) over saved pages with hand-written expected output
 * (default: test/fixtures/pages and test/fixtures/holdout).
 * A checked figure is right when the page expects that figure with that verdict and the same
 * relation for every source; precision = right / checked, recall = right / expected.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { checkFile } from './lib/check-file';

interface Expected {
  url: string;
  figures: Array<{ text: string; verdict: string; sources: Array<{ source: string; relation: string; certain: boolean }> }>;
}

const engine = process.argv.includes('--evidence') ? 'evidence' : process.argv.includes('--rules') ? 'rules' : 'shipped';
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dirs = args.length ? args : ['test/fixtures/pages', 'test/fixtures/holdout'];
let checked = 0;
let expected = 0;
let right = 0;
let verdictRight = 0;
const misses: string[] = [];
for (const dir of dirs.filter((d) => existsSync(d))) {
  let dirChecked = 0;
  let dirExpected = 0;
  let dirRight = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const name = file.replace(/\.html$/, '');
    const want = JSON.parse(readFileSync(`${dir}/${name}.expected.json`, 'utf8')) as Expected;
    const got = checkFile(`${dir}/${file}`, want.url, undefined, engine).figures;
    const pool = [...want.figures];
    for (const f of got) {
      const i = pool.findIndex((w) => w.text === f.text);
      if (i === -1) {
        misses.push(`${dir}/${name}: unexpected "${f.text}" (${f.verdict})`);
        continue;
      }
      const w = pool.splice(i, 1)[0]!;
      const key = (s: { source: string; relation: string; certain: boolean }) => `${s.source}:${s.relation}:${s.certain}`;
      const sameSources = JSON.stringify(f.sources.map(key).sort()) === JSON.stringify(w.sources.map(key).sort());
      if (f.verdict === w.verdict) verdictRight++;
      if (f.verdict === w.verdict && sameSources) dirRight++;
      else misses.push(`${dir}/${name}: "${f.text}" got ${f.verdict} [${f.sources.map(key).join(', ')}], expected ${w.verdict} [${w.sources.map(key).join(', ')}]`);
    }
    for (const w of pool) misses.push(`${dir}/${name}: missed "${w.text}" (${w.verdict})`);
    dirChecked += got.length;
    dirExpected += want.figures.length;
  }
  console.log(`${dir}: ${dirChecked} checked, ${dirExpected} expected, ${dirRight} right → precision ${pct(dirRight, dirChecked)}, recall ${pct(dirRight, dirExpected)}`);
  checked += dirChecked;
  expected += dirExpected;
  right += dirRight;
}
console.log(`all: precision ${pct(right, checked)}, recall ${pct(right, expected)} (verdict alone right for ${verdictRight} of ${checked} checked)`);
for (const m of misses) console.log(`  - ${m}`);

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
}
