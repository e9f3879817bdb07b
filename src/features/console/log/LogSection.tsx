import { useTranslation } from 'react-i18next';

export function LogSection() {
  const { t } = useTranslation('console');
  return <h2>{t('sections.log')}</h2>;
}
