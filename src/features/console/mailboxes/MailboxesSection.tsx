import { useTranslation } from 'react-i18next';

export function MailboxesSection() {
  const { t } = useTranslation('console');
  return <h2>{t('sections.mailboxes')}</h2>;
}
