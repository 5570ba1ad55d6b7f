/**
 * The content script's life on one page: ask the background for this page's settings, follow
 * them (and the reader's sources, and client-side navigation), check the page when Crosscheck is
 * on here (`page-checker.ts`), keep its marks (`mark-registry.ts`), open cards, answer the popup
 * (`popup-answers.ts`), tell the toolbar badge, and undo everything when Crosscheck is turned off
 * here or the extension goes away. Every part is bound to the page's lifetime (`ContentLife`,
 * whose `signal` aborts when the extension goes). It talks to the extension through the raw APIs
 * (`ContentApi`) and reads no settings itself: no schema library, polyfill or WXT context on the
 * way to the first mark (docs/decisions/010).
 */
import { t } from '../components/i18n';
import type { CheckedFigure, Verdict } from '../core/model';
import { figureLabel } from '../core/text/figure-label';
import { sendFromContent, type ContentApi, type StorageChangeListener } from '../messaging/content-transport';
import { removeMarks } from '../page/unmark';
import { SETTINGS_STORAGE_KEY, type PageSettings } from '../storage/sites';
import { readGateForms, USER_SOURCES_REV_STORAGE_KEY } from '../storage/sources-gate';
import { useGateForms } from './check-client';
import { MarkInteractions } from './interactions';
import { LazyCardHost, type CardHostLike } from './lazy-card';
import { LivingPage } from './living-page';
import { MarkRegistry } from './mark-registry';
import { injectMarkStyle, removeMarkStyle } from './mark-style';
import { watchNavigation } from './navigation-watch';
import { PageChecker } from './page-checker';
import type { ContentLife } from './page-life';
import { createPopupAnswers } from './popup-answers';
import { NAVIGATION_SETTLE_MS } from './stages';
import { isReportedWrong, UNDO_MS } from './wrong-match';

/** Until the background has answered: Crosscheck does nothing on the page. */
const INACTIVE: PageSettings = {
  active: false,
  showVerdicts: { corroborated: true, conflicting: true, mixed: true, related: true },
  hoverDelayMs: 150,
  highlightStyle: 'underline',
  hiddenMatches: [],
};

const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'mixed', 'related'];

/** How long after the marks change the toolbar badge is told (a page marks in bursts). */
const BADGE_DELAY_MS = 250;

/** Crosscheck on one page. Create with {@link startCrosscheck}. */
export class PageSession {
  private settings: PageSettings = INACTIVE;
  private active = false;
  /** The next run may skip the subject gate (the first stage has just passed the page). */
  private gated = false;
  /** Settled once the settings are read: replies wait for it, so "paused" is never a guess. */
  private ready: Promise<void> = Promise.resolve();
  /** The toolbar badge's report is sent a moment after the marks change, once per burst. */
  private badgeTimer: number | null = null;
  /** The last report sent (sent again only when it changes). */
  private lastBadge = '';
  private readonly card: CardHostLike;
  private readonly interactions: MarkInteractions;
  private readonly living: LivingPage;
  private readonly registry: MarkRegistry;
  private readonly checker: PageChecker;
  /** Answers the popup (see `handleMessage`). */
  private readonly answers: (raw: unknown) => Promise<unknown> | undefined;

  constructor(
    private readonly ctx: ContentLife,
    private readonly api: ContentApi,
  ) {
    this.card = new LazyCardHost(ctx, (path) => api.runtime.getURL(path), {
      onWrongMatch: (mark, figure, byKeyboard) => this.wrongMatch(mark, figure, byKeyboard),
      onPointerInside: (inside) => this.interactions.pointerInsideCard(inside),
    });
    this.registry = new MarkRegistry({
      ownWrite: (write) => this.living.ownWrite(write),
      beforeUnmark: (mark) => {
        if (this.card.openMark === mark) this.card.close({ returnFocus: false });
      },
    });
    this.interactions = new MarkInteractions(ctx, {
      card: this.card,
      figureOf: (mark) => this.registry.entryOf(mark)?.figure ?? null,
      hoverDelayMs: () => this.settings.hoverDelayMs,
    });
    this.living = new LivingPage(ctx, document, (roots) => {
      if (this.active) void this.checker.recheck(roots);
    });
    this.checker = new PageChecker(ctx, {
      api,
      registry: this.registry,
      living: this.living,
      settings: () => this.settings,
      loadGateForms: () => this.loadGateForms(),
      onPlaced: () => this.scheduleBadge(),
      // The listeners (added once) in a task of their own: not in the write's first task.
      onWritten: () => void ctx.setTimeout(() => this.interactions.attach(), 0),
    });
    this.answers = createPopupAnswers({ api, registry: this.registry, card: this.card, paused: () => !this.active });
    ctx.signal.addEventListener('abort', () => this.teardown());
  }

