/**
 * "Are you sure?" on the shared Dialog: a heading, a body that describes the dialog, and the
 * choices — the safe one (cancel) first, with focus, then any other choices, then the one that
 * acts. A problem found after confirming (role="alert") goes in the body, so the dialog stays
 * open and says why.
 *
 * While `busy` (the confirmed operation runs) the buttons do nothing and Escape does not
 * close. They stay focusable (aria-disabled, not disabled): a disabled button would drop the
 * user's focus out of the dialog.
 */
import { useId, type ReactNode, type RefObject } from 'react';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  /** What confirming means (the dialog's description); also the place for an error alert. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  /** Cancel button, Escape, or another close request. */
  onCancel(): void;
  /** danger: confirming destroys something (removes, discards). */
  tone?: 'primary' | 'danger';
  /** Further choices, between cancel and confirm (e.g. "Spara utkastet och lämna"). */
  otherActions?: ReactNode;
  busy?: boolean;
  /** The confirm button's text while busy (e.g. "Tar bort…"). */
  busyLabel?: string;
  /** alertdialog for a confirmation that interrupts (leave the page, delete). */
  role?: 'dialog' | 'alertdialog';
  returnFocusTo?: RefObject<HTMLElement | null>;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  tone = 'primary',
  otherActions,
  busy = false,
  busyLabel,
  role,
  returnFocusTo,
}: ConfirmDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const unlessBusy = (action: () => void) => () => {
    if (!busy) action();
  };
  return (
    <Dialog
      labelledBy={titleId}
      describedBy={bodyId}
      role={role}
      onClose={onCancel}
      dismissible={!busy}
      returnFocusTo={returnFocusTo}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={unlessBusy(onCancel)} data-autofocus>
          {cancelLabel}
        </button>
        {otherActions}
        <button
          type="button"
          className={tone === 'danger' ? 'button button--danger' : 'button button--primary'}
          aria-disabled={busy || undefined}
          onClick={unlessBusy(onConfirm)}
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
