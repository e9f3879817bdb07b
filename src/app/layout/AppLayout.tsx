import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { useConfig } from '../../config/ConfigContext';
import { MailboxSwitcher } from '../../features/mailboxes/MailboxSwitcher';
import { SiteHeader, SkipLink } from './SiteHeader';
import { UserMenu } from './UserMenu';

/** Frame of every signed-in page: header, mailbox navigation, main content. */
export function AppLayout({ notice, children }: { notice?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation('common');
  const { environment } = useConfig();
  const { user } = useSession();
  const hasMailboxes = user.functionAddresses.length > 0;
  return (
    <div className="app">
      <SkipLink />
      <SiteHeader environment={environment}>
        <UserMenu />
      </SiteHeader>
      {notice}
      <div className={hasMailboxes ? 'app__body' : 'app__body app__body--single'}>
        {hasMailboxes ? (
          <nav className="app__nav" aria-label={t('nav.label')}>
            <MailboxSwitcher />
          </nav>
        ) : null}
        <main id="main" className="app__main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
