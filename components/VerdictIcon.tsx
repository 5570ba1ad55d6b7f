import type { Verdict } from '../core/model';

/** Props of {@link VerdictIcon}. */
export type VerdictIconProps = { verdict: Verdict };

/**
 * A small inline SVG for a verdict, the shape being the cue that does not rely on colour:
 * a tick (corroborated), a warning triangle (conflicting), a half-filled circle (mixed),
 * a dotted ring (related). Decorative: the text beside it names the verdict.
 */
export function VerdictIcon({ verdict }: VerdictIconProps) {
  return (
    <svg class="cc-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {verdict === 'corroborated' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.3l2.3 2.3 4.7-5" fill="none" stroke="var(--cc-icon-ink)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
        </>
      )}
      {verdict === 'conflicting' && (
        <>
          <path d="M8 1.3L15.2 14H.8z" fill="currentColor" stroke="currentColor" stroke-width="1" stroke-linejoin="round" />
          <path d="M8 5.6v4" stroke="var(--cc-icon-ink)" stroke-width="1.8" stroke-linecap="round" />
          <circle cx="8" cy="11.9" r="1" fill="var(--cc-icon-ink)" />
        </>
      )}
      {verdict === 'mixed' && (
        <>
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" fill="currentColor" />
        </>
      )}
      {verdict === 'related' && (
        <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="2.2 2.2" />
      )}
    </svg>
  );
}
