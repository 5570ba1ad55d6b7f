// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test } from 'vitest';
import { SearchPanel } from '../../../components/popup/SearchPanel';
import { searchFacts } from '../../../core/search/search-facts';
import { buildSearchIndex } from '../../../core/search/search-index';
import { fixtureIndex } from '../../support/search-fixture';
import { usePreactRoot } from '../../support/preact-root';

const si = buildSearchIndex(fixtureIndex());
const search = async (q: string) => searchFacts(si, q);
const currentRoot = usePreactRoot();
let root: HTMLElement;
beforeEach(() => {
  root = currentRoot();
});

const input = () => root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const options = () => Array.from(root.querySelectorAll('[role="option"]'));
const status = () => root.querySelector('[role="status"]')!.textContent;

async function type(text: string) {
  await act(async () => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}
async function key(k: string) {
  await act(async () => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
}

describe('SearchPanel', () => {
  test('lists claims with their spread for a query with a typo, best first, and announces the count', async () => {
    await act(async () => render(<SearchPanel search={search} />, root));
    await type('agrements 40');
    expect(options().map((o) => o.getAttribute('data-claim'))).toEqual(['c-agree']);
    expect(options()[0]!.textContent).toBe(
      'Agreements signed, Beijing, May 2026' + '40 (American Courant) · 42 (The Review Co, undated)' + 'sources conflict',
    );
    expect(status()).toBe('1 claim found');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
  });

  test('moves with the arrow keys and opens the sources with Enter', async () => {
    await act(async () => render(<SearchPanel search={search} />, root));
    await type('trade');
    expect(options()).toHaveLength(2);
    await key('ArrowDown');
    expect(options().map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    await key('ArrowDown');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    await key('ArrowUp');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await key('Enter');
    const panel = root.querySelector('[data-testid="claim-sources"]')!;
    const chosen = options()[1]!;
    expect(chosen.getAttribute('data-open')).toBe('true');
    expect(panel.querySelector('h3')!.textContent).toBe(chosen.querySelector('.cc-result-title')!.textContent);
    expect(panel.querySelector('blockquote')!.textContent).toMatch(/^(Bilateral trade reached \$228 billion in 2025\.|Trade had peaked at \$245 billion in 2024\.)$/);
    expect(panel.querySelector('a')!.getAttribute('href')).toBe('https://example.org/tg.txt');
    expect(status()).toMatch(/^2 claims found; showing the sources of /);
    await key('Enter');
    expect(root.querySelector('[data-testid="claim-sources"]')).toBeNull();
  });

  test('shows dates and undated sources', async () => {
    await act(async () => render(<SearchPanel search={search} />, root));
    await type('42');
    await key('Enter');
    const items = Array.from(root.querySelectorAll('.cc-claim-source .cc-date')).map((d) => d.textContent);
    expect(items).toEqual(['20 May 2026', 'undated']);
  });

  test('says when nothing matches, and Escape clears', async () => {
    await act(async () => render(<SearchPanel search={search} />, root));
    await type('basketball');
    expect(options()).toHaveLength(0);
    expect(status()).toBe('No fact matches.');
    await key('Escape');
    expect(input().value).toBe('');
  });

  test('keeps only the answer to the latest query', async () => {
    let release: (() => void) | null = null;
    const slow = (q: string) =>
      q === 'trade'
        ? new Promise<ReturnType<typeof searchFacts>>((r) => {
            release = () => r(searchFacts(si, q));
          })
        : search(q);
    await act(async () => render(<SearchPanel search={slow} />, root));
    await type('trade');
    await type('golden dome');
    await act(async () => {
      release!();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(options().map((o) => o.getAttribute('data-claim'))).toEqual(['c-dome']);
  });
});
