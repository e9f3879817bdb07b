/**
 * Shown when a sent message has waited for the recipient's message receipt longer than the
 * configured time (receiptWarningMinutes): what it means, and what to do (and not to do).
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { ReceiptWait } from '../../sdk/delivery';
import { durationText } from './duration';

export function ReceiptWaitWarning({ wait, limitMinutes }: { wait: ReceiptWait; limitMinutes: number }) {
  const { t, i18n } = useTranslation('delivery');
  if (!wait.overdue) return null;
  return (
    <section className="notice notice--warning delivery__wait" aria-labelledby="receipt-wait-heading">
      <h3 id="receipt-wait-heading">{t('wait.title')}</h3>
      <p>
        {t('wait.body', {
          since: formatDateTime(wait.since, i18n.language),
          duration: durationText(t, wait.minutes),
          limit: durationText(t, limitMinutes),
        })}
      </p>
      <p>{t('wait.meaning')}</p>
      <p>{t('wait.todo')}</p>
    </section>
  );
}
