/** Opens the keyboard-shortcut help; always available, also with shortcuts switched off. */
import { useTranslation } from 'react-i18next';
import { openShortcutHelp, useShortcutHelpStore } from './shortcutHelpStore';

export function ShortcutHelpButton() {
  const { t } = useTranslation('common');
  const open = useShortcutHelpStore((s) => s.open);
  return (
    <button type="button" className="button button--quiet" aria-haspopup="dialog" aria-expanded={open} onClick={openShortcutHelp}>
      {t('header.shortcutHelp')}
    </button>
  );
}
