/** Asks before an attachment is saved: it may hold confidential data, so where it goes matters. */
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export interface ConfirmDownloadDialogProps {
  /** The name the file will be saved under (already safe). */
  safeName: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDownloadDialog({ safeName, onConfirm, onCancel }: ConfirmDownloadDialogProps) {
  const { t } = useTranslation('attachments');
  return (
    <ConfirmDialog
      title={t('confirm.title')}
      confirmLabel={t('confirm.confirm')}
      cancelLabel={t('confirm.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('confirm.body')}</p>
      <dl className="confirm-download__name">
        <dt>{t('confirm.savedAs')}</dt>
        <dd>{safeName}</dd>
      </dl>
    </ConfirmDialog>
  );
}
