/**
 * One cold check in a fresh process, as a content script does on every page load (each page
 * gets a new isolated world: nothing is compiled or prepared yet): prepareIndex on the seed
 * index, then checkPage on the typical page, each timed; then the same call warm. Prints JSON.
 */
import { performance } from 'node:perf_hooks';
import seed from '../../core/generated/seed-index.json';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import type { FactIndex } from '../../core/model';
import { typicalText } from './node-bench';

const { text, meta } = typicalText();
let t = performance.now();
const prepared = prepareIndex(seed as unknown as FactIndex);
const prepareMs = performance.now() - t;
t = performance.now();
checkPage(prepared, text, meta);
const firstCheckMs = performance.now() - t;
for (let i = 0; i < 20; i++) checkPage(prepared, text, meta);
t = performance.now();
checkPage(prepared, text, meta);
const warmCheckMs = performance.now() - t;
console.log(JSON.stringify({ prepareMs, firstCheckMs, warmCheckMs }));
