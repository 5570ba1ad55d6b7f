/**
 * Cooperative scheduling for work on the page's main thread: a time budget per slice and a way
 * to give the thread back between slices.
 */
import type { ContentLife } from './page-life';

/** How long one slice may run before yielding; well under the 50 ms of a long task. */
export const SLICE_MS = 10;

type SchedulerLike = { postTask?: (cb: () => void, options: { priority: string }) => Promise<void> };

/**
 * Lets the page run (input, rendering) before the next slice. Our work is never urgent, so it
 * waits behind everything else (`scheduler.postTask` at background priority where available:
 * `scheduler.yield` would resume ahead of rendering and starve frames), else a zero-delay timeout
 * tied to the content script's context. Never resolves once `ctx` is invalid.
 */
export function yieldToPage(ctx: ContentLife): Promise<void> {
  if (ctx.isInvalid) return ctx.block();
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler
      .postTask(() => {}, { priority: 'background' })
      .then(() => (ctx.isInvalid ? ctx.block<void>() : undefined));
  }
  return new Promise((resolve) => ctx.setTimeout(resolve, 0));
}

/** A stopwatch for one slice of work. */
export class SliceClock {
  private started = performance.now();

  /** Whether this slice has used its budget. */
  get spent(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  /** Starts a new slice (after a yield). */
  restart(): void {
    this.started = performance.now();
  }
}
