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
import { isolate } from '../../i18n/bidi';
import './messages.css';

export function StatusBadge({ code }: { code: string | undefined }) {
  const { t } = useTranslation('messages');
  return <StatusBadgeText code={code} t={t} />;
}

/** The status in words (also for a row's accessible name). `t` of any namespaces including messages: the keys are namespaced. */
export function statusText(code: string | undefined, t: TFunction<['messages']>): string {
  if (!code) return t('messages:status.missing');
  const info = statusInfo(code);
  return info ? t(`messages:status.${info.code}`) : t('messages:status.unknown', { code: isolate(code) });
}

export function StatusBadgeText({ code, t }: { code: string | undefined; t: TFunction<['messages']> }) {
  const info = code ? statusInfo(code) : undefined;
  if (!info) {
    return (
      <span className="status-badge status-badge--unknown" title={code ? t('messages:status.unknownNote') : undefined}>
        {statusText(code, t)}
      </span>
    );
  }
  return (
    <span className={`status-badge status-badge--${info.outcome}`} data-status={info.code}>
      {statusText(code, t)}
    </span>
  );
}
