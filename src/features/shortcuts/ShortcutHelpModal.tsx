/**
 * The keyboard-shortcut help as a modal dialog (the shared Dialog: focus moves into it, Tab
 * stays inside, Escape or "Stäng" closes it and focus returns to where it was). Lists every
 * shortcut, which of them the settings can switch off, and whether they are on now. Loaded on
 * demand, with its texts and styles, by ShortcutHelpDialog.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import './shortcuts.css';
import { paths } from '../../routes/paths';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { usePreferences } from '../preferences';
import { closeShortcutHelp } from './shortcutHelpStore';
import { SHORTCUTS } from './shortcutList';

export function ShortcutHelpModal() {
  const { t } = useTranslation('shortcuts');
  const enabled = usePreferences((s) => s.shortcutsEnabled);

  return (
    <Dialog labelledBy="shortcut-help-title" describedBy="shortcut-help-state" className="shortcut-help" onClose={closeShortcutHelp}>
      {/* Focus starts on the heading, so a screen reader reads the dialog from the top. */}
      <h2 id="shortcut-help-title" tabIndex={-1} data-autofocus>
        {t('title')}
      </h2>
      <p id="shortcut-help-state">{enabled ? t('enabled') : t('disabled')}</p>
      <DataTable
        className="shortcut-table"
        columns={[t('columns.keys'), t('columns.action'), t('columns.switchable')]}
        rows={SHORTCUTS}
        rowKey={(entry) => entry.keys.join('+')}
        renderCells={(entry) => (
          <>
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
          </>
        )}
      />
      <p>{t('typingNote')}</p>
      <p>
        <Link to={paths.settings()} onClick={closeShortcutHelp}>
          {t('settingsLink')}
        </Link>
      </p>
      <button type="button" className="button" onClick={closeShortcutHelp}>
        {t('close')}
      </button>
    </Dialog>
  );
}
