/**
 * The content script's lifetime on a page, without WXT's `ContentScriptContext`: whether the
 * extension is still there, callbacks
 * for when it goes, and timers and listeners that stop with it. Creating a `ContentScriptContext`
 * posts a window event and starts a location poll; the second stage needs neither
 * (docs/decisions/010).
 */

/** What the content script's parts need of their lifetime; WXT's `ContentScriptContext` has it too. */
export interface ContentLife {
  /**
   * The page's lifetime as one signal: aborted once the extension has gone, so a listener or a
   * piece of work given it stops with the page's Crosscheck.
   */
  readonly signal: AbortSignal;
  readonly isValid: boolean;
  readonly isInvalid: boolean;
  /** Calls `cb` once the extension has gone (reloaded, updated, removed); returns a remover. */
  onInvalidated(cb: () => void): () => void;
  /** `setTimeout` whose handler does not run once the extension has gone. */
  setTimeout(handler: () => void, timeout?: number): number;
  /** `addEventListener` removed once the extension has gone. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  /** A promise that never settles: what async work returns once the extension has gone. */
  block<T>(): Promise<T>;
}

/** The content script's lifetime, ended when `runtime.id` is gone or {@link PageLife.end} is called. */
export class PageLife implements ContentLife {
  private readonly controller = new AbortController();

  constructor(private readonly runtime: { readonly id?: string }) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    // An orphaned content script (the extension was reloaded) loses its runtime id.
    if (!this.controller.signal.aborted && this.runtimeGone()) this.end();
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.controller.signal.addEventListener('abort', cb);
    return () => this.controller.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    return setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (this.isInvalid) return;
    target.addEventListener(type, handler, { ...options, signal: this.controller.signal });
  }

  block<T>(): Promise<T> {
    return new Promise<T>(() => {});
  }

  /** Ends the lifetime: every `onInvalidated` callback runs, every listener is removed. */
  end(): void {
    this.controller.abort();
  }

  private runtimeGone(): boolean {
    try {
      return this.runtime.id == null;
    } catch {
      return true;
    }
  }
}
