/** Funktionsbrevlådor: the organisation's mailboxes with their facts; register and edit them. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminMailboxes, type AdminMailbox } from '../../../api/endpoints/admin/listMailboxes';
import { useAdminNotifications } from '../../../api/endpoints/admin/notifications';
import { isolate } from '../../../i18n/bidi';
import { formatDateTime } from '../../../i18n/format';
import { DataTable } from '../../../ui/DataTable';
import { LoadError } from '../../../ui/LoadError';
import { connectionTestRunPath } from '../connection/reportPaths';
import { MailboxForm } from './MailboxForm';

type Editing = { mode: 'create' } | { mode: 'edit'; mailbox: AdminMailbox } | undefined;

export function MailboxesSection() {
  const { t, i18n } = useTranslation('console');
  const mailboxes = useAdminMailboxes();
  const [editing, setEditing] = useState<Editing>();
  const [done, setDone] = useState<string | undefined>();
  // When the form closes, focus goes back to what opened it: the row's Ändra button, or the
  // "Ny funktionsbrevlåda" button (mounted again with the form gone).
  const opener = useRef<HTMLElement | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) (opener.current?.isConnected ? opener.current : createButton.current)?.focus();
    wasEditing.current = editing !== undefined;
  }, [editing]);

  const finish = (text: string) => {
    setEditing(undefined);
    setDone(text);
  };

  return (
    <section aria-labelledby="console-mailboxes">
      <h2 id="console-mailboxes">{t('sections.mailboxes')}</h2>
      {done ? (
        <output className="notice notice--success console__done">{done}</output>
      ) : null}
      {editing?.mode === 'create' ? (
        <MailboxForm mode="create" onCancel={() => setEditing(undefined)} onDone={(m) => finish(t('mailboxes.created', { name: isolate(m.name) }))} />
      ) : editing?.mode === 'edit' ? (
        <MailboxForm
          key={editing.mailbox.id}
          mode="edit"
          mailbox={editing.mailbox}
          onCancel={() => setEditing(undefined)}
          onDone={(m) => finish(t('mailboxes.saved', { name: isolate(m.name) }))}
        />
      ) : (
        <p>
          <button ref={createButton} type="button" className="button button--primary" onClick={() => ((opener.current = null), setDone(undefined), setEditing({ mode: 'create' }))}>
            {t('mailboxes.create')}
          </button>
        </p>
      )}

      {mailboxes.isError ? (
        <LoadError message={t('mailboxes.loadError')} retryLabel={t('mailboxes.retry')} onRetry={() => void mailboxes.refetch()} />
      ) : mailboxes.data === undefined ? (
        <p>{t('loadingSection')}</p>
      ) : mailboxes.data.length === 0 ? (
        <p>{t('mailboxes.none')}</p>
      ) : (
        <div className="console__table-wrap">
          <DataTable
            className="console-table"
            caption={t('mailboxes.caption')}
            columns={[
              t('mailboxes.columns.name'),
              t('mailboxes.columns.state'),
              t('mailboxes.columns.addressBook'),
              t('mailboxes.columns.access'),
              t('mailboxes.columns.unhandled'),
              t('mailboxes.columns.lastReceived'),
              t('mailboxes.columns.lastTest'),
              t('mailboxes.columns.actions'),
            ]}
            rows={mailboxes.data}
            rowKey={(m) => m.id}
            renderCells={(m) => (
              <>
                <th scope="row">
                  {m.name}
                  <br />
                  <code className="console-table__id">{m.id}</code>
                </th>
                <td>{m.active ? t('mailboxes.active') : t('mailboxes.inactive')}</td>
                <td>
                  {m.addressBook.published
                    ? m.addressBook.name
                      ? t('mailboxes.published', { name: isolate(m.addressBook.name) })
                      : t('mailboxes.publishedNoName')
                    : t('mailboxes.notPublished')}
                </td>
                <td>{m.accessCount}</td>
                <td>{m.unhandledCount}</td>
                <td>{m.lastReceivedAt ? formatDateTime(m.lastReceivedAt, i18n.language) : t('mailboxes.never')}</td>
                <td>
                  {m.lastConnectionTest ? (
                    <Link to={connectionTestRunPath(m.lastConnectionTest.runId)}>
                      {t('mailboxes.lastTest.report', {
                        outcome: t(`mailboxes.lastTest.${m.lastConnectionTest.outcome}`),
                        when: formatDateTime(m.lastConnectionTest.finishedAt, i18n.language),
                        environment: m.lastConnectionTest.environment,
                      })}
                    </Link>
                  ) : (
                    t('mailboxes.lastTest.none')
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('mailboxes.editLabel', { name: isolate(m.name) })}
                    onClick={(e) => ((opener.current = e.currentTarget), setDone(undefined), setEditing({ mode: 'edit', mailbox: m }))}
                  >
                    {t('mailboxes.edit')}
                  </button>
                </td>
              </>
            )}
          />
        </div>
      )}
      <NotificationLog />
    </section>
  );
}

function NotificationLog() {
  const { t, i18n } = useTranslation('console');
  const notifications = useAdminNotifications();
  return (
    <section aria-labelledby="console-notifications">
      <h3 id="console-notifications">{t('mailboxes.notifications')}</h3>
      <p className="field__hint">{t('mailboxes.notificationsHint')}</p>
      {notifications.data && notifications.data.length > 0 ? (
        <ul className="console-notifications">
          {notifications.data.map((n) => (
            <li key={n.id}>
              <time dateTime={n.at}>{formatDateTime(n.at, i18n.language)}</time> – {n.recipient}: <strong>{n.subject}</strong>. {n.body}
            </li>
          ))}
        </ul>
      ) : notifications.data ? (
        <p>{t('mailboxes.notificationsNone')}</p>
      ) : null}
    </section>
  );
}
