import seedIndex from '../core/generated/seed-index.json';
import { defineUnlistedScript } from '#imports';
import { checkPage, viewPage } from '../core/match/check-page';
import { prepareIndex } from '../core/match/prepare-index';
import type { FactIndex } from '../core/model';
import { mergeIndex } from '../core/index/assemble-index';
import { ENGINE_GLOBAL, type EngineModule } from './content/stages';

/**
 * The matching engine and the bundled index, loaded by the content script only on pages the
 * subject gate lets through: `import()` of this web-accessible file runs it in the content
 * script's isolated world, where it leaves its exports for `loadEngine`.
 */
export default defineUnlistedScript(() => {
  const module: EngineModule = { seedIndex: seedIndex as unknown as FactIndex, checkPage, viewPage, prepareIndex, mergeIndex };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = module;
});
