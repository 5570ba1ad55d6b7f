#!/usr/bin/env node
/**
 * The project's own import graph: which of our files import which (static, dynamic and type-only
 * imports alike, read with TypeScript's pre-processor), summed up by layer (top folder, and the
 * `core/` sub-folders), with every import circle listed.
 *
 *   node scripts/import-graph.mjs            the summary: files per layer, arrows between layers, circles
 *   node scripts/import-graph.mjs --check    the circles only; exits 1 when there is one (run by `npm test`)
 *   node scripts/import-graph.mjs --json     the summary as JSON
 *
 * Generated code, benchmarks' output, fixtures and node_modules are not read.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SKIP = new Set(['node_modules', '.output', '.wxt', 'bench', 'fixtures', 'corpus', 'generated', 'test-results', 'seeds', 'public', 'docs', '.git']);
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js'];

/** Every source file of ours, relative to the repo root. */
function sourceFiles(dir = ROOT) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(relative(ROOT, path));
  }
  return out;
}

/** The file a relative specifier names, or null for a package or a file we do not read. */
function resolveSpecifier(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(ROOT, dirname(from), spec);
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, `index${e}`))]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && EXTENSIONS.some((e) => candidate.endsWith(e))) return relative(ROOT, candidate);
  }
  return null;
}

/** The graph: file → the files of ours it imports. */
export function importGraph() {
  const graph = new Map();
  for (const file of sourceFiles()) {
    const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of info.importedFiles) {
      const target = resolveSpecifier(file, fileName);
      if (target) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** The strongly connected parts of more than one file (Tarjan), each sorted: the import circles. */
export function circles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const part = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(part.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** A file's layer: its top folder (`core/` split into its sub-folders), or `(root)`. */
function layer(file) {
  const parts = file.split('/');
  if (parts.length === 1) return '(root)';
  if (parts[0] === 'core') return parts.length > 2 ? `core/${parts[1]}` : 'core';
  if (parts[0] === 'test' || parts[0] === 'scripts') return parts[0];
  return parts[0];
}

function summary(graph) {
  const files = {};
  const arrows = {};
  for (const [from, targets] of graph) {
    files[layer(from)] = (files[layer(from)] ?? 0) + 1;
    for (const to of targets) {
      const a = layer(from);
      const b = layer(to);
      if (a === b) continue;
      const key = `${a} -> ${b}`;
      arrows[key] = (arrows[key] ?? 0) + 1;
    }
  }
  return { files, arrows, circles: circles(graph) };
}

/**
 * Circles through folders this branch may not edit, each with the change that breaks it. `--check`
 * prints them on every run and fails on any other circle; remove an entry once its fix lands.
 */
const KNOWN_CIRCLES = new Map([]);

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const graph = importGraph();
  const result = summary(graph);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else if (process.argv.includes('--check')) {
    const unknown = [];
    for (const c of result.circles) {
      const key = c.join(' <-> ');
      if (KNOWN_CIRCLES.has(key)) console.log(`known import circle (to fix): ${key}\n  ${KNOWN_CIRCLES.get(key)}`);
      else unknown.push(key);
    }
    for (const key of unknown) console.log(`import circle: ${key}`);
    console.log(`${graph.size} files read, ${unknown.length} import circle(s), ${result.circles.length - unknown.length} known`);
    process.exit(unknown.length > 0 ? 1 : 0);
  } else {
    const layers = Object.keys(result.files).sort();
    console.log(`layers (${layers.length}): ${layers.map((l) => `${l} ${result.files[l]}`).join(', ')}`);
    const arrowKeys = Object.keys(result.arrows).sort();
    console.log(`arrows between layers (${arrowKeys.length}):`);
    for (const k of arrowKeys) console.log(`  ${k} (${result.arrows[k]})`);
    console.log(`circles (${result.circles.length}):`);
    for (const c of result.circles) console.log(`  ${c.join(' <-> ')}`);
  }
}
