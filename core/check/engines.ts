/**
 * Which engine checks which sources (docs/decisions/033). The rule matcher (`core/match`) checks
 * the bundled seeds it was written on; the evidence engine (`core/evidence`) checks the reader's
 * own sources, on topics no rule was written for, where it is far more often right (held out:
 * 56% of core figures at 92% precision, against the rule matcher's 7% at 45%: docs/ACCURACY.md).
 * A page's figures get both engines' sources, merged per figure (`merge-figures.ts`).
 */
import type { CheckedFigure, FactIndex, PageMeta } from '../model';
import * as evidence from '../evidence/check-page';
import { prepareIndex as prepareEvidence, type PreparedIndex as EvidencePrepared } from '../evidence/evidence-index';
import * as rules from '../match/check-page';
import { prepareIndex as prepareRules, type PreparedIndex as RulesPrepared } from '../match/prepare-index';
import { mergeFigures } from './merge-figures';

/** The facts each engine checks: the bundled seeds' index, and the reader's own sources' (null when they have none). */
export interface EngineIndexes {
  rules: FactIndex;
  evidence: FactIndex | null;
}

/** Both engines' lookups, built once per pair of indexes. */
export interface PreparedEngines {
  rules: RulesPrepared;
  evidence: EvidencePrepared | null;
}

/** A page as a whole, read once for each engine (the evidence engine's only when it has sources). */
export interface EnginesView {
  rules: rules.PageView;
  evidence: evidence.PageView | null;
}

/** Builds both engines' lookups. */
export function prepareEngines(indexes: EngineIndexes): PreparedEngines {
  return { rules: prepareRules(indexes.rules), evidence: indexes.evidence ? prepareEvidence(indexes.evidence) : null };
}

/** Reads the page as a whole (from its metadata and its opening) for each engine that has sources. */
export function viewForEngines(prepared: PreparedEngines, meta: PageMeta, opening: string): EnginesView {
  return { rules: rules.viewPage(meta, opening), evidence: prepared.evidence ? evidence.viewPage(meta, opening) : null };
}

/** Checks a text of the page with both engines and merges their figures (in text order). */
export function checkWithEngines(prepared: PreparedEngines, text: string, meta: PageMeta, view: EnginesView): CheckedFigure[] {
  const fromRules = rules.checkPage(prepared.rules, text, meta, view.rules).figures;
  if (!prepared.evidence) return fromRules;
  const fromEvidence = evidence.checkPage(prepared.evidence, text, meta, view.evidence ?? evidence.viewPage(meta, text)).figures;
  return mergeFigures(fromRules, fromEvidence);
}
