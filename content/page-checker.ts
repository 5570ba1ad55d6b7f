/**
 * The scan-and-check pipeline of one page: the subject gate, the article read in slices by one
 * walk, its batches checked by the background as they are read (`run-check.ts`), the marks of
 * the replies queued into few writes (`mark-writer.ts`), and the blocks a living page adds or
 * changes checked again (`living-page.ts`). Every run carries a generation: a newer run or a
 * teardown (`stop`) makes the slices of older ones stop. Bound to the page's lifetime (`ctx`).
 */
import type { CheckedFigure, PageMeta } from '../core/model';
import { MAX_CHECK_TEXTS } from '../messaging/basics';
import type { ContentApi } from '../messaging/content-transport';
import { ArticleReader, readArticle, readPageMeta, type ArticleText } from '../page/read-article';
import { articleRootOf, scanPageBySelector } from '../page/page-scan';
import { sampleText } from '../page/sample-text';
import { MARK_TAG } from '../page/skip-rules';
import { checkTexts, mayBeAbout, PageOpening } from './check-client';
import { injectMarkStyle } from './mark-style';
import type { MarkRegistry } from './mark-registry';
import { MarkWriter, type MarkJob } from './mark-writer';
import type { LivingPage } from './living-page';
import type { ContentLife } from './page-life';
import { FIRST_BATCH_CHARS, LATER_BATCH_CHARS, MAX_IN_FLIGHT, readBatch, VIEW_CHARS } from './run-check';
import { SliceClock, yieldToPage } from './slices';
import { GATE_SAMPLE_CHARS } from './stages';
import type { PageSettings } from '../storage/sites';

/** How many times one block is marked again after the page changed it, before it is left alone. */
const MAX_REMARKS = 3;

/** What the pipeline needs of the page session. */
export interface CheckerParts {
  api: ContentApi;
  registry: MarkRegistry;
  living: LivingPage;
  /** The settings the page has now. */
  settings(): PageSettings;
  /** Reads the reader's sources' subjects for the gate (`check-client.ts`). */
  loadGateForms(): Promise<void>;
  /** Some of a job's marks were placed (the badge is told). */
  onPlaced(): void;
  /** A write placed marks (their listeners are wired, once). */
  onWritten(): void;
}

/** Checks one page and marks its figures. */
export class PageChecker {
  /** Bumped by every run and by `stop`: slices of an older run stop when they see a newer one. */
  private generation = 0;
  private meta: PageMeta | null = null;
  /** The page's opening: with `meta`, the page as a whole each check is part of (see run-check.ts). */
  private opening: PageOpening | null = null;
  /** How often each block was marked again after a change (see MAX_REMARKS). */
  private readonly remarked = new WeakMap<Element, number>();
  /** Writes the marks of the background's replies in few frames (`mark-writer.ts`). */
  private readonly writer: MarkWriter;

  constructor(
    private readonly ctx: ContentLife,
    private readonly parts: CheckerParts,
  ) {
    this.writer = new MarkWriter(ctx, {
      write: (placeAll) => this.writeMarks(placeAll),
      place: (job, count) => {
        if (job.generation !== this.generation) return;
        parts.registry.place(job, count);
        parts.onPlaced();
      },
    });
  }

  /**
   * One full check of the page; does nothing at all when the gate says the page is off topic
   * (`gated`: the first stage has just passed it). A long article is read in slices by one walk,
   * and sent in batches of characters as it is read (see run-check.ts): the background checks one
   * batch while the next is read, and the marks of its replies are written in few frames.
   */
  async run(gated: boolean): Promise<void> {
    const gen = ++this.generation;
    if (!gated && !(await mayBeAbout(sampleText(document, GATE_SAMPLE_CHARS), () => this.parts.loadGateForms()))) return;
    if (gen !== this.generation || this.ctx.isInvalid) return;
    // On topic: watch for content arriving while we work, then read in slices, each step below
    // yielding first. (Overlapping re-checks are harmless: marked text is never re-marked.)
    this.parts.living.start();
    const clock = new SliceClock();
    await yieldToPage(this.ctx);
    if (gen !== this.generation || this.ctx.isInvalid) return;
    clock.restart();
    // The page's landmarks and metadata, found by the browser's selector matching in one call.
    // (Only happy-dom cannot, on a page nested thousands deep: the tests' DOM, never a browser's.)
    const scan = scanPageBySelector(document, true);
    if (!scan) return;
    const meta = readPageMeta(document, location.href, scan);
    const root = articleRootOf(document, scan);
    if (!root) return;
    this.meta = meta;
    // One walk of the article in steps; batches go to the background as they are read. The page
    // as a whole is read from the opening, the start of the first batch.
    const reader = new ArticleReader(document, root, scan.headline);
    const inFlight: Array<Promise<boolean>> = [];
    for (let first = true; !reader.done; ) {
      const batch = await readBatch(reader, first ? FIRST_BATCH_CHARS : LATER_BATCH_CHARS, () => this.pause(clock, gen));
      if (!batch) return;
      if (first) this.opening = new PageOpening(batch.text.slice(0, VIEW_CHARS));
      first = false;
      if (!/\S/.test(batch.text)) continue;
      // The request is serialised on the page's thread (a few ms for 100,000 characters, up to
      // ~90 ms when a GC step lands in it): it gets a task of its own, not a reading slice's end.
      if (!(await this.pause(clock, gen, true))) return;
      inFlight.push(this.checkAndMark([batch], gen));
      if (inFlight.length >= MAX_IN_FLIGHT && !(await inFlight.shift())) return;
    }
    this.opening ??= new PageOpening('');
    for (const sent of inFlight) if (!(await sent)) return;
    await this.writer.finish();
  }

