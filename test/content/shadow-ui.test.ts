// @vitest-environment happy-dom
/**
 * The shadow roots the card and the notice live in (`content/shadow-ui.ts`): mounted last in the
 * body and marked for the page reader to skip, styled after a reset, keys kept inside, and gone
 * with nothing left behind when removed or when the extension goes.
 */
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { PageLife } from '../../content/page-life';
import { pageShadowUi } from '../../content/shadow-ui';

describe('pageShadowUi', () => {
  it('mounts at the end of the body, styled and marked, and leaves nothing when removed', () => {
    document.body.innerHTML = '<p>page</p>';
    const before = document.body.innerHTML;
    const ui = pageShadowUi(new PageLife({ id: 'ext' }), 'crosscheck-test', '.x{color:red}');
    expect(ui.mounted).toBe(null);
    ui.mount();
    expect(document.body.lastElementChild).toBe(ui.shadowHost);
    expect(ui.shadowHost.tagName.toLowerCase()).toBe('crosscheck-test');
    expect(ui.shadowHost.hasAttribute('data-crosscheck-ui')).toBe(true);
    expect(ui.shadow.querySelector('style')!.textContent).toBe(':host{all:initial !important;}\n.x{color:red}');
    render(h('span', { class: 'x' }, 'card'), ui.mounted!);
    expect(ui.shadow.querySelector('body span')!.textContent).toBe('card');
    ui.remove();
    expect(document.body.innerHTML).toBe(before);
    expect(ui.shadow.querySelector('body')!.childNodes.length).toBe(0);
    expect(ui.mounted).toBe(null);
  });

  it('keeps keys typed inside from reaching the page', () => {
    const ui = pageShadowUi(new PageLife({ id: 'ext' }), 'crosscheck-test', '');
    ui.mount();
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push((e as KeyboardEvent).key));
    const input = document.createElement('input');
    ui.mounted!.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    expect(seen).toEqual(['k']);
    ui.remove();
  });

  it('is removed when the extension goes', () => {
    const life = new PageLife({ id: 'ext' });
    const ui = pageShadowUi(life, 'crosscheck-test', '');
    ui.mount();
    life.end();
    expect(ui.shadowHost.isConnected).toBe(false);
  });
});
