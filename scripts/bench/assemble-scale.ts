/**
 * `npx tsx scripts/bench/assemble-scale.ts [--before REF] [--sizes 10000,30000,100000] [--shape S]`:
 * what `assembleIndex` costs as the reader's sources grow (docs/decisions/036), side by side with
 * its code at git ref REF (default: the commit before decision 036). Each implementation and size
 * runs in a fresh node with a 4 GB heap (at most `TIMEOUT_S`), alternating which goes first;
 * prints wall and CPU time, the heap still used with the index built (after a collection) and the
 * process's peak resident memory, or how the run failed. Shapes: `synthetic` (the seeds' shape,
 * `synthetic-index.ts`), and two worst cases for the new code, facts of one measure, each of its
 * own source, all values different: `undated` (one claim of them all) and `dated` (a day of 2025
 * each, at 50 places: 2,100 distinct events).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import seed from '../../core/generated/seed-index.json';
import type { EventRef, Fact, FactIndex, SourceFacts } from '../../core/model';
import { syntheticIndex } from './synthetic-index';

const ROOT = join(import.meta.dirname, '../..');
/** The last commit before decision 036. */
const BEFORE = 'eb37003';
/** How long one run may take. */
const TIMEOUT_S = 300;
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};

type Assemble = (entries: SourceFacts[], builtAt: string) => FactIndex;

/** `size` facts of one measure, each of its own source, all values different; undated or on 2,100 events of 2025. */
function worstCase(size: number, dated: boolean): SourceFacts[] {
  return Array.from({ length: size }, (_, i) => {
    const value = 1000 + i * 1.37;
    const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const event: EventRef = dated ? { time: { from: day, to: day, precision: 'day' }, timeBasis: 'publication', place: `P${i % 50}`, label: day } : { time: null, timeBasis: 'none', place: null, label: 'undated' };
    const fact: Fact = {
      id: `f${i}`, source: `s${i}`, text: String(value), start: 0, end: 1, kind: 'count', value, interval: { min: value, max: value, minInclusive: true, maxInclusive: true },
      qualifier: 'exact', unit: 'count', measure: 'widgets', measureKey: 'widget', sentence: 'widgets', sentenceStart: 0, time: null, event, role: 'whole', note: null, context: '', claimId: '',
    };
    return { source: { file: `s${i}`, outlet: 'o', title: 't', url: `https://s${i}.example`, published: null, place: null, reports: 'r', origin: 'user', entities: [] }, facts: [fact] };
  });
}

/** Child: assembles `size` facts of `shape` with the module at `file` and prints one JSON line. */
async function child(file: string, shape: string, size: number): Promise<void> {
  const { assembleIndex, sourceEntries } = (await import(pathToFileURL(file).href)) as { assembleIndex: Assemble; sourceEntries: (ix: FactIndex) => SourceFacts[] };
  const entries = shape === 'synthetic' ? sourceEntries(syntheticIndex(seed as unknown as FactIndex, size)) : worstCase(size, shape === 'dated');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = assembleIndex(entries, 'bench');
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  (globalThis as { gc?: () => void }).gc?.();
  const heapMB = process.memoryUsage().heapUsed / 1e6;
  console.log(JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, heapMB, rssMB: process.resourceUsage().maxRSS / 1e3, claims: index.claims.length }));
}

/** The module of REF's assembleIndex, its imports pointed at this tree (core/model and compare are shared). */
function beforeModule(ref: string): string {
  const r = spawnSync('git', ['show', `${ref}:core/index/assemble-index.ts`], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git show ${ref}: ${r.stderr}`);
  const dir = join(ROOT, 'bench/tmp/assemble-scale');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `assemble-index-${ref.replace(/[^\w.-]/g, '_')}.ts`);
  const code = r.stdout.replace(/from '\.\.\/([^']+)'/g, `from '${ROOT}/core/$1'`).replace(/from '\.\/([^']+)'/g, `from '${ROOT}/core/index/$1'`);
  writeFileSync(file, code);
  return file;
}

function run(file: string, shape: string, size: number): string {
  const argv = ['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096', import.meta.filename, '--child', file, shape, String(size)];
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_S * 1000, killSignal: 'SIGKILL' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.error && /ETIMEDOUT/.test(r.error.message)) return `over ${TIMEOUT_S} s (stopped)`;
  if (r.status !== 0 || !line.startsWith('{')) return /heap out of memory/i.test(r.stderr) ? 'out of memory (4 GB heap)' : `failed (${r.status ?? r.signal})`;
  const m = JSON.parse(line) as { wallMs: number; cpuMs: number; heapMB: number; rssMB: number; claims: number };
  return `${(m.wallMs / 1000).toFixed(2)} s wall, ${(m.cpuMs / 1000).toFixed(2)} s CPU, ${m.heapMB.toFixed(0)} MB heap, ${m.rssMB.toFixed(0)} MB peak RSS, ${m.claims} claims`;
}

if (argv[0] === '--child') await child(argv[1]!, argv[2]!, Number(argv[3]));
else {
  const ref = option('--before') ?? BEFORE;
  const shape = option('--shape') ?? 'synthetic';
  const sizes = (option('--sizes') ?? '10000,30000,100000').split(',').map(Number);
  const impls: Array<[string, string]> = [[`before (${ref})`, beforeModule(ref)], ['now', join(ROOT, 'core/index/assemble-index.ts')]];
  for (const [k, size] of sizes.entries()) {
    // Alternate which runs first: the machine is shared and its load drifts.
    for (const [name, file] of k % 2 === 0 ? impls : [...impls].reverse()) console.log(`${shape}, ${size.toLocaleString('en')} facts, ${name}: ${run(file, shape, size)}`);
  }
}
