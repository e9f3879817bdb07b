/**
 * Says, while the browser is offline, that writing goes on and sending will wait. The status
 * region is always present so the change is announced when the connection drops.
 */
import { useTranslation } from 'react-i18next';
import { useOnline } from '../../connectivity';
import './sending.css';

export function OfflineNotice() {
  const { t } = useTranslation('compose', { keyPrefix: 'sending' });
  const online = useOnline();
  return (
    <output className="offline-notice">
      {online ? null : (
        <span className="notice notice--warning">
          <strong>{t('offline.title')}</strong> <span>{t('offline.body')}</span>
        </span>
      )}
    </output>
  );
}
