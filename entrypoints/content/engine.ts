/**
 * The matching engine as the content script uses it: the bundled seed index merged with the
 * reader's own sources (when there are any), prepared once on first use, the cheap subject gate,
 * and the full check of a text. Only this file imports the index, so the rest of the content
 * script stays testable without it.
 */
import seedIndex from '../../core/generated/seed-index.json';
import { checkPage } from '../../core/match/check-page';
import { prepareIndex } from '../../core/match/prepare-index';
import { pageMayBeAbout } from '../../core/match/subject-gate';
import type { FactIndex, PageCheck, PageMeta, SourceFacts } from '../../core/model';
import { mergeIndex } from '../../messaging/user-index';

type Prepared = ReturnType<typeof prepareIndex>;

const seed = seedIndex as unknown as FactIndex;
let userSources: SourceFacts[] = [];
let prepared: Prepared | null = null;

/** The prepared index (built on first use, then kept until the reader's sources change). */
function engine(): Prepared {
  prepared ??= prepareIndex(mergeIndex(seed, userSources));
  return prepared;
}

/** Uses the reader's own sources from now on (`cc:user-sources`); none gives the seed index alone. */
export function useUserSources(entries: SourceFacts[]): void {
  userSources = entries;
  prepared = null;
}

/** The cheap first test: may this page be about any claim's subject? */
export function mayBeAbout(sample: string): boolean {
  return pageMayBeAbout(engine(), sample);
}

/** Checks a text (the article, or a changed part of it) against the index. */
export function checkText(text: string, meta: PageMeta): PageCheck {
  return checkPage(engine(), text, meta);
}
