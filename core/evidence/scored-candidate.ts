/** The shapes a weighed pair and a weighed page figure have, shared by the checker (`check-page.ts`) and "why this matched" (`explain.ts`). */
import type { Fact, Figure } from '../model';
import type { SideView } from './features';

/** One fact weighed against a page figure: the evidence, and whether the two values agree. */
export interface ScoredCandidate {
  fact: Fact;
  features: number[];
  agrees: boolean;
}

/** A page figure with every fact it was weighed against (the trainer's input, and the verdict's). */
export interface ScoredFigure {
  figure: Figure;
  side: SideView;
  candidates: ScoredCandidate[];
  /**
   * The value keys (`valueKey`) of every figure of the page (or piece) it stands on, shared by all
   * of them: a fact whose value the page states is evidence for that figure, not a conflict with
   * this one (docs/decisions/042).
   */
  pageValues: ReadonlySet<string>;
}
