/**
 * The JSON shape `npm run facts -- --json` prints for one fact.
 */
import type { Fact } from '../../core/model';

/** The JSON shape of one fact: the documented fields first, then the rest of the fact model. */
export function factRecord(f: Fact) {
  return {
    source: f.source,
    text: f.text,
    value: f.value,
    unit: f.unit,
    measure: f.measure,
    quote: f.sentence,
    kind: f.kind,
    qualifier: f.qualifier,
    interval: f.interval,
    measureKey: f.measureKey,
    event: f.event.label,
    time: f.event.time,
    timeBasis: f.event.timeBasis,
    place: f.event.place,
    role: f.role,
    note: f.note,
    claim: f.claimId,
    start: f.start,
    end: f.end,
  };
}
