/**
 * Which facts of a claim agree and which conflict, kept to the first `MAX_PAIRS` of each kind
 * (docs/decisions/036). A claim of thousands of facts would otherwise hold millions of pairs, and
 * listing them took time and memory growing with their square.
 */
import type { Claim, Fact, Interval } from '../model';
import { firstIndex } from '../sorted';
import { valuesAgree } from './compare';

/**
 * At most this many agreeing, and this many conflicting, pairs are kept per claim. The product
 * reads only whether a claim has a conflict (its first conflicting pair is always kept); a claim
 * with no more pairs of a kind keeps them all, as every claim of up to 14 facts (91 pairs) does.
 */
export const MAX_PAIRS = 100;

type Pair = [string, string];

/**
 * The first `cap` agreeing and conflicting pairs of a claim's facts (of two sources, parts left
 * out: a part never conflicts with a whole), in order of their first fact, then their second.
 * Only the rows (first facts) that may hold a pair still wanted are read, so the cost is about
 * 2 × `cap` rows, not every pair.
 */
export function claimPairs(facts: Fact[], cap = MAX_PAIRS): Pick<Claim, 'agree' | 'conflict'> {
  const agree: Pair[] = [];
  const conflict: Pair[] = [];
  const mayAgree = rowsThatMayAgree(facts);
  const mayConflict = rowsThatMayConflict(facts);
  for (let i = 0; i < facts.length && (agree.length < cap || conflict.length < cap); i++) {
    const a = facts[i]!;
    if (!a.measureKey || a.role === 'part') continue;
    if (!(agree.length < cap && mayAgree[i]) && !(conflict.length < cap && mayConflict[i])) continue;
    for (let j = i + 1; j < facts.length; j++) {
      const b = facts[j]!;
      if (a.source === b.source || b.role === 'part') continue;
      const list = valuesAgree(a, b) ? agree : conflict;
      if (list.length < cap) list.push([a.id, b.id]);
    }
  }
  return { agree, conflict };
}

/**
 * The best two of some values, from two sources: enough to know the best of any source but one.
 * `better` orders the values.
 */
class BestOfTwoSources<T> {
  private first: { value: T; source: string } | null = null;
  private second: { value: T; source: string } | null = null;

  constructor(private readonly better: (x: T, y: T) => boolean) {}

  /** Adds a value of a source. */
  add(value: T, source: string): void {
    const first = this.first;
    if (!first || this.better(value, first.value)) {
      if (first && first.source !== source) this.second = first;
      this.first = { value, source };
    } else if (source !== first.source && (!this.second || this.better(value, this.second.value))) this.second = { value, source };
  }

  /** Adds what another holds. */
  addAll(other: BestOfTwoSources<T>): void {
    for (const e of [other.first, other.second]) if (e) this.add(e.value, e.source);
  }

  /** The best value of a source other than `source`, if any. */
  bestNotOf(source: string): T | undefined {
    return this.first?.source !== source ? this.first?.value : this.second?.value;
  }
}

/**
 * A bound on the number line, where `edge` orders bounds of one value (see `lower`, `upper`): an
 * interval starting after another ends is beyond it (their values do not overlap).
 */
interface Bound {
  at: number;
  edge: number;
}
const beyond = (x: Bound, y: Bound): boolean => x.at > y.at || (x.at === y.at && x.edge > y.edge);
const before = (x: Bound, y: Bound): boolean => beyond(y, x);
/** An interval's start: at a value where another ends, beyond it unless both include that value. */
const lower = (v: Interval): Bound => ({ at: v.min, edge: v.minInclusive ? 0 : 2 });
const upper = (v: Interval): Bound => ({ at: v.max, edge: v.maxInclusive ? 1 : -1 });

/**
 * For each fact, whether a later whole fact of another source may conflict with it: one starts
 * beyond its end, or ends before its start. Never false where one does.
 */
function rowsThatMayConflict(facts: Fact[]): boolean[] {
  const out = new Array<boolean>(facts.length).fill(false);
  const starts = new BestOfTwoSources<Bound>(beyond);
  const ends = new BestOfTwoSources<Bound>(before);
  for (let i = facts.length - 1; i >= 0; i--) {
    const { interval, source, role } = facts[i]!;
    const start = starts.bestNotOf(source);
    const end = ends.bestNotOf(source);
    out[i] = (start !== undefined && beyond(start, upper(interval))) || (end !== undefined && beyond(lower(interval), end));
    if (role === 'part') continue;
    starts.add(lower(interval), source);
    ends.add(upper(interval), source);
  }
  return out;
}

/**
 * For each fact, whether a later whole fact of another source may agree with it: one starting at
 * or below its end reaches its start. Never false where one does. Later facts are kept in a
 * Fenwick tree over their starts, holding the farthest ends of two sources.
 */
function rowsThatMayAgree(facts: Fact[]): boolean[] {
  const starts = [...new Set(facts.map((f) => f.interval.min))].sort((x, y) => x - y);
  const tree = Array.from({ length: starts.length + 1 }, () => new BestOfTwoSources<number>((x, y) => x > y));
  const out = new Array<boolean>(facts.length).fill(false);
  for (let i = facts.length - 1; i >= 0; i--) {
    const { interval, source, role } = facts[i]!;
    const reach = new BestOfTwoSources<number>((x, y) => x > y);
    for (let k = firstIndex(starts.length, (s) => starts[s]! <= interval.max); k > 0; k -= k & -k) reach.addAll(tree[k]!);
    const end = reach.bestNotOf(source);
    out[i] = end !== undefined && end >= interval.min;
    if (role === 'part') continue;
    for (let k = firstIndex(starts.length, (s) => starts[s]! < interval.min) + 1; k <= starts.length; k += k & -k) tree[k]!.add(interval.max, source);
  }
  return out;
}
