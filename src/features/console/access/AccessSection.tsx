import { useTranslation } from 'react-i18next';

export function AccessSection() {
  const { t } = useTranslation('console');
  return <h2>{t('sections.access')}</h2>;
}
