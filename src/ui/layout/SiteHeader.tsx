import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../config/config';
import { EnvironmentBadge } from './EnvironmentBadge';
import { LanguageSwitch } from './LanguageSwitch';

/** The header every page has: app name, environment, language; signed-in pages add the user part. */
export function SiteHeader({ environment, children }: { environment: Environment | undefined; children?: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <header className="site-header">
      <div className="site-header__brand">
        <p className="site-header__name">{t('appName')}</p>
        <EnvironmentBadge environment={environment} />
      </div>
      <div className="site-header__tools">
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}

export function SkipLink() {
  const { t } = useTranslation('common');
  return (
    <a className="skip-link" href="#main">
      {t('skipToContent')}
    </a>
  );
}
