/** "Inställningar" in the header; marked as the current page on the settings page. */
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths, routePatterns } from '../../routes/paths';

export function SettingsLink() {
  const { t } = useTranslation('common');
  const current = useMatch(routePatterns.settings) !== null;
  return (
    <Link to={paths.settings()} className="button button--quiet" aria-current={current ? 'page' : undefined}>
      {t('header.settings')}
    </Link>
  );
}
