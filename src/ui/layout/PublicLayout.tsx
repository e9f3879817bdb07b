import type { ReactNode } from 'react';
import type { Environment } from '../../config/config';
import { SiteHeader, SkipLink } from './SiteHeader';

/** Frame of the pages shown without a session: sign-in status and errors, signed out, bad config. */
export function PublicLayout({ environment, children }: { environment: Environment | undefined; children: ReactNode }) {
  return (
    <div className="app">
      <SkipLink />
      <SiteHeader environment={environment} />
      <main id="main" className="app__main app__main--narrow" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
