/**
 * Confirmation before sending: the pre-send warnings (each must be accepted knowingly) and,
 * for a send list, what will be sent ("3 meddelanden skickas: …").
 */
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { MANY_RECIPIENTS, type SendWarning } from './model/sendWarnings';

export interface SendConfirmDialogProps {
  warnings: readonly SendWarning[];
  /** "Funktion, Organisation" of each recipient. */
  recipients: readonly string[];
  label: string;
  conversationMode: 'shared' | 'separate' | 'thread';
  onConfirm(): void;
  onCancel(): void;
}

export function SendConfirmDialog({ warnings, recipients, label, conversationMode, onConfirm, onCancel }: SendConfirmDialogProps) {
  const { t } = useTranslation('compose');
  const count = recipients.length;
  return (
    <ConfirmDialog
      title={warnings.length > 0 ? t('warnings.title') : t('confirm.title', { count })}
      cancelLabel={t('confirm.back')}
      confirmLabel={warnings.length > 0 ? t('confirm.sendAnyway') : t('confirm.send', { count })}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {warnings.length > 0 ? (
        <ul className="send-warnings">
          {warnings.map((w) => (
            <li key={w}>{t(`warnings.${w}`, { count, max: MANY_RECIPIENTS })}</li>
          ))}
        </ul>
      ) : null}
      {count > 1 ? (
        <>
          <p>{t('confirm.list', { count })}</p>
          <ol className="send-list">
            {recipients.map((name, i) => (
              <li key={`${name}-${i}`}>
                <strong>{name}</strong> – {label}
              </li>
            ))}
          </ol>
          <p>{conversationMode === 'shared' ? t('confirm.conversationShared') : t('confirm.conversationSeparate')}</p>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
