/** Props of {@link CloseButton}. */
export type CloseButtonProps = {
  /** The button's accessible name ("Close card"). */
  label: string;
  class: string;
  onClick: () => void;
};

/** A button with a cross, named by `label` (the card's, the selection card's, the notice's). */
export function CloseButton({ label, class: className, onClick }: CloseButtonProps) {
  return (
    <button type="button" class={className} aria-label={label} onClick={onClick}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      </svg>
    </button>
  );
}
