/**
 * Every event the message service reports for a sent message, newest first (B1.4.2), each
 * explained in plain words with the part that acted (message service, access point,
 * recipient). Receipt reasons (SV/BV/SIG) and codes outside the code list are shown as
 * received, never dropped.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { ReceiptResponseCode, TimelineEntry } from '../../sdk/delivery';
import { statusInfo } from '../../sdk/status';
import { IssueFacts } from './IssueFacts';
import { isolate } from '../../i18n/bidi';

export function DeliveryTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation('delivery');
  return (
    <section className="delivery-timeline" aria-labelledby="delivery-timeline-heading">
      <h3 id="delivery-timeline-heading">{t('timeline')}</h3>
      {entries.length === 0 ? (
        <p>{t('noEvents')}</p>
      ) : (
        <ol className="delivery-timeline__list">
          {entries.map((entry) => (
            <TimelineItem key={entry.key} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation('delivery');
  const { t: tm } = useTranslation('messages');
  const dateTime = entry.issue.dateTime;
  const dated = typeof dateTime === 'string' && !Number.isNaN(Date.parse(dateTime));
  const tone = entry.kind === 'status' ? (entry.final || entry.outcome === 'failure' ? entry.outcome : 'step') : entry.kind;
  const info = entry.kind === 'status' ? statusInfo(entry.code) : undefined;

  return (
    <li className={`delivery-timeline__item delivery-timeline__item--${tone ?? 'step'}`} data-code={entry.code}>
      <p className="delivery-timeline__time">
        {dated ? <time dateTime={dateTime}>{formatDateTime(dateTime, i18n.language)}</time> : t('timeUnknown')}
      </p>
      {info ? (
        <>
          <p className="delivery-timeline__title">
            <strong>{tm(`status.${info.code}`)}</strong> <span className="delivery-timeline__code">({info.code})</span>
          </p>
          <p>{t(`explain.${info.code}`)}</p>
          <p className="delivery-timeline__actor">{t('actedBy', { actor: t(`actor.${info.actor}`) })}</p>
          {entry.outcome === 'failure' ? <IssueFacts issue={entry.issue} /> : null}
        </>
      ) : entry.kind === 'receipt-reason' ? (
        <>
          <p className="delivery-timeline__title">
            <strong>{t('receiptLine', { code: t(`responseCode.${entry.code as ReceiptResponseCode}`) })}</strong>
          </p>
          <p className="delivery-timeline__actor">{t('actedBy', { actor: t('actor.recipient') })}</p>
          <IssueFacts issue={entry.issue} />
        </>
      ) : (
        <>
          <p className="delivery-timeline__title">
            <strong>{t('unknownCode', { code: entry.code ? isolate(entry.code) : '–' })}</strong>
          </p>
          <IssueFacts issue={entry.issue} />
        </>
      )}
    </li>
  );
}
