import { useCallback, useEffect, useState } from 'preact/hooks';
import { IndexSummary } from '../../components/popup/IndexSummary';
import { PageTally } from '../../components/popup/PageTally';
import { SearchPanel } from '../../components/popup/SearchPanel';
import { SiteSwitches } from '../../components/popup/SiteSwitches';
import { t } from '../../components/i18n';
import type { SearchResultGroup } from '../../core/search/search-facts';
import { type IndexInfo, type PageSummary, sendToBackground, sendToTab } from '../../messaging/protocol';
import { defaultSettings, loadSettings, type Settings, updateSettings, watchSettings } from '../../storage/settings';
import { isSiteDisabled, normalizeSite, siteMatches, withSiteEnabled } from '../../storage/sites';

/** What the popup needs from the browser, so it can run against a fake in tests. */
export interface PopupEnv {
  /** The tab the popup is about (the active tab, or `?tab=<id>` when opened as a page). */
  tabId: () => Promise<number | null>;
  /** Opens the options page's review view for the page just read. */
  openReview: (draft: { url: string; text: string; meta: unknown }) => Promise<void>;
  /** Opens the options page. */
  openOptions: () => void;
  /** Opens the first-run page at its legend ("What the marks mean"). */
  openLegend: () => void;
}

async function searchViaBackground(query: string): Promise<SearchResultGroup[]> {
  const r = await sendToBackground({ type: 'cc:search', query: query.slice(0, 500) });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeSite(u.hostname) : null;
  } catch {
    return null;
  }
}

/** Props of {@link App}. */
export type AppProps = { env: PopupEnv; onFirstRender?: () => void };

/** The toolbar popup: search, the current page, the switches and what the index holds. */
export function App({ env, onFirstRender }: AppProps) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [unavailable, setUnavailable] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [info, setInfo] = useState<IndexInfo | null>(null);
  const [infoError, setInfoError] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);

  useEffect(() => onFirstRender?.(), []);

  const refreshSummary = useCallback(async (id: number | null) => {
    if (id === null) {
      setUnavailable(t('popupNoTab'));
      return;
    }
    const r = await sendToTab(id, { type: 'cc:page-summary' });
    if (r.ok) {
      setSummary(r.value);
      setUnavailable(null);
    } else {
      setSummary(null);
      setUnavailable(t('popupCannotRead'));
    }
  }, []);

  useEffect(() => {
    void env.tabId().then((id) => {
      setTabId(id);
      void refreshSummary(id);
    });
    // Settings first: loading them may keep a corrupted value aside, which the index summary
    // then reports.
    void loadSettings()
      .then(({ settings: s }) => setSettings(s))
      .finally(() => sendToBackground({ type: 'cc:index-info' }).then((r) => (r.ok ? setInfo(r.value) : setInfoError(r.error))));
    const unwatch = watchSettings((s) => {
      setSettings(s);
    });
    return unwatch;
  }, [env, refreshSummary]);

  // The page re-checks itself when settings change; ask again once it had time to.
  useEffect(() => {
    const t = setTimeout(() => void refreshSummary(tabId), 150);
    return () => clearTimeout(t);
  }, [settings, tabId, refreshSummary]);

  const hostname = hostOf(summary?.url);
  const neverRun = hostname ? settings.neverRunSites.some((s) => siteMatches(s, hostname)) : false;

  const addThisPage = async () => {
    if (tabId === null) return;
    setAdding(t('popupReadingPage'));
    const r = await sendToTab(tabId, { type: 'cc:read-article' });
    if (!r.ok) {
      setAdding(t('popupCouldNotRead', r.error));
      return;
    }
    await env.openReview({ url: r.value.meta.url ?? summary?.url ?? '', text: r.value.text, meta: r.value.meta });
    setAdding(null);
  };

  return (
    <main class="cc-popup">
      <header class="cc-header">
        <h1>Crosscheck</h1>
        <button type="button" class="cc-icon-button" title={t('popupLegend')} onClick={() => env.openLegend()}>
          {t('popupLegendShort')}
        </button>
        <button type="button" class="cc-icon-button" title={t('popupSettings')} onClick={() => env.openOptions()}>
          {t('popupSettingsShort')}
        </button>
      </header>
      <div class="cc-controls">
        <SiteSwitches
          hostname={hostname}
          siteOn={hostname ? !isSiteDisabled(settings, hostname) : true}
          neverRun={neverRun}
          enabled={settings.enabled}
          onSiteChange={(on) => hostname && void updateSettings((s) => withSiteEnabled(s, hostname, on))}
          onEnabledChange={(enabled) => void updateSettings((s) => ({ ...s, enabled }))}
        />
        {hostname && (
          <section class="cc-add" aria-label={t('popupAddPage')}>
            <button type="button" onClick={() => void addThisPage()} disabled={adding === t('popupReadingPage')}>
              {t('popupAddPage')}
            </button>
            {adding && (
              <p class="cc-muted" role="status">
                {adding}
              </p>
            )}
          </section>
        )}
      </div>
      <div class="cc-scroll" data-testid="popup-scroll">
        <PageTally
          summary={summary}
          unavailable={unavailable}
          onReveal={(id) => {
            if (tabId !== null) void sendToTab(tabId, { type: 'cc:reveal', id });
          }}
        />
        <SearchPanel search={searchViaBackground} />
        <IndexSummary info={info} error={infoError} />
      </div>
    </main>
  );
}
