/**
 * Marks land in few frames (docs/decisions/024, 034). On a long page every change to the DOM
 * makes the browser lay the page out and pre-paint it again, and such a frame costs what any
 * change costs that page (100–600 ms on the flat 5 MB benchmark page, one wrapped word or a
 * thousand): the reader feels the number of writes, not their size. So the marks of the
 * background's replies are queued and written together:
 * - a write is a run of tasks of at most {@link WRITE_BUDGET_MS} each (no task of ours is long),
 *   chained at `user-blocking` priority, which Chromium runs before its next frame until it has
 *   waited about 100 ms for one: so a write of up to {@link WRITE_GROUP_MS} is laid out in one
 *   frame, not one frame per task (on the flat page: 6 frames for what took 17 with tasks chained
 *   by `setTimeout`). Input still comes first. What is left goes into the next write;
 * - the first write comes at once (it holds the page's opening, what the reader sees first);
 *   later ones are held while replies still come, however many, for up to {@link HOLD_MS} after
 *   the last write. Writing while the page is still being read and checked paid twice: each
 *   write's frame held up the reading, and the marks themselves cost three to four times as much
 *   while the background's check competed for the machine's cores, so more writes were needed
 *   (docs/decisions/034);
 * - once the last reply is in ({@link MarkWriter.finish}), the rest is written one frame apart.
 */
import type { MarkPlan } from '../page/highlighter';
import type { ContentLife } from './page-life';

/** Longest marks wait while replies still come (the reader scrolls on); at the end, one frame. */
export const HOLD_MS = 5_000;
/** Shortest time between two writes otherwise: one frame, so two writes never share one. */
const FRAME_MS = 20;
/** Longest one task of a write runs: well under a 50 ms long task. */
export const WRITE_BUDGET_MS = 20;
/** Longest a write (its chained tasks) runs before leaving the rest to the next. */
export const WRITE_GROUP_MS = 90;
/** Marks placed between two looks at the write's clock. */
const WRITE_CHUNK = 50;

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

  constructor(
    private readonly ctx: ContentLife,
    private readonly deps: MarkWriterDeps,
  ) {}

  /** Queues a job's marks; they are written in the next write. */
  add(job: MarkJob): void {
    const marks = job.plan.figures.length - job.plan.next;
    if (marks === 0) return;
    this.queue.push(job);
    this.schedule();
  }

  /**
   * No more replies are coming for now: the rest is written without waiting out the hold.
   * Resolves once the queue is empty (or cleared).
   */
  finish(): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    this.finishing = true;
    this.reschedule();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Drops every queued mark (a teardown or a new run). */
  clear(): void {
    this.queue = [];
    this.writing = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.settle();
  }

  private gap(): number {
    return this.finishing ? FRAME_MS : HOLD_MS;
  }

  private schedule(): void {
    if (this.timer !== null || this.writing) return;
    const delay = Math.max(0, this.lastWrite + this.gap() - performance.now());
    this.timer = this.ctx.setTimeout(() => {
      this.timer = null;
      this.flush();
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

  private settle(): void {
    this.finishing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
