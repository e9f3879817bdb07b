/** "Konsol" in the header, only for superusers; marked as the current page inside the console. */
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { paths, routePatterns } from '../../routes/paths';

export function ConsoleLink() {
  const { t } = useTranslation('common');
  const current = useMatch(routePatterns.console) !== null;
  if (!useSession().user.roles.includes('superuser')) return null;
  return (
    <Link to={paths.console()} className="button button--quiet" aria-current={current ? 'page' : undefined}>
      {t('header.console')}
    </Link>
  );
}
