/** Asks before an attachment is saved: it may hold confidential data, so where it goes matters. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

export interface ConfirmDownloadDialogProps {
  /** The name the file will be saved under (already safe). */
  safeName: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDownloadDialog({ safeName, onConfirm, onCancel }: ConfirmDownloadDialogProps) {
  const { t } = useTranslation('attachments');
  const id = useId();
  return (
    <ModalDialog labelledBy={`${id}-title`} describedBy={`${id}-body`} className="confirm-download" onClose={onCancel}>
      <h2 id={`${id}-title`}>{t('confirm.title')}</h2>
      <p id={`${id}-body`}>{t('confirm.body')}</p>
      <dl className="confirm-download__name">
        <dt>{t('confirm.savedAs')}</dt>
        <dd>{safeName}</dd>
      </dl>
      <div className="modal-dialog__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {t('confirm.confirm')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} data-autofocus>
          {t('confirm.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
