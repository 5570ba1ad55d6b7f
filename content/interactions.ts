/**
 * How the reader reaches a card: delegated listeners on the window (capture phase, so page
 * handlers that stop propagation cannot swallow them) for click, keyboard and hover on marks,
 * and the rules for closing: Escape, a click outside, or the pointer leaving both the mark and a
 * hover-opened card for longer than a grace period. Every listener and timer is tied to `ctx`.
 */
import type { ContentLife } from './page-life';
import type { CheckedFigure } from '../core/model';
import { MARK_TAG } from '../page/skip-rules';
import type { CardHostLike } from './lazy-card';

/** Time the pointer may spend outside the mark and its hover card before the card closes. */
export const CLOSE_GRACE_MS = 300;

/** What the interactions need from the content script. */
export interface InteractionDeps {
  card: CardHostLike;
  /** The checked figure of a (first) mark, or null when the mark is not ours any more. */
  figureOf: (mark: HTMLElement) => CheckedFigure | null;
  /** The hover delay from the settings. */
  hoverDelayMs: () => number;
}

/**
 * The mark an event target belongs to: its first piece (the focusable, labelled one), even when
 * the target is a continuation piece of a figure split across inline elements.
 */
export function markFrom(target: EventTarget | null): HTMLElement | null {
  if (!target || !(target as Node).nodeType) return null;
  const node = target as Node;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const mark = el?.closest<HTMLElement>(MARK_TAG) ?? null;
  if (!mark || !mark.hasAttribute('data-cc-continuation')) return mark;
  const id = mark.getAttribute('data-cc-id') ?? '';
  for (const candidate of Array.from(mark.ownerDocument.querySelectorAll<HTMLElement>(MARK_TAG))) {
    if (candidate.getAttribute('data-cc-id') === id && !candidate.hasAttribute('data-cc-continuation')) return candidate;
  }
  return mark;
}

/** Wires the listeners (see `attach`); they live as long as `ctx`. */
export class MarkInteractions {
  private openTimer: number | null = null;
  private openTarget: HTMLElement | null = null;
  private closeTimer: number | null = null;

  private attached = false;

  constructor(
    private readonly ctx: ContentLife,
    private readonly deps: InteractionDeps,
  ) {}

  /**
   * Starts listening (once): called when a page gets its first mark, so pages without marks
   * never run a line of ours on their clicks, keys or pointer moves.
   */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    const { ctx } = this;
    const win = window;
    ctx.addEventListener(win, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    ctx.addEventListener(win, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    ctx.addEventListener(win, 'mouseover', (e) => this.onMouseOver(e as MouseEvent), { capture: true, passive: true });
    ctx.addEventListener(win, 'mouseout', (e) => this.onMouseOut(e as MouseEvent), { capture: true, passive: true });
    // The card's code loads when the reader shows interest in a mark (a pointer or the focus on
    // it), not with the marks: most marks are never opened. Hover waits longer than the load.
    const interest = (e: Event): void => {
      if (markFrom(e.target)) void this.deps.card.preload().catch(() => {});
    };
    ctx.addEventListener(win, 'focusin', interest, { capture: true, passive: true });
    ctx.addEventListener(win, 'pointerdown', interest, { capture: true, passive: true });
  }

  /** The pointer entered (true) or left (false) the card. */
  pointerInsideCard(inside: boolean): void {
    if (inside) this.cancelClose();
    else if (this.deps.card.openVia === 'hover') this.scheduleClose();
  }

  /** Forgets pending hover timers (teardown, or when marks go away). */
  reset(): void {
    this.cancelOpen();
    this.cancelClose();
  }

  private open(mark: HTMLElement, via: 'hover' | 'click' | 'keyboard', pointer: { x: number; y: number } | null): void {
    const figure = this.deps.figureOf(mark);
    if (!figure) return;
    void this.deps.card.open(mark, figure, via, pointer);
  }

  private onClick(e: MouseEvent): void {
    const { card } = this.deps;
    if (card.containsEvent(e)) return;
    const mark = markFrom(e.target);
    if (!mark || !this.deps.figureOf(mark)) {
      if (card.openMark) card.close({ returnFocus: false });
      return;
    }
    // A figure inside a link keeps the link's click; its card opens on hover or with the keyboard.
    if (mark.closest('a[href]')) return;
    this.cancelOpen();
    this.cancelClose();
    if (card.openMark === mark && card.openVia !== 'hover') {
      card.close({ returnFocus: true });
      return;
    }
    this.open(mark, 'click', e.detail > 0 ? { x: e.clientX, y: e.clientY } : null);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const { card } = this.deps;
    if (e.key === 'Escape' && card.openMark) {
      const focusOnMark = document.activeElement === card.openMark;
      card.close({ returnFocus: focusOnMark || card.openVia !== 'hover' });
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const mark = markFrom(e.target);
    if (!mark || e.target !== mark || !this.deps.figureOf(mark)) return;
    e.preventDefault(); // Space would scroll the page; Enter inside a link would follow it.
    this.cancelOpen();
    this.open(mark, 'keyboard', null);
  }

  private onMouseOver(e: MouseEvent): void {
    const mark = markFrom(e.target);
    if (!mark) return;
    const { card } = this.deps;
    void card.preload().catch(() => {});
    if (card.openMark === mark) {
      this.cancelClose();
      return;
    }
    // A card the reader opened on purpose is not replaced by passing over another mark.
    if (card.openMark && card.openVia !== 'hover') return;
    if (this.openTarget === mark) return;
    this.cancelOpen();
    this.openTarget = mark;
    const pointer = { x: e.clientX, y: e.clientY };
    this.openTimer = this.ctx.setTimeout(() => {
      this.openTimer = null;
      this.openTarget = null;
      if (mark.isConnected) this.open(mark, 'hover', pointer);
    }, this.deps.hoverDelayMs());
  }

  private onMouseOut(e: MouseEvent): void {
    const mark = markFrom(e.target);
    if (!mark) return;
    if (markFrom(e.relatedTarget) === mark) return; // moving between pieces of the same mark
    const { card } = this.deps;
    if (this.openTarget === mark) this.cancelOpen();
    if (card.openMark === mark && card.openVia === 'hover' && !card.containsEvent(e) && !isCardNode(e.relatedTarget)) {
      this.scheduleClose();
    }
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = this.ctx.setTimeout(() => {
      this.closeTimer = null;
      if (this.deps.card.openVia === 'hover') this.deps.card.close({ returnFocus: false });
    }, CLOSE_GRACE_MS);
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) clearTimeout(this.openTimer);
    this.openTimer = null;
    this.openTarget = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}

/** Whether `target` is the card's shadow host (where pointer events from inside the card are retargeted). */
function isCardNode(target: EventTarget | null): boolean {
  return !!target && (target as Element).localName === 'crosscheck-card';
}
