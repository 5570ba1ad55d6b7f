import { t } from './i18n';

/** Props of {@link UndoToast}. */
export type UndoToastProps = {
  /** What was done, in a sentence: "Hidden “42 agreements” on this page." */
  message: string;
  /** Reverses it. */
  onUndo: () => void;
  /** Closes the toast without undoing. */
  onDismiss: () => void;
};

/**
 * A short notice after "Wrong match" with an "Undo" button (docs/decisions/014). A polite live
 * region, so a screen reader hears what happened; the content script shows it for a few seconds
 * (longer while the pointer or focus is on it) and closes it on Escape.
 */
export function UndoToast({ message, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div class="cc-toast" role="status" aria-live="polite">
      <span class="cc-toast-text">{message}</span>
      <button type="button" class="cc-undo" onClick={onUndo}>
        {t('toastUndo')}
      </button>
      <button type="button" class="cc-toast-close" aria-label={t('toastDismiss')} onClick={onDismiss}>
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
        </svg>
      </button>
    </div>
  );
}
