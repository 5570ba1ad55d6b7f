/**
 * A fresh element to render a Preact component into, for each test of a happy-dom suite, and its
 * clean-up after: `const root = usePreactRoot();` then `render(<X />, root())`.
 */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** Registers before/after hooks and returns a getter for the current test's root element. */
export function usePreactRoot(): () => HTMLElement {
  let root: HTMLElement | null = null;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
    root = null;
  });
  return () => root!;
}
