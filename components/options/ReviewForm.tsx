import { useMemo, useState } from 'preact/hooks';
import type { Fact, Source, SourceFacts } from '../../core/model';
import { carriesMeasure, figureLabel, measureAsWritten } from '../../core/text/figure-label';
import { t, tn } from '../i18n';

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
 * figure found. Those that carry a measure come ticked; dates, years and figures that are part of
 * a name ("the Second World War") do not (`carriesMeasure`). The reader changes any and saves.
 */
export function ReviewForm({ url, initial, extract, onSave, onDiscard }: ReviewFormProps) {
  const [fields, setFields] = useState<ReviewFields>(initial);
  const [dateText, setDateText] = useState(initial.published ?? '');
  /** Facts whose tick the reader changed from its default. */
  const [changed, setChanged] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const dateOk = dateText.trim() === '' || DATE_RE.test(dateText.trim());
  const entry = useMemo(() => extract(fields), [extract, fields]);
  const ticked = (f: Fact) => carriesMeasure(f) !== changed.has(factKey(f));
  const kept = entry.facts.filter(ticked);

  const set = (patch: Partial<ReviewFields>) => setFields((f) => ({ ...f, ...patch }));
  const toggle = (f: Fact) =>
    setChanged((u) => {
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
      setMessage(tn('reviewSaved', kept.length));
    } catch (err) {
      setMessage(t('reviewNotSaved', err instanceof Error ? err.message : String(err)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="cc-review" aria-labelledby="cc-review-heading" onSubmit={(e) => void save(e)}>
      <h2 id="cc-review-heading">{t('popupAddPage')}</h2>
      <p class="cc-muted">{url}</p>
      <div class="cc-fields">
        <label>
          {t('reviewOutlet')} <input name="outlet" required value={fields.outlet} onInput={(e) => set({ outlet: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          {t('reviewTitle')} <input name="title" required value={fields.title} onInput={(e) => set({ title: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          {t('reviewPublished')}
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
            {t('reviewDateError')}
          </p>
        )}
        <label>
          {t('reviewPlace')} <input name="place" value={fields.place ?? ''} onInput={(e) => set({ place: (e.currentTarget as HTMLInputElement).value.trim() || null })} />
        </label>
      </div>
      <fieldset>
        <legend>{t('reviewFigures', kept.length, entry.facts.length)}</legend>
        <p class="cc-muted">{t('reviewFiguresHint')}</p>
        {entry.facts.length === 0 && <p class="cc-muted">{t('reviewNoFigure')}</p>}
        <ul class="cc-review-facts">
          {entry.facts.map((f) => (
            <li key={factKey(f)}>
              <label>
                <input type="checkbox" checked={ticked(f)} onChange={() => toggle(f)} data-fact={f.text} />
                <strong>{figureLabel(f.text, measureAsWritten(f.measure, f.sentence)) || f.unit}</strong> <span class="cc-muted">· {f.event.label}</span>
                <blockquote>{f.sentence}</blockquote>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="cc-actions">
        <button type="submit" disabled={saving || !dateOk || !fields.outlet.trim() || !fields.title.trim()}>
          {t('reviewSave')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('reviewDiscard')}
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
