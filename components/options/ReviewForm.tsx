import { useMemo, useState } from 'preact/hooks';
import type { Fact, Source, SourceFacts } from '../../core/model';

/** The source fields the reader can fix before saving. */
export type ReviewFields = Pick<Source, 'outlet' | 'title' | 'published' | 'place'>;

/** Props of {@link ReviewForm}. */
export type ReviewFormProps = {
  /** The page's address and its fields as read from the page. */
  url: string;
  initial: ReviewFields;
  /** Extracts the facts with the fields as they stand (the engine's `extractSourceFacts`). */
  extract: (fields: ReviewFields) => SourceFacts;
  /** Saves the source with the ticked facts; rejects with a readable message. */
  onSave: (entry: SourceFacts) => Promise<void>;
  onDiscard: () => void;
};

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A fact's key that survives re-extraction after the date or place changed. */
const factKey = (f: Fact) => `${f.start}:${f.text}`;

/**
 * Review of a page before it becomes a source: its outlet, title, date and place (editable; the
 * facts are extracted again when they change, since a fact's event depends on them), and every
 * figure found, ticked; the reader unticks wrong ones and saves.
 */
export function ReviewForm({ url, initial, extract, onSave, onDiscard }: ReviewFormProps) {
  const [fields, setFields] = useState<ReviewFields>(initial);
  const [dateText, setDateText] = useState(initial.published ?? '');
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const dateOk = dateText.trim() === '' || DATE_RE.test(dateText.trim());
  const entry = useMemo(() => extract(fields), [extract, fields]);
  const kept = entry.facts.filter((f) => !unticked.has(factKey(f)));

  const set = (patch: Partial<ReviewFields>) => setFields((f) => ({ ...f, ...patch }));
  const toggle = (f: Fact) =>
    setUnticked((u) => {
      const next = new Set(u);
      if (next.has(factKey(f))) next.delete(factKey(f));
      else next.add(factKey(f));
      return next;
    });

  const save = async (e: Event) => {
    e.preventDefault();
    if (!dateOk) return;
    setSaving(true);
    try {
      await onSave({ ...entry, facts: kept });
      setMessage(`Saved with ${kept.length} figure(s). It now takes part in matching on every page.`);
    } catch (err) {
      setMessage(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="cc-review" aria-labelledby="cc-review-heading" onSubmit={(e) => void save(e)}>
      <h2 id="cc-review-heading">Add this page as a source</h2>
      <p class="cc-muted">{url}</p>
      <div class="cc-fields">
        <label>
          Outlet <input name="outlet" required value={fields.outlet} onInput={(e) => set({ outlet: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          Title <input name="title" required value={fields.title} onInput={(e) => set({ title: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          Published (YYYY-MM-DD or YYYY-MM; empty when undated)
          <input
            name="published"
            value={dateText}
            aria-invalid={!dateOk}
            aria-describedby={dateOk ? undefined : 'cc-date-error'}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              setDateText(v);
              if (v.trim() === '' || DATE_RE.test(v.trim())) set({ published: v.trim() || null });
            }}
          />
        </label>
        {!dateOk && (
          <p id="cc-date-error" class="cc-error">
            Write the date as 2026-05-20, or 2026-05 when only the month is known.
          </p>
        )}
        <label>
          Place <input name="place" value={fields.place ?? ''} onInput={(e) => set({ place: (e.currentTarget as HTMLInputElement).value.trim() || null })} />
        </label>
      </div>
      <fieldset>
        <legend>
          Figures found ({kept.length} of {entry.facts.length} kept)
        </legend>
        {entry.facts.length === 0 && <p class="cc-muted">No figure was found on this page.</p>}
        <ul class="cc-review-facts">
          {entry.facts.map((f) => (
            <li key={factKey(f)}>
              <label>
                <input type="checkbox" checked={!unticked.has(factKey(f))} onChange={() => toggle(f)} data-fact={f.text} />
                <strong>{f.text}</strong> {f.measure || f.unit} <span class="cc-muted">· {f.event.label}</span>
                <blockquote>{f.sentence}</blockquote>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="cc-actions">
        <button type="submit" disabled={saving || !dateOk || !fields.outlet.trim() || !fields.title.trim()}>
          Save source
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
      {message && (
        <p role="status" data-testid="review-status">
          {message}
        </p>
      )}
    </form>
  );
}
