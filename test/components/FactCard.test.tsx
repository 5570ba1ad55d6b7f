// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { FactCard } from '../../components/FactCard';
import type { CheckedFigure } from '../../core/model';
import { conflicting42, courant } from '../support/checked-figures';
import { usePreactRoot } from '../support/preact-root';

const currentRoot = usePreactRoot();
let root: HTMLElement;
beforeEach(() => {
  root = currentRoot();
});

/** Lets Preact apply a state change. */
const settle = () => new Promise((r) => setTimeout(r, 0));

function show(figure: CheckedFigure = conflicting42, onClose = vi.fn(), onWrongMatch = vi.fn()) {
  render(<FactCard figure={figure} idPrefix="t1" onClose={onClose} onWrongMatch={onWrongMatch} />, root);
  return { onClose, onWrongMatch, card: root.querySelector<HTMLElement>('.cc-card')! };
}

describe('FactCard', () => {
  test('is a dialog labelled by the page figure and described by the reason', () => {
    const { card } = show();
    expect(card.getAttribute('role')).toBe('dialog');
    const title = root.querySelector(`#${card.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Figure on this page: 42');
    expect(root.querySelector(`#${card.getAttribute('aria-describedby')}`)?.textContent).toBe(conflicting42.reason);
    expect(card.getAttribute('data-verdict')).toBe('conflicting');
    expect(root.querySelector('.cc-badge')?.textContent).toBe('Conflicts with sources');
  });

  test('lists each source with data-source and data-relation, in order: two shown, the rest behind "N more"', async () => {
    show();
    const entries = Array.from(root.querySelectorAll<HTMLElement>('.cc-source'));
    expect(entries.map((e) => [e.getAttribute('data-source'), e.getAttribute('data-relation')])).toEqual([
      ['002_d8b002aab001f159.txt', 'conflicts'],
      ['001_0d44532527916ebe.txt', 'corroborates'],
      ['000_4428a17b24a18e0d.txt', 'related'],
    ]);
    expect(entries.map((e) => e.querySelector('.cc-relation')?.textContent)).toEqual(['Conflicts', 'Corroborates', 'Other event']);
    expect(entries.map((e) => e.querySelector('.cc-date')?.textContent)).toEqual(['20 May 2026', 'undated', 'September 2025']);
    // Only the undated source's relation is merely possible.
    expect(entries.map((e) => !!e.querySelector('.cc-possible'))).toEqual([false, true, false]);
    expect(entries.map((e) => e.hidden)).toEqual([false, false, true]);
    const more = root.querySelector<HTMLButtonElement>('.cc-more')!;
    expect(more.textContent).toBe('1 more source');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    await settle();
    expect(Array.from(root.querySelectorAll<HTMLElement>('.cc-source')).map((e) => e.hidden)).toEqual([false, false, false]);
    expect(root.querySelector('.cc-more')?.textContent).toBe('Show fewer sources');
  });

  test('verdict and reason come first, then the figure with what it measures and its event', () => {
    show();
    const order = Array.from(root.querySelectorAll('.cc-body > *')).map((e) => e.className);
    expect(order.slice(0, 3)).toEqual(['cc-head', 'cc-reason', 'cc-title']);
    expect(root.querySelector('.cc-meta')?.textContent).toBe('agreements · Beijing, May 2026');
    // The actions are outside the scrolling body.
    expect(root.querySelector('.cc-foot')?.parentElement?.className).toBe('cc-card');
    expect(Array.from(root.querySelectorAll('.cc-foot button')).map((b) => b.textContent)).toEqual(['Why this matched', 'Wrong match']);
  });

  test('emphasises the source figure inside its sentence and links to it with a text fragment', () => {
    show();
    const first = root.querySelector('.cc-source')!;
    expect(first.querySelector('.cc-quote mark')?.textContent).toBe('40 cooperation agreements');
    const link = first.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(
      `${courant.url}#:~:text=47%2Dpage%20joint%20declaration%2C%2040%20cooperation%20agreements%2C%20and%20a%20co%2Dsigned`,
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('page text is never parsed as HTML', () => {
    const hostile: CheckedFigure = {
      ...conflicting42,
      reason: '<img src=x onerror=alert(1)>',
      sources: [{ ...courant, outlet: '<b>Bold</b>', quote: 'Signed <script>x</script> 40 cooperation agreements here.' }],
    };
    show(hostile);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.querySelector('.cc-reason')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.cc-outlet')?.textContent).toBe('<b>Bold</b>');
  });

  test('shows why it matched on request; the buttons call back', async () => {
    const { onClose, onWrongMatch } = show();
    expect(root.querySelector('.cc-why')).toBeNull();
    root.querySelector<HTMLButtonElement>('.cc-why-toggle')!.click();
    await settle();
    expect(root.querySelector('.cc-why')?.textContent).toBe(`Why this matched: ${conflicting42.why}`);
    const wrong = root.querySelector('.cc-wrong') as HTMLButtonElement;
    wrong.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(onWrongMatch).toHaveBeenLastCalledWith(false);
    // A click with no pointer (Enter or Space on the focused button): the notice takes the focus.
    wrong.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    expect(onWrongMatch).toHaveBeenLastCalledWith(true);
    expect(onWrongMatch).toHaveBeenCalledTimes(2);
    const close = root.querySelector<HTMLButtonElement>('.cc-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close card');
    close.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
