/**
 * The superuser console at /konsol/* (issue 9, ADR 0013): its own navigation of the sections in
 * sections.ts, each loaded when opened. Only users with the superuser role get it; everyone else
 * gets a page saying so (the gateway's admin API refuses them too, with 403).
 */
import { lazy, Suspense, useMemo } from 'react';
import { Link, Navigate, NavLink, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { loadLazyTexts } from '../../i18n';
import { isolate } from '../../i18n/bidi';
import { paths } from '../../routes/paths';
import { PageHeading } from '../../ui/PageHeading';
import { CONSOLE_SECTIONS } from './sections';
import './console.css';

export function ConsolePage() {
  const { user } = useSession();
  if (!user.roles.includes('superuser')) return <ConsoleNoAccess />;
  return <ConsoleFrame />;
}

function ConsoleFrame() {
  const { t, i18n } = useTranslation('console');
  const { user } = useSession();
  const sections = useMemo(
    () =>
      CONSOLE_SECTIONS.map((section) => ({
        ...section,
        Component: lazy(async () => {
          const [Component] = await Promise.all([section.load(), loadLazyTexts(i18n, section.namespaces ?? [])]);
          return { default: Component };
        }),
      })),
    [i18n],
  );
  const first = sections[0];
  return (
    <div className="console">
      <PageHeading>{t('title')}</PageHeading>
      <p className="console__intro">{t('intro', { organization: isolate(user.organization.name ?? user.organization.id) })}</p>
      <nav className="console__nav" aria-label={t('navLabel')}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <NavLink to={paths.console(section.segment)}>{t(`sections.${section.id}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="console__section">
        <Suspense fallback={<output className="console__loading">{t('loadingSection')}</output>}>
          <Routes>
            {first ? <Route index element={<Navigate replace to={paths.console(first.segment)} />} /> : null}
            {sections.map(({ id, segment, Component }) => (
              <Route key={id} path={`${segment}/*`} element={<Component />} />
            ))}
          </Routes>
        </Suspense>
      </div>
    </div>
  );
}

export function ConsoleNoAccess() {
  const { t } = useTranslation('console');
  return (
    <div className="page page--narrow">
      <PageHeading focusOnMount>{t('noAccess.title')}</PageHeading>
      <p>{t('noAccess.body')}</p>
      <p>{t('noAccess.whoToAsk')}</p>
      <p>
        <Link to={paths.home()}>{t('noAccess.back')}</Link>
      </p>
    </div>
  );
}
