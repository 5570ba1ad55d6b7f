// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { PackPanel } from '../../../components/options/PackPanel';
import type { ImportResult } from '../../../storage/import-sources';
import { type ReviewFields, ReviewForm } from '../../../components/options/ReviewForm';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { SourceList } from '../../../components/options/SourceList';
import { extractSourceFacts } from '../../../core/index/extract-source-facts';
import type { SourceFacts } from '../../../core/model';
import { DEFAULT_SETTINGS, type Settings } from '../../../storage/settings';
import { fixtureIndex } from '../../support/search-fixture';
import { usePreactRoot } from '../../support/preact-root';

const currentRoot = usePreactRoot();
let root: HTMLElement;
beforeEach(() => {
  root = currentRoot();
});

async function typeInto(el: HTMLInputElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const ARTICLE =
  'BEIJING, May 20, 2026. Xi Jinping and Vladimir Putin signed 40 cooperation agreements in Beijing on Wednesday.\n\nBilateral trade reached about $228 billion in 2025, officials said.\n\nThey marked 80 years since the end of the Second World War.';

function extractWith(fields: ReviewFields): SourceFacts {
  return extractSourceFacts(
    { file: 'user-1', url: 'https://harbour.test/a', outlet: fields.outlet, title: fields.title, published: fields.published, place: fields.place, reports: fields.title },
    ARTICLE,
    'user',
  );
}

describe('ReviewForm', () => {
  const initial: ReviewFields = { outlet: 'Harbour Ledger', title: 'Xi and Putin', published: '2026-05-20', place: 'Beijing' };

  test('lists the figures found, those that carry a measure ticked; saves only the ticked ones', async () => {
    const onSave = vi.fn(async (_e: SourceFacts) => {});
    await act(async () => render(<ReviewForm url="https://harbour.test/a" initial={initial} extract={extractWith} onSave={onSave} onDiscard={() => {}} />, root));
    const boxes = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((b) => [b.getAttribute('data-fact'), b.checked])).toEqual([
      ['May 20, 2026', false],
      ['40', true],
      ['about $228 billion', true],
      ['80 years', false],
      ['Second', false],
    ]);
    const ticked = boxes.filter((b) => b.checked).length;
    const forty = boxes.find((b) => b.getAttribute('data-fact') === '40')!;
    await act(async () => forty.click());
    expect(root.querySelector('legend')!.textContent).toBe(`Figures found (${ticked - 1} of ${boxes.length} kept)`);
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0];
    expect(saved.facts.map((f) => f.text)).toEqual(['about $228 billion']);
    expect(saved.source).toMatchObject({ outlet: 'Harbour Ledger', published: '2026-05-20', place: 'Beijing', origin: 'user' });
    expect(root.querySelector('[data-testid="review-status"]')!.textContent).toBe('Saved with 1 figure. It now takes part in matching on every other page.');
  });

  test('re-extracts with a fixed date and refuses a malformed one', async () => {
    const extract = vi.fn(extractWith);
    const onSave = vi.fn(async () => {});
    await act(async () => render(<ReviewForm url="u" initial={{ ...initial, published: null }} extract={extract} onSave={onSave} onDiscard={() => {}} />, root));
    const date = root.querySelector<HTMLInputElement>('input[name="published"]')!;
    await typeInto(date, 'May 2026');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#cc-date-error')!.textContent).toContain('2026-05-20');
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);
    await typeInto(date, '2026-05');
    expect(extract).toHaveBeenLastCalledWith({ ...initial, published: '2026-05' });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect((onSave.mock.calls[0] as unknown as [SourceFacts])[0].source.published).toBe('2026-05');
  });

  test('shows why a save failed', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('source.url: should be a web address');
    });
    await act(async () => render(<ReviewForm url="u" initial={initial} extract={extractWith} onSave={onSave} onDiscard={() => {}} />, root));
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('[data-testid="review-status"]')!.textContent).toBe('Not saved: source.url: should be a web address');
  });
});

