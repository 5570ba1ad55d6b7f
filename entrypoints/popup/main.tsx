import { browser } from '#imports';
import { render } from 'preact';
import { saveDraft } from '../../storage/draft-source';
import { App, type PopupEnv } from './App';
import { uiLanguage } from '../../components/i18n';
import './style.css';

performance.mark('cc-popup-start');

/** The tab the popup speaks about: `?tab=<id>` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const env: PopupEnv = {
  tabId: targetTab,
  openReview: async (draft) => {
    await saveDraft({ ...draft, meta: draft.meta as never, at: new Date().toISOString() });
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#review') });
    window.close();
  },
  openOptions: () => {
    void browser.runtime.openOptionsPage();
    window.close();
  },
  openLegend: () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html#legend') });
    window.close();
  },
};

/** Records the first render: a performance measure and `data-first-render-ms` on <html> for the benchmark. */
function firstRender(): void {
  // The frame after the first commit is what the reader sees.
  requestAnimationFrame(() => {
    performance.mark('cc-popup-first-render');
    const m = performance.measure('cc-popup-first-render', 'cc-popup-start', 'cc-popup-first-render');
    document.documentElement.dataset.firstRenderMs = m.duration.toFixed(1);
    // Since navigation start, including loading the script.
    document.documentElement.dataset.firstRenderSinceNavMs = performance.now().toFixed(1);
  });
}

document.documentElement.lang = uiLanguage();
render(<App env={env} onFirstRender={firstRender} />, document.getElementById('app')!);
