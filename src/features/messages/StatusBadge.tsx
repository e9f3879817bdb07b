/**
 * A message status (KV Meddelandestatus) in words. Codes outside the code list are shown as
 * received, marked as unknown, so nothing the service says is hidden.
 */
import { useTranslation } from 'react-i18next';
import { statusInfo } from '../../sdk/status';

export function StatusBadge({ code }: { code: string | undefined }) {
  const { t } = useTranslation('messages');
  if (!code) return <span className="status-badge status-badge--unknown">{t('status.missing')}</span>;
  const info = statusInfo(code);
  if (!info) {
    return (
      <span className="status-badge status-badge--unknown" title={t('status.unknownNote')}>
        {t('status.unknown', { code })}
      </span>
    );
  }
  return (
    <span className={`status-badge status-badge--${info.outcome}`} data-status={info.code}>
      {t(`status.${info.code}`)}
    </span>
  );
}
