/**
 * Taking marks off the page exactly: each mark is unwrapped and the text nodes the highlighter split
 * are merged back, only with pieces of the same original node (`splitOrigin`), so text nodes the
 * page kept apart stay apart and the page's own `Text` objects are the ones left in place.
 */
import { elementsByTag } from './dom-walk';
import { MARK_TAG } from './skip-rules';
import { figurePieces, splitOrigin } from './highlighter';

/** Whether two text nodes were cut from the same original node (either may be the original). */
function sameOrigin(a: Text, b: Text): boolean {
  const origin = splitOrigin.get(b);
  return origin !== undefined && (a === origin || splitOrigin.get(a) === origin);
}

/** Merges `node` with the text nodes beside it that were split from the same original. */
function rejoin(node: Text): void {
  let first = node;
  while (first.previousSibling?.nodeType === 3 && sameOrigin(first.previousSibling as Text, first)) {
    first = first.previousSibling as Text;
  }
  // Keep the earliest node (the page's original, when it is still there) and fold the rest in.
  for (let next = first.nextSibling; next?.nodeType === 3 && sameOrigin(first, next as Text); next = first.nextSibling) {
    first.appendData((next as Text).data);
    splitOrigin.delete(next as Text);
    (next as Text).remove();
  }
}

/** Takes one mark element out, leaving its text where it was, and rejoins split text nodes. */
function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const moved: Node[] = Array.from(mark.childNodes);
  for (const child of moved) parent.insertBefore(child, mark);
  const after = mark.nextSibling;
  mark.remove();
  for (const node of moved) if (node.nodeType === 3 && node.parentNode) rejoin(node as Text);
  if (after?.nodeType === 3 && after.parentNode) rejoin(after as Text);
}

/**
 * Removes every `<crosscheck-mark>` under `root`, restoring the DOM as it was before marking:
 * the text nodes split for the marks are merged back, and no other text node is touched.
 */
export function removeMarks(root: ParentNode): void {
  // Collected first, then unwrapped: unwrapping while walking would move the walker's nodes.
  for (const mark of elementsByTag(root, MARK_TAG)) {
    unwrap(mark);
    figurePieces.delete(mark);
  }
}

/**
 * Removes one figure's marks (every piece of it), e.g. after the reader says "wrong match".
 * `el` may be any piece of the figure.
 */
export function removeMark(el: Element): void {
  const known = figurePieces.get(el);
  let pieces: Element[];
  if (known) {
    pieces = known;
  } else {
    // A mark made by an earlier content script (its pieces were never recorded): find them by id.
    const id = el.getAttribute('data-cc-id');
    pieces = elementsByTag(el.getRootNode(), MARK_TAG).filter((m) => m.getAttribute('data-cc-id') === id);
    if (!pieces.includes(el)) pieces.push(el);
  }
  for (const piece of pieces) {
    unwrap(piece);
    figurePieces.delete(piece);
  }
}
