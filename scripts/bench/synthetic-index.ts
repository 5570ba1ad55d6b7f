/**
 * Synthetic fact indexes of any size with the seeds' shape, for the scaling benchmarks.
 *
 * The bundled seed index (5 articles, their facts and claims, built by the real
 * extractSourceFacts/assembleIndex) is event 0. Every further event is a copy of it moved to
 * another place and time: the two countries, their capitals and leaders are swapped for another
 * pair (in every text field, entity list and claim subject), the dates move by whole years, and
 * every id is new. Measure keys stay (agreements, visits, trade recur from summit to summit), so
 * the lookups the matcher uses grow the way a real archive of summit coverage would. One event in
 * `SAME_PAIR_EVERY` keeps China and Russia (another year's Xi–Putin summit), as a real archive has.
 */
import type { Claim, EventRef, Fact, FactIndex, IndexedSource, TimeSpan } from '../../core/model';

/** Country, demonym, capital, two leader names (all known to core/text/places.ts where it matters). */
const ACTORS: Array<[string, string, string, string, string]> = [
  ['India', 'Indian', 'New Delhi', 'Modi', 'Narendra'],
  ['Brazil', 'Brazilian', 'Brasilia', 'Lula', 'Inacio'],
  ['Japan', 'Japanese', 'Tokyo', 'Ishiba', 'Shigeru'],
  ['Germany', 'German', 'Berlin', 'Merz', 'Friedrich'],
  ['France', 'French', 'Paris', 'Macron', 'Emmanuel'],
  ['Italy', 'Italian', 'Rome', 'Meloni', 'Giorgia'],
  ['Spain', 'Spanish', 'Madrid', 'Sanchez', 'Pedro'],
  ['Turkey', 'Turkish', 'Ankara', 'Erdogan', 'Recep'],
  ['Pakistan', 'Pakistani', 'Islamabad', 'Sharif', 'Shehbaz'],
  ['Egypt', 'Egyptian', 'Cairo', 'Sisi', 'Abdel'],
  ['Mongolia', 'Mongolian', 'Ulaanbaatar', 'Khurelsukh', 'Ukhnaa'],
  ['Kazakhstan', 'Kazakh', 'Astana', 'Tokayev', 'Kassym'],
  ['Vietnam', 'Vietnamese', 'Hanoi', 'Lam', 'Luong'],
  ['Indonesia', 'Indonesian', 'Jakarta', 'Prabowo', 'Subianto'],
  ['Australia', 'Australian', 'Canberra', 'Albanese', 'Anthony'],
  ['Canada', 'Canadian', 'Ottawa', 'Carney', 'Mark'],
  ['Mexico', 'Mexican', 'Mexico City', 'Sheinbaum', 'Claudia'],
  ['Argentina', 'Argentine', 'Buenos Aires', 'Milei', 'Javier'],
  ['Iran', 'Iranian', 'Tehran', 'Pezeshkian', 'Masoud'],
  ['Israel', 'Israeli', 'Jerusalem', 'Netanyahu', 'Benjamin'],
];

/** One event in this many keeps the seeds' own pair (China–Russia) at another date. */
export const SAME_PAIR_EVERY = 25;

/** Words of the seed events that name its actors, replaced per event (longest first). */
function substitutions(k: number): Array<[RegExp, string]> | null {
  if (k % SAME_PAIR_EVERY === 0) return null;
  const i = k % ACTORS.length;
  let j = Math.floor(k / ACTORS.length) % (ACTORS.length - 1);
  if (j >= i) j++;
  const a = ACTORS[i]!;
  const b = ACTORS[j]!;
  const pairs: Array<[string, string]> = [
    ['Xi Jinping', `${a[4]} ${a[3]}`], ['Vladimir Putin', `${b[4]} ${b[3]}`],
    ['Chinese', a[1]], ['Russian', b[1]], ['China', a[0]], ['Russia', b[0]], ['Sino', a[1]],
    ['Beijing', a[2]], ['Moscow', b[2]], ['Kremlin', b[2]], ['Jinping', a[4]], ['Xi', a[3]], ['Putin', b[3]], ['Vladimir', b[4]],
  ];
  return pairs.map(([from, to]) => [new RegExp(`\\b${from}\\b`, 'g'), to]);
}

