/**
 * The other sources of a corroborated figure's claim, as the index's claims group them
 * (docs/decisions/040). The evidence engine ties a figure to the facts that state its claim; an
 * index built by the rule matcher on the seeds it was written on also groups every source's
 * statement of that claim (the same measure of the same event). A source of the claim that the
 * engine did not list is related to the figure as the rule matcher relates it — corroborating when
 * its value agrees, conflicting when it does not — so a card never calls a figure corroborated
 * while leaving out a seed that states its claim with another value.
 */
import type { Claim, Fact, FactIndex, Figure, SourceMatch } from '../model';
import { relateSource, type PageFigure } from '../match/relate';
import type { PreparedIndex } from './evidence-index';

/** An index's claims by id, with their facts. */
interface ClaimLookup {
  claims: Map<string, Claim>;
  facts: Map<string, Fact[]>;
}

const lookups = new WeakMap<FactIndex, ClaimLookup>();

/** The claims of an index and the facts of each (made once per index). */
function claimLookup(index: FactIndex): ClaimLookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    lookup = { claims: new Map(index.claims.map((c) => [c.id, c])), facts: new Map() };
    for (const f of index.facts) {
      const list = lookup.facts.get(f.claimId);
      if (list) list.push(f);
      else lookup.facts.set(f.claimId, [f]);
    }
    lookups.set(index, lookup);
  }
  return lookup;
}

/**
 * How each source not in `listed` that states the claim of one of `anchors` (the facts that
 * corroborate the figure) relates to the figure: `relateSource` with the figure taken to be of the
 * event of the first anchor's claim (the engine found it states that claim; an undated source's
 * fact may belong to a dated claim). A source of that event is certain, an undated one possible,
 * and one of only another event is left out. Empty when the anchors belong to no claim.
 */
export function claimSources(prepared: PreparedIndex, figure: Figure, anchors: readonly Fact[], listed: ReadonlySet<string>): SourceMatch[] {
  const lookup = claimLookup(prepared.index);
  const claim = anchors.map((a) => lookup.claims.get(a.claimId)).find((c) => c !== undefined);
  if (!claim) return [];
  const bySource = new Map<string, Fact[]>();
  for (const id of new Set(anchors.map((a) => a.claimId))) {
    for (const f of lookup.facts.get(id) ?? []) {
      if (listed.has(f.source)) continue;
      const list = bySource.get(f.source);
      if (list) list.push(f);
      else bySource.set(f.source, [f]);
    }
  }
  const asOfClaim: PageFigure = { ...figure, event: claim.event, written: claim.event.time };
  const out: SourceMatch[] = [];
  for (const [file, facts] of bySource) {
    const source = prepared.sources.get(file);
    if (!source) continue;
    const match = relateSource(asOfClaim, source, facts);
    if (match.relation !== 'related') out.push(match);
  }
  return out;
}
