import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../ui/PageHeading';
import { PublicLayout } from '../ui/layout/PublicLayout';
import { clearAppSessionStorage } from '../config/appStorage';
import { useConfig } from '../config/ConfigContext';
import { paths } from '../routes/paths';

/** /utloggad, where the IdP sends the browser after ending its session. */
export function SignedOutPage() {
  const { t } = useTranslation('auth');
  const { environment } = useConfig();
  useEffect(() => {
    // Sign-out already cleared storage; this also catches anything written on the way out.
    clearAppSessionStorage();
  }, []);
  return (
    <PublicLayout environment={environment}>
      <PageHeading focusOnMount>{t('signedOut.title')}</PageHeading>
      <p>{t('signedOut.body')}</p>
      <p>
        <Link className="button button--primary" to={paths.home()}>
          {t('signedOut.signInAgain')}
        </Link>
      </p>
    </PublicLayout>
  );
}
