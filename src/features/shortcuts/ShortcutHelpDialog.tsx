/**
 * The keyboard-shortcut help while it is open. Its dialog, texts and styles are fetched the
 * first time it opens (in parallel), so the start-up bundle does not carry them; the dialog
 * appears as soon as they are there.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { loadLazyTexts } from '../../i18n';
import { closeShortcutHelp, useShortcutHelpStore } from './shortcutHelpStore';

/** The dialog component once fetched (a module is fetched once per page load). */
let loadedModal: ComponentType | null = null;

async function loadModal(): Promise<ComponentType> {
  loadedModal ??= (await import('./ShortcutHelpModal')).ShortcutHelpModal;
  return loadedModal;
}

export function ShortcutHelpDialog() {
  const open = useShortcutHelpStore((s) => s.open);
  const { i18n } = useTranslation();
  const [modal, setModal] = useState<{ Modal: ComponentType } | null>(() => (loadedModal ? { Modal: loadedModal } : null));
  const ready = modal !== null && i18n.hasResourceBundle(i18n.language, 'shortcuts');

  useEffect(() => {
    if (!open || ready) return;
    let current = true;
    Promise.all([loadModal(), loadLazyTexts(i18n, ['shortcuts'])]).then(
      ([Modal]) => {
        if (current) setModal({ Modal });
      },
      (error: unknown) => {
        // Offline or a new deployment: close, so the next "?" or click tries again.
        console.warn('The keyboard-shortcut help could not be loaded', error);
        if (current) closeShortcutHelp();
      },
    );
    return () => {
      current = false;
    };
  }, [open, ready, i18n]);

  return open && ready ? createPortal(<modal.Modal />, document.body) : null;
}
