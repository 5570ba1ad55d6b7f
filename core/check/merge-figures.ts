/**
 * One page's checked figures from two engines made into one list: a figure both engines checked
 * (the same span) lists both engines' sources, with the verdict and its line worked out again
 * from all of them; of two figures that overlap without being the same span, the one with a
 * strong verdict is kept, else the first list's. The engines check disjoint sets of sources
 * (docs/decisions/033), so no source is listed twice.
 */
import type { CheckedFigure, SourceMatch } from '../model';
import { reasonFor, verdictOf } from '../match/relate';

/** How a source entry is ranked on a merged card: certain corroborations and conflicts first. */
function rank(m: SourceMatch): number {
  return m.certain && m.relation !== 'related' ? 0 : m.relation === 'related' ? 2 : 1;
}

/** The figure two engines both checked, with the sources of both. */
function joined(a: CheckedFigure, b: CheckedFigure): CheckedFigure {
  // A stable sort: each engine's own order (its best source first) is kept within a rank.
  const sources = [...a.sources, ...b.sources].sort((x, y) => rank(x) - rank(y));
  const verdict = verdictOf(sources);
  const lead = sources[0]!;
  // "Why this matched" is the engine's whose source leads the card.
  const why = a.sources.includes(lead) ? a.why : b.why;
  return { ...a, verdict, reason: reasonFor(verdict, a, sources), why, sources };
}

const strong = (f: CheckedFigure) => f.verdict !== 'related';

/** Merges two engines' figures of one text (each in text order) into one list in text order, without overlaps. */
export function mergeFigures(first: readonly CheckedFigure[], second: readonly CheckedFigure[]): CheckedFigure[] {
  if (second.length === 0) return [...first];
  if (first.length === 0) return [...second];
  const all = [...first.map((f) => ({ f, first: true })), ...second.map((f) => ({ f, first: false }))].sort(
    (x, y) => x.f.start - y.f.start || (x.first === y.first ? 0 : x.first ? -1 : 1),
  );
  const out: Array<{ f: CheckedFigure; first: boolean }> = [];
  for (const next of all) {
    const last = out.at(-1);
    if (!last || next.f.start >= last.f.end) out.push(next);
    else if (next.f.start === last.f.start && next.f.end === last.f.end) out[out.length - 1] = { f: last.first ? joined(last.f, next.f) : joined(next.f, last.f), first: true };
    else if (strong(next.f) && !strong(last.f)) out[out.length - 1] = next;
  }
  return out.map((o) => o.f);
}

/**
 * The bundled seeds' figures from both engines that check them (docs/decisions/035): the rule
 * matcher's, except where it gives no strong verdict and the evidence engine does — there the
 * evidence engine's figure replaces the rule matcher's overlapping ones (or is added), and keeps,
 * from a rule matcher's figure of the same span, the sources it does not list itself (possible
 * or related ones: they do not change the verdict). The evidence engine's `related` figures are
 * dropped: it adds verdicts the rules could not reach, not marks.
 */
export function rulesThenEvidence(fromRules: readonly CheckedFigure[], fromEvidence: readonly CheckedFigure[]): CheckedFigure[] {
  let out = [...fromRules];
  for (const e of fromEvidence) {
    if (!strong(e)) continue;
    const overlapping = out.filter((r) => r.start < e.end && e.start < r.end);
    if (overlapping.some(strong)) continue;
    const same = overlapping.find((r) => r.start === e.start && r.end === e.end);
    const listed = new Set(e.sources.map((m) => m.source));
    const sources = same ? [...e.sources, ...same.sources.filter((m) => !listed.has(m.source))] : e.sources;
    out = [...out.filter((r) => !overlapping.includes(r)), { ...e, sources }];
  }
  return out.sort((a, b) => a.start - b.start);
}
