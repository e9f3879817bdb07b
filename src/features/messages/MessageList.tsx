/**
 * The messages of a mailbox as a table: one row per message, the subject a link to the
 * message. Sent messages also show their status.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { paths, type MailboxView } from '../../routes/paths';
import type { FunctionAddressDirectory } from '../mailboxes/directory';
import { ConfidentialMarker } from './ConfidentialMarker';
import type { MessageRowData } from './messageSummary';
import { partyText } from './parties';
import { StatusBadge } from './StatusBadge';

export interface MessageListProps {
  mailbox: string;
  mailboxLabel: string;
  view: MailboxView;
  rows: readonly MessageRowData[];
  directory: FunctionAddressDirectory;
}

/** Passed to the message page so its back link returns to the list the user came from. */
export interface MessageLinkState {
  view: MailboxView;
}

export function MessageList({ mailbox, mailboxLabel, view, rows, directory }: MessageListProps) {
  const { t } = useTranslation('messages');
  return (
    <table className="message-list">
      <caption className="message-list__caption">{t(`list.caption.${view}`, { mailbox: mailboxLabel })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.columns.label')}</th>
          <th scope="col">{view === 'inbox' ? t('list.columns.from') : t('list.columns.to')}</th>
          <th scope="col">{t('list.columns.date')}</th>
          <th scope="col">{t('list.columns.confidentiality')}</th>
          {view === 'sent' ? <th scope="col">{t('list.columns.status')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <MessageListRow key={row.id} row={row} mailbox={mailbox} view={view} directory={directory} />
        ))}
      </tbody>
    </table>
  );
}

interface MessageListRowProps {
  row: MessageRowData;
  mailbox: string;
  view: MailboxView;
  directory: FunctionAddressDirectory;
}

function MessageListRow({ row, mailbox, view, directory }: MessageListRowProps) {
  const { t, i18n } = useTranslation('messages');
  const counterpart =
    view === 'inbox'
      ? partyText(
          { organization: row.sender, functionAddress: row.senderFunction, functionLabel: row.senderFunctionLabel },
          directory,
          'organization-first',
        )
      : partyText(
          { organization: row.recipient, functionAddress: row.recipientFunction, functionLabel: row.recipientFunctionLabel },
          directory,
          'function-first',
        );
  const state: MessageLinkState = { view };
  return (
    <tr className="message-list__row">
      <th scope="row" className="message-list__label">
        <Link to={paths.message(mailbox, row.id)} state={state}>
          {row.label ?? t('message.noLabel')}
        </Link>
      </th>
      <td>{counterpart ?? t('message.unknownParty')}</td>
      <td>
        {Number.isNaN(row.createdAt) ? (
          t('message.dateUnknown')
        ) : (
          <time dateTime={row.creationDateTime}>{formatDateTime(row.creationDateTime, i18n.language)}</time>
        )}
      </td>
      <td>{row.confidential ? <ConfidentialMarker /> : null}</td>
      {view === 'sent' ? (
        <td>
          <StatusBadge code={row.status} />
        </td>
      ) : null}
    </tr>
  );
}
