/**
 * The whole conversation of the opened message in this mailbox: received and sent messages
 * together in reading order, each with its direction, the other party, time and (for sent
 * messages) delivery status, and a link to open it. The opened message is marked
 * (aria-current), so screen reader users hear where they are in the thread.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { paths, type MailboxView } from '../../routes/paths';
import { useFunctionAddressDirectory } from '../mailboxes';
import { partyText } from '../../sdk/parties';
import { StatusBadge } from '../../ui/message/StatusBadge';
import type { ConversationEntry } from './conversationEntries';
import { isolate } from '../../i18n/bidi';
import './conversation.css';
import { LoadError } from '../../ui/LoadError';

export interface ConversationPanelProps {
  mailbox: string;
  currentId: string;
  entries: readonly ConversationEntry[];
  isPending: boolean;
  isError: boolean;
  onRetry(): void;
}

export function ConversationPanel({ mailbox, currentId, entries, isPending, isError, onRetry }: ConversationPanelProps) {
  const { t, i18n } = useTranslation(['conversation', 'messages']);
  const directory = useFunctionAddressDirectory();
  const others = entries.filter((entry) => entry.id !== currentId).length;

  return (
    <section className="conversation" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">{t('heading')}</h2>
      {isPending ? <p className="status-text">{t('loading')}</p> : null}
      {isError ? (
        <LoadError message={t('error')} retryLabel={t('retry')} onRetry={onRetry} />
      ) : null}
      {!isPending && others === 0 ? <p>{t('alone')}</p> : null}
      {others > 0 ? (
        <ol className="conversation__list" aria-label={t('listLabel')}>
          {entries.map((entry) => {
            const current = entry.id === currentId;
            const counterpart = partyText(entry.counterpart, directory) ?? t('messages:message.unknownParty');
            const state: { view: MailboxView } = { view: entry.direction === 'sent' ? 'sent' : 'inbox' };
            return (
              <li
                key={entry.id}
                className={`conversation__item conversation__item--${entry.direction}${current ? ' conversation__item--current' : ''}`}
              >
                <p className="conversation__meta">
                  <span className="conversation__direction">{t(`${entry.direction}`)}</span>{' '}
                  <span>{t(entry.direction === 'sent' ? 'to' : 'from', { party: isolate(counterpart) })}</span>
                  {' · '}
                  {entry.creationDateTime && !Number.isNaN(Date.parse(entry.creationDateTime)) ? (
                    <time dateTime={entry.creationDateTime}>{formatDateTime(entry.creationDateTime, i18n.language)}</time>
                  ) : (
                    <span>{t('messages:message.dateUnknown')}</span>
                  )}
                  {entry.direction === 'sent' ? (
                    <>
                      {' '}
                      <StatusBadge code={entry.status} />
                    </>
                  ) : null}
                </p>
                <Link
                  to={paths.message(mailbox, entry.id)}
                  state={state}
                  aria-current={current ? 'page' : undefined}
                  className="conversation__link"
                >
                  <bdi>{entry.label ?? t('noLabel')}</bdi>
                </Link>
                {current ? <span className="conversation__current"> ({t('current')})</span> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
