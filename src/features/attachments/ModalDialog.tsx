/**
 * A modal dialog on the native <dialog> (top layer, the rest of the page inert, focus kept
 * inside). Escape closes it through `onClose`, and focus goes back to where it was when it
 * opened — the button that opened it.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ModalDialogProps {
  labelledBy: string;
  describedBy?: string;
  className?: string;
  /** Called on Escape; the owner unmounts the dialog. */
  onClose(): void;
  /** Other keys pressed inside the dialog (e.g. page navigation of a preview). */
  onKeyDown?(event: KeyboardEvent<HTMLDialogElement>): void;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, describedBy, className, onClose, onKeyDown, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Engines without showModal (and jsdom) still get an open, labelled dialog.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const autofocus = dialog.querySelector<HTMLElement>('[data-autofocus]');
    autofocus?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: let React state decide (the owner unmounts us).
        event.preventDefault();
        onCloseRef.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCloseRef.current();
        } else {
          onKeyDown?.(event);
        }
      }}
    >
      {children}
    </dialog>
  );
}
