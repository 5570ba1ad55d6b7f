/**
 * What the toolbar button says about a tab (docs/decisions/015): the number of figures checked on
 * its page, coloured by the strongest verdict among them (a conflict first, then sources that
 * disagree, then corroboration, then other events), and a title that says it in words: "3 figures
 * checked: 1 conflicts, 2 corroborated". A page where Crosscheck is off says "off"; a page with
 * nothing checked says nothing. Pure: the background applies it with the `action` API.
 */
import { t, tn } from '../components/i18n';
import type { Verdict } from '../core/model';

/** What a content script tells the background about its page (`cc:badge`). */
export interface BadgeReport {
  /** Figures checked and shown (a "wrong match" is not counted). */
  checked: number;
  counts: Record<Verdict, number>;
  /** Crosscheck is off on this page (site switched off, paused everywhere, never-run site). */
  paused: boolean;
}

/** The badge of one tab. */
export interface Badge {
  text: string;
  /** Background colour, `#rrggbb`. */
  color: string;
  /** The button's tooltip. */
  title: string;
}

/** Badge colours: the card's verdict colours (4.5:1 with white text). */
export const BADGE_COLORS: Record<Verdict | 'off', string> = {
  conflicting: '#c62828',
  mixed: '#9a5b00',
  corroborated: '#1a7f37',
  related: '#59636e',
  off: '#59636e',
};

/** Verdicts from the strongest (the one a reader must see) to the weakest. */
export const STRENGTH: readonly Verdict[] = ['conflicting', 'mixed', 'corroborated', 'related'];

/** The badge for a page's report. */
export function badgeFor(report: BadgeReport): Badge {
  const name = t('extName');
  if (report.paused) return { text: t('badgeOff'), color: BADGE_COLORS.off, title: t('badgeTitle', name, t('badgeOffTitle')) };
  if (report.checked === 0) return { text: '', color: BADGE_COLORS.related, title: name };
  const strongest = STRENGTH.find((v) => report.counts[v] > 0) ?? 'related';
  const parts = STRENGTH.filter((v) => report.counts[v] > 0).map((v) => tn(`badge_${v}`, report.counts[v]));
  const summary = t('badgeSummary', tn('badgeChecked', report.checked), parts.join(', '));
  return {
    text: report.checked > 999 ? '999+' : String(report.checked),
    color: BADGE_COLORS[strongest],
    title: t('badgeTitle', name, summary),
  };
}