function sub(text: string, subs: Array<[RegExp, string]> | null): string {
  if (!subs) return text;
  let out = text;
  for (const [re, to] of subs) out = out.replace(re, to);
  return out;
}

/** Moves an ISO date (or year-month, or year) by whole years. */
function shiftDate(d: string, years: number): string {
  return d.replace(/^(\d{4})/, (y) => String(Number(y) + years));
}

function shiftSpan(t: TimeSpan | null, years: number): TimeSpan | null {
  return t ? { ...t, from: shiftDate(t.from, years), to: shiftDate(t.to, years) } : null;
}

function shiftEvent(e: EventRef, years: number, subs: Array<[RegExp, string]> | null): EventRef {
  return {
    ...e,
    time: shiftSpan(e.time, years),
    place: e.place === null ? null : sub(e.place, subs),
    label: sub(e.label, subs).replace(/\b(19|20)\d\d\b/g, (y) => String(Number(y) + years)),
  };
}

/** Years event `k` is moved by: 1 to 30 years back, so no copy lands on a seed date. */
function yearShift(k: number): number {
  return -(1 + ((k - 1) % 30));
}

/** A copy of the seed index as event `k` (k ≥ 1), with new ids. */
function eventCopy(seed: FactIndex, k: number): { sources: IndexedSource[]; facts: Fact[]; claims: Claim[] } {
  const subs = substitutions(k);
  const years = yearShift(k);
  const file = (f: string): string => `e${k}-${f}`;
  const factId = (id: string): string => `e${k}-${id}`;
  const claimId = (id: string): string => `e${k}-${id}`;
  const sources = seed.sources.map((s) => ({
    ...s,
    file: file(s.file),
    title: sub(s.title, subs),
    url: s.url.replace(/^https:\/\/[^/]+/, `https://e${k}.example`),
    published: s.published === null ? null : shiftDate(s.published, years),
    place: s.place === null ? null : sub(s.place, subs),
    reports: sub(s.reports, subs),
    entities: s.entities.map((e) => sub(e, subs)),
  }));
  const facts = seed.facts.map((f) => ({
    ...f,
    id: factId(f.id),
    source: file(f.source),
    sentence: sub(f.sentence, subs),
    context: sub(f.context, subs),
    time: shiftSpan(f.time, years),
    event: shiftEvent(f.event, years, subs),
    claimId: f.claimId ? claimId(f.claimId) : '',
  }));
  const claims = seed.claims.map((c) => ({
    ...c,
    id: claimId(c.id),
    event: shiftEvent(c.event, years, subs),
    factIds: c.factIds.map(factId),
    agree: c.agree.map(([x, y]) => [factId(x), factId(y)] as [string, string]),
    conflict: c.conflict.map(([x, y]) => [factId(x), factId(y)] as [string, string]),
    subject: c.subject.map((e) => sub(e, subs)),
  }));
  return { sources, facts, claims };
}

/**
 * An index of `size` facts: the seed index itself, then as many moved copies as needed, the
 * last one cut short (its claims keep only the facts that made it in).
 */
export function syntheticIndex(seed: FactIndex, size: number): FactIndex {
  const sources = [...seed.sources];
  const facts = [...seed.facts];
  const claims = [...seed.claims];
  for (let k = 1; facts.length < size; k++) {
    const copy = eventCopy(seed, k);
    const room = size - facts.length;
    if (copy.facts.length <= room) {
      sources.push(...copy.sources);
      facts.push(...copy.facts);
      claims.push(...copy.claims);
      continue;
    }
    const kept = copy.facts.slice(0, room);
    const ids = new Set(kept.map((f) => f.id));
    const files = new Set(kept.map((f) => f.source));
    facts.push(...kept);
    sources.push(...copy.sources.filter((s) => files.has(s.file)));
    for (const c of copy.claims) {
      const factIds = c.factIds.filter((id) => ids.has(id));
      if (factIds.length === 0) continue;
      claims.push({
        ...c,
        factIds,
        agree: c.agree.filter(([x, y]) => ids.has(x) && ids.has(y)),
        conflict: c.conflict.filter(([x, y]) => ids.has(x) && ids.has(y)),
      });
    }
  }
  return { ...seed, builtAt: `synthetic-${size}`, sources, facts: facts.slice(0, size), claims };
}
