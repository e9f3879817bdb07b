/**
 * Delivery status of a message this mailbox sent: the result so far (final results stand
 * out), a warning when the receipt is late, advice when delivery failed, and the timeline of
 * every event. `attributes` is the message as last reported (the polled list item, or the
 * opened message); the page keeps it fresh, so the status moves on while it is watched.
 */
import { useTranslation } from 'react-i18next';
import { useConfig } from '../../config/ConfigContext';
import { adviceFor, deliveryResult, deliveryTimeline, eventsOf, receiptWait } from '../../sdk/delivery';
import { StatusBadge } from '../../ui/message/StatusBadge';
import { DeliveryAdvice } from './DeliveryAdvice';
import { DeliveryTimeline } from './DeliveryTimeline';
import { ReceiptWaitWarning } from './ReceiptWaitWarning';
import { useNow } from './useNow';
import './delivery.css';
import { readString } from '../../sdk/readValue';

/** At most this long between re-evaluations of "the receipt is late" without new data. */
const MAX_RECHECK_MS = 30_000;

export function DeliveryStatus({ attributes }: { attributes: unknown }) {
  const { t } = useTranslation('delivery');
  const { receiptWarningMinutes, pollIntervalSeconds } = useConfig();
  const now = useNow(Math.min(MAX_RECHECK_MS, pollIntervalSeconds * 1000));

  const record = typeof attributes === 'object' && attributes !== null ? (attributes as Record<string, unknown>) : {};
  const status = readString(record.messageStatus);
  const events = eventsOf(record);
  const issues = events?.eventIssues ?? [];
  const result = deliveryResult(status);
  const timeline = deliveryTimeline(events);
  const advice = adviceFor(issues, status);
  const wait = receiptWait(status, issues, readString(record.creationDateTime), now, receiptWarningMinutes);

  return (
    <section className="delivery" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">{t('heading')}</h2>
      <div className={`delivery__result delivery__result--${result}`}>
        <p className="delivery__current">
          <span className="delivery__current-label">{t('current')}:</span> <StatusBadge code={status} />
        </p>
        {/* Polite live region: a case worker watching the page hears the result arrive. */}
        <p>
          <output className="delivery__summary">{t(`result.${result}`)}</output>
        </p>
      </div>
      {wait ? <ReceiptWaitWarning wait={wait} limitMinutes={receiptWarningMinutes} /> : null}
      <DeliveryAdvice advice={advice} />
      <DeliveryTimeline entries={timeline} />
    </section>
  );
}
