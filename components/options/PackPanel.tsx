import { useState } from 'preact/hooks';
import type { ImportResult } from '../../storage/user-sources';

/** Props of {@link PackPanel}. */
export type PackPanelProps = {
  userCount: number;
  onExport: () => void;
  /** Imports a pack's text; the result lists what was added or every bad field. */
  onImport: (text: string) => Promise<ImportResult>;
};

/** Export all user sources as one JSON pack, or import one (all or nothing). */
export function PackPanel({ userCount, onExport, onImport }: PackPanelProps) {
  const [result, setResult] = useState<ImportResult | null>(null);
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setResult(await onImport(await file.text()));
    input.value = '';
  };
  return (
    <section aria-labelledby="cc-pack-heading">
      <h2 id="cc-pack-heading">Packs</h2>
      <button type="button" onClick={onExport} disabled={userCount === 0}>
        Export your {userCount} source(s) as a pack
      </button>
      <label class="cc-file">
        Import a pack <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </label>
      {result && (
        <div role="status" data-testid="import-result" data-ok={String(result.ok)}>
          {result.ok ? (
            <p>
              Imported {result.added.length} source(s)
              {result.unchanged.length ? `; ${result.unchanged.length} already there` : ''}
              {result.renamed.length
                ? `; kept beside your own under new names: ${result.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}`
                : ''}
              .
            </p>
          ) : (
            <>
              <p class="cc-error">Nothing was imported. Fix these and try again:</p>
              <ul class="cc-errors">
                {result.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
