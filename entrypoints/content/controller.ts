/**
 * The content script's life on one page: ask the background for this page's settings, run the
 * cheap subject gate, check the article, mark its figures in slices, open cards, answer the
 * popup, follow the page as it changes, and undo everything when Crosscheck is turned off here
 * or the extension goes away. It talks to the extension through the raw APIs (`ContentApi`) and
 * reads no settings itself: no schema library, polyfill or WXT context on the way to the first
 * mark (docs/decisions/010).
 */
import { markLabel } from '../../components/card-text';
import type { CheckedFigure, PageMeta, Verdict } from '../../core/model';
import { MAX_CHECK_TEXTS } from '../../messaging/basics';
import { createContentListener } from '../../messaging/content-listener';
import { sendFromContent, type ContentApi, type StorageChangeListener } from '../../messaging/content-transport';
import type { ArticleForSource, PageSummary } from '../../messaging/protocol';
import { markFigures, removeMark, removeMarks, type MarkSpec } from '../../page/highlighter';
import { ArticleReader, readArticle, readPageMeta, type ArticleText } from '../../page/read-article';
import { articleRootOf, scanPageBySelector, scanPageSteps } from '../../page/page-scan';
import { sampleText } from '../../page/sample-text';
import { MARK_TAG } from '../../page/skip-rules';
import { SETTINGS_STORAGE_KEY, type PageSettings } from '../../storage/sites';
import { readGateForms, USER_SOURCES_REV_STORAGE_KEY } from '../../storage/sources-gate';
import { checkTexts, mayBeAbout, useGateForms } from './check-client';
import { GATE_SAMPLE_CHARS, importStage, NAVIGATION_SETTLE_MS, REQUESTS_FILE, REQUESTS_GLOBAL, type RequestsModule } from './stages';
import { MarkInteractions } from './interactions';
import { LazyCardHost, type CardHostLike } from './lazy-card';
import { LivingPage } from './living-page';
import { FIRST_BATCH_CHARS, LATER_BATCH_CHARS, MAX_IN_FLIGHT, readBatch, VIEW_CHARS } from './run-check';
import { MarkWriter, type MarkJob } from './mark-writer';
import { injectMarkStyle, removeMarkStyle } from './mark-style';
import { watchNavigation } from './navigation-watch';
import type { ContentLife } from './page-life';
import { SliceClock, yieldToPage } from './slices';
import { isReportedWrong, UNDO_MS } from './wrong-match';
import { focusNextMark } from './next-mark';
import { figureContext } from '../../storage/hidden-matches';
import { figureLabel } from '../../core/text/figure-label';
import { t } from '../../components/i18n';

/** Until the background has answered: Crosscheck does nothing on the page. */
const INACTIVE: PageSettings = {
  active: false,
  showVerdicts: { corroborated: true, conflicting: true, mixed: true, related: true },
  hoverDelayMs: 150,
  highlightStyle: 'underline',
  hiddenMatches: [],
};

/** How many times one block is marked again after the page changed it, before it is left alone. */
const MAX_REMARKS = 3;

const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'mixed', 'related'];

/** One checked figure of this page and its mark (null when hidden by the settings or not markable). */
interface Entry {
  id: string;
  figure: CheckedFigure;
  mark: HTMLElement | null;
  /** The words around the figure in its paragraph (what a "wrong match" report names it by). */
  context: string;
  /** The reader said "wrong match". */
  wrong: boolean;
}

