import { CloseButton } from './CloseButton';
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
      <CloseButton class="cc-toast-close" label={t('toastDismiss')} onClick={onDismiss} />
    </div>
  );
}
