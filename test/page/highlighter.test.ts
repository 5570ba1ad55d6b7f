// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markFigures, planMarks, writePlanned, type MarkSpec } from '../../page/highlighter';
import { removeMark, removeMarks } from '../../page/unmark';
import { readArticle, type ArticleText } from '../../page/read-article';
import { textNodes } from '../support/text-nodes';
import { body, expectSegmentsValid, spec } from '../support/marking';

describe('markFigures', () => {
  it('wraps a figure in a labelled, focusable crosscheck-mark', () => {
    const root = body('<p>They signed 40 agreements.</p>');
    const article = readArticle(root.ownerDocument, root);
    const marks = markFigures(article, [spec(article, '40', 0, { id: 'c1', verdict: 'conflicting', label: '40: conflicts' })]);
    expect(root.innerHTML).toBe(
      '<p>They signed <crosscheck-mark data-verdict="conflicting" data-figure="40" data-cc-id="c1" role="button" tabindex="0" aria-label="40: conflicts" aria-haspopup="dialog" aria-expanded="false">40</crosscheck-mark> agreements.</p>',
    );
    expect(marks).toEqual([root.querySelector('crosscheck-mark')]);
    expect(marks[0]?.tagName).toBe('CROSSCHECK-MARK');
  });

  it('wraps each piece of a figure split across elements; only the first is focusable', () => {
    const root = body('<p>signed more than <b>20</b> documents</p>');
    const article = readArticle(root.ownerDocument, root);
    const marks = markFigures(article, [spec(article, 'more than 20', 0, { id: 'c2', verdict: 'mixed', label: 'L' })]);
    expect(root.innerHTML).toBe(
      '<p>signed <crosscheck-mark data-verdict="mixed" data-figure="more than 20" data-cc-id="c2" role="button" tabindex="0" aria-label="L" aria-haspopup="dialog" aria-expanded="false">more than </crosscheck-mark>' +
        '<b><crosscheck-mark data-verdict="mixed" data-figure="more than 20" data-cc-id="c2" data-cc-continuation="" aria-hidden="true">20</crosscheck-mark></b> documents</p>',
    );
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe('more than ');
  });

  it('inside a link or a button-like element a mark is a plain cue (no button in a button), and each mark is a new element', () => {
    const root = body('<p><a href="/x">42 deals</a> and <span role="button">40 deals</span> and 20 deals</p>');
    const article = readArticle(root.ownerDocument, root);
    const specs = ['42', '40', '20'].map((f, i) => spec(article, f, 0, { id: `c${i}`, verdict: 'related', label: f }));
    const marks = markFigures(article, specs);
    expect(marks.map((m) => m.outerHTML)).toEqual([
      '<crosscheck-mark data-verdict="related" data-figure="42" data-cc-id="c0">42</crosscheck-mark>',
      '<crosscheck-mark data-verdict="related" data-figure="40" data-cc-id="c1">40</crosscheck-mark>',
      '<crosscheck-mark data-verdict="related" data-figure="20" data-cc-id="c2" role="button" tabindex="0" aria-label="20" aria-haspopup="dialog" aria-expanded="false">20</crosscheck-mark>',
    ]);
    expect(new Set(marks).size).toBe(3);
  });

  it('marks a figure over three nodes, a whitespace-only one included, and removes it cleanly', () => {
    const root = body('<p>Worth <b>20</b> <b>000</b> yuan.</p>');
    const html = root.innerHTML;
    const article = readArticle(root.ownerDocument, root);
    expect(article.text).toBe('Worth 20 000 yuan.');
    const marks = markFigures(article, [spec(article, '20 000 yuan', 0, { id: 'y' })]);
    expect(marks).toHaveLength(1);
    const pieces = Array.from(root.querySelectorAll('crosscheck-mark'));
    expect(pieces.map((m) => [m.textContent, m.hasAttribute('data-cc-continuation')])).toEqual([
      ['20', false],
      [' ', true],
      ['000', true],
      [' yuan', true],
    ]);
    removeMark(marks[0] as HTMLElement);
    expect(root.innerHTML).toBe(html);
    expect(textNodes(root).map((t) => t.data)).toEqual(['Worth ', '20', ' ', '000', ' yuan.']);
  });

  it('marks several figures in one text node, in order, keeping the segments valid', () => {
    const root = body('<p>In 2023 trade hit $228 billion, up 26% on 2022.</p>');
    const article = readArticle(root.ownerDocument, root);
    // Given out of order: they are processed by start.
    const specs = [spec(article, '26%'), spec(article, '2023'), spec(article, '$228 billion')];
    const marks = markFigures(article, specs);
    expect(marks.map((m) => m.textContent)).toEqual(['2023', '$228 billion', '26%']);
    expect(root.querySelector('p')?.innerHTML.replace(/<crosscheck-mark[^>]*>/g, '[').replace(/<\/crosscheck-mark>/g, ']')).toBe(
      'In [2023] trade hit [$228 billion], up [26%] on 2022.',
    );
    expect(article.segments.map((s) => s.node.data)).toEqual(['In ', '2023', ' trade hit ', '$228 billion', ', up ', '26%', ' on 2022.']);
    expectSegmentsValid(article);

    // The same ArticleText can mark more later.
    const later = markFigures(article, [spec(article, '2022')]);
    expect(later.map((m) => m.textContent)).toEqual(['2022']);
    expectSegmentsValid(article);
  });

  it('refuses overlaps, cut words, changed text, block-spanning and malformed specs', () => {
    const root = body('<p>The 1940s saw B52 bombers and 40 deals.</p><p>Then 12</p><p>34 more and 7 ships.</p>');
    const doc = root.ownerDocument;
    const article = readArticle(doc, root);
    const before = root.innerHTML;
    const refused: MarkSpec[] = [
      spec(article, '1940'), // "1940|s": ends inside a word
      spec(article, '52'), // "B|52": starts inside a word
      { ...spec(article, '12\n\n34'), figure: '12\n\n34' }, // crosses a block separator
      { ...spec(article, '40 deals'), figure: '41 deals' }, // figure does not match the text
      { ...spec(article, '7'), verdict: 'bogus' as MarkSpec['verdict'] },
      { ...spec(article, '7'), start: -1 },
      { ...spec(article, '7'), end: article.text.length + 1 },
      { ...spec(article, '7'), end: spec(article, '7').start },
    ];
    expect(markFigures(article, refused)).toEqual([]);
    expect(root.innerHTML).toBe(before);

    // Overlap: the earlier figure wins.
    const overlap = markFigures(article, [spec(article, '40 deals', 0, { id: 'a' }), spec(article, 'deals', 0, { id: 'b' })]);
    expect(overlap.map((m) => m.getAttribute('data-cc-id'))).toEqual(['a']);

    // Marked again by a later call: marks never nest.
    expect(markFigures(article, [spec(article, '40 deals', 0, { id: 'again' })])).toEqual([]);
    expect(root.querySelectorAll('crosscheck-mark')).toHaveLength(1);

    // The page changed since it was read: the node's text is no longer what was read.
    const stale = spec(article, '7');
    const node = article.segments.find((s) => s.start <= stale.start && stale.start < s.end)?.node as Text;
    node.data = node.data.replace('7', '8');
    expect(markFigures(article, [stale])).toEqual([]);
  });

  it('writes a plan in runs as markFigures writes it at once, and the segments after the last run', () => {
    const html = '<p>In 2023 trade hit $228 billion, up <b>2</b>6% on 2022.</p><p>40 deals, 7 ships, 12 ports.</p>';
    const once = body(html);
    const onceArticle = readArticle(once.ownerDocument, once);
    const figures = ['2023', '$228 billion', '26%', '2022', '40 deals', '7', '12'];
    markFigures(onceArticle, figures.map((f) => spec(onceArticle, f)));

    const inRuns = body(html);
    const article = readArticle(inRuns.ownerDocument, inRuns);
    const plan = planMarks(article, figures.map((f) => spec(article, f)));
    expect(inRuns.innerHTML).toBe(html); // planning reads only
    const runs = [writePlanned(plan, 2), writePlanned(plan, 3), writePlanned(plan, 2)];
    expect(runs.map((r) => r.map((m) => m.getAttribute('data-figure')))).toEqual([['2023', '$228 billion'], ['26%', '2022', '40 deals'], ['7', '12']]);
    expect(inRuns.innerHTML).toBe(once.innerHTML);
    expect(article.segments.map((s) => s.node.data)).toEqual(onceArticle.segments.map((s) => s.node.data));
    expectSegmentsValid(article);
  });

  it('writes a plan made once as any other, keeping only its figures\' segments and leaving the article as read', () => {
    const html = '<p>In 2023 trade hit $228 billion, up <b>2</b>6% on 2022.</p><p>No figure here.</p><p>40 deals, 7 ships, 12 ports.</p>';
    const figures = ['2023', '$228 billion', '26%', '2022', '40 deals', '7', '12'];
    const kept = body(html);
    const keptArticle = readArticle(kept.ownerDocument, kept);
    markFigures(keptArticle, figures.map((f) => spec(keptArticle, f)));

    const root = body(html);
    const article = readArticle(root.ownerDocument, root);
    const asRead = [...article.segments];
    const plan = planMarks(article, figures.map((f) => spec(article, f)), { once: true });
    expect(plan.segments).toBeNull();
    const held = new Set(plan.figures.flatMap((f) => f.pieces.map((p) => p.segment)));
    expect([...held].map((s) => s.node.data)).toEqual(['In 2023 trade hit $228 billion, up ', '2', '6% on 2022.', '40 deals, 7 ships, 12 ports.']);
    const runs = [writePlanned(plan, 3), writePlanned(plan, 4)];
    expect(runs.map((r) => r.map((m) => m.getAttribute('data-figure')))).toEqual([['2023', '$228 billion', '26%'], ['2022', '40 deals', '7', '12']]);
    expect(root.innerHTML).toBe(kept.innerHTML);
    expect(article.segments).toEqual(asRead);
    expect(plan.replacements.size).toBe(0);
  });

  it('leaves out at the write a figure the page changed or marked since the plan was made', () => {
    const root = body('<p>40 deals</p><p>and <b>7</b> ships.</p><p>12 ports.</p>');
    const article = readArticle(root.ownerDocument, root);
    const plan = planMarks(article, [spec(article, '40 deals'), spec(article, '7'), spec(article, '12')]);
    expect(plan.figures).toHaveLength(3);
    // Same length, other text: the node no longer reads the figure.
    const ports = article.segments.find((s) => s.node.data.startsWith('12'))?.node as Text;
    ports.data = '13 ports.';
    // Another plan of the same text marked "7" (its whole node) first: marks never nest.
    const again = readArticle(root.ownerDocument, root);
    expect(markFigures(again, [spec(again, '7')])).toHaveLength(1);
    const marks = writePlanned(plan);
    expect(marks.map((m) => m.getAttribute('data-figure'))).toEqual(['40 deals']);
    expect([...root.querySelectorAll('crosscheck-mark')].map((m) => m.textContent)).toEqual(['40 deals', '7']);
  });

  it('never touches inputs, textareas, editors, code, pre, scripts, styles or svg', () => {
    const root = body(
      '<p>plain 20 here</p><input value="20"><textarea>20</textarea><div contenteditable="true">edit 20</div>' +
        '<div contenteditable>edit 20</div><code>20</code><pre>x 20</pre><script>var a = 20;</script>' +
        '<style>.a{z-index:20}</style><svg><text>20</text></svg><crosscheck-card>20</crosscheck-card>',
    );
    // A hand-made article over every text node, as if the page had moved text into these
    // elements after it was read: the highlighter must refuse them on its own.
    const nodes = textNodes(root);
    let offset = 0;
    const segments = nodes.map((node) => {
      const segment = { node, start: offset, end: offset + node.data.length };
      offset = segment.end + 2;
      return segment;
    });
    const article: ArticleText = { text: nodes.map((n) => n.data).join('\n\n'), segments };
    const outside = root.innerHTML.slice(root.innerHTML.indexOf('<input'));
    const specs = [...article.text.matchAll(/\b20\b/g)].map((m, i) => ({
      id: `s${i}`,
      start: m.index,
      end: m.index + 2,
      verdict: 'related' as const,
      figure: '20',
      label: '20',
    }));
    expect(specs.length).toBe(10);
    const marks = markFigures(article, specs);
    expect(marks.map((m) => m.parentElement?.tagName)).toEqual(['P']);
    expect(root.innerHTML.slice(root.innerHTML.indexOf('<input'))).toBe(outside);
    expect((root.querySelector('input') as HTMLInputElement).value).toBe('20');
  });
});

