/**
 * The user's drafts of one mailbox (paths.drafts): label, recipients, when last saved; open or
 * delete (with confirmation). Focus goes back to a sensible place after a delete.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/SessionContext';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DataTable } from '../../ui/DataTable';
import { NotYourMailbox, useActiveMailbox, useFunctionAddressDirectory } from '../mailboxes';
import { isolate } from '../../i18n/bidi';
import './compose.css';
import { draftsOf, useDraftStore, type Draft } from './drafts/draftStore';
import { dropInvalidDrafts } from './drafts/draftSchema';
import { recipientText } from './model/composeValues';

// Once, before any draft is shown: the stored entries that do not parse in full are dropped
// (start-up checks only what the drafts link's count needs).
dropInvalidDrafts();

export function DraftsPage() {
  const active = useActiveMailbox();
  if (active.status !== 'active') {
    return <NotYourMailbox requested={active.status === 'foreign' ? active.requested : ''} fallback={active.mailboxes[0]} />;
  }
  return <DraftsList mailbox={active.mailbox} />;
}

function DraftsList({ mailbox }: { mailbox: string }) {
  const { t, i18n } = useTranslation('compose');
  const { user } = useSession();
  const directory = useFunctionAddressDirectory();
  const all = useDraftStore((s) => s.drafts);
  const drafts = useMemo(() => draftsOf(all, user.subject, mailbox), [all, user.subject, mailbox]);
  const [deleting, setDeleting] = useState<Draft | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const labelOf = (d: Draft) => d.values.label.trim() || t('drafts.noLabel');

  return (
    <div className="drafts-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('drafts.title')}
      </h1>
      <p>{t('drafts.intro')}</p>
      <p>
        <Link className="button button--primary" to={paths.compose(mailbox)}>
          {t('drafts.newMessage')}
        </Link>
      </p>
      <output className="visually-hidden">{announcement}</output>
      {drafts.length === 0 ? (
        <p>{t('drafts.empty')}</p>
      ) : (
        <DataTable
          className="drafts-table"
          caption={t('drafts.tableCaption', { mailbox: isolate(directory.labelOf(mailbox)) })}
          captionClassName="visually-hidden"
          columns={[t('drafts.columns.label'), t('drafts.columns.recipients'), t('drafts.columns.savedAt'), t('drafts.columns.actions')]}
          rows={drafts}
          rowKey={(d) => d.id}
          renderCells={(d) => (
            <>
              <td>
                {d.values.thread ? <span className="drafts-table__kind">{t(`drafts.kind.${d.values.thread.kind}`)}: </span> : null}
                {labelOf(d)}
                {d.attachmentNames.length > 0 ? (
                  <span className="status-text">{t('drafts.attachments', { count: d.attachmentNames.length })}</span>
                ) : null}
              </td>
              <td>{d.values.recipients.length > 0 ? d.values.recipients.map(recipientText).join('; ') : t('drafts.noRecipients')}</td>
              <td>{formatDateTime(d.savedAt, i18n.language)}</td>
              <td className="drafts-table__actions">
                <Link
                  id={`draft-open-${d.id}`}
                  to={paths.compose(mailbox, { kind: 'draft', draftId: d.id })}
                  aria-label={t('drafts.openLabel', { label: isolate(labelOf(d)) })}
                >
                  {t('drafts.open')}
                </Link>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('drafts.deleteLabel', { label: isolate(labelOf(d)) })}
                  onClick={() => setDeleting(d)}
                >
                  {t('drafts.delete')}
                </button>
              </td>
            </>
          )}
        />
      )}
      {deleting ? (
        <ConfirmDialog
          role="alertdialog"
          title={t('drafts.deleteTitle')}
          cancelLabel={t('drafts.deleteCancel')}
          confirmLabel={t('drafts.deleteConfirm')}
          tone="danger"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const label = labelOf(deleting);
            const index = drafts.findIndex((d) => d.id === deleting.id);
            useDraftStore.getState().deleteDraft(deleting.id);
            setDeleting(null);
            setAnnouncement(t('drafts.deleted', { label: isolate(label) }));
            // The dialog hands focus back to the delete button, which is gone: go to a neighbour.
            const neighbour = drafts.filter((d) => d.id !== deleting.id)[Math.max(0, index - 1)];
            setTimeout(() => {
              const target = neighbour ? document.getElementById(`draft-open-${neighbour.id}`) : headingRef.current;
              target?.focus();
            }, 0);
          }}
        >
          <p>{t('drafts.deleteBody', { label: isolate(labelOf(deleting)) })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