describe('SourceList', () => {
  test('shows the seed pack read-only and the user sources with remove', async () => {
    const index = fixtureIndex();
    const user: SourceFacts = { source: { ...index.sources[0]!, file: 'user-1', origin: 'user', title: 'Mine' }, facts: [] };
    const onRemove = vi.fn();
    await act(async () => render(<SourceList seed={index.sources} seedFacts={{ 'ac.txt': 2 }} user={[user]} onRemove={onRemove} />, root));
    const seed = root.querySelector('[data-testid="seed-sources"]')!;
    expect(seed.querySelectorAll('li')).toHaveLength(5);
    expect(seed.querySelector('button')).toBeNull();
    expect(seed.querySelector('li')!.textContent).toBe('Xi and Putin sign 40 agreements in Beijing — American Courant, 20 May 2026, Beijing · 2 facts');
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="user-sources"] button')!.click());
    expect(onRemove).toHaveBeenCalledWith('user-1');
  });
});

describe('PackPanel', () => {
  test('states its size limit, shows progress, and lists a refused pack by source and field, first 20', async () => {
    let progress: ((checked: number, total: number) => void) | null = null;
    let finish: (r: ImportResult) => void = () => {};
    const onImport = vi.fn((_file: File, onProgress: (checked: number, total: number) => void) => {
      progress = onProgress;
      return new Promise<ImportResult>((r) => (finish = r));
    });
    await act(async () => render(<PackPanel userCount={0} maxBytes={8 * 1024 * 1024} onExport={() => {}} onImport={onImport} />, root));
    expect(root.querySelector('[data-testid="pack-limit"]')!.textContent).toBe(
      'A pack holds sources to share or keep. Packs of up to 8 MB can be imported; an import stores all of a pack or nothing.',
    );
    const file = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const chosen = new File(['{"x":1}'], 'pack.json', { type: 'application/json' });
    Object.defineProperty(file, 'files', { value: [chosen] });
    await act(async () => {
      file.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onImport.mock.calls[0]![0]).toBe(chosen);
    await act(async () => progress!(1000, 4000));
    expect(root.querySelector('[data-testid="import-progress"]')!.textContent).toBe('Checking the pack… 1,000 of 4,000 sources');
    const shown = Array.from({ length: 20 }, (_, i) => ({ source: `Source ${i + 1} (“Story ${i + 1}”)`, problems: ['published: should be a date like 2026-05-20 or 2026-05 (or null when undated), but is "May"'], more: i === 0 ? 3 : 0 }));
    await act(async () => finish({ ok: false, problems: { file: [], total: 4000, bad: 2000, shown } }));
    const result = root.querySelector('[data-testid="import-result"]')!;
    expect(result.getAttribute('data-ok')).toBe('false');
    expect(result.querySelector('[data-testid="import-count"]')!.textContent).toBe('2,000 sources of 4,000 have problems; the first 20:');
    const first = result.querySelector('.cc-errors > li')!;
    expect(first.querySelector('strong')!.textContent).toBe('Source 1 (“Story 1”)');
    expect(Array.from(first.querySelectorAll('li')).map((l) => l.textContent)).toEqual([
      'published: should be a date like 2026-05-20 or 2026-05 (or null when undated), but is "May"',
      '…and 3 more problems in this source',
    ]);
    expect(result.querySelectorAll('.cc-errors > li')).toHaveLength(20);
    expect(root.querySelector('[data-testid="import-progress"]')).toBeNull();
    expect(root.querySelector<HTMLButtonElement>('button')!.disabled).toBe(true);
  });
});

describe('SettingsForm', () => {
  test('changes verdicts, delay, style and never-run sites', async () => {
    let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
    const onChange = (fn: (s: Settings) => Settings) => {
      settings = fn(settings);
      render(<SettingsForm settings={settings} onChange={onChange} />, root);
    };
    await act(async () => render(<SettingsForm settings={settings} onChange={onChange} />, root));
    await act(async () => root.querySelector<HTMLInputElement>('input[name="verdict-related"]')!.click());
    expect(settings.showVerdicts).toEqual({ corroborated: true, conflicting: true, mixed: true, related: false });
    await act(async () => root.querySelector<HTMLInputElement>('input[value="background"]')!.click());
    expect(settings.highlightStyle).toBe('background');
    const delay = root.querySelector<HTMLInputElement>('input[name="hoverDelayMs"]')!;
    await act(async () => {
      delay.value = '400';
      delay.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(settings.hoverDelayMs).toBe(400);
    await act(async () => {
      delay.value = '-5';
      delay.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(settings.hoverDelayMs).toBe(400);
    await typeInto(root.querySelector<HTMLInputElement>('input[name="never-run-site"]')!, 'https://www.Bank.test/login');
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(settings.neverRunSites).toEqual(['bank.test']);
    expect(root.querySelector('[data-testid="never-run-sites"]')!.textContent).toContain('bank.test');
  });
});
