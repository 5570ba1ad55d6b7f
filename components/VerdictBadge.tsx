import type { Verdict } from '../core/model';
import { verdictTitle } from './card-text';
import { VerdictIcon } from './VerdictIcon';

/** Props of {@link VerdictBadge}. */
export type VerdictBadgeProps = { verdict: Verdict };

/** The verdict as an icon plus words, coloured by verdict (`data-verdict` drives the colour). */
export function VerdictBadge({ verdict }: VerdictBadgeProps) {
  return (
    <span class="cc-badge" data-verdict={verdict}>
      <VerdictIcon verdict={verdict} />
      <span class="cc-badge-text">{verdictTitle(verdict)}</span>
    </span>
  );
}
