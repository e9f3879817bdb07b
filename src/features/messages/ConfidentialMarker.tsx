/**
 * "Sekretess" marker for a confidential message in a list: text and a lock icon, never colour
 * alone (WCAG 1.4.1).
 */
import { useTranslation } from 'react-i18next';
import { LockIcon } from './LockIcon';

export function ConfidentialMarker() {
  const { t } = useTranslation('messages');
  return (
    <span className="confidential-marker">
      <LockIcon />
      {t('message.confidentialMarker')}
    </span>
  );
}
