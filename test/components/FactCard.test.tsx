// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { FactCard } from '../../components/FactCard';
import type { CheckedFigure } from '../../core/model';
import { conflicting42, courant } from './fixtures';
import { usePreactRoot } from '../support/preact-root';

const currentRoot = usePreactRoot();
let root: HTMLElement;
beforeEach(() => {
  root = currentRoot();
});

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

  test('lists each source with data-source and data-relation, in order', () => {
    show();
    const entries = Array.from(root.querySelectorAll('.cc-source'));
    expect(entries.map((e) => [e.getAttribute('data-source'), e.getAttribute('data-relation')])).toEqual([
      ['002_d8b002aab001f159.txt', 'conflicts'],
      ['001_0d44532527916ebe.txt', 'corroborates'],
      ['000_4428a17b24a18e0d.txt', 'related'],
    ]);
    expect(entries.map((e) => e.querySelector('.cc-relation')?.textContent)).toEqual(['Conflicts', 'Corroborates', 'Other event']);
    expect(entries.map((e) => e.querySelector('.cc-date')?.textContent)).toEqual(['20 May 2026', 'undated', 'Sep 2025']);
    // Only the undated source's relation is merely possible.
    expect(entries.map((e) => !!e.querySelector('.cc-possible'))).toEqual([false, true, false]);
    expect(root.querySelector('.cc-sources-title')?.textContent).toBe('3 sources · 1 corroborates · 1 conflicts · 1 other event');
  });

  test('emphasises the source figure inside its sentence and links to it with a text fragment', () => {
    show();
    const first = root.querySelector('.cc-source')!;
    expect(first.querySelector('.cc-quote mark')?.textContent).toBe('40 cooperation agreements');
    expect(first.querySelector('.cc-source-figure strong')?.textContent).toBe('40 cooperation agreements');
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

  test('shows why it matched; the buttons call back', () => {
    const { onClose, onWrongMatch } = show();
    expect(root.querySelector('.cc-why')?.textContent).toBe(`Why this matched: ${conflicting42.why}`);
    (root.querySelector('.cc-wrong') as HTMLButtonElement).click();
    expect(onWrongMatch).toHaveBeenCalledTimes(1);
    const close = root.querySelector<HTMLButtonElement>('.cc-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close card');
    close.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