describe('large pages', () => {
  it('marks and unmarks a figure 10,000 elements deep', () => {
    const root = body('');
    const doc = root.ownerDocument;
    let parent: Element = root;
    for (let i = 0; i < 10_000; i++) {
      const div = doc.createElement('div');
      parent.appendChild(div);
      parent = div;
    }
    parent.appendChild(doc.createTextNode('down here 75 metres'));
    const article = readArticle(doc, root);
    const marks = markFigures(article, [spec(article, '75 metres')]);
    expect(marks.map((m) => m.textContent)).toEqual(['75 metres']);
    expect(parent.firstElementChild).toBe(marks[0]);
    removeMarks(root);
    expect(parent.childNodes).toHaveLength(1);
    expect((parent.firstChild as Text).data).toBe('down here 75 metres');
  });

  it('marks 1,000 figures among 100,000 text nodes and restores them', () => {
    const root = body('');
    const doc = root.ownerDocument;
    // 5,000 paragraphs × 10 × (<b>7</b> + " ships; ") = 100,000 text nodes.
    for (let p = 0; p < 5_000; p++) {
      const para = doc.createElement('p');
      for (let i = 0; i < 10; i++) {
        const b = doc.createElement('b');
        b.appendChild(doc.createTextNode('7'));
        para.appendChild(b);
        para.appendChild(doc.createTextNode(' ships; '));
      }
      root.appendChild(para);
    }
    const article = readArticle(doc, root);
    expect(article.segments).toHaveLength(100_000);
    // Every 50th figure "7 ships", each spanning a <b> and the text node after it.
    const specs: MarkSpec[] = [];
    for (let k = 0; k < 1_000; k++) {
      const segment = article.segments[k * 100] as { start: number };
      specs.push({ id: `s${k}`, start: segment.start, end: segment.start + 7, verdict: 'related', figure: '7 ships', label: '7 ships' });
    }
    const marks = markFigures(article, specs);
    expect(marks).toHaveLength(1_000);
    expect(root.querySelectorAll('crosscheck-mark')).toHaveLength(2_000);
    expect(article.segments).toHaveLength(101_000);
    removeMarks(root);
    expect(root.querySelectorAll('crosscheck-mark')).toHaveLength(0);
    expect(textNodes(root)).toHaveLength(100_000);
    expect(root.firstElementChild?.innerHTML).toBe('<b>7</b> ships; '.repeat(10));
  });
});
