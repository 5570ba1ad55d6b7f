import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { HiddenMatches } from '../../components/options/HiddenMatches';
import { PackPanel } from '../../components/options/PackPanel';
import { type ReviewFields, ReviewForm } from '../../components/options/ReviewForm';
import { SettingsForm } from '../../components/options/SettingsForm';
import { SourceList } from '../../components/options/SourceList';
import { extractSourceFacts } from '../../core/index/extract-source-facts';
import { EVIDENCE_EXTRACT } from '../../core/figures/extract-figures';
import { resolvePageContext } from '../../core/match/page-context';
import type { FactIndex, SourceFacts } from '../../core/model';
import { type DraftSource, clearDraft, loadDraft } from '../../storage/draft-source';
import { describeQuarantine, listQuarantine } from '../../storage/quarantine';
import { defaultSettings, loadSettings, type Settings, updateSettings, watchSettings } from '../../storage/settings';
import { hiddenMatchKey } from '../../storage/hidden-matches';
import {
  exportPack,
  PACK_MAX_BYTES,
  readUserSources,
  removeUserSource,
  saveUserSource,
  userSourceFile,
} from '../../storage/user-sources';
import { watchUserSources } from '../../storage/user-sources-watch';
import { importPackFile } from './import-pack';

/** Props of {@link OptionsApp}. */
export type OptionsAppProps = {
  seed: FactIndex;
  /** Imports a pack file (`import-pack.ts` in the page; tests hand in their own). */
  importPack?: typeof importPackFile;
  /** Hands a file to the reader (a download). */
  download: (name: string, json: string) => void;
  /** Whether the page was opened for a review ("#review"). */
  review: boolean;
};

/** The fields a draft suggests: the site's name, the title, the date and place the engine reads. */
export function draftFields(draft: DraftSource): ReviewFields {
  const ctx = resolvePageContext(draft.meta, draft.text);
  let published: string | null = null;
  if (ctx.published) published = ctx.published.precision === 'day' ? ctx.published.from : ctx.published.precision === 'month' ? ctx.published.from.slice(0, 7) : null;
  let host = '';
  try {
    host = new URL(draft.url).hostname.replace(/^www\./, '');
  } catch {
    host = 'Unknown outlet';
  }
  return {
    outlet: draft.meta.siteName?.trim() || host,
    title: draft.meta.title.trim() || draft.url,
    published,
    place: ctx.places[0] ?? null,
  };
}

/** The options page: review of a page to add, sources in use, packs, settings. */
export function OptionsApp({ seed, download, review, importPack = importPackFile }: OptionsAppProps) {
  const [user, setUser] = useState<SourceFacts[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [draft, setDraft] = useState<DraftSource | null>(null);

  const refresh = useCallback(async () => {
    const state = await readUserSources();
    setUser(state.entries);
    const kept = describeQuarantine(await listQuarantine());
    setProblems([...state.problems.filter((p) => !p.includes('kept aside')), ...kept]);
  }, []);

  useEffect(() => {
    void refresh();
    void loadSettings().then(({ settings: s }) => setSettings(s));
    if (review) void loadDraft().then(setDraft);
    const unwatchSettings = watchSettings(setSettings);
    const unwatchSources = watchUserSources(() => void refresh());
    return () => {
      unwatchSettings();
      unwatchSources();
    };
  }, [refresh, review]);

  const seedFacts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const f of seed.facts) counts[f.source] = (counts[f.source] ?? 0) + 1;
    return counts;
  }, [seed]);

  const extract = useCallback(
    (fields: ReviewFields): SourceFacts =>
      extractSourceFacts(
        {
          file: userSourceFile(draft?.url ?? ''),
          url: draft?.url ?? '',
          outlet: fields.outlet.trim() || 'Unknown outlet',
          title: fields.title.trim() || 'Untitled',
          published: fields.published,
          place: fields.place,
          reports: fields.title.trim() || 'Added by the reader',
        },
        draft?.text ?? '',
        'user',
        // The reader's own sources are checked by the evidence engine, which reads every figure (docs/decisions/033).
        EVIDENCE_EXTRACT,
      ),
    [draft],
  );
  const initial = useMemo(() => (draft ? draftFields(draft) : null), [draft]);

  return (
    <main class="cc-options">
      <h1>Crosscheck</h1>
      {problems.length > 0 && (
        <section class="cc-problems" aria-label={t('indexProblems')} data-testid="problems">
          <p>{t('optionsProblems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      {draft && initial && (
        <ReviewForm
          url={draft.url}
          initial={initial}
          extract={extract}
          onSave={async (entry) => {
            await saveUserSource(entry);
            await clearDraft();
            await refresh();
          }}
          onDiscard={() => {
            void clearDraft();
            setDraft(null);
          }}
        />
      )}
      <SourceList seed={seed.sources} seedFacts={seedFacts} user={user} onRemove={(file) => void removeUserSource(file).then(refresh)} />
      <PackPanel
        userCount={user.length}
        maxBytes={PACK_MAX_BYTES}
        onExport={() => {
          void exportPack().then((pack) => download(`crosscheck-pack-${pack.exportedAt.slice(0, 10)}.json`, JSON.stringify(pack, null, 2)));
        }}
        // The list follows the stored sources (`watchUserSources`): an import that stored anything
        // bumps their revision, so the sources are read once, not twice.
        onImport={(file, onProgress) => importPack(file, new Set(seed.sources.map((src) => src.file)), onProgress)}
      />
      <HiddenMatches
        hidden={settings.hiddenMatches}
        keyOf={hiddenMatchKey}
        onRestore={(key) => void updateSettings((s) => ({ ...s, hiddenMatches: s.hiddenMatches.filter((h) => hiddenMatchKey(h) !== key) })).then(setSettings)}
      />
      <SettingsForm settings={settings} onChange={(change) => void updateSettings(change).then(setSettings)} />
    </main>
  );
}
