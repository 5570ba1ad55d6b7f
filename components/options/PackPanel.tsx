import { useState } from 'preact/hooks';
import type { ImportResult } from '../../storage/import-sources';
import { formatNumber, t, tn } from '../i18n';

/** Props of {@link PackPanel}. */
export type PackPanelProps = {
  userCount: number;
  /** The largest pack imported, in bytes (said in the panel). */
  maxBytes: number;
  onExport: () => void;
  /** Imports a pack file; `onProgress` hears how many of its sources are checked. */
  onImport: (file: File, onProgress: (checked: number, total: number) => void) => Promise<ImportResult>;
};

/**
 * Export all user sources as one JSON pack, or import one (all or nothing). The size limit is
 * said up front; while a pack is checked the panel says how far it got; a refused pack says how
 * many of its sources have problems and lists the first ones, by source and field.
 */
export function PackPanel({ userCount, maxBytes, onExport, onImport }: PackPanelProps) {
  const [result, setResult] = useState<ImportResult | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setResult(null);
    setProgress(t('packChecking'));
    try {
      setResult(await onImport(file, (checked, total) => setProgress(t('packProgress', formatNumber(checked), formatNumber(total)))));
    } finally {
      setProgress(null);
      input.value = '';
    }
  };
  return (
    <section aria-labelledby="cc-pack-heading">
      <h2 id="cc-pack-heading">{t('packTitle')}</h2>
      <p class="cc-muted" data-testid="pack-limit">
        {t('packLimit', `${(maxBytes / (1024 * 1024)).toFixed(0)} MB`)}
      </p>
      <button type="button" onClick={onExport} disabled={userCount === 0}>
        {tn('packExport', userCount)}
      </button>
      <label class="cc-file">
        {t('packImport')} <input type="file" accept="application/json,.json" disabled={progress !== null} onChange={(e) => void onFile(e)} />
      </label>
      {progress && (
        <p role="status" data-testid="import-progress">
          {progress}
        </p>
      )}
      {result && (
        <div role="status" data-testid="import-result" data-ok={String(result.ok)}>
          {result.ok ? (
            <p>
              {tn('packImported', result.added.length)}
              {result.unchanged.length > 0 && ` ${tn('packUnchanged', result.unchanged.length)}`}
              {result.renamed.length > 0 && ` ${t('packRenamed', result.renamed.map((r) => `${r.from} → ${r.to}`).join(', '))}`}
            </p>
          ) : (
            <>
              <p class="cc-error">{t('packNothing')}</p>
              {result.problems.file.length > 0 && (
                <ul class="cc-errors">
                  {result.problems.file.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )}
              {result.problems.bad > 0 && (
                <>
                  <p data-testid="import-count">
                    {result.problems.bad > result.problems.shown.length
                      ? t('packBadSome', tn('packSources', result.problems.bad), formatNumber(result.problems.total), formatNumber(result.problems.shown.length))
                      : t('packBadAll', tn('packSources', result.problems.bad), formatNumber(result.problems.total))}
                  </p>
                  <ul class="cc-errors">
                    {result.problems.shown.map((s) => (
                      <li key={s.source}>
                        <strong>{s.source}</strong>
                        <ul>
                          {s.problems.map((p) => (
                            <li key={p}>{p}</li>
                          ))}
                          {s.more > 0 && <li class="cc-muted">{tn('packMoreProblems', s.more)}</li>}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
