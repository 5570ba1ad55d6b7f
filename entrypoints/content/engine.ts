/**
 * The matching engine as the content script uses it: the bundled seed index, prepared once on
 * first use, the cheap subject gate, and the full check of a text. Only this file imports the
 * index, so the rest of the content script stays testable without it.
 */
import seedIndex from '../../core/generated/seed-index.json';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import { pageMayBeAbout } from '../../core/match/subject-gate';
import type { FactIndex, PageCheck, PageMeta } from '../../core/model';

type Prepared = ReturnType<typeof prepareIndex>;

let prepared: Prepared | null = null;

/** The prepared seed index (built on first use, then kept for the page's lifetime). */
function engine(): Prepared {
  prepared ??= prepareIndex(seedIndex as unknown as FactIndex);
  return prepared;
}

/** The cheap first test: may this page be about any claim's subject? */
export function mayBeAbout(sample: string): boolean {
  return pageMayBeAbout(engine(), sample);
}

/** Checks a text (the article, or a changed part of it) against the index. */
export function checkText(text: string, meta: PageMeta): PageCheck {
  return checkPage(engine(), text, meta);
}
