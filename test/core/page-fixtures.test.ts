/**
 * Every saved page in test/fixtures/pages/ is checked against its hand-written expected output
 * (written from the seeds and docs/fact-model.md, never from the engine's output).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../scripts/lib/check-file';

const DIR = 'test/fixtures/pages';

interface Expected {
  description: string;
  url: string;
  page: { published: string | null };
  figures: Array<{
    text: string;
    verdict: string;
    sources: Array<{ source: string; relation: string; certain: boolean }>;
    reason_includes: string[];
  }>;
}

const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();

describe('fixture pages', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of pages) {
    const name = file.replace(/\.html$/, '');
    const expected = JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8')) as Expected;
    describe(name, () => {
      const result = checkFile(`${DIR}/${file}`, expected.url);

      it('finds the page date', () => {
        const published = result.page.published;
        const found = published ? (published.precision === 'month' ? published.from.slice(0, 7) : published.from) : null;
        expect(found).toBe(expected.page.published);
      });

      it('checks exactly the expected figures, in page order', () => {
        expect(result.figures.map((f) => f.text)).toEqual(expected.figures.map((f) => f.text));
      });

      expected.figures.forEach((want, i) => {
        it(`figure ${i + 1} "${want.text}": verdict, sources and reason`, () => {
          const got = result.figures.filter((f) => f.text === want.text)[expected.figures.slice(0, i).filter((w) => w.text === want.text).length];
          expect(got, `no checked figure "${want.text}"`).toBeDefined();
          expect(got!.verdict, `${name} "${want.text}" verdict (reason: ${got!.reason})`).toBe(want.verdict);
          const sources = got!.sources.map((s) => ({ source: s.source, relation: s.relation, certain: s.certain }));
          const sortBy = (a: { source: string }, b: { source: string }) => a.source.localeCompare(b.source);
          expect(sources.sort(sortBy), `${name} "${want.text}" sources`).toEqual([...want.sources].sort(sortBy));
          for (const part of want.reason_includes) expect(got!.reason, `${name} "${want.text}" reason`).toContain(part);
        });
      });
    });
  }
});
