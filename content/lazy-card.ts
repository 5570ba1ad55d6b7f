/**
 * The card, loaded on demand. The content script's second stage carries only the page reader
 * and the marks; the card's code (Preact, Floating UI, the card, its CSS: about 24 KB gzipped)
 * is the separate `card-ui.js`, imported the first time the reader points at or focuses a mark
 * (see `interactions.ts`). Until it has loaded, no card is open, so the synchronous questions
 * have plain answers.
 */
import type { CheckedFigure } from '../core/model';
import type { CardCallbacks, CardHost, OpenVia } from './card-mount';
import type { ContentLife } from './page-life';
import type { PointerHint } from './position-card';
import { importStage } from './stages';
import type { UndoNotice } from './undo-notice';

/** Where `card-ui.js` leaves its exports in the isolated world. */
export const CARD_UI_GLOBAL = '__crosscheckCardUi';

/** What `card-ui.js` exports. */
export interface CardUiModule {
  /** A card host living as long as `life` (it makes the WXT context its shadow root needs). */
  createCardHost(life: ContentLife, callbacks: CardCallbacks): CardHost;
  /** The "Undo" notice shown after "Wrong match", living as long as `life`. */
  createUndoNotice(life: ContentLife): UndoNotice;
}

/** The card's public face, the same whether it is loaded yet or not. */
export type CardHostLike = Pick<CardHost, 'openMark' | 'openVia' | 'containsEvent' | 'close' | 'destroy'> & {
  preload(): Promise<unknown>;
  open(mark: HTMLElement, figure: CheckedFigure, via: OpenVia, pointer?: PointerHint | null): Promise<void>;
  /** Opens the card of a selection's figures beside `range` ("Check with Crosscheck"). */
  openSelection(range: Range | null, figures: CheckedFigure[]): Promise<void>;
  /** Shows `message` with an "Undo" button for `ms` (`focus`: on "Undo"); `onUndo` runs if pressed. */
  showUndo(message: string, onUndo: () => void, ms: number, focus?: boolean): Promise<void>;
};

/** A card host that loads `card-ui.js` on first use. */
export class LazyCardHost implements CardHostLike {
  private real: CardHost | null = null;
  private loading: Promise<CardHost> | null = null;
  private module: Promise<CardUiModule> | null = null;
  private notice: UndoNotice | null = null;

  constructor(
    private readonly life: ContentLife,
    /** The extension URL of a file (`runtime.getURL`). */
    private readonly urlOf: (path: string) => string,
    private readonly callbacks: CardCallbacks,
  ) {}

  get openMark(): HTMLElement | null {
    return this.real?.openMark ?? null;
  }

  get openVia(): OpenVia | null {
    return this.real?.openVia ?? null;
  }

  containsEvent(event: Event): boolean {
    return this.real?.containsEvent(event) ?? false;
  }

  /** `card-ui.js`, imported once. */
  private loadModule(): Promise<CardUiModule> {
    this.module ??= importStage<CardUiModule>(this.urlOf, '/card-ui.js', CARD_UI_GLOBAL);
    return this.module;
  }

  /** Loads the card's code and styles (once). */
  preload(): Promise<CardHost> {
    this.loading ??= (async () => {
      const module = await this.loadModule();
      const host = module.createCardHost(this.life, this.callbacks);
      await host.preload();
      this.real = host;
      return host;
    })();
    return this.loading;
  }

  async open(mark: HTMLElement, figure: CheckedFigure, via: OpenVia, pointer: PointerHint | null = null): Promise<void> {
    const host = await this.preload();
    await host.open(mark, figure, via, pointer);
  }

  async openSelection(range: Range | null, figures: CheckedFigure[]): Promise<void> {
    const host = await this.preload();
    await host.openSelection(range, figures);
  }

  async showUndo(message: string, onUndo: () => void, ms: number, focus = false): Promise<void> {
    const module = await this.loadModule();
    this.notice ??= module.createUndoNotice(this.life);
    await this.notice.show(message, onUndo, ms, focus);
  }

  close(options: { returnFocus: boolean }): void {
    this.real?.close(options);
  }

  destroy(): void {
    this.real?.destroy();
    this.notice?.close();
  }
}