/** Crosscheck on one page. Create with {@link startCrosscheck}. */
export class PageSession {
  private settings: PageSettings = INACTIVE;
  private active = false;
  /** Bumped by every run and teardown: slices of an older run stop when they see a newer one. */
  private generation = 0;
  private nextId = 0;
  /** Marks placed so far (a write styles the page and wires the marks once it has placed some). */
  private marksPlaced = 0;
  /** How often each block was marked again after a change (see MAX_REMARKS). */
  private remarked = new WeakMap<Element, number>();
  private entries = new Map<string, Entry>();
  private meta: PageMeta | null = null;
  /** The page's opening: with `meta`, the page as a whole each check is part of (see run-check.ts). */
  private opening: string | null = null;
  private readonly card: CardHostLike;
  private readonly interactions: MarkInteractions;
  private readonly living: LivingPage;
  /** Writes the marks of the background's replies in few frames (`mark-writer.ts`). */
  private readonly writer: MarkWriter;
  /** Answers the popup (see `handleMessage`), validating with the schema loaded on the first request. */
  private readonly listener = createContentListener(
    {
      'cc:page-summary': () => this.summary(),
      'cc:reveal': (req) => this.reveal(req.id),
      'cc:read-article': () => this.articleForSource(),
      'cc:next-mark': () => focusNextMark(document, deepActiveElement(document)),
      'cc:check-selection': (req) => this.checkSelection(req.text),
    },
    async (raw) => (await this.requests()).parseContentRequest(raw),
  );
  private requestsModule: Promise<RequestsModule> | null = null;
  /** The next run may skip the subject gate (the first stage has just passed the page). */
  private gated = false;
  /** Settled once the settings are read: replies wait for it, so "paused" is never a guess. */
  private ready: Promise<void> = Promise.resolve();
  /** The toolbar badge's report is sent a moment after the marks change, once per burst. */
  private badgeTimer: number | null = null;
  /** The last report sent (sent again only when it changes). */
  private lastBadge = '';

  constructor(
    private readonly ctx: ContentLife,
    private readonly api: ContentApi,
  ) {
    this.card = new LazyCardHost(ctx, (path) => api.runtime.getURL(path), {
      onWrongMatch: (mark, figure, byKeyboard) => this.wrongMatch(mark, figure, byKeyboard),
      onPointerInside: (inside) => this.interactions.pointerInsideCard(inside),
    });
    this.interactions = new MarkInteractions(ctx, {
      card: this.card,
      figureOf: (mark) => this.entryOf(mark)?.figure ?? null,
      hoverDelayMs: () => this.settings.hoverDelayMs,
    });
    this.living = new LivingPage(ctx, document, (roots) => void this.recheck(roots));
    this.writer = new MarkWriter(ctx, {
      write: (placeAll) => this.writeMarks(placeAll),
      place: (job, specs) => this.placeMarks(job, specs),
    });
    ctx.onInvalidated(() => this.teardown());
  }

  /**
   * Answers a message of the popup, once the settings are read; undefined for a message that is
   * not ours. The first stage's listener hands every message here (`content/first-stage.ts`).
   */
  handleMessage(message: unknown): Promise<unknown> {
    return this.ready.then(() => this.listener(message));
  }

  /** The popup requests' schema (`content-requests.js`), imported once. */
  private requests(): Promise<RequestsModule> {
    this.requestsModule ??= importStage<RequestsModule>((path) => this.api.runtime.getURL(path), REQUESTS_FILE, REQUESTS_GLOBAL);
    // A failed import (the extension was reloaded) is tried again on the next request.
    this.requestsModule.catch(() => (this.requestsModule = null));
    return this.requestsModule;
  }

  /**
   * Reads the settings, starts listening, and checks the page when Crosscheck is on here.
   * `gated`: the first stage has just found the page about the index's subjects.
   */
  async start(gated = false): Promise<void> {
    this.gated = gated;
    let settled = (): void => {};
    this.ready = new Promise((resolve) => (settled = resolve));
    try {
      await this.begin();
    } finally {
      settled();
    }
    if (this.active) await this.run();
    else this.scheduleBadge();
  }

