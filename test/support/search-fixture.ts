/**
 * A small hand-made fact index for the search tests: five sources, claims about agreements,
 * trade, a pipeline and a missile shield, one claim whose sources conflict.
 */
import type { Claim, Fact, FactIndex, IndexedSource } from '../../core/model';

function source(file: string, outlet: string, published: string | null, title: string, place = 'Beijing'): IndexedSource {
  return {
    file,
    outlet,
    title,
    url: `https://example.org/${file}`,
    published,
    place,
    reports: title,
    origin: 'seed',
    entities: ['Xi Jinping', 'Putin', 'China', 'Russia'],
  };
}

let n = 0;
/** A fact with sensible defaults; `text`, `value`, `measure` are what the tests look at. */
export function fact(p: Partial<Fact> & Pick<Fact, 'source' | 'text' | 'value' | 'measure' | 'measureKey' | 'sentence'>): Fact {
  n += 1;
  return {
    id: p.id ?? `f${n}`,
    start: 0,
    end: p.text.length,
    kind: 'count',
    interval: { min: p.value, max: p.value, minInclusive: true, maxInclusive: true },
    qualifier: 'exact',
    unit: 'count',
    sentenceStart: 0,
    time: null,
    event: { time: { from: '2026-05-20', to: '2026-05-20', precision: 'day' }, timeBasis: 'publication', place: 'Beijing', label: 'Beijing, May 2026' },
    role: 'whole',
    note: null,
    claimId: '',
    context: '',
    ...p,
  };
}

/** Builds the fixture index. */
export function fixtureIndex(): FactIndex {
  const sources = [
    source('ac.txt', 'American Courant', '2026-05-20', 'Xi and Putin sign 40 agreements in Beijing'),
    source('rc.txt', 'The Review Co', null, 'Putin in Beijing: 42 deals signed'),
    source('tg.txt', 'Trade Gazette', '2026-01-15', 'China–Russia trade reached $228 billion in 2025', 'Moscow'),
    source('dd.txt', 'Defense Daily', '2026-05-21', 'Beijing and Moscow criticise Golden Dome'),
    source('en.txt', 'Energy Wire', '2026-05-22', 'Power of Siberia 2 pipeline: talks continue'),
  ];
  const may = { time: { from: '2026-05-20', to: '2026-05-20', precision: 'day' as const }, timeBasis: 'sentence' as const, place: 'Beijing', label: 'Beijing, May 2026' };
  const y2025 = { time: { from: '2025-01-01', to: '2025-12-31', precision: 'year' as const }, timeBasis: 'sentence' as const, place: null, label: '2025' };
  const y2024 = { time: { from: '2024-01-01', to: '2024-12-31', precision: 'year' as const }, timeBasis: 'sentence' as const, place: null, label: '2024' };
  const facts: Fact[] = [
    fact({ id: 'ac-1', source: 'ac.txt', text: '40', value: 40, measure: 'cooperation agreements', measureKey: 'agreement', sentence: 'The two leaders signed 40 cooperation agreements on Tuesday.', event: may, claimId: 'c-agree' }),
    fact({ id: 'rc-1', source: 'rc.txt', text: '42', value: 42, measure: 'deals', measureKey: 'agreement', sentence: 'Officials said 42 deals were signed.', event: { ...may, time: null, timeBasis: 'none', label: 'undated' }, claimId: 'c-agree' }),
    fact({ id: 'tg-1', source: 'tg.txt', text: '$228 billion', value: 228e9, unit: 'USD', kind: 'money', measure: 'bilateral trade', measureKey: 'trade', sentence: 'Bilateral trade reached $228 billion in 2025.', event: y2025, claimId: 'c-trade-2025' }),
    fact({ id: 'tg-2', source: 'tg.txt', text: '$245 billion', value: 245e9, unit: 'USD', kind: 'money', measure: 'bilateral trade', measureKey: 'trade', sentence: 'Trade had peaked at $245 billion in 2024.', event: y2024, claimId: 'c-trade-2024' }),
    fact({ id: 'dd-1', source: 'dd.txt', text: '$175 billion', value: 175e9, unit: 'USD', kind: 'money', measure: 'missile shield cost', measureKey: 'cost', sentence: 'The Golden Dome missile shield would cost $175 billion, Washington says.', event: may, claimId: 'c-dome' }),
    fact({ id: 'en-1', source: 'en.txt', text: '50 billion cubic metres', value: 50e9, unit: 'bcm', kind: 'quantity', measure: 'gas a year', measureKey: 'gas', sentence: 'The Power of Siberia 2 pipeline would carry 50 billion cubic metres of gas a year.', event: may, claimId: 'c-gas' }),
    fact({ id: 'ac-2', source: 'ac.txt', text: '25th', value: 25, unit: 'ordinal', kind: 'ordinal', measure: 'visit to China', measureKey: 'visit', sentence: 'It was the 25th visit to China by the Russian president.', event: may, claimId: 'c-visit' }),
  ];
  const claim = (id: string, ids: string[], conflict: Array<[string, string]> = []): Claim => {
    const first = facts.find((f) => f.id === ids[0])!;
    return { id, measureKey: first.measureKey, measure: first.measure, unit: first.unit, event: first.event, factIds: ids, agree: [], conflict, subject: ['Xi Jinping', 'Putin'] };
  };
  const claims = [
    { ...claim('c-agree', ['ac-1', 'rc-1'], [['ac-1', 'rc-1']]), measure: 'cooperation agreements' },
    claim('c-trade-2025', ['tg-1']),
    claim('c-trade-2024', ['tg-2']),
    claim('c-dome', ['dd-1']),
    claim('c-gas', ['en-1']),
    claim('c-visit', ['ac-2']),
  ];
  return { version: 1, builtAt: '2026-06-01T00:00:00.000Z', sources, facts, claims };
}
