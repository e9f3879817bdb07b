/** Progress of encodeAttachments, as a labelled <progress> (role progressbar) with a cancel button. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './attachments.css';

export function EncodingProgress({ done, total, onCancel }: { done: number; total: number; onCancel?(): void }) {
  const { t } = useTranslation('compose', { keyPrefix: 'attachments' });
  const id = useId();
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  return (
    <div className="attachment-encoding">
      <label htmlFor={id}>{t('encoding.label')}</label>
      <progress id={id} max={100} value={percent}>
        {t('encoding.progress', { percent })}
      </progress>
      <span aria-hidden="true">{t('encoding.progress', { percent })}</span>
      {onCancel ? (
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('encoding.cancel')}
        </button>
      ) : null}
    </div>
  );
}
