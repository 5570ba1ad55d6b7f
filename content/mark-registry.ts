/**
 * The registry of a page's checked figures and their marks: each figure the background checked,
 * by id (`data-cc-id`), with its mark (null when the settings hide it or the highlighter refused
 * it), the words around it and whether the reader called it a wrong match. The popup's tally and
 * "show me" (`summary`, `revealable`) and the card (`entryOf`) read it; the check pipeline
 * (`page-checker.ts`) fills it; the session clears it when the page is torn down.
 */
import { markLabel } from '../components/card-text';
import type { CheckedFigure } from '../core/model';
import { planMarks, writePlanned, type MarkPlan, type MarkSpec } from '../page/highlighter';
import { removeMark } from '../page/unmark';
import type { ArticleText } from '../page/read-article';
import { MARK_TAG } from '../page/skip-rules';
import type { PageSummary } from '../messaging/content-replies';
import { figureContext } from '../storage/hidden-matches';
import type { PageSettings } from '../storage/sites';
import type { MarkJob } from './mark-writer';
import { isReportedWrong } from './wrong-match';

/** One checked figure of this page and its mark (null when hidden by the settings or not markable). */
export interface Entry {
  id: string;
  figure: CheckedFigure;
  mark: HTMLElement | null;
  /** The words around the figure in its paragraph (what a "wrong match" report names it by). */
  context: string;
  /** The reader said "wrong match". */
  wrong: boolean;
}

/** What the registry needs of the page session. */
export interface RegistryHooks {
  /** Runs a DOM write the living-page observer must not take for the page's own change. */
  ownWrite(write: () => void): void;
  /** A mark is about to go: the card open on it closes. */
  beforeUnmark(mark: HTMLElement): void;
}

/** The page's checked figures and their marks. */
export class MarkRegistry {
  private readonly entries = new Map<string, Entry>();
  private nextId = 0;
  /** Marks placed so far (a write styles the page and wires the marks once it has placed some). */
  placed = 0;

  constructor(private readonly hooks: RegistryHooks) {}

  /** Every entry, in the order the figures were registered. */
  values(): IterableIterator<Entry> {
    return this.entries.values();
  }

  /**
   * Registers the figures of `article` and plans the marks the settings show (`planMarks`: found
   * and checked in the page now, so that the write does little more than the DOM calls).
   */
  register(article: ArticleText, figures: CheckedFigure[], settings: PageSettings, url: string): MarkPlan {
    const specs: MarkSpec[] = [];
    for (const figure of figures) {
      const id = `cc-${++this.nextId}`;
      const context = figureContext(article.text, figure.start, figure.end);
      const wrong = isReportedWrong(settings, url, figure, context);
      this.entries.set(id, { id, figure, mark: null, context, wrong });
      if (!wrong && settings.showVerdicts[figure.verdict]) specs.push(specOf(id, figure));
    }
    // A page's batch, or a block re-read, is marked once: the plan keeps only its figures'
    // segments while it waits to be written, not the batch's text and every segment.
    const plan = planMarks(article, specs, { once: true });
    // A figure the highlighter refuses (inside a form field, already marked, changed since it
    // was read), now or when it writes, is not on the page for the reader: it is forgotten.
    if (plan.figures.length < specs.length) {
      const planned = new Set(plan.figures.map((f) => f.spec.id));
      for (const spec of specs) if (!planned.has(spec.id)) this.entries.delete(spec.id);
    }
    return plan;
  }

  /** Places the next `count` marks of a job's plan; a figure the highlighter refused is forgotten. */
  place(job: MarkJob, count: number): void {
    const from = job.plan.next;
    const marks = writePlanned(job.plan, count);
    for (const mark of marks) {
      const entry = this.entries.get(mark.getAttribute('data-cc-id') ?? '');
      if (entry) entry.mark = mark;
    }
    for (const { spec } of job.plan.figures.slice(from, job.plan.next)) if (!this.entries.get(spec.id)?.mark) this.entries.delete(spec.id);
    this.placed += marks.length;
  }

  /** Takes an entry's mark off the page (the entry stays). */
  unmark(entry: Entry): void {
    const mark = entry.mark;
    if (!mark) return;
    this.hooks.beforeUnmark(mark);
    entry.mark = null;
    this.hooks.ownWrite(() => removeMark(mark));
  }

  /** The entry a mark on the page stands for, unless it was reported wrong. */
  entryOf(mark: HTMLElement): Entry | null {
    const entry = this.entries.get(mark.getAttribute('data-cc-id') ?? '');
    return entry && entry.mark === mark && !entry.wrong ? entry : null;
  }

  /** Whether any mark is still on the page. */
  hasMarks(): boolean {
    for (const entry of this.entries.values()) if (entry.mark?.isConnected) return true;
    return false;
  }

  /** Forgets figures whose marks the page removed (re-rendered or replaced content). */
  pruneDetached(): void {
    for (const [id, entry] of this.entries) if (entry.mark && !entry.mark.isConnected) this.entries.delete(id);
  }

  /**
   * Unmarks figures in `root` whose text the page changed under the mark (a live score, a
   * corrected number): the mark would claim a check of a figure no longer there. The block is
   * then read again, so the new figure gets its own check.
   */
  dropStaleMarks(root: Element): void {
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

  /** Forgets every entry (the marks themselves are removed by the session's teardown). */
  clear(): void {
    this.entries.clear();
  }

  /** The popup's tally of the page at `url`: each figure not reported wrong, counted by verdict. */
  summary(url: string, paused: boolean): PageSummary {
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
    return { url, checked: figures.length, counts, figures, paused };
  }

  /** The entry with mark `id` when it can be shown (on the page, not reported wrong). */
  revealable(id: string): (Entry & { mark: HTMLElement }) | null {
    const entry = this.entries.get(id);
    if (!entry || entry.wrong || !entry.mark?.isConnected) return null;
    return entry as Entry & { mark: HTMLElement };
  }
}

/** The mark spec of a checked figure. */
function specOf(id: string, figure: CheckedFigure): MarkSpec {
  return { id, start: figure.start, end: figure.end, verdict: figure.verdict, figure: figure.text, label: markLabel(figure) };
}
