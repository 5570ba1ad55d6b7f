/**
 * The "next marked figure" keyboard command (docs/decisions/018): focus moves to the mark after
 * the one focused, or, when no mark has the focus, to the first mark at or below the top of the
 * viewport (where the reader is), wrapping round to the first. Marks inside links are not
 * focusable (the link is) and are skipped. The mark is scrolled to the middle of the view; Enter
 * then opens its card.
 */
import { MARK_TAG } from '../page/skip-rules';

/** The figure now focused, where it is among the page's focusable marks, and how many there are. */
export interface NextMark {
  figure: string;
  index: number;
  total: number;
}

/** Moves the focus to the next mark of `doc` after `from` (the focused element); null when the page has none. */
export function focusNextMark(doc: Document, from: Element | null): NextMark | null {
  const marks = Array.from(doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[tabindex]:not([data-cc-continuation])`));
  if (marks.length === 0) return null;
  const current = from ? marks.indexOf(from as HTMLElement) : -1;
  let index: number;
  if (current >= 0) index = (current + 1) % marks.length;
  else {
    // The first mark whose line is not above the top of the viewport.
    const below = marks.findIndex((m) => m.getBoundingClientRect().bottom > 0);
    index = below < 0 ? 0 : below;
  }
  const mark = marks[index]!;
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  return { figure: mark.getAttribute('data-figure') ?? '', index, total: marks.length };
}
