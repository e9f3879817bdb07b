/**
 * One message, opened from a mailbox list: who sent it to whom and when, whether it is
 * confidential, and its documents. Focus moves to the subject (h1) when it has loaded, so
 * keyboard and screen reader users start reading at the message.
 */
import { useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import './messages.css';
import { formatDateTime } from '../../i18n/format';
import { paths, type MailboxView } from '../../routes/paths';
import type { MessageResource } from '../../sdk/model';
import { NotYourMailbox } from '../mailboxes/NotYourMailbox';
import { useActiveMailbox } from '../mailboxes/useActiveMailbox';
import { useFunctionAddressDirectory } from '../mailboxes/useFunctionAddressDirectory';
import { ConfidentialityBanner } from './ConfidentialityBanner';
import { MessageDocuments } from './MessageDocuments';
import type { MessageLinkState } from './MessageList';
import { toMessageRow } from './messageSummary';
import { partyNames } from './parties';
import { StatusBadge } from './StatusBadge';
import { useMessage } from './useMessage';

export function MessagePage() {
  const active = useActiveMailbox();
  const { messageId } = useParams();
  if (active.status !== 'active') {
    return (
      <NotYourMailbox requested={active.status === 'foreign' ? active.requested : ''} fallback={active.mailboxes[0]} />
    );
  }
  return <MessageView key={messageId} mailbox={active.mailbox} messageId={messageId ?? ''} />;
}

function viewFromState(state: unknown): MailboxView | undefined {
  const view = (state as Partial<MessageLinkState> | null)?.view;
  return view === 'inbox' || view === 'sent' ? view : undefined;
}

function MessageView({ mailbox, messageId }: { mailbox: string; messageId: string }) {
  const { t } = useTranslation('messages');
  const location = useLocation();
  const { message, isPending, isError, isNotFound, refetch } = useMessage(messageId);

  // Back to the list the user came from; opened directly, a message we sent belongs to "sent".
  const sentFromHere = message?.attributes?.senderAttention?.subOrganization?.extension === mailbox;
  const view: MailboxView = viewFromState(location.state) ?? (sentFromHere ? 'sent' : 'inbox');

  return (
    <div className="message-page">
      <p className="message-page__back">
        <Link to={paths.mailbox(mailbox, view)}>{t(`message.backTo.${view}`)}</Link>
      </p>
      <output className="message-page__status">{isPending ? t('message.loading') : null}</output>
      {isError ? (
        <div role="alert" className="notice notice--error">
          <p>{isNotFound ? t('message.notFound') : t('message.error')}</p>
          {isNotFound ? null : (
            <button type="button" className="button" onClick={() => void refetch()}>
              {t('message.retry')}
            </button>
          )}
        </div>
      ) : null}
      {message ? <MessageDetails message={message} view={view} /> : null}
    </div>
  );
}

function MessageDetails({ message, view }: { message: MessageResource; view: MailboxView }) {
  const { t, i18n } = useTranslation('messages');
  const directory = useFunctionAddressDirectory();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Read like a list row: defensively, so a malformed message still shows what it has.
  const row = toMessageRow(message);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const sender = partyNames(
    { organization: row?.sender, functionAddress: row?.senderFunction, functionLabel: row?.senderFunctionLabel },
    directory,
  );
  const recipient = partyNames(
    { organization: row?.recipient, functionAddress: row?.recipientFunction, functionLabel: row?.recipientFunctionLabel },
    directory,
  );
  const missing = t('message.unknownParty');

  return (
    <article className="message" aria-labelledby="message-heading">
      <h1 id="message-heading" ref={headingRef} tabIndex={-1}>
        {row?.label ?? t('message.noLabel')}
      </h1>
      <ConfidentialityBanner confidential={row?.confidential ?? true} />
      <dl className="facts message__details">
        <dt>{t('message.sender')}</dt>
        <dd>{sender.organization ?? missing}</dd>
        <dt>{t('message.senderFunction')}</dt>
        <dd>
          <FunctionName name={sender.functionName} identifier={row?.senderFunction} missing={missing} />
        </dd>
        <dt>{t('message.recipient')}</dt>
        <dd>{recipient.organization ?? missing}</dd>
        <dt>{t('message.recipientFunction')}</dt>
        <dd>
          <FunctionName name={recipient.functionName} identifier={row?.recipientFunction} missing={missing} />
        </dd>
        <dt>{t('message.created')}</dt>
        <dd>
          {row && !Number.isNaN(row.createdAt) ? (
            <time dateTime={row.creationDateTime}>{formatDateTime(row.creationDateTime, i18n.language)}</time>
          ) : (
            t('message.dateUnknown')
          )}
        </dd>
        {view === 'sent' ? (
          <>
            <dt>{t('message.status')}</dt>
            <dd>
              <StatusBadge code={row?.status} />
            </dd>
          </>
        ) : null}
      </dl>
      <MessageDocuments documents={message.attributes?.digitalDocument} />
    </article>
  );
}

/** A function's name with its identifier as secondary text (when they differ). */
function FunctionName({ name, identifier, missing }: { name: string | undefined; identifier: string | undefined; missing: string }) {
  if (!name) return <>{missing}</>;
  return (
    <>
      {name}
      {identifier && identifier !== name ? <span className="message__identifier"> ({identifier})</span> : null}
    </>
  );
}
