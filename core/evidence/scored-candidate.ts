/** The shape a weighed pair has, shared by the checker (`check-page.ts`) and "why this matched" (`explain.ts`). */
import type { Fact } from '../model';

/** One fact weighed against a page figure: the evidence, and whether the two values agree. */
export interface ScoredCandidate {
  fact: Fact;
  features: number[];
  agrees: boolean;
}
