/**
 * The keyboard-shortcut help as a modal dialog: focus moves into it, Tab stays inside, Escape
 * or "Stäng" closes it and focus returns to where it was. Lists every shortcut, which of them
 * the settings can switch off, and whether they are on now. Loaded on demand, with its texts
 * and styles, by ShortcutHelpDialog.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import './shortcuts.css';
import { paths } from '../../routes/paths';
import { usePreferences } from '../settings/preferencesStore';
import { closeShortcutHelp } from './shortcutHelpStore';
import { SHORTCUTS } from './shortcutList';

export function ShortcutHelpModal() {
  const { t } = useTranslation('shortcuts');
  const enabled = usePreferences((s) => s.shortcutsEnabled);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const returnTo = document.activeElement;
    // A modal <dialog> makes the rest of the page inert and keeps Tab inside. (Where
    // showModal is missing, as in jsdom, it is shown as an open dialog.)
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    headingRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      closeShortcutHelp();
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="shortcut-help-title"
      aria-describedby="shortcut-help-state"
      className="dialog"
      // The browser's own close request (Escape on a modal dialog).
      onCancel={(event) => {
        event.preventDefault();
        closeShortcutHelp();
      }}
    >
        <h2 id="shortcut-help-title" ref={headingRef} tabIndex={-1}>
          {t('title')}
        </h2>
        <p id="shortcut-help-state">{enabled ? t('enabled') : t('disabled')}</p>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.keys')}</th>
              <th scope="col">{t('columns.action')}</th>
              <th scope="col">{t('columns.switchable')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((entry) => (
              <tr key={entry.keys.join('+')}>
                <th scope="row">
                  {entry.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 ? ` ${t('or')} ` : null}
                      <kbd>{t(`keys.${key}`)}</kbd>
                    </span>
                  ))}
                </th>
                <td>{t(`actions.${entry.action}`)}</td>
                <td>{entry.switchable ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t('typingNote')}</p>
        <p>
          <Link to={paths.settings()} onClick={closeShortcutHelp}>
            {t('settingsLink')}
          </Link>
        </p>
        <button type="button" className="button" onClick={closeShortcutHelp}>
          {t('close')}
        </button>
    </dialog>
  );
}
