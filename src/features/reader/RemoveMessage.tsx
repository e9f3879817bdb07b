/**
 * "Ta bort": offered only when the message is in a final status (canDeleteInStatus), behind a
 * confirmation that says what removal means. On success, back to the list with a status
 * message; on failure the problem is shown in the dialog, which stays open.
 */
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { paths, type MailboxView } from '../../routes/paths';
import { canDeleteInStatus } from '../../sdk/status';
import { MessagesApiError } from '../../api/apiError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { FlashState } from '../../routes/flash';
import { useRemoveMessage } from './useRemoveMessage';
import { isolate } from '../../i18n/bidi';

export interface RemoveMessageProps {
  mailbox: string;
  id: string;
  label: string;
  status: string | undefined;
  /** The list to return to. */
  view: MailboxView;
}

export function RemoveMessage({ mailbox, id, label, status, view }: RemoveMessageProps) {
  const { t } = useTranslation('reader');
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const removal = useRemoveMessage(id, () => {
    const state: FlashState & { view: MailboxView } = { view, flash: t('remove.done', { label: isolate(label) }) };
    void navigate(paths.mailbox(mailbox, view), { state });
  });

  if (!status || !canDeleteInStatus(status)) return null;

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="button button--quiet"
        onClick={() => {
          removal.reset();
          setOpen(true);
        }}
      >
        {t('actions.remove')}
      </button>
      {open ? (
        <ConfirmDialog
          title={t('remove.title')}
          confirmLabel={t('remove.confirm')}
          cancelLabel={t('remove.cancel')}
          tone="danger"
          busy={removal.isPending}
          busyLabel={t('remove.removing')}
          onConfirm={() => removal.mutate()}
          onCancel={() => setOpen(false)}
          returnFocusTo={trigger}
        >
          <p>{t('remove.body', { label: isolate(label) })}</p>
          <p>{t('remove.keep')}</p>
          {removal.isError ? (
            <div role="alert" className="notice notice--error">
              <p>{failureText(t, removal.error)}</p>
              {removal.error instanceof MessagesApiError && removal.error.problem?.detail ? (
                <p className="message__identifier">{removal.error.problem.detail}</p>
              ) : null}
            </div>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function failureText(t: TFunction<'reader'>, error: unknown): string {
  if (error instanceof MessagesApiError) {
    if (error.status === 404) return t('remove.failedNotFound');
    if (error.status === 400) return t('remove.failedNotFinal');
  }
  return t('remove.failed');
}