  /** Everything `start` does before checking the page. */
  private async begin(): Promise<void> {
    const onStorage: StorageChangeListener = (changes, area) => {
      if (area !== 'local' || this.ctx.isInvalid) return;
      // The settings changed (in any tab): ask again how this page sees them.
      if (SETTINGS_STORAGE_KEY in changes) void this.pageSettings().then((s) => s && this.applySettings(s));
      // The reader's own sources changed: the background checks with them, and the gate here
      // must let their subjects through (their written forms: one small key, absent for most).
      if (USER_SOURCES_REV_STORAGE_KEY in changes) {
        void this.loadGateForms().then(() => {
          if (!this.active || this.ctx.isInvalid) return;
          this.teardown();
          void this.run();
        });
      }
    };
    this.api.storage.onChanged.addListener(onStorage);
    this.ctx.onInvalidated(() => this.api.storage.onChanged.removeListener(onStorage));
    // Client-side navigation: the page is a new article, checked afresh once the site has had a
    // moment to render it. A jump within the page is not one.
    this.ctx.onInvalidated(
      watchNavigation(window, NAVIGATION_SETTLE_MS, () => {
        if (!this.active || this.ctx.isInvalid) return;
        this.teardown();
        void this.run();
      }),
    );
    const settings = await this.pageSettings();
    if (this.ctx.isInvalid || !settings) return;
    this.settings = settings;
    this.active = settings.active;
  }

  /** This page's settings from the background; null when it cannot answer (the extension is reloading). */
  private async pageSettings(): Promise<PageSettings | null> {
    const reply = await sendFromContent(this.api, { type: 'cc:page-settings', host: location.hostname });
    return reply.ok ? reply.value : null;
  }

  /** Reads the written forms of the reader's sources' subjects, for the gate. */
  private async loadGateForms(): Promise<void> {
    try {
      useGateForms(await readGateForms(this.api.storage.local));
    } catch {
      // No answer (the extension is reloading): the seed index's gate still works.
    }
  }

