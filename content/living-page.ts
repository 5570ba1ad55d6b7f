/**
 * Living pages (infinite scroll, client-side navigation, live blogs): a debounced
 * MutationObserver that collects the nodes the page added or changed, and hands the content
 * script the smallest set of block elements to re-check. Our own writes (marks, the card, the
 * style) are fenced with `ownWrite` so they never trigger a re-check.
 */
import type { ContentLife } from './page-life';
import { isCrosscheckUi, isInsideSkipped, isInsideUntouchable, isSkipped, MARK_TAG } from '../page/skip-rules';

/** Quiet time after the last mutation before re-checking. */
const DEBOUNCE_MS = 300;
/** A page that never stops changing (a ticker) is still re-checked this often. */
const MAX_WAIT_MS = 2000;

/** What the observer watches: added nodes and text changes in the whole body. */
const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** Elements whose content is a unit of reading: the roots handed back are these. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'ol', 'p', 'section',
  'table', 'td', 'th', 'ul',
]);

/** Whether `el` is (inside) our UI: card host, injected style. Marks themselves are page text. */
function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.localName === MARK_TAG && node.nodeType === 1) return true;
  for (let e: Element | null = el; e; e = e.parentElement) if (isCrosscheckUi(e)) return true;
  return false;
}

/** The nearest block element containing `node` (or `node` itself when it is one). */
function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCKS.has(el.localName)) el = el.parentElement;
  return el;
}

/** Watches the page for new and changed content; see the module comment. */
export class LivingPage {
  private readonly observer: MutationObserver;
  private changed = new Set<Node>();
  private timer: number | null = null;
  private firstChangeAt = 0;
  private running = false;

  constructor(
    private readonly ctx: ContentLife,
    private readonly doc: Document,
    private readonly onChanged: (roots: Element[]) => void,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    ctx.onInvalidated(() => this.stop());
  }

  /** Starts watching the body (added nodes and text changes, whole subtree). */
  start(): void {
    if (this.running || !this.doc.body) return;
    this.running = true;
    this.observe();
  }

  private observe(): void {
    if (this.doc.body) this.observer.observe(this.doc.body, OBSERVED);
  }

  /** Stops watching and forgets pending changes. */
  stop(): void {
    this.running = false;
    this.observer.disconnect();
    this.changed.clear();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Runs one of our own DOM writes: the page's pending changes are collected first, then the
   * observer is off while we write, so marking never re-triggers a check. (Taking our write's
   * records and dropping them instead made the browser build every one: four per mark, ~30 ms
   * on a page of 7,000 marks.) The write is synchronous, so no change of the page's is missed.
   */
  ownWrite<T>(write: () => T): T {
    if (!this.running) return write();
    this.collect(this.observer.takeRecords());
    this.observer.disconnect();
    try {
      return write();
    } finally {
      if (this.running) this.observe(); // unless the write stopped us (a teardown)
    }
  }

  private collect(records: MutationRecord[]): void {
    let any = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        if (!isOurs(record.target)) {
          this.changed.add(record.target);
          any = true;
        }
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1 && node.nodeType !== 3) continue;
        if (isOurs(node)) continue;
        this.changed.add(node);
        any = true;
      }
    }
    if (any) this.schedule();
  }

  private schedule(): void {
    const now = performance.now();
    if (this.timer === null) this.firstChangeAt = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstChangeAt + MAX_WAIT_MS - now));
    this.timer = this.ctx.setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    const nodes = Array.from(this.changed);
    this.changed.clear();
    const roots = changedRoots(nodes);
    if (roots.length > 0) this.onChanged(roots);
  }
}

/**
 * The blocks to re-check for a set of changed nodes: each node's nearest block, dropping nodes
 * that left the page, sit in page furniture or editable regions, or lie inside another root.
 */
export function changedRoots(nodes: readonly Node[]): Element[] {
  const blocks = new Set<Element>();
  for (const node of nodes) {
    if (!node.isConnected) continue;
    if (isInsideUntouchable(node)) continue;
    const block = blockOf(node);
    if (!block || isOurs(block)) continue;
    if (isSkipped(block) || isInsideSkipped(block, null)) continue;
    blocks.add(block);
  }
  // Keep only outermost roots: a block inside another root is read with it.
  const roots: Element[] = [];
  for (const block of blocks) {
    let inner = false;
    for (let p = block.parentElement; p; p = p.parentElement) {
      if (blocks.has(p)) {
        inner = true;
        break;
      }
    }
    if (!inner) roots.push(block);
  }
  return roots;
}