  /**
   * Answers a message of the popup, once the settings are read; undefined for a message that is
   * not ours. The first stage's listener hands every message here (`content/first-stage.ts`).
   */
  handleMessage(message: unknown): Promise<unknown> {
    return this.ready.then(() => this.answers(message));
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
      if (USER_SOURCES_REV_STORAGE_KEY in changes) void this.loadGateForms().then(() => this.rerun());
    };
    this.api.storage.onChanged.addListener(onStorage);
    this.ctx.signal.addEventListener('abort', () => this.api.storage.onChanged.removeListener(onStorage));
    // Client-side navigation: the page is a new article, checked afresh once the site has had a
    // moment to render it. A jump within the page is not one.
    this.ctx.signal.addEventListener('abort', watchNavigation(window, NAVIGATION_SETTLE_MS, () => this.rerun()));
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

  /** One full check of the page (the first one may skip the gate the first stage just passed). */
  private run(): Promise<void> {
    const gated = this.gated;
    this.gated = false;
    return this.checker.run(gated);
  }

  /** The page is checked afresh, when Crosscheck is on here. */
  private rerun(): void {
    if (!this.active || this.ctx.isInvalid) return;
    this.teardown();
    void this.run();
  }

  /** Removes every mark, the style, the card and pending work: the page is as it was. */
  private teardown(): void {
    this.checker.stop();
    this.interactions.reset();
    this.card.close({ returnFocus: false });
    removeMarks(document);
    removeMarkStyle(document);
    this.registry.clear();
    this.scheduleBadge();
  }

  /** Tells the background, a moment after the marks settle, what the toolbar badge should say. */
  private scheduleBadge(): void {
    if (this.badgeTimer !== null || this.ctx.isInvalid) return;
    this.badgeTimer = this.ctx.setTimeout(() => {
      this.badgeTimer = null;
      const { checked, counts } = this.registry.summary(location.href, !this.active);
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
    if (!next.active) {
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
    const entries = [...this.registry.values()];
    const restored = entries.some((e) => e.wrong && !isReportedWrong(next, url, e.figure, e.context));
    if (restored || VERDICTS.some((v) => next.showVerdicts[v] && !previous.showVerdicts[v])) {
      this.teardown();
      void this.run();
      return;
    }
    for (const entry of entries) {
      if (isReportedWrong(next, url, entry.figure, entry.context)) entry.wrong = true;
      if (entry.mark && (entry.wrong || !next.showVerdicts[entry.figure.verdict])) this.registry.unmark(entry);
    }
    if (!this.registry.hasMarks()) removeMarkStyle(document);
    else if (next.highlightStyle !== previous.highlightStyle) injectMarkStyle(document, next.highlightStyle);
    this.scheduleBadge();
  }

  /**
   * "Wrong match" on a card: the mark goes now, the report is remembered on this device, and an
   * "Undo" notice shows for a few seconds (docs/decisions/014).
   */
  private wrongMatch(mark: HTMLElement, figure: CheckedFigure, byKeyboard: boolean): void {
    const entry = this.registry.entryOf(mark);
    this.card.close({ returnFocus: false });
    if (entry) {
      entry.wrong = true;
      this.registry.unmark(entry);
    }
    if (!this.registry.hasMarks()) removeMarkStyle(document);
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
}

/** Starts Crosscheck on this page; `gated` when the first stage has just passed it through its gate. */
export function startCrosscheck(life: ContentLife, api: ContentApi, gated = false): PageSession {
  const session = new PageSession(life, api);
  void session.start(gated);
  return session;
}
