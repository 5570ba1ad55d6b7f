/**
 * Which engine checks which sources (docs/decisions/033, 035). The rule matcher (`core/match`)
 * checks the bundled seeds it was written on; the evidence engine (`core/evidence`) checks the
 * reader's own sources, on topics no rule was written for, where it is far more often right (held
 * out: 56% of core figures at 92% precision, against the rule matcher's 7% at 45%:
 * docs/ACCURACY.md), and the seeds again, apart, for the figures the rules leave without a strong
 * verdict (undated pages and sources, most often). A page's figures get both engines' sources,
 * merged per figure (`merge-figures.ts`).
 */
import type { CheckedFigure, FactIndex, PageMeta, SourceFacts } from '../model';
import { assembleIndex, sourceEntries } from '../index/assemble-index';
import * as evidence from '../evidence/check-page';
import { prepareIndex as prepareEvidence, type PreparedIndex as EvidencePrepared } from '../evidence/evidence-index';
import * as rules from '../match/check-page';
import { prepareIndex as prepareRules, type PreparedIndex as RulesPrepared } from '../match/prepare-index';
import { contentDate, dateLineFor, type ContentDate } from './content-date';
import { mergeFigures, rulesThenEvidence } from './merge-figures';

/**
 * The facts each engine checks: the bundled seeds' index by the rule matcher and by the evidence
 * engine (unless it was built for the evidence engine alone: then `rules` and `seedEvidence` are
 * null), and the reader's own sources' (with those seeds when they were; null when there are none).
 */
export interface EngineIndexes {
  rules: FactIndex | null;
  seedEvidence: FactIndex | null;
  evidence: FactIndex | null;
}

/** Both engines' lookups, built once per set of indexes. */
export interface PreparedEngines {
  rules: RulesPrepared | null;
  seedEvidence: EvidencePrepared | null;
  evidence: EvidencePrepared | null;
}

/** A page as a whole, read once for each engine (the evidence engine's only when it has sources). */
export interface EnginesView {
  rules: rules.PageView | null;
  evidence: evidence.PageView | null;
  /** The month an undated page was placed in by its content (`contentDate`), or null. */
  contentDate: ContentDate | null;
}

/**
 * What each engine checks, from the bundled index and the reader's own sources: the seeds by the
 * rule matcher and, where it gives no strong verdict, by the evidence engine (decision 035); the
 * reader's by the evidence engine; or, for seeds built for the evidence engine
 * (`engine: 'evidence'`), all of them by it.
 */
export function enginesFor(seed: FactIndex, user: readonly SourceFacts[]): EngineIndexes {
  if (seed.engine === 'evidence') return { rules: null, seedEvidence: null, evidence: user.length ? assembleIndex([...sourceEntries(seed), ...user], seed.builtAt) : seed };
  return { rules: seed, seedEvidence: seed, evidence: user.length ? assembleIndex([...user], seed.builtAt) : null };
}

/** Builds both engines' lookups. */
export function prepareEngines(indexes: EngineIndexes): PreparedEngines {
  const ev = (i: FactIndex | null) => (i ? prepareEvidence(i) : null);
  return { rules: indexes.rules ? prepareRules(indexes.rules) : null, seedEvidence: ev(indexes.seedEvidence), evidence: ev(indexes.evidence) };
}

/**
 * The seeds' evidence check reads only strong verdicts (`rulesThenEvidence` drops its `related`
 * figures; `contentDate` reads certain corroborations), so it skips what only `related` needs
 * (docs/decisions/037).
 */
const STRONG_ONLY: evidence.CheckOptions = { strongOnly: true };

/**
 * The seeds' evidence check as a card shows it: strong verdicts only, each corroboration with the
 * other seeds of its claim (the rule matcher's claims, written on these seeds: decision 040), so a
 * figure the rules could not reach is never called corroborated while a seed of its claim says
 * another value. Dating a page (`viewForEngines`) reads corroborations only, without them.
 */
const SEEDS_CARD: evidence.CheckOptions = { strongOnly: true, claimSources: true };

/**
 * Reads the page as a whole (from its metadata and its opening) for each engine that has sources.
 * An undated page is dated by its content for the rule matcher when the seeds' evidence engine
 * places its opening in one month (`contentDate`, decision 035).
 */
export function viewForEngines(prepared: PreparedEngines, meta: PageMeta, opening: string): EnginesView {
  const evidenceView = prepared.evidence || prepared.seedEvidence ? evidence.viewPage(meta, opening) : null;
  let rulesView = prepared.rules ? rules.viewPage(meta, opening) : null;
  let dated: ContentDate | null = null;
  if (rulesView && !rulesView.page.published && prepared.seedEvidence && evidenceView) {
    dated = contentDate(evidence.checkPage(prepared.seedEvidence, opening, meta, evidenceView, STRONG_ONLY).figures);
    if (dated) rulesView = rules.viewPage({ ...meta, dates: [{ value: dated.value, basis: dated.basis }] }, opening);
  }
  return { rules: rulesView, evidence: evidenceView, contentDate: dated };
}

/** The rule matcher's figures of a page dated by its content, their "why" saying so and on what (issue 15: "dated by its content", with the evidence). */
function withDateBasis(figures: CheckedFigure[], dated: ContentDate | null): CheckedFigure[] {
  if (!dated) return figures;
  return figures.map((f) => ({ ...f, why: `${f.why} · ${dateLineFor(f.text, dated)}` }));
}

/** Checks a text of the page with both engines and merges their figures (in text order). */
export function checkWithEngines(prepared: PreparedEngines, text: string, meta: PageMeta, view: EnginesView): CheckedFigure[] {
  const fromRules = prepared.rules ? withDateBasis(rules.checkPage(prepared.rules, text, meta, view.rules ?? rules.viewPage(meta, text)).figures, view.contentDate) : [];
  let ownView: evidence.PageView | undefined;
  const evidenceView = () => view.evidence ?? (ownView ??= evidence.viewPage(meta, text));
  const seeds = prepared.seedEvidence ? rulesThenEvidence(fromRules, evidence.checkPage(prepared.seedEvidence, text, meta, evidenceView(), SEEDS_CARD).figures) : fromRules;
  if (!prepared.evidence) return seeds;
  return mergeFigures(seeds, evidence.checkPage(prepared.evidence, text, meta, evidenceView()).figures);
}
