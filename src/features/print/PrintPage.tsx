/**
 * Print view of one message (routePatterns.print), shown without the app's chrome: the
 * confidentiality marking, subject, parties, time, references and persons, the whole text and
 * the list of attachments (name, type, size).
 *
 * The marking must be on every printed page. It sits in the <thead> of a one-cell layout
 * table: Chromium repeats a real table's <thead> at the top of every page the table spans
 * (a CSS display:table-header-group on divs is not repeated), and unlike a position:fixed
 * header it takes room of its own, so it never covers text. e2e/reader.spec.ts prints to PDF
 * and checks every page.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { readMessageHeader, type MessageHeaderData } from '../../sdk/messageHeader';
import { NotYourMailbox } from '../mailboxes';
import { useActiveMailbox } from '../mailboxes';
import { ConfidentialityBanner } from '../../ui/message/ConfidentialityBanner';
import type { OpenedMessage } from '../../sdk/openedMessage';
import { useOpenedMessage } from '../../api/endpoints/message';
import { MessageContent } from '../reader';
import { MessageHeader } from '../reader';
import '../../ui/message/messages.css';
import './print.css';
import { LoadError } from '../../ui/LoadError';

export function PrintPage() {
  const active = useActiveMailbox();
  const { messageId } = useParams();
  if (active.status !== 'active') {
    return <NotYourMailbox requested={active.status === 'foreign' ? active.requested : ''} fallback={active.mailboxes[0]} />;
  }
  return <PrintView key={messageId} mailbox={active.mailbox} id={messageId ?? ''} />;
}

function PrintView({ mailbox, id }: { mailbox: string; id: string }) {
  const { t } = useTranslation('print');
  const { message, isPending, isError, isNotFound } = useOpenedMessage(id);
  return (
    <div className="print-page">
      <section className="print-page__tools" aria-label={t('tools')}>
        <Link to={paths.message(mailbox, id)}>{t('back')}</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!message}>
          {t('printButton')}
        </button>
        <p className="print-page__hint">{t('hint')}</p>
      </section>
      <output className="message-page__status">{isPending ? t('loading') : null}</output>
      {isError ? (
        <LoadError message={isNotFound ? t('notFound') : t('error')} />
      ) : null}
      {message ? <PrintDocument message={message} /> : null}
    </div>
  );
}

function PrintDocument({ message }: { message: OpenedMessage }) {
  const { t: tm } = useTranslation('messages');
  const header = readMessageHeader(message.attributes);
  const label = header.label ?? tm('message.noLabel');

  return (
    <table className="print-layout" role="presentation">
      <thead>
        <tr>
          <td>
            <PrintMarking confidential={header.confidential} label={label} />
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>
            <PrintArticle message={message} header={header} label={label} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** "Omfattas av sekretess – <subject>", at the top of every printed page. */
function PrintMarking({ confidential, label }: { confidential: boolean; label: string }) {
  const { t } = useTranslation('reader');
  return (
    <p className={`print-marking${confidential ? ' print-marking--confidential' : ''}`} data-testid="print-marking">
      <strong>{confidential ? t('message.confidential') : t('message.notConfidential')}</strong>
      <span className="print-marking__label"> – {label}</span>
    </p>
  );
}

function PrintArticle({ message, header, label }: { message: OpenedMessage; header: MessageHeaderData; label: string }) {
  const { t, i18n } = useTranslation('print');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [printedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <article className="message print-message" aria-labelledby="print-heading">
      <h1 id="print-heading" ref={headingRef} tabIndex={-1}>
        {label}
      </h1>
      <ConfidentialityBanner confidential={header.confidential} />
      <MessageHeader header={header} id={message.id} />
      <MessageContent documents={message.documents} />
      <p className="print-page__printed">{t('printedAt', { time: formatDateTime(printedAt, i18n.language) })}</p>
    </article>
  );
}
