/**
 * A modal confirmation (native <dialog> shown with showModal, so the rest of the page is inert
 * in the browser). Focus starts on the safe choice (cancel) and stays inside the dialog (Tab
 * wraps), Escape cancels, and focus returns to the control that opened it. Where showModal is
 * missing (jsdom) the dialog is opened with the `open` attribute and behaves the same to the
 * keyboard.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** While true, both buttons are disabled and Escape does nothing. */
  busy?: boolean;
  busyLabel?: string;
  onConfirm(): void;
  onCancel(): void;
  /** Gets focus back when the dialog closes. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, busy = false, busyLabel, onConfirm, onCancel, returnFocusTo }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    cancelRef.current?.focus();
    const returnTo = returnFocusTo?.current;
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      // Only if focus is not already somewhere meaningful (e.g. the page navigated on).
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [returnFocusTo]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!busy) onCancel();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // The browser's own Escape handling: keep React in charge of closing.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      <div className="confirm-dialog__buttons">
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button--quiet" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
