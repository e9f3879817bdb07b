/**
 * States plainly whether the open message is subject to confidentiality (sekretess). The
 * confidential variant is unmistakable: icon, bold text and an explanation, not colour alone.
 */
import { useTranslation } from 'react-i18next';
import { LockIcon } from './LockIcon';
import './messages.css';

export function ConfidentialityBanner({ confidential }: { confidential: boolean }) {
  const { t } = useTranslation('reader');
  if (!confidential) {
    return (
      <p role="note" className="confidentiality-banner confidentiality-banner--open">
        {t('message.notConfidential')}
      </p>
    );
  }
  return (
    <div role="note" className="confidentiality-banner confidentiality-banner--confidential">
      <p className="confidentiality-banner__title">
        <LockIcon />
        <strong>{t('message.confidential')}</strong>
      </p>
      <p className="confidentiality-banner__hint">{t('message.confidentialHint')}</p>
    </div>
  );
}
