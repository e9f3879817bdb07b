/**
 * Settings of this browser: single-key shortcuts on/off (WCAG 2.1.4 Character Key Shortcuts)
 * and the message list's row spacing. Saved at once, in localStorage (preferencesStore.ts).
 */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import './settings.css';
import { PageHeading } from '../../ui/PageHeading';
import { useSession } from '../../auth/SessionContext';
import { paths } from '../../routes/paths';
import { openShortcutHelp } from '../shortcuts';
import { usePreferences, type ListDensity } from '../preferences';

const DENSITIES: readonly ListDensity[] = ['comfortable', 'compact'];

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const ids = useId();
  const { shortcutsEnabled, density, setShortcutsEnabled, setDensity } = usePreferences();
  const firstMailbox = useSession().user.functionAddresses[0];
  const [saved, setSaved] = useState(false);

  return (
    <div className="settings-page page--narrow">
      <PageHeading focusOnMount>{t('title')}</PageHeading>
      <p>{t('intro')}</p>

      <fieldset className="settings-page__group">
        <legend>{t('shortcuts.legend')}</legend>
        <div className="checkbox">
          <input
            id={`${ids}-shortcuts`}
            type="checkbox"
            checked={shortcutsEnabled}
            aria-describedby={`${ids}-shortcuts-hint`}
            onChange={(event) => {
              setShortcutsEnabled(event.target.checked);
              setSaved(true);
            }}
          />
          <label htmlFor={`${ids}-shortcuts`}>{t('shortcuts.toggle')}</label>
        </div>
        <p id={`${ids}-shortcuts-hint`} className="field__hint">
          {t('shortcuts.hint')}
        </p>
        <p>
          <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={openShortcutHelp}>
            {t('shortcuts.showHelp')}
          </button>
        </p>
      </fieldset>

      <fieldset className="settings-page__group">
        <legend>{t('density.legend')}</legend>
        {DENSITIES.map((value) => (
          <div className="checkbox" key={value}>
            <input
              id={`${ids}-density-${value}`}
              type="radio"
              name={`${ids}-density`}
              checked={density === value}
              onChange={() => {
                setDensity(value);
                setSaved(true);
              }}
            />
            <label htmlFor={`${ids}-density-${value}`}>{t(`density.${value}`)}</label>
          </div>
        ))}
      </fieldset>

      <output className="settings-page__saved">{saved ? t('saved') : null}</output>

      {firstMailbox ? (
        <p>
          <Link to={paths.mailbox(firstMailbox, 'inbox')}>{t('back')}</Link>
        </p>
      ) : null}
    </div>
  );
}
