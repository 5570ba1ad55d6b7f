/**
 * Marks in a real browser: every fixture news page gets exactly the marks its expected check
 * lists (figure as written and verdict; on a page with a known miss, `known-misses.ts`, the marks
 * the command line gives), pages about other subjects get nothing at all — not a
 * mark, not a style element, not a single DOM mutation — and page CSS cannot hide a mark.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectedOf, figureVerdicts, fixtureNames, openFixture, settledMarks } from './support/pages';
import { useExtensionSession } from './support/session';
import { checkFile } from '../../scripts/lib/check-file';
import { hasKnownMiss } from '../support/known-misses';

const session = useExtensionSession();

/** Records, from the page's own world, every mutation after DOMContentLoaded and the DOM at that time. */
const RECORD_MUTATIONS = `
  document.addEventListener('DOMContentLoaded', () => {
    window.__ccBefore = document.documentElement.outerHTML;
    window.__ccMutations = 0;
    new MutationObserver((records) => { window.__ccMutations += records.length; })
      .observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

describe('fixture pages get the marks their expected check lists', () => {
  for (const name of fixtureNames()) {
    const labelled = expectedOf(name);
    // Where the engines have a known miss against the labels, the browser must give what the command line gives.
    const expected = hasKnownMiss(name, labelled.figures) ? { ...labelled, figures: checkFile(`test/fixtures/pages/${name}.html`, labelled.url ?? undefined).figures } : labelled;
    test(`${name}: ${expected.figures.length} mark(s)`, async () => {
      const page = await session.browser.context.newPage();
      try {
        if (expected.figures.length === 0) await page.addInitScript(RECORD_MUTATIONS);
        await openFixture(session.browser.context, session.server, name, page);
        const marks = await settledMarks(page, expected.figures.length === 0 ? { quietMs: 1500, min: 0 } : { quietMs: 700 });
        assert.deepEqual(figureVerdicts(marks), figureVerdicts(expected.figures));
        for (const mark of marks) {
          const figure = mark.figure.replace(/[$.*+?()[\]{}|^\\]/g, '\\$&');
          assert.match(mark.label ?? '', new RegExp(`^${figure}( [^:]+)?: (corroborated|conflicts|related)`), 'aria-label: the figure, then the verdict');
        }
        if (expected.figures.length === 0) {
          const state = await page.evaluate(() => ({
            mutations: (window as unknown as { __ccMutations: number }).__ccMutations,
            same: (window as unknown as { __ccBefore: string }).__ccBefore === document.documentElement.outerHTML,
            ui: document.querySelectorAll('[data-crosscheck-ui], crosscheck-card, crosscheck-mark').length,
          }));
          assert.deepEqual(state, { mutations: 0, same: true, ui: 0 }, 'an off-topic page is left exactly as it was');
        } else {
          assert.equal(await page.locator('style[data-crosscheck-ui]').count(), 1, 'one style element for the marks');
        }
      } finally {
        await page.close();
      }
    });
  }
});

describe('marks', () => {
  test('are focusable buttons that page CSS aimed at inline elements cannot hide', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(`${session.server.origin}/demo/`);
      // A hostile page stylesheet, added after the marks' style.
      await page.addStyleTag({
        content: 'article * { display: none; text-decoration: none !important; } article p, article h1 { display: block; }',
      });
      const marks = await settledMarks(page);
      assert.ok(marks.length > 0, 'the demo page has marks');
      const looks = await page.evaluate(() =>
        Array.from(document.querySelectorAll('crosscheck-mark:not([data-cc-continuation])')).map((m) => {
          const s = getComputedStyle(m);
          return {
            display: s.display,
            decoration: s.textDecorationLine,
            role: m.getAttribute('role'),
            tabindex: m.getAttribute('tabindex'),
            verdict: m.getAttribute('data-verdict'),
            style: s.textDecorationStyle,
          };
        }),
      );
      const styleOf: Record<string, string> = { conflicting: 'wavy', corroborated: 'solid', mixed: 'dashed', related: 'dotted' };
      for (const l of looks) {
        assert.equal(l.display, 'inline');
        assert.equal(l.decoration, 'underline');
        assert.equal(l.role, 'button');
        assert.equal(l.tabindex, '0');
        assert.equal(l.style, styleOf[l.verdict ?? ''], `${l.verdict} marks have their own underline style`);
      }
    } finally {
      await page.close();
    }
  });
});
