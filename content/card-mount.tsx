/**
 * The fact card's container: one shadow root (`shadow-ui.ts`, keys isolated) holding
 * a Preact `FactCard`, mounted at the end of `<body>` while a card is open and removed when it
 * closes, so a closed card leaves nothing in the page. The card is shown in the top layer
 * (`popover="manual"`) where supported, else at the highest z-index, and placed by Floating UI.
 */
import { render, type ComponentChildren } from 'preact';
import type { CheckedFigure } from '../core/model';
import { FactCard } from '../components/FactCard';
import { SelectionCard } from '../components/SelectionCard';
import { keepCardBesideMark, rangeReference, type CardReference, type PointerHint } from './position-card';
import { pageShadowUi, type PageShadowUi } from './shadow-ui';
import type { ContentLife } from './page-life';

/**
 * How a card was asked for: hover cards close when the pointer leaves; the others stay until
 * dismissed. `selection`: "Check with Crosscheck" on selected text, a card with no mark.
 */
export type OpenVia = 'hover' | 'click' | 'keyboard' | 'reveal' | 'selection';

/** What the card container tells the content script. */
export interface CardCallbacks {
  /** "Wrong match" was pressed on the card of `mark` (`byKeyboard`: with a key, not the pointer). */
  onWrongMatch: (mark: HTMLElement, figure: CheckedFigure, byKeyboard: boolean) => void;
  /** The pointer entered or left the card (for the hover grace period). */
  onPointerInside: (inside: boolean) => void;
}

/** The open card's state. */
interface OpenCard {
  /** The mark it is about; null for a selection's card. */
  mark: HTMLElement | null;
  via: OpenVia;
  stopPositioning: () => void;
}

/** The tag of the card's shadow host (`isCrosscheckUi` in page/skip-rules.ts knows `crosscheck-*`). */
export const CARD_HOST_TAG = 'crosscheck-card';

/** Opens, closes and places the one fact card a page shows at a time. */
export class CardHost {
  private ui: PageShadowUi | null = null;
  private loading: Promise<PageShadowUi> | null = null;
  private current: OpenCard | null = null;
  private counter = 0;
  /** Whether the listener closing a selection's card on a click outside it is there. */
  private outsideClicks = false;

  constructor(
    private readonly ctx: ContentLife,
    private readonly callbacks: CardCallbacks,
    /** The card's stylesheet, put in its shadow root. */
    private readonly css: string,
  ) {}

  /** Makes the card's shadow root ahead of the first open (its styles parsed once). */
  preload(): Promise<PageShadowUi> {
    this.loading ??= Promise.resolve(pageShadowUi(this.ctx, CARD_HOST_TAG, this.css)).then((ui) => {
      this.ui = ui;
      return ui;
    });
    return this.loading;
  }

  /** The mark whose card is open, if any. */
  get openMark(): HTMLElement | null {
    return this.current?.mark ?? null;
  }

  /** How the open card was opened, if one is. */
  get openVia(): OpenVia | null {
    return this.current?.via ?? null;
  }

  /** Whether an event happened inside the card (its path crosses the shadow host). */
  containsEvent(event: Event): boolean {
    const host = this.ui?.shadowHost;
    return !!host && event.composedPath().includes(host);
  }

  /**
   * Opens the card of `mark` (closing any other). Keyboard, click and reveal move focus into the
   * card so Tab reaches its buttons and Escape returns to the mark; hover leaves focus alone.
   */
  async open(mark: HTMLElement, figure: CheckedFigure, via: OpenVia, pointer: PointerHint | null = null): Promise<void> {
    if (this.current?.mark === mark) {
      // A hover card clicked or entered by keyboard becomes a pinned one.
      if (via !== 'hover') {
        this.current.via = via;
        this.focusCard();
      }
      return;
    }
    const ui = await this.preload();
    if (this.ctx.isInvalid || !mark.isConnected) return;
    const idPrefix = `cc-card-${++this.counter}`;
    this.show(
      ui,
      <FactCard
        figure={figure}
        idPrefix={idPrefix}
        onClose={() => this.close({ returnFocus: true })}
        onWrongMatch={(byKeyboard) => this.callbacks.onWrongMatch(mark, figure, byKeyboard)}
      />,
      mark,
      mark,
      via,
      pointer,
    );
  }

