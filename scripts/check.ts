/**
 * `npm run check` — with no file: typecheck, lint, unit tests and build, the project's own checks.
 * `npm run --silent check -- FILE [--url ADDRESS] [--json] [--seeds DIR] [--evidence | --rules] [--user-sources DIR]` — checks an article
 * (.html, .txt or .md) against the fact index and prints its matched figures with verdicts,
 * reasons and sources (see "Checking an article from the command line" in the README), as the
 * extension checks it (both engines, docs/decisions/035); with `--evidence`, by the evidence engine
 * (core/evidence) alone; with `--rules`, by the rule matcher (core/match) alone; with
 * `--user-sources DIR`, as the extension checks it once the reader has added DIR's articles as
 * their own sources (those checked by the evidence engine, docs/decisions/033).
 */
import { spawnSync } from 'node:child_process';
import { spanLabel } from '../core/time/spans';
import { parseArgs } from './lib/args';
import { checkFile, type FileCheck } from './lib/check-file';

function printReadable(file: string, result: FileCheck): void {
  const p = result.page;
  const dated = result.contentDate;
  const when = p.published ? `${spanLabel(p.published)} (from ${p.dateBasis})` : dated ? `undated; ${dated.value} by ${dated.basis}` : 'undated';
  console.log(`${file}\n  page: ${when}; places: ${p.places.join(', ') || 'none found'}`);
  if (result.figures.length === 0) {
    console.log('  no figure on this page speaks to a claim of the index');
    return;
  }
  for (const f of result.figures) {
    console.log(`\n  "${f.text}" [${f.start}-${f.end}]  ${f.verdict.toUpperCase()}\n    ${f.reason}\n    why: ${f.why}`);
    for (const s of f.sources) {
      const rel = `${s.relation}${s.certain ? '' : ' (possible)'}`;
      console.log(`    - ${rel.padEnd(24)} ${s.outlet}: "${s.text}" — ${s.reason}  [${s.source}]`);
    }
  }
}

function runProjectChecks(): number {
  for (const [label, cmd, args] of [
    ['typecheck', 'npx', ['tsc', '--noEmit']],
    ['lint', 'npx', ['eslint', '.']],
    ['unit tests', 'npx', ['vitest', 'run']],
    ['build', 'npx', ['wxt', 'build']],
  ] as const) {
    console.log(`\n=== ${label}`);
    const r = spawnSync(cmd, [...args], { stdio: 'inherit' });
    if (r.status !== 0) return r.status ?? 1;
  }
  return 0;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2), ['url', 'seeds', 'user-sources']);
  const file = args.positionals[0];
  if (!file) return runProjectChecks();
  const result = checkFile(file, args.values.get('url'), args.values.get('seeds'), args.flags.has('evidence') ? 'evidence' : args.flags.has('rules') ? 'rules' : 'shipped', args.values.get('user-sources'));
  if (args.flags.has('json')) console.log(JSON.stringify(result, null, 2));
  else printReadable(file, result);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`check: ${(e as Error).message}`);
  process.exitCode = 1;
}
