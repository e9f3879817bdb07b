import { useTranslation } from 'react-i18next';
import type { Environment } from '../../config/config';

/**
 * Which environment this is, on every page, as text (not only colour): nobody should send a
 * real message from the demo, or test in production.
 */
export function EnvironmentBadge({ environment }: { environment: Environment | undefined }) {
  const { t } = useTranslation('common');
  if (!environment) return null;
  return (
    <p className={`env-badge env-badge--${environment.toLowerCase()}`} title={t(`environment.description.${environment}`)}>
      <span className="visually-hidden">{t('environment.label')}: </span>
      {t(`environment.${environment}`)}
    </p>
  );
}