  /**
   * One full check of the page; does nothing at all when the gate says the page is off topic.
   * A long article is read in slices by one walk, and sent in batches of characters as it is read
   * (see run-check.ts): the background checks one batch while the next is read, and the marks of
   * its replies are written in few frames (`mark-writer.ts`).
   */
  private async run(): Promise<void> {
    const gen = ++this.generation;
    // The first stage has just gated this page: the first run need not sample it again.
    const gated = this.gated;
    this.gated = false;
    if (!gated && !(await mayBeAbout(sampleText(document, GATE_SAMPLE_CHARS), () => this.loadGateForms()))) return;
    if (gen !== this.generation || this.ctx.isInvalid) return;
    // On topic: watch for content arriving while we work, then read in slices, each step below
    // yielding first. (Overlapping re-checks are harmless: marked text is never re-marked.)
    this.living.start();
    const clock = new SliceClock();
    await yieldToPage(this.ctx);
    if (gen !== this.generation || this.ctx.isInvalid) return;
    clock.restart();
    // The page's landmarks and metadata, found by the browser's selector matching in one call
    // (a walk in steps where the DOM cannot: never in a browser, see `scanPageBySelector`).
    let scan = scanPageBySelector(document, true);
    if (!scan) {
      const steps = scanPageSteps(document, true);
      let step = steps.next();
      while (!step.done) {
        if (!(await this.pause(clock, gen))) return;
        step = steps.next();
      }
      scan = step.value;
    }
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
      if (first) this.opening = batch.text.slice(0, VIEW_CHARS);
      first = false;
      if (!/\S/.test(batch.text)) continue;
      inFlight.push(this.checkAndMark([batch], gen));
      if (inFlight.length >= MAX_IN_FLIGHT && !(await inFlight.shift())) return;
    }
    this.opening ??= '';
    for (const sent of inFlight) if (!(await sent)) return;
    await this.writer.finish();
  }

  /**
   * Checks one batch of texts in the background (as part of the page's view) and queues the
   * marks of the figures that come back (`mark-writer.ts`). A re-check (`onMarked` given) leaves
   * out figures over text already marked and tells `onMarked` of each text that got new figures.
   * False when the run was superseded or the background cannot answer.
   */
  private async checkAndMark(articles: ArticleText[], gen: number, onMarked?: (i: number) => void): Promise<boolean> {
    const meta = this.meta;
    const opening = this.opening;
    if (articles.length === 0) return true;
    if (!meta || opening === null) return false;
    const checked = await checkTexts(this.api, meta, opening, articles.map((a) => a.text));
    if (!checked || gen !== this.generation || this.ctx.isInvalid) return false;
    // A full run reads disjoint text after tearing down every mark, so its texts hold none of
    // its own; a mark a concurrent re-check made is refused by the highlighter itself. Only a
    // re-check must sort out figures already marked, so that they do not count as marked again
    // (looking up every text node's ancestors for a mark cost a huge page ~40 ms).
    for (const [i, article] of articles.entries()) {
      const fresh = onMarked ? withoutMarked(article, checked[i] ?? []) : (checked[i] ?? []);
      if (fresh.length === 0) continue;
      onMarked?.(i);
      this.queueMarks(article, fresh, gen);
    }
    return true;
  }

  /** Re-checks blocks the page added or changed (living pages), together, as part of the page's view. */
  private async recheck(roots: Element[]): Promise<void> {
    const gen = this.generation;
    if (!this.active || !this.meta) return;
    this.pruneDetached();
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
      this.dropStaleMarks(root);
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

  /**
   * Unmarks figures in `root` whose text the page changed under the mark (a live score, a
   * corrected number): the mark would claim a check of a figure no longer there. The block is
   * then read again, so the new figure gets its own check.
   */
  private dropStaleMarks(root: Element): void {
    const written = new Map<string, string>();
    for (const piece of Array.from(root.querySelectorAll(MARK_TAG))) {
      const id = piece.getAttribute('data-cc-id') ?? '';
      written.set(id, (written.get(id) ?? '') + (piece.textContent ?? ''));
    }
    for (const [id, text] of written) {
      const entry = this.entries.get(id);
      if (entry?.mark && text !== entry.figure.text) {
        this.unmark(entry);
        this.entries.delete(id);
      }
    }
  }

  /** Yields to the page when this slice has used its budget; false when the run was superseded. */
  private async pause(clock: SliceClock, gen: number): Promise<boolean> {
    if (clock.spent) {
      await yieldToPage(this.ctx);
      clock.restart();
    }
    return gen === this.generation && this.ctx.isValid;
  }

  /** Registers the figures and queues the marks of those the settings show (`mark-writer.ts`). */
  private queueMarks(article: ArticleText, figures: CheckedFigure[], gen: number): void {
    const url = location.href;
    const specs: MarkSpec[] = [];
    for (const figure of figures) {
      const id = `cc-${++this.nextId}`;
      const context = figureContext(article.text, figure.start, figure.end);
      const wrong = isReportedWrong(this.settings, url, figure, context);
      this.entries.set(id, { id, figure, mark: null, context, wrong });
      if (!wrong && this.settings.showVerdicts[figure.verdict]) specs.push(specOf(id, figure));
    }
    specs.sort((a, b) => a.start - b.start);
    this.writer.add({ article, specs, generation: gen });
  }

  /** One write of queued marks, fenced from the living-page observer; styles and wires the marks. */
  private writeMarks(placeAll: () => void): void {
    const before = this.marksPlaced;
    this.living.ownWrite(() => {
      placeAll();
      // Style only once something is marked: a page with nothing to mark gets nothing at all.
      if (this.marksPlaced > before) injectMarkStyle(document, this.settings.highlightStyle);
    });
    // The listeners (added once) in a task of their own: not in the write's first task.
    if (this.marksPlaced > before) this.ctx.setTimeout(() => this.interactions.attach(), 0);
  }

  /** Places a run of one job's marks (inside `writeMarks`). */
  private placeMarks(job: MarkJob, specs: MarkSpec[]): void {
    if (job.generation !== this.generation) return;
    const marks = markFigures(job.article, specs);
    for (const mark of marks) {
      const entry = this.entries.get(mark.getAttribute('data-cc-id') ?? '');
      if (entry) entry.mark = mark;
    }
    // A figure the highlighter refused (inside a form field, already marked, changed since it
    // was read) is not on the page for the reader: forget it.
    for (const spec of specs) if (!this.entries.get(spec.id)?.mark) this.entries.delete(spec.id);
    this.marksPlaced += marks.length;
    this.scheduleBadge();
  }

  /** Removes every mark, the style, the card and pending work: the page is as it was. */
  private teardown(): void {
    this.generation++;
    this.writer.clear();
    this.interactions.reset();
    this.card.close({ returnFocus: false });
    this.living.stop();
    removeMarks(document);
    removeMarkStyle(document);
    this.entries.clear();
    this.meta = null;
    this.opening = null;
    this.scheduleBadge();
  }

  /** Tells the background, a moment after the marks settle, what the toolbar badge should say. */
  private scheduleBadge(): void {
    if (this.badgeTimer !== null || this.ctx.isInvalid) return;
    this.badgeTimer = this.ctx.setTimeout(() => {
      this.badgeTimer = null;
      const { checked, counts } = this.summary();
      const report = { type: 'cc:badge' as const, checked, counts, paused: !this.active };
      const key = JSON.stringify(report);
      if (key === this.lastBadge) return;
      this.lastBadge = key;
      void sendFromContent(this.api, report);
    }, BADGE_DELAY_MS);
  }

  private applySettings(next: PageSettings): void {
    const previous = this.settings;
    this.settings = next;
    const nowActive = next.active;
    if (!nowActive) {
      if (this.active) {
        this.active = false;
        this.teardown();
      }
      return;
    }
    if (!this.active) {
      this.active = true;
      void this.run();
      return;
    }
    // A verdict switched back on, or a hidden figure restored ("Undo", the options page's list),
    // needs marks we took away or never made: check the page again.
    const url = location.href;
    const restored = [...this.entries.values()].some((e) => e.wrong && !isReportedWrong(next, url, e.figure, e.context));
    if (restored || VERDICTS.some((v) => next.showVerdicts[v] && !previous.showVerdicts[v])) {
      this.teardown();
      void this.run();
      return;
    }
    for (const entry of this.entries.values()) {
      if (isReportedWrong(next, url, entry.figure, entry.context)) entry.wrong = true;
      if (entry.mark && (entry.wrong || !next.showVerdicts[entry.figure.verdict])) this.unmark(entry);
    }
    if (!this.hasMarks()) removeMarkStyle(document);
    else if (next.highlightStyle !== previous.highlightStyle) injectMarkStyle(document, next.highlightStyle);
    this.scheduleBadge();
  }

  /**
   * "Wrong match" on a card: the mark goes now, the report is remembered on this device, and an
   * "Undo" notice shows for a few seconds (docs/decisions/014).
   */
  private wrongMatch(mark: HTMLElement, figure: CheckedFigure, byKeyboard: boolean): void {
    const entry = this.entryOf(mark);
    this.card.close({ returnFocus: false });
    if (entry) {
      entry.wrong = true;
      this.unmark(entry);
    }
    if (!this.hasMarks()) removeMarkStyle(document);
    this.scheduleBadge();
    // Kept by the background, which holds the settings; if it cannot answer (quota, extension
    // reloading), the mark is gone for this visit anyway.
    const stored = sendFromContent(this.api, {
      type: 'cc:wrong-match',
      url: location.href,
      text: figure.text,
      measureKey: figure.measureKey,
      measure: figure.measure,
      context: entry?.context ?? '',
    });
    const undo = async (): Promise<void> => {
      const report = await stored;
      // Stored: taking it back changes the settings, and every tab of the page marks it again.
      if (report.ok) await sendFromContent(this.api, { type: 'cc:unhide', key: report.value });
      else if (entry && this.ctx.isValid) {
        // Never stored: only this visit hid it.
        entry.wrong = false;
        this.teardown();
        void this.run();
      }
    };
    void this.card.showUndo(t('toastHidden', figureLabel(figure.text, figure.measure)), undo, UNDO_MS, byKeyboard).catch(() => {});
  }

  private unmark(entry: Entry): void {
    const mark = entry.mark;
    if (!mark) return;
    if (this.card.openMark === mark) this.card.close({ returnFocus: false });
    entry.mark = null;
    this.living.ownWrite(() => removeMark(mark));
  }

  private entryOf(mark: HTMLElement): Entry | null {
    const entry = this.entries.get(mark.getAttribute('data-cc-id') ?? '');
    return entry && entry.mark === mark && !entry.wrong ? entry : null;
  }

  private hasMarks(): boolean {
    for (const entry of this.entries.values()) if (entry.mark?.isConnected) return true;
    return false;
  }

  /** Forgets figures whose marks the page removed (re-rendered or replaced content). */
  private pruneDetached(): void {
    for (const [id, entry] of this.entries) if (entry.mark && !entry.mark.isConnected) this.entries.delete(id);
  }

  // ---- replies to the popup ----------------------------------------------------------------

  private summary(): PageSummary {
    this.pruneDetached();
    const counts = { corroborated: 0, conflicting: 0, mixed: 0, related: 0 };
    const figures: PageSummary['figures'] = [];
    for (const entry of this.entries.values()) {
      if (entry.wrong) continue;
      counts[entry.figure.verdict] += 1;
      figures.push({
        id: entry.id,
        text: entry.figure.text,
        measure: entry.figure.measure,
        verdict: entry.figure.verdict,
        reason: entry.figure.reason,
      });
    }
    return { url: location.href, checked: figures.length, counts, figures, paused: !this.active };
  }

  private async reveal(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    const mark = entry?.mark;
    if (!entry || entry.wrong || !mark?.isConnected) return false;
    mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    await this.card.open(mark, entry.figure, 'reveal');
    return this.card.openMark === mark;
  }

  /**
   * "Check with Crosscheck" on selected text (the context menu, docs/decisions/018): the selection
   * is checked in the background as a page of its own (its subject read from the page's title and
   * the selection), whatever the subject gate or the site switch said, and a card shows its
   * figures beside it. The selection as the page has it is preferred to the menu's copy, which
   * the browser flattens.
   */
  private async checkSelection(menuText: string): Promise<number> {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
    const own = selection?.toString().trim() ?? '';
    const text = (own || menuText).slice(0, VIEW_CHARS);
    const meta = readPageMeta(document, location.href);
    const checked = /\S/.test(text) ? await checkTexts(this.api, meta, text, [text]) : [];
    const figures = checked?.[0] ?? [];
    await this.card.openSelection(range, figures);
    return figures.length;
  }

  private articleForSource(): ArticleForSource {
    const { text } = readArticle(document);
    return { text, meta: readPageMeta(document, location.href) };
  }
}

/** How long after the marks change the toolbar badge is told (a page marks in bursts). */
const BADGE_DELAY_MS = 250;

/** The focused element, looking into shadow roots (our card's focus is inside one). */
function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The mark spec of a checked figure. */
function specOf(id: string, figure: CheckedFigure): MarkSpec {
  return { id, start: figure.start, end: figure.end, verdict: figure.verdict, figure: figure.text, label: markLabel(figure) };
}

/** Figures not overlapping text that is already marked (a re-read block may hold older marks). */
function withoutMarked(article: ArticleText, figures: CheckedFigure[]): CheckedFigure[] {
  const marked: Array<[number, number]> = [];
  for (const s of article.segments) if (s.node.parentElement?.closest(MARK_TAG)) marked.push([s.start, s.end]);
  if (marked.length === 0) return figures;
  return figures.filter((f) => !marked.some(([start, end]) => f.start < end && start < f.end));
}

/** Starts Crosscheck on this page; `gated` when the first stage has just passed it through its gate. */
export function startCrosscheck(life: ContentLife, api: ContentApi, gated = false): PageSession {
  const session = new PageSession(life, api);
  void session.start(gated);
  return session;
}
