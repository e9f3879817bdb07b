/**
 * The app's one modal dialog (WAI-ARIA dialog pattern) on the native <dialog>, opened with
 * showModal(): the browser puts it in the top layer and makes the rest of the page inert.
 *
 * - Named by its heading (`labelledBy`), optionally described (`describedBy`).
 * - Focus on open: the element marked `data-autofocus` (React's autoFocus fires before the
 *   dialog is shown, so it cannot be used), else the first focusable element, else the dialog.
 * - Tab and Shift+Tab wrap inside the dialog. The browser already keeps focus out of the inert
 *   page; the wrap also covers engines without showModal (jsdom) and keeps the cycle predictable.
 * - Escape (and any other close request) calls `onClose` — unless `dismissible` is false, e.g.
 *   while an operation the dialog started is under way. The owner decides by unmounting it.
 * - On unmount focus goes back to `returnFocusTo`, or to what had focus when it opened (Safari
 *   does not focus a clicked button, so owners that know their trigger pass it).
 *
 * Where showModal is missing (jsdom) the dialog is opened with the `open` attribute and behaves
 * the same to the keyboard; aria-modal tells assistive technology it is modal there too.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import './dialog.css';

export interface DialogProps {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  describedBy?: string;
  /** alertdialog for a confirmation that interrupts what the user was doing. */
  role?: 'dialog' | 'alertdialog';
  /** Extra class for size or layout (the base styles have no specificity to fight). */
  className?: string;
  /** Escape or another close request. The owner closes the dialog by unmounting it. */
  onClose(): void;
  /** False: Escape does nothing (e.g. while a removal the dialog started is running). */
  dismissible?: boolean;
  /** Gets focus back on close; default: the element that had focus when the dialog opened. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** Other keys pressed inside the dialog (e.g. page navigation of a preview). */
  onKeyDown?(event: KeyboardEvent<HTMLDialogElement>): void;
  children: ReactNode;
}

export function Dialog({
  labelledBy,
  describedBy,
  role,
  className,
  onClose,
  dismissible = true,
  returnFocusTo,
  onKeyDown,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useRef({ onClose, dismissible });
  useLayoutEffect(() => {
    latest.current = { onClose, dismissible };
  });
  const requestClose = () => {
    if (latest.current.dismissible) latest.current.onClose();
  };

  // Read once, at open: where focus goes back to.
  const returnFocusRef = useRef(returnFocusTo);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = returnFocusRef.current?.current ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const initial = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? tabbablesIn(dialog)[0];
    if (initial) initial.focus();
    else {
      dialog.tabIndex = -1;
      dialog.focus();
    }
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      // Not when the opener is gone (the page moved on, or the dialog deleted its row).
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const handleKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      // A control inside that used Escape itself (e.g. to close a list) keeps it.
      if (event.defaultPrevented) return;
      event.preventDefault();
      // Page-wide shortcuts (Escape = back to the list) must not see it either.
      event.stopPropagation();
      requestClose();
      return;
    }
    onKeyDown?.(event);
    if (event.key === 'Tab' && !event.defaultPrevented && ref.current) wrapTab(event, ref.current);
  };

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={handleKeyDown}
      onCancel={(event) => {
        // The browser's own close request: React state decides whether the dialog goes.
        event.preventDefault();
        requestClose();
      }}
    >
      {children}
    </dialog>
  );
}

const TABBABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  'summary',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(', ');

/** The elements Tab reaches inside `root`, in document order (tabindex > 0 is not used in the app). */
function tabbablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[hidden], [inert]')) return false;
    // Inside a closed <details> only its summary can be reached.
    const closed = el.closest('details:not([open])');
    return !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
  });
}

function wrapTab(event: KeyboardEvent, dialog: HTMLElement) {
  const items = tabbablesIn(dialog);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !dialog.contains(active)) {
    event.preventDefault();
    first.focus();
    return;
  }
  // Focus may be on something Tab does not reach itself (a heading with tabindex -1, the dialog).
  const isBefore = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  if (event.shiftKey) {
    if (!items.some((el) => el !== active && isBefore(el, active) && !el.contains(active))) {
      event.preventDefault();
      last.focus();
    }
  } else if (!items.some((el) => el !== active && isBefore(active, el))) {
    event.preventDefault();
    first.focus();
  }
}
