/**
 * Marks land in few frames (docs/decisions/024). On a long page every change to the DOM makes
 * the browser lay the page out and pre-paint it again, and such a frame costs what any change
 * costs that page (100–600 ms on the flat 5 MB benchmark page, one wrapped word or a thousand):
 * the reader feels the number of writes, not their size. So the marks of the background's
 * replies are queued and written together:
 * - a write is a run of tasks of at most {@link WRITE_BUDGET_MS} each (no task of ours is long),
 *   chained at `user-blocking` priority, which Chromium runs before its next frame until it has
 *   waited about 100 ms for one: so a write of up to {@link WRITE_GROUP_MS} is laid out in one
 *   frame, not one frame per task (on the flat page: 6 frames for what took 17 with tasks chained
 *   by `setTimeout`). Input still comes first. What is left goes into the next write;
 * - the first write comes at once (it holds the page's opening, what the reader sees first);
 *   later ones wait, however many replies come in between, until the frame the last write caused
 *   has had {@link FRAME_SHARE} times its own cost of time for everything else (at least
 *   {@link WRITE_GAP_MS}, at most {@link MAX_WRITE_GAP_MS}): on a page whose frames cost 5 ms
 *   marks follow each other quickly, on one whose frames cost 300 ms every second or two, and
 *   either way the frames we cause take a small share of the page's thread;
 * - but as soon as enough marks wait to fill a whole write, they are written one frame after the
 *   last (a frame costs the same for a few marks or a full write, so full writes are the fewest
 *   frames, and no backlog is left for the end);
 * - once the last reply is in ({@link MarkWriter.finish}), the rest is written as soon as one
 *   frame has passed since the previous write.
 */
import type { MarkPlan } from '../page/highlighter';
import type { ContentLife } from './page-life';

/** Shortest time between two writes while replies are still coming. */
export const WRITE_GAP_MS = 250;
/** A write waits this many times the cost of the frame the previous one caused… */
export const FRAME_SHARE = 8;
/** …but never longer than this while replies come: the reader scrolls on. */
export const MAX_WRITE_GAP_MS = 2_000;
/** Shortest time between two writes otherwise: one frame, so two writes never share one. */
const FRAME_MS = 20;
/** Longest one task of a write runs: well under a 50 ms long task. */
export const WRITE_BUDGET_MS = 20;
/** Longest a write (its chained tasks) runs before leaving the rest to the next. */
export const WRITE_GROUP_MS = 90;
/** Marks placed between two looks at the write's clock. */
const WRITE_CHUNK = 50;

/** The parts of a `long-animation-frame` entry read here. */
type LongFrame = PerformanceEntry & { renderStart: number };

/** One text's marks, waiting to be written. */
export interface MarkJob {
  /** Found and checked in the page when the reply came (`planMarks`); written from the front. */
  plan: MarkPlan;
  /** The run the job belongs to: the page session drops jobs of an older run. */
  generation: number;
}

/** What the writer needs of the page session. */
export interface MarkWriterDeps {
  /** Runs one write (`placeAll` calls `place` for each run of marks), fenced as the session's own. */
  write(placeAll: () => void): void;
  /** Places the next `count` marks of a job. */
  place(job: MarkJob, count: number): void;
}

/** Queues marks and writes them in few, bounded writes; see the module comment. */
export class MarkWriter {
  private queue: MarkJob[] = [];
  private timer: number | null = null;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private finishing = false;
  /** A write's tasks are running: replies only queue. */
  private writing = false;
  private waiting: Array<() => void> = [];
  /** What the frame after the last write cost (ms), as far as can be seen from here. */
  private frameMs = 0;
  /** The last write's frame has not been reported yet. */
  private awaitingFrame = false;
  /** The long-animation-frame observer; null where the browser has none. */
  private frames: PerformanceObserver | null | undefined;
  /** Marks waiting in the queue. */
  private queued = 0;
  /** What placing one mark took in the last write (ms): how many marks fill a write. */
  private msPerMark = 0;

  constructor(
    private readonly ctx: ContentLife,
    private readonly deps: MarkWriterDeps,
  ) {
    ctx.onInvalidated(() => this.frames?.disconnect());
  }

  /** Queues a job's marks; they are written in the next write. */
  add(job: MarkJob): void {
    const marks = job.plan.figures.length - job.plan.next;
    if (marks === 0) return;
    this.queue.push(job);
    const full = this.full();
    this.queued += marks;
    // A backlog that now fills a write need not wait out the gap.
    if (!full && this.full()) this.reschedule();
    else this.schedule();
  }

