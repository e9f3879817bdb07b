/**
 * One message, opened from a mailbox list: its header (parties, time, references, persons),
 * whether it is confidential, what can be done with it, the delivery status of a message this
 * mailbox sent, its documents and the whole conversation it belongs to. Focus moves to the
 * subject (h1) when it has loaded, so keyboard and screen reader users start reading at the
 * message. A malformed message is shown as far as it can be read, with a note on what is
 * missing.
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import '../ui/message/messages.css';
import { paths, type MailboxView } from '../routes/paths';
import { messageDirection } from '../sdk/direction';
import { readMessageHeader } from '../sdk/messageHeader';
import { AttachmentList } from '../features/attachments';
import { ConversationPanel } from '../features/conversation';
import { useConversation } from '../features/conversation';
import { DeliveryStatus } from '../features/delivery';
import { ExportMessageButton } from '../features/export';
import { HandlingPanel } from '../features/handling';
import { NotYourMailbox } from '../features/mailboxes';
import { useActiveMailbox } from '../features/mailboxes';
import { contentNotes } from '../features/reader';
import { MessageActions } from '../features/reader';
import { MessageContent } from '../features/reader';
import { MessageHeader } from '../features/reader';
import { MessageNotes } from '../features/reader';
import { ReadToggleButton, useMarkReadOnOpen } from '../features/readState/index.onDemand';
import { ConfidentialityBanner } from '../ui/message/ConfidentialityBanner';
import type { OpenedMessage } from '../sdk/openedMessage';
import { useOpenedMessage } from '../api/endpoints/message';
import { LoadError } from '../ui/LoadError';

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
  const view = (state as { view?: unknown } | null)?.view;
  return view === 'inbox' || view === 'sent' ? view : undefined;
}

function MessageView({ mailbox, messageId }: { mailbox: string; messageId: string }) {
  const { t } = useTranslation('reader');
  const location = useLocation();
  const { message: loaded, isPending, isError, isNotFound, refetch } = useOpenedMessage(messageId);
  // The query's answer arrives as a synchronous (useSyncExternalStore) update, and the whole
  // page (Markdown, header, attachment tables) rendered in one go is a main-thread task of
  // 50–100 ms on a slow machine. Rendered as a deferred value, React builds it in slices of a
  // few milliseconds; "Hämtar meddelandet…" stays up meanwhile.
  const message = useDeferredValue(loaded);
  const preparing = isPending || (loaded !== undefined && message === undefined);

  // Back to the list the user came from; opened directly, a message we sent belongs to "sent".
  const sentFromHere = message?.attributes?.senderAttention?.subOrganization?.extension === mailbox;
  const view: MailboxView = viewFromState(location.state) ?? (sentFromHere ? 'sent' : 'inbox');

  return (
    <div className="message-page">
      <p className="message-page__back">
        <Link to={paths.mailbox(mailbox, view)}>{t(`message.backTo.${view}`)}</Link>
      </p>
      <output className="message-page__status">{preparing ? t('message.loading') : null}</output>
      {isError ? (
        <LoadError
          message={isNotFound ? t('message.notFound') : t('message.error')}
          retryLabel={isNotFound ? undefined : t('message.retry')}
          onRetry={() => void refetch()}
        />
      ) : null}
      {message ? <MessageDetails message={message} mailbox={mailbox} view={view} /> : null}
    </div>
  );
}

function MessageDetails({ message, mailbox, view }: { message: OpenedMessage; mailbox: string; view: MailboxView }) {
  const { t } = useTranslation('messages');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Read defensively: a malformed message still shows what it has, with notes on the rest.
  const header = useMemo(() => readMessageHeader(message.attributes), [message]);
  const notes = useMemo(
    () => [...header.notes, ...contentNotes(message).filter((note) => note.code !== 'no-documents')],
    [header, message],
  );

  useEffect(() => {
    // In the next frame, not during React's commit: focusing forces a layout of the whole new
    // page, and doing it inside the commit turns render + layout into one long main-thread task.
    // If focus moved meanwhile (the user was quicker, e.g. opened a dialog), it is left there.
    const focusedBefore = document.activeElement;
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === focusedBefore) headingRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  useMarkReadOnOpen(message.id);

  const direction = messageDirection(header.sender.functionAddress, mailbox);
  const conversation = useConversation(mailbox, {
    id: message.id,
    item: message,
    direction,
    conversationId: header.conversationId ?? header.messageId ?? message.id,
  });
  // The polled list item carries the newest status and events; the opened message until then.
  const live: unknown = conversation.listed?.attributes ?? message.attributes;
  const status = conversation.listed?.status ?? header.status;
  const label = header.label ?? t('message.noLabel');

  return (
    <article className="message" aria-labelledby="message-heading">
      <h1 id="message-heading" ref={headingRef} tabIndex={-1}>
        {label}
      </h1>
      <ConfidentialityBanner confidential={header.confidential} />
      <MessageNotes notes={notes} />
      <MessageHeader header={header} id={message.id} />
      <MessageActions
        mailbox={mailbox}
        id={message.id}
        label={label}
        status={status}
        direction={direction}
        view={view}
        extra={
          <>
            {direction === 'received' ? <ReadToggleButton messageId={message.id} /> : null}
            <ExportMessageButton message={message} />
          </>
        }
      />
      {direction === 'received' ? <HandlingPanel messageId={message.id} mailbox={mailbox} /> : null}
      {direction === 'sent' ? <DeliveryStatus attributes={live} /> : null}
      <MessageContent
        documents={message.documents}
        renderFiles={(files, caption) => <AttachmentList message={message} files={files} caption={caption} />}
      />
      <ConversationPanel
        mailbox={mailbox}
        currentId={message.id}
        entries={conversation.entries}
        isPending={conversation.isPending}
        isError={conversation.isError}
        onRetry={conversation.refetch}
      />
    </article>
  );
}
