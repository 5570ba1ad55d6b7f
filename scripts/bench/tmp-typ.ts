import { performance } from 'node:perf_hooks';
import seed from '../../core/generated/seed-index.json';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import type { FactIndex } from '../../core/model';
import { typicalText } from './node-bench';
const { text, meta } = typicalText();
const p = prepareIndex(seed as unknown as FactIndex);
const t0 = performance.now(); checkPage(p, text, meta); const cold = performance.now() - t0;
const n = Number(process.argv[2] ?? 200);
for (let i = 0; i < 20; i++) checkPage(p, text, meta);
const t: number[] = [];
for (let i = 0; i < n; i++) { const a = performance.now(); checkPage(p, text, meta); t.push(performance.now() - a); }
t.sort((a, b) => a - b);
console.log(`cold ${cold.toFixed(1)} ms, warm median ${t[t.length >> 1]!.toFixed(2)} ms (${text.length} chars, ${checkPage(p, text, meta).figures.length} figures)`);
