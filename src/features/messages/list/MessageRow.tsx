/**
 * One row of the message list, and the spacer rows that stand for the rows not rendered. Rows
 * are memoised and free of hooks: a scroll step mounts a screenful of them in one task, so
 * texts, read state and handlers come from the list.
 */
import { memo } from 'react';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { isolate } from '../../../i18n/bidi';
import { formatDateTime } from '../../../i18n/format';
import { paths, type MailboxView } from '../../../routes/paths';
import { ConfidentialMarker } from '../../../ui/message/ConfidentialMarker';
import { StatusBadgeText, statusText } from '../../../ui/message/StatusBadge';
import { ReadToggle } from '../../readState';
import { AttachmentMarker } from './AttachmentMarker';
import type { ListItem } from './listItems';

/** Passed to the message page so its back link returns to the list the user came from. */
export interface MessageLinkState {
  view: MailboxView;
}

export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="message-list__spacer" style={{ height }}>
      <td colSpan={columns} aria-hidden="true" />
    </tr>
  );
}

export interface MessageRowProps {
  item: ListItem;
  index: number;
  active: boolean;
  /** Inbox only (always false in sent). */
  read: boolean;
  /** The user's read state is known; until then no row shows as unread. */
  readReady: boolean;
  attachments: number;
  /**
   * Shared mailbox (inbox through the MK gateway): who has taken the message ('' for nobody) and
   * whether it is handled. Undefined: no handling column.
   */
  handler?: string | undefined;
  handled?: boolean;
  view: MailboxView;
  mailbox: string;
  /** The list's translation function (namespaces messages, readState). */
  t: TFunction<['messages', 'readState']>;
  lang: string;
  measureRef: (element: HTMLTableRowElement | null) => void;
  onOpen(id: string, navigateNow: boolean): void;
  onToggleRead(id: string, read: boolean): void;
}

// No hooks but memo: a scroll step mounts a screenful of rows in one task.
export const MessageRow = memo(function MessageRow(props: MessageRowProps) {
  const { item, index, active, read, readReady, attachments, handler, handled, view, mailbox, t, lang, measureRef, onOpen, onToggleRead } = props;
  const { row, counterpart } = item;
  const unread = view === 'inbox' && readReady && !read;
  const label = row.label ?? t('messages:message.noLabel');
  const party = counterpart ?? t('messages:message.unknownParty');
  const dated = !Number.isNaN(row.createdAt);
  const dateText = dated ? formatDateTime(row.creationDateTime, lang) : t('messages:message.dateUnknown');
  const tabIndex = active ? 0 : -1;
  const state: MessageLinkState = { view };

  const name = [
    unread ? t('row.unread') : null,
    label,
    t(view === 'inbox' ? 'row.from' : 'row.to', { party: isolate(party) }),
    dateText,
    row.confidential ? t('row.confidential') : null,
    attachments > 0 ? t('attachmentsSpoken', { count: attachments }) : null,
    view === 'sent' ? t('row.status', { status: statusText(row.status, t) }) : null,
    handler ? t('row.handler', { name: isolate(handler) }) : null,
    handled ? t('row.handled') : null,
  ]
    .filter(Boolean)
    .join('. ');

  return (
    <tr
      ref={measureRef}
      data-index={index}
      data-id={row.id}
      aria-rowindex={index + 2}
      aria-label={name}
      tabIndex={tabIndex}
      className={unread ? 'message-list__row message-list__row--unread' : 'message-list__row'}
    >
      <th scope="row" className="message-list__label">
        {unread ? (
          <>
            <span className="unread-dot" aria-hidden="true" />
            <span className="visually-hidden">{t('readState:unread')}: </span>
          </>
        ) : null}
        <Link to={paths.message(mailbox, row.id)} state={state} tabIndex={tabIndex} onClick={() => onOpen(row.id, false)}>
          {/* <bdi>: the sender's text; a bidi override in it must not reorder the row's other text. */}
          <bdi>{label}</bdi>
        </Link>
      </th>
      <td>{party}</td>
      <td>{dated ? <time dateTime={row.creationDateTime}>{dateText}</time> : dateText}</td>
      <td>{row.confidential ? <ConfidentialMarker text={t('messages:message.confidentialMarker')} /> : null}</td>
      <td>{attachments > 0 ? <AttachmentMarker text={t('attachments', { count: attachments })} /> : null}</td>
      {handler === undefined ? null : (
        <td>
          {handled ? <strong className="message-list__handled">{t('row.handled')} </strong> : null}
          <bdi>{handler}</bdi>
        </td>
      )}
      <td>
        {view === 'sent' ? (
          <StatusBadgeText code={row.status} t={t} />
        ) : (
          <ReadToggle
            read={read}
            ready={readReady}
            label={label}
            tabIndex={tabIndex}
            className="button button--quiet button--small"
            t={t}
            onToggle={() => onToggleRead(row.id, read)}
          />
        )}
      </td>
    </tr>
  );
});
