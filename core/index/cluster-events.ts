/**
 * Splits the facts of one measure into events (the clusters that become claims), without comparing
 * every fact with every other: dated facts look only at the distinct events of nearby months,
 * undated facts only at the values nearest theirs (docs/decisions/036).
 */
import type { EventRef, Fact } from '../model';
import { firstIndex } from '../sorted';
import { compareEvents } from './compare';

/** Scores closer than this are a tie (the latest cluster wins). */
const TIE = 1e-9;
/**
 * How much farther than the nearest value an undated fact still looks: far beyond `TIE` and any
 * rounding, so no cluster that a chain of fewer than 1,000 successive ties could pick is missed.
 */
const NEAR_WINDOW = 1e-6;

/**
 * Dated facts join the first cluster holding an event that is the same; undated facts then join the
 * cluster whose values are nearest theirs (the latest on a tie), or start one when there is none.
 */
export function clusterByEvent(group: Fact[]): Fact[][] {
  const clusters: Fact[][] = [];
  const undated: Fact[] = [];
  const events = new EventsByMonth();
  for (const f of group) {
    if (!f.event.time || !f.measureKey) {
      undated.push(f);
      continue;
    }
    const found = events.firstSame(f.event);
    const at = found ?? clusters.push([]) - 1;
    clusters[at]!.push(f);
    events.add(f.event, at);
  }
  // An undated fact's event is never `different` from another: only its value places it.
  const latest = clusters.map(latestOf);
  const values = new ValueIndex();
  clusters.forEach((cl, i) => cl.forEach((f) => values.add(f.value, i)));
  for (const f of undated) {
    let at = clusters.length > 0 && f.measureKey ? values.nearestCluster(f.value, latest) : null;
    if (at === null) {
      at = clusters.push([]) - 1;
      latest.push('');
    }
    clusters[at]!.push(f);
    values.add(f.value, at);
  }
  return clusters;
}

function latestOf(cl: Fact[]): string {
  return cl.reduce((m, o) => (o.event.time && o.event.time.to > m ? o.event.time.to : m), '');
}

/**
 * The distinct dated events seen so far, by the months they span, each with the first cluster
 * holding it. Facts of one event compare alike, and a `same` event is at most a month away (the
 * most two dates of one event may be apart is 17 days), or in the same year for a year's figure.
 */
class EventsByMonth {
  private readonly byMonth = new Map<number, Map<string, { event: EventRef; cluster: number }>>();

  /** The first cluster holding an event that is the same as `event`, or null. */
  firstSame(event: EventRef): number | null {
    const [from, to] = monthsOf(event);
    let first: number | null = null;
    for (let m = from - 1; m <= to + 1; m++) {
      for (const e of this.byMonth.get(m)?.values() ?? []) {
        if ((first === null || e.cluster < first) && compareEvents(e.event, event) === 'same') first = e.cluster;
      }
    }
    return first;
  }

  /** Records that `cluster` holds `event`. */
  add(event: EventRef, cluster: number): void {
    const t = event.time!;
    // What compareEvents reads of an event: its place, its span, whether it is a publication date.
    const key = `${event.place ?? ''}|${t.from}|${t.to}|${t.precision}|${event.timeBasis === 'publication'}`;
    const [from, to] = monthsOf(event);
    for (let m = from; m <= to; m++) {
      let events = this.byMonth.get(m);
      if (!events) this.byMonth.set(m, (events = new Map()));
      const known = events.get(key);
      if (!known || cluster < known.cluster) events.set(key, { event, cluster });
    }
  }
}

/** The months an event spans (numbered from year 0); a year's figure, every month of its first year. */
function monthsOf(event: EventRef): [number, number] {
  const t = event.time!;
  const month = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const from = month(t.from);
  if (t.precision === 'year') return [from - (from % 12), from - (from % 12) + 11];
  return [from, month(t.to)];
}

/** How far apart two values are: the log of their ratio (as every fact is clamped to 1e-9). */
function distance(a: number, b: number): number {
  return Math.abs(Math.log(Math.max(a, 1e-9) / Math.max(b, 1e-9)));
}

/** The distinct values of the clusters, in order, each with the clusters holding it. */
class ValueIndex {
  private readonly sorted: number[] = [];
  private readonly clustersOf = new Map<number, Set<number>>();

  /** Records that `cluster` holds a fact of `value`. */
  add(value: number, cluster: number): void {
    const v = Math.max(value, 1e-9);
    let set = this.clustersOf.get(v);
    if (!set) {
      this.clustersOf.set(v, (set = new Set()));
      this.sorted.splice(this.firstAtLeast(v), 0, v);
    }
    set.add(cluster);
  }

  /**
   * The cluster with the value nearest `value`; on a tie (`TIE`), the one of the latest event,
   * then the first, decided in cluster order as a scan of every cluster would.
   */
  nearestCluster(value: number, latest: string[]): number | null {
    const v = Math.max(value, 1e-9);
    const at = this.firstAtLeast(v);
    const near = Math.min(at < this.sorted.length ? distance(v, this.sorted[at]!) : Infinity, at > 0 ? distance(v, this.sorted[at - 1]!) : Infinity);
    const scores = new Map<number, number>();
    const visit = (u: number): boolean => {
      const d = distance(v, u);
      if (d > near + NEAR_WINDOW) return false;
      for (const c of this.clustersOf.get(u)!) scores.set(c, Math.min(scores.get(c) ?? Infinity, d));
      return true;
    };
    for (let i = at; i < this.sorted.length && visit(this.sorted[i]!); i++);
    for (let i = at - 1; i >= 0 && visit(this.sorted[i]!); i--);
    let best: number | null = null;
    let bestScore = Infinity;
    for (const [c, score] of [...scores].sort((a, b) => a[0] - b[0])) {
      if (score < bestScore - TIE || (Math.abs(score - bestScore) < TIE && best !== null && latest[c]! > latest[best]!)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private firstAtLeast(v: number): number {
    return firstIndex(this.sorted.length, (i) => this.sorted[i]! < v);
  }
}