  /** Re-checks blocks the page added or changed (living pages), together, as part of the page's view. */
  async recheck(roots: Element[]): Promise<void> {
    const gen = this.generation;
    if (!this.meta) return;
    const { registry } = this.parts;
    registry.pruneDetached();
    const clock = new SliceClock();
    const blocks: Element[] = [];
    const articles: ArticleText[] = [];
    const sent: Array<Promise<boolean>> = [];
    let batchChars = 0;
    let from = 0;
    // Sent in batches of characters, as a full run's are.
    const send = (): void => {
      const at = from;
      sent.push(this.checkAndMark(articles.slice(at), gen, (i) => remarked(at + i)));
      from = articles.length;
      batchChars = 0;
    };
    const remarked = (i: number): void => {
      const root = blocks[i] as Element;
      this.remarked.set(root, (this.remarked.get(root) ?? 0) + 1);
    };
    for (const root of roots) {
      if (!(await this.pause(clock, gen))) return;
      if (!root.isConnected) continue;
      // A block whose marks the page keeps taking away is left alone: we do not fight the page.
      if ((this.remarked.get(root) ?? 0) >= MAX_REMARKS) continue;
      registry.dropStaleMarks(root);
      const article = readArticle(document, root);
      if (!/\S/.test(article.text)) continue;
      blocks.push(root);
      articles.push(article);
      batchChars += article.text.length;
      if (batchChars >= LATER_BATCH_CHARS || articles.length - from >= MAX_CHECK_TEXTS) send();
    }
    if (articles.length > from) send();
    for (const batch of sent) if (!(await batch)) return;
    await this.writer.finish();
  }

  /** Stops every run and pending write, and forgets the page's reading. */
  stop(): void {
    this.generation++;
    this.writer.clear();
    this.parts.living.stop();
    this.meta = null;
    this.opening = null;
  }

  /**
   * Checks one batch of texts in the background (as part of the page's view) and queues the
   * marks of the figures that come back. A re-check (`onMarked` given) leaves out figures over
   * text already marked and tells `onMarked` of each text that got new figures. False when the
   * run was superseded or the background cannot answer.
   */
  private async checkAndMark(articles: ArticleText[], gen: number, onMarked?: (i: number) => void): Promise<boolean> {
    const meta = this.meta;
    const opening = this.opening;
    if (articles.length === 0) return true;
    if (!meta || opening === null) return false;
    const checked = await checkTexts(this.parts.api, meta, opening, articles.map((a) => a.text));
    if (!checked || gen !== this.generation || this.ctx.isInvalid) return false;
    // A full run reads disjoint text after tearing down every mark, so its texts hold none of
    // its own; a mark a concurrent re-check made is refused by the highlighter itself. Only a
    // re-check must sort out figures already marked, so that they do not count as marked again
    // (looking up every text node's ancestors for a mark cost a huge page ~40 ms).
    for (const [i, article] of articles.entries()) {
      const fresh = onMarked ? withoutMarked(article, checked[i] ?? []) : (checked[i] ?? []);
      if (fresh.length === 0) continue;
      onMarked?.(i);
      const plan = this.parts.registry.register(article, fresh, this.parts.settings(), location.href);
      this.writer.add({ plan, generation: gen } satisfies MarkJob);
    }
    return true;
  }

  /** One write of queued marks, fenced from the living-page observer; styles the marks. */
  private writeMarks(placeAll: () => void): void {
    const { registry, living } = this.parts;
    const before = registry.placed;
    living.ownWrite(() => {
      placeAll();
      // Style only once something is marked: a page with nothing to mark gets nothing at all.
      if (registry.placed > before) injectMarkStyle(document, this.parts.settings().highlightStyle);
    });
    if (registry.placed > before) this.parts.onWritten();
  }

  /** Yields to the page when this slice has used its budget (or `always`); false when the run was superseded. */
  private async pause(clock: SliceClock, gen: number, always = false): Promise<boolean> {
    if (always || clock.spent) {
      await yieldToPage(this.ctx);
      clock.restart();
    }
    return gen === this.generation && this.ctx.isValid;
  }
}

/** Figures not overlapping text that is already marked (a re-read block may hold older marks). */
function withoutMarked(article: ArticleText, figures: CheckedFigure[]): CheckedFigure[] {
  const marked: Array<[number, number]> = [];
  for (const s of article.segments) if (s.node.parentElement?.closest(MARK_TAG)) marked.push([s.start, s.end]);
  if (marked.length === 0) return figures;
  return figures.filter((f) => !marked.some(([start, end]) => f.start < end && start < f.end));
}