  /**
   * No more replies are coming for now: the rest is written without waiting out the gap.
   * Resolves once the queue is empty (or cleared).
   */
  finish(): Promise<void> {
    if (this.queue.length === 0) {
      this.stopObserving();
      return Promise.resolve();
    }
    this.finishing = true;
    this.reschedule();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Drops every queued mark (a teardown or a new run). */
  clear(): void {
    this.queue = [];
    this.queued = 0;
    this.writing = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.settle();
  }

  /** Whether the queued marks would fill a whole write (once a write has shown what a mark costs). */
  private full(): boolean {
    return this.msPerMark > 0 && this.queued * this.msPerMark >= WRITE_GROUP_MS;
  }

  private gap(): number {
    if (this.finishing || this.full()) return FRAME_MS;
    return Math.min(MAX_WRITE_GAP_MS, Math.max(WRITE_GAP_MS, FRAME_SHARE * this.frameMs));
  }

  private schedule(): void {
    if (this.timer !== null || this.writing) return;
    const delay = Math.max(0, this.lastWrite + this.gap() - performance.now());
    this.timer = this.ctx.setTimeout(() => {
      this.timer = null;
      // The frame's cost may have come in since this was set: the gap may have grown.
      if (performance.now() < this.lastWrite + this.gap()) this.schedule();
      else this.flush();
    }, delay);
  }

  private reschedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.schedule();
  }

  /** One write: tasks chained until the queue is empty or the write has run WRITE_GROUP_MS. */
  private flush(): void {
    const began = performance.now();
    let placed = 0;
    this.writing = true;
    const task = (): void => {
      if (this.ctx.isInvalid) return;
      const started = performance.now();
      this.deps.write(() => {
        while (this.queue.length > 0) {
          const job = this.queue[0] as MarkJob;
          const before = job.plan.next;
          this.deps.place(job, WRITE_CHUNK);
          // A job the session no longer places (an older run's) is dropped whole.
          if (job.plan.next === before) job.plan.next = job.plan.figures.length;
          placed += job.plan.next - before;
          this.queued -= job.plan.next - before;
          if (job.plan.next >= job.plan.figures.length) this.queue.shift();
          if (performance.now() - started >= WRITE_BUDGET_MS) break;
        }
      });
      if (this.queue.length > 0 && performance.now() - began < WRITE_GROUP_MS) {
        this.nextTask(task);
        return;
      }
      this.writing = false;
      this.lastWrite = performance.now();
      if (placed > 0) {
        this.msPerMark = (this.lastWrite - began) / placed;
        this.measureFrame();
      }
      if (this.queue.length > 0) this.schedule();
      else this.settle();
    };
    task();
  }

  /** Runs `task` next, ahead of rendering where the browser allows (see the module comment). */
  private nextTask(task: () => void): void {
    const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<unknown> } }).scheduler;
    if (typeof scheduler?.postTask === 'function') void scheduler.postTask(task, { priority: 'user-blocking' }).catch(() => {});
    else this.ctx.setTimeout(task, 0);
  }

  /**
   * Listens for the long animation frames the browser reports (Chromium): the first one drawn
   * after a write is the frame that laid it out, and its rendering part (from `renderStart` on)
   * is its cost. A frame under 50 ms is not reported: the write was cheap to draw, and the gap
   * stays short. Nothing of ours runs inside the frame itself. Where the entry type is missing
   * (Firefox), the gap stays at {@link WRITE_GAP_MS}. Observed only while marks are queued.
   */
  private measureFrame(): void {
    this.frameMs = 0;
    this.awaitingFrame = true;
    if (this.frames !== undefined) return;
    const Observer = (globalThis as { PerformanceObserver?: typeof PerformanceObserver }).PerformanceObserver;
    if (!Observer?.supportedEntryTypes?.includes('long-animation-frame')) {
      this.frames = null;
      return;
    }
    this.frames = new Observer((list) => {
      for (const entry of list.getEntries() as LongFrame[]) {
        if (!this.awaitingFrame || entry.renderStart < this.lastWrite) continue;
        this.awaitingFrame = false;
        this.frameMs = entry.startTime + entry.duration - entry.renderStart;
      }
    });
    this.frames.observe({ type: 'long-animation-frame' });
  }

  private settle(): void {
    if (this.finishing) this.stopObserving();
    this.finishing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /**
   * All written and no more replies coming: stop observing frames (a page observed for long
   * animation frames times every script it runs) until the next write.
   */
  private stopObserving(): void {
    if (!this.frames) return;
    this.frames.disconnect();
    this.frames = undefined;
  }
}