  /**
   * Opens the card of a selection's figures ("Check with Crosscheck") beside `range`, or, when the
   * selection is gone, at the top of the viewport. Focus moves into it; Escape, the close button, a
   * click outside or focus leaving it closes it.
   */
  async openSelection(range: Range | null, figures: CheckedFigure[]): Promise<void> {
    const ui = await this.preload();
    if (this.ctx.isInvalid) return;
    if (!this.outsideClicks) {
      this.outsideClicks = true;
      this.ctx.addEventListener(
        window,
        'pointerdown',
        (e) => {
          if (this.current?.via === 'selection' && !this.containsEvent(e)) this.close({ returnFocus: false });
        },
        { capture: true },
      );
    }
    const idPrefix = `cc-card-${++this.counter}`;
    const reference = rangeReference(range, document);
    this.show(ui, <SelectionCard figures={figures} idPrefix={idPrefix} onClose={() => this.close({ returnFocus: false })} />, reference, null, 'selection', null);
  }

  /** Mounts `content` as the one open card, beside `reference`. */
  private show(
    ui: PageShadowUi,
    content: ComponentChildren,
    reference: CardReference,
    mark: HTMLElement | null,
    via: OpenVia,
    pointer: PointerHint | null,
  ): void {
    this.close({ returnFocus: false });
    ui.mount();
    const container = ui.mounted as HTMLElement;
    render(
      <div
        class="cc-layer"
        data-state="open"
        onMouseEnter={() => this.callbacks.onPointerInside(true)}
        onMouseLeave={() => this.callbacks.onPointerInside(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            this.close({ returnFocus: true });
          }
        }}
        onFocusOut={(e) => this.onFocusOut(e)}
      >
        {content}
      </div>,
      container,
    );
    const layer = container.querySelector<HTMLElement>('.cc-layer');
    const card = container.querySelector<HTMLElement>('.cc-card');
    if (!layer || !card) return;
    if (typeof layer.showPopover === 'function') {
      layer.setAttribute('popover', 'manual');
      try {
        layer.showPopover();
      } catch {
        // Not in the top layer (an old engine): the z-index still puts it above the page.
      }
    }
    if (mark?.hasAttribute('aria-expanded')) mark.setAttribute('aria-expanded', 'true');
    const stopPositioning = keepCardBesideMark(reference, layer, card, pointer);
    this.current = { mark, via, stopPositioning };
    if (via !== 'hover') this.focusCard();
  }

  /** Closes the open card, if any; `returnFocus` puts focus back on its mark. */
  close({ returnFocus }: { returnFocus: boolean }): void {
    const open = this.current;
    if (!open) return;
    this.current = null;
    open.stopPositioning();
    if (open.mark?.isConnected && open.mark.hasAttribute('aria-expanded')) open.mark.setAttribute('aria-expanded', 'false');
    this.ui?.remove();
    if (returnFocus && open.mark?.isConnected) open.mark.focus({ preventScroll: true });
  }

  /** Closes the card and forgets the shadow root (teardown). */
  destroy(): void {
    this.close({ returnFocus: false });
    this.ui?.remove();
  }

  private focusCard(): void {
    const card = this.ui?.mounted?.querySelector<HTMLElement>('.cc-card');
    card?.focus({ preventScroll: true });
  }

  /** Focus leaving both the card and its mark (Tab past the last button) closes a card. */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    const open = this.current;
    if (!open || !next) return;
    const host = this.ui?.shadowHost;
    if (host && (next === host || host.contains(next) || host.shadowRoot?.contains(next))) return;
    if (next === open.mark) return;
    this.close({ returnFocus: false });
  }
}
