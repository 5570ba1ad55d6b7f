/**
 * The "Undo" notice after "Wrong match" (docs/decisions/014): a toast in its own shadow root at
 * the bottom of the viewport, in the top layer where supported. When "Wrong match" was pressed
 * from the keyboard it takes the focus the closed card had, so Enter undoes; it stays for a few
 * seconds, longer while the pointer or focus is on it, and closes on Escape. A closed notice
 * leaves nothing in the page.
 */
import { render } from 'preact';
import { UndoToast } from '../components/UndoToast';
import { pageShadowUi, type PageShadowUi } from './shadow-ui';
import type { ContentLife } from './page-life';

/** The tag of the notice's shadow host (`isCrosscheckUi` in page/skip-rules.ts knows `crosscheck-*`). */
export const NOTICE_HOST_TAG = 'crosscheck-notice';

/** Shows one notice at a time. */
export class UndoNotice {
  private ui: PageShadowUi | null = null;
  private timer: number | null = null;
  private remaining = 0;
  private startedAt = 0;
  private held = { pointer: false, focus: false };

  constructor(
    private readonly ctx: ContentLife,
    /** The card's stylesheet (it styles the notice too). */
    private readonly css: string,
  ) {
    ctx.onInvalidated(() => this.close());
  }

  /**
   * Shows `message` with "Undo" for `ms` (replacing a notice still open); `focus` moves the focus
   * to "Undo". Resolves once shown.
   */
  async show(message: string, onUndo: () => void, ms: number, focus = false): Promise<void> {
    this.close();
    const ui = pageShadowUi(this.ctx, NOTICE_HOST_TAG, this.css);
    if (this.ctx.isInvalid) return;
    this.ui = ui;
    ui.mount();
    const container = ui.mounted as HTMLElement;
    render(
      <div
        class="cc-toast-layer"
        onMouseEnter={() => this.hold('pointer', true)}
        onMouseLeave={() => this.hold('pointer', false)}
        onFocusIn={() => this.hold('focus', true)}
        onFocusOut={(e) => {
          if (!container.contains(e.relatedTarget as Node | null)) this.hold('focus', false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            this.close();
          }
        }}
      >
        <UndoToast
          message={message}
          onUndo={() => {
            this.close();
            onUndo();
          }}
          onDismiss={() => this.close()}
        />
      </div>,
      container,
    );
    const layer = container.querySelector<HTMLElement>('.cc-toast-layer');
    if (layer && typeof layer.showPopover === 'function') {
      layer.setAttribute('popover', 'manual');
      try {
        layer.showPopover();
      } catch {
        // Not in the top layer (an old engine): the z-index still puts it above the page.
      }
    }
    this.remaining = ms;
    this.held = { pointer: false, focus: false };
    this.resume();
    if (focus) container.querySelector<HTMLElement>('.cc-undo')?.focus({ preventScroll: true });
  }

  /** Whether a notice is open. */
  get isOpen(): boolean {
    return this.ui !== null;
  }

  /** Closes the notice, if one is open. */
  close(): void {
    this.pause();
    this.ui?.remove();
    this.ui = null;
  }

  /** The pointer or the focus came onto the notice (it stays) or left it (the clock runs on). */
  private hold(what: 'pointer' | 'focus', on: boolean): void {
    this.held[what] = on;
    if (this.held.pointer || this.held.focus) this.pause();
    else this.resume();
  }

  private pause(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.remaining -= Date.now() - this.startedAt;
  }

  private resume(): void {
    if (this.timer !== null || !this.ui) return;
    this.startedAt = Date.now();
    this.timer = this.ctx.setTimeout(() => {
      this.timer = null;
      this.close();
    }, Math.max(1_000, this.remaining));
  }
}
