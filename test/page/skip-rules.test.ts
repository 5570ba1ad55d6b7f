// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCrosscheckUi, isInsideSkipped, isInsideUntouchable, isSkipped, isUntouchable, untouchableMemo } from '../../page/skip-rules';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}

describe('skip rules', () => {
  it('tells furniture, untouchable content and our UI apart from prose', () => {
    const doc = page(
      '<p id="p">x</p><nav id="nav">x</nav><textarea id="ta">x</textarea><div id="ce" contenteditable="">x</div>' +
        '<div id="cf" contenteditable="false">x</div><crosscheck-card id="card"></crosscheck-card>' +
        '<crosscheck-mark id="mark" aria-hidden="true">x</crosscheck-mark><div id="ui" data-crosscheck-ui>x</div>' +
        '<div id="rel" class="story related">x</div><div id="head" class="masthead-lead">x</div>',
    );
    const byId = (id: string) => doc.getElementById(id) as Element;
    const ids = ['p', 'nav', 'ta', 'ce', 'cf', 'card', 'mark', 'ui', 'rel', 'head'];
    expect(ids.filter((id) => isSkipped(byId(id)))).toEqual(['nav', 'ta', 'ce', 'card', 'ui', 'rel']);
    expect(ids.filter((id) => isUntouchable(byId(id)))).toEqual(['ta', 'ce', 'card', 'ui']);
    expect(ids.filter((id) => isCrosscheckUi(byId(id)))).toEqual(['card', 'ui']);
  });

  it('skips a form unless it holds the page headline, looking the headline up when not given', () => {
    const wrapped = page('<form id="f"><h1>Title</h1><p>Body</p></form>');
    const form = wrapped.getElementById('f') as Element;
    expect(isSkipped(form)).toBe(false);
    expect(isSkipped(form, null)).toBe(true);
    const search = page('<h1>Title</h1><form id="f"><input></form>');
    expect(isSkipped(search.getElementById('f') as Element)).toBe(true);
  });

  it('looks up the ancestors, stopping below the given element', () => {
    const doc = page('<aside id="a"><div><code><span id="s">x</span></code></div></aside>');
    const span = doc.getElementById('s') as Element;
    expect(isInsideUntouchable(span.firstChild as Node)).toBe(true);
    expect(isInsideSkipped(span, null)).toBe(true);
    expect(isInsideSkipped(span.parentElement?.parentElement as Element, doc.getElementById('a'))).toBe(false);
  });

  it('untouchableMemo answers as isInsideUntouchable for every node, whatever order they come in', () => {
    const doc = page(
      '<div id="d"><p id="p"><b id="b">x</b><code id="c"><i id="i">y</i></code></p><div contenteditable id="ce"><span id="s">z</span></div>' +
        '<crosscheck-mark id="m">w</crosscheck-mark></div>',
    );
    const nodes: Node[] = [];
    const walker = doc.createTreeWalker(doc.body, 0x1 | 0x4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const expected = nodes.map((n) => isInsideUntouchable(n));
    expect(expected.filter(Boolean).length).toBe(6); // code, i, y, the editor, span, z
    for (const order of [nodes, [...nodes].reverse()]) {
      const memo = untouchableMemo();
      const got = new Map(order.map((n) => [n, memo(n)]));
      expect(nodes.map((n) => got.get(n))).toEqual(expected);
    }
  });
});
