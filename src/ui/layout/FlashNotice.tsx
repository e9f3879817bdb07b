/**
 * Shows the flash handed over in the location state (src/routes/flash.ts) at the top of the
 * page, focused so keyboard and screen-reader users learn the outcome first, until dismissed.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { flashOf } from '../../routes/flash';

export function FlashNotice() {
  const { t } = useTranslation('common');
  const location = useLocation();
  const flash = flashOf(location.state);
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const ref = useRef<HTMLOutputElement>(null);
  const visible = flash !== undefined && dismissedKey !== location.key;

  // A new flash (a new history entry) takes focus again, even when one was already shown.
  const focusKey = visible ? location.key : null;
  useEffect(() => {
    if (focusKey) ref.current?.focus();
  }, [focusKey]);

  if (!visible) return null;
  return (
    <output ref={ref} className="notice notice--success flash-notice" tabIndex={-1}>
      <p>{flash}</p>
      <button type="button" className="button button--quiet" onClick={() => setDismissedKey(location.key)}>
        {t('flash.dismiss')}
      </button>
    </output>
  );
}
