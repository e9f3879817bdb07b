/**
 * What can be done with the opened message: reply to a received one, complement a sent one
 * (both open the composer with the intent in the URL; the composer prefills the fields), print,
 * export (when that feature is present) and remove (final status only).
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths, type MailboxView } from '../../routes/paths';
import { RemoveMessage } from './RemoveMessage';
import './reader.css';

export interface MessageActionsProps {
  mailbox: string;
  id: string;
  label: string;
  status: string | undefined;
  direction: 'received' | 'sent';
  view: MailboxView;
  /** Extra actions from other features (e.g. export). */
  extra?: ReactNode;
}

export function MessageActions({ mailbox, id, label, status, direction, view, extra }: MessageActionsProps) {
  const { t } = useTranslation('reader');
  return (
    <section className="message-actions" aria-labelledby="message-actions-heading">
      <h2 id="message-actions-heading" className="visually-hidden">
        {t('actions.label')}
      </h2>
      {direction === 'received' ? (
        <Link className="button button--primary" to={paths.compose(mailbox, { kind: 'reply', messageId: id })}>
          {t('actions.reply')}
        </Link>
      ) : (
        <Link className="button button--primary" to={paths.compose(mailbox, { kind: 'complement', messageId: id })}>
          {t('actions.complement')}
        </Link>
      )}
      <Link className="button" to={paths.print(mailbox, id)}>
        {t('actions.print')}
      </Link>
      {extra}
      <RemoveMessage mailbox={mailbox} id={id} label={label} status={status} view={view} />
    </section>
  );
}
