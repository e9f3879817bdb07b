/**
 * A message status (KV Meddelandestatus) in words. Codes outside the code list are shown as
 * received, marked as unknown, so nothing the service says is hidden.
 *
 * StatusBadgeText takes the translation function from its caller, for list rows that mount by
 * the dozen while scrolling; StatusBadge is the same with its own hook.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { statusInfo } from '../../sdk/status';

export function StatusBadge({ code }: { code: string | undefined }) {
  const { t } = useTranslation('messages');
  return <StatusBadgeText code={code} t={t} />;
}

/** `t` of any namespace: the keys used are namespaced (messages:…). */
export function StatusBadgeText({ code, t }: { code: string | undefined; t: TFunction }) {
  if (!code) return <span className="status-badge status-badge--unknown">{t('messages:status.missing')}</span>;
  const info = statusInfo(code);
  if (!info) {
    return (
      <span className="status-badge status-badge--unknown" title={t('messages:status.unknownNote')}>
        {t('messages:status.unknown', { code })}
      </span>
    );
  }
  return (
    <span className={`status-badge status-badge--${info.outcome}`} data-status={info.code}>
      {t(`messages:status.${info.code}`)}
    </span>
  );
}
