import { lazy, Suspense, type ReactNode } from 'react';
import { useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { useConfig } from '../../config/ConfigContext';
import { ComposeLinks } from '../../features/compose/ComposeLinks';
import { ConsoleLink } from '../../features/console/ConsoleLink';
import { FlashNotice } from '../../ui/layout/FlashNotice';
import { MailboxSwitcher } from '../../features/mailboxes/MailboxSwitcher';
import { SettingsLink } from '../../features/settings/SettingsLink';
import { GlobalShortcuts } from '../../features/shortcuts/GlobalShortcuts';
import { ShortcutHelpButton } from '../../features/shortcuts/ShortcutHelpButton';
import { routePatterns } from '../../routes/paths';
import { SiteHeader, SkipLink } from '../../ui/layout/SiteHeader';
import { UserMenu } from './UserMenu';

/** Only for trainers and practice accounts, loaded when one signs in (ADR 0016). */
const TrainingHeader = lazy(() => import('../../features/training/TrainingHeader'));

/**
 * Frame of every signed-in page: header, mailbox navigation, main content. The print view of a
 * message gets none of the chrome: only what belongs on paper (and session notices).
 */
export function AppLayout({ notice, children }: { notice?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('common');
  const { environment } = useConfig();
  const { user } = useSession();
  const printView = useMatch(routePatterns.print) !== null;
  const hasMailboxes = user.functionAddresses.length > 0;
  if (printView) {
    return (
      <div className="app app--print">
        {notice}
        <main id="main" className="app__main app__main--print" tabIndex={-1}>
          {children}
        </main>
      </div>
    );
  }
  return (
    <div className="app">
      <SkipLink />
      <SiteHeader environment={environment}>
        <ShortcutHelpButton />
        <ConsoleLink />
        {user.roles.includes('trainer') || user.roles.includes('practice') ? (
          <Suspense fallback={null}>
            <TrainingHeader />
          </Suspense>
        ) : null}
        <SettingsLink />
        <UserMenu />
      </SiteHeader>
      <GlobalShortcuts />
      {notice}
      <div className={hasMailboxes ? 'app__body' : 'app__body app__body--single'}>
        {hasMailboxes ? (
          <nav className="app__nav" aria-label={t('nav.label')}>
            <MailboxSwitcher />
            <ComposeLinks />
          </nav>
        ) : null}
        <main id="main" className="app__main" tabIndex={-1}>
          <FlashNotice />
          {children}
        </main>
      </div>
    </div>
  );
}
