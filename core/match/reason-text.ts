/**
 * The words a card uses when a source agrees with a page's figure (issue 14: a page saying "more
 * than 20" was told a source reporting 42 reports it "as this page does"). Agreeing is not always
 * saying the same: one side may give a range the other's figure falls within ("42 is within 'more
 * than 20'"), or an approximation close to it. Pure text generation, fed from a figure's and a
 * fact's value, interval and qualifier, so the fact model's next version can feed it the same way
 * (docs/decisions/017).
 */
import type { Interval, Qualifier } from '../model';

/** What the text needs of either side: its figure as written, its value, its interval, its qualifier. */
export interface SideFigure {
  text: string;
  value: number;
  interval: Interval;
  qualifier: Qualifier;
}

/**
 * How two agreeing figures agree: `same` (one figure, however written: "40" and "forty"),
 * `source-within-page` (the source's figure is within the page's range: 42 in "more than 20"),
 * `page-within-source` (the other way round), or `close` (two approximations that overlap).
 */
export type Agreement = 'same' | 'source-within-page' | 'page-within-source' | 'close';

function contains(i: Interval, v: number): boolean {
  const above = i.minInclusive ? v >= i.min : v > i.min;
  const below = i.maxInclusive ? v <= i.max : v < i.max;
  return above && below;
}

/** How the page's figure and an agreeing source's figure agree. */
export function agreementOf(page: SideFigure, source: SideFigure): Agreement {
  const ranged = (f: SideFigure) => f.qualifier !== 'exact';
  if (page.value === source.value && ranged(page) === ranged(source)) return 'same';
  if (ranged(page) && !ranged(source) && contains(page.interval, source.value)) return 'source-within-page';
  if (ranged(source) && !ranged(page) && contains(source.interval, page.value)) return 'page-within-source';
  if (page.value === source.value) return 'same';
  return 'close';
}

/**
 * One agreeing source's line on the card: "reports 40, as this page does", "reports 42, which is
 * within this page's 'more than 20'", "reports 'more than 20', which this page's 42 is within",
 * "reports about $230 billion, close to this page's approximately $228 billion".
 */
export function agreeingSourceReason(agreement: Agreement, page: string, source: string): string {
  switch (agreement) {
    case 'same':
      return `reports ${source}, as this page does`;
    case 'source-within-page':
      return `reports ${source}, which is within this page's '${page}'`;
    case 'page-within-source':
      return `reports '${source}', which this page's ${page} is within`;
    case 'close':
      return `reports ${source}, close to this page's ${page}`;
  }
}

/**
 * What a corroborating source says, after its name in the verdict's line: "also reports 40",
 * "reports 42: 42 is within 'more than 20'", "reports 'more than 20': 42 is within it".
 * `plural`: the line names several sources ("… and 2 more sources also report 40").
 */
export function corroborationText(agreement: Agreement, page: string, source: string, plural: boolean): string {
  const reports = plural ? 'report' : 'reports';
  switch (agreement) {
    case 'same':
      return `also ${reports} ${source}`;
    case 'source-within-page':
      return `${reports} ${source}: ${source} is within '${page}'`;
    case 'page-within-source':
      return `${reports} '${source}': ${page} is within '${source}'`;
    case 'close':
      return `${reports} ${source}, close to ${page}`;
  }
}
