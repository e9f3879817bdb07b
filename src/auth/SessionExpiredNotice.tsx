import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuthClient } from './AuthClientContext';
import { signInAttemptFor, startSignIn } from './signIn';
import { clearSignInAttempt } from './signInAttempt';

/**
 * Shown when the refresh token no longer works (IdP restarted, session revoked, hours idle).
 * The user decides when to leave, so nothing typed on the page is lost by surprise.
 */
export function SessionExpiredNotice() {
  const { t } = useTranslation('auth');
  const client = useAuthClient();
  const location = useLocation();
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        {t('sessionExpired')}{' '}
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            clearSignInAttempt();
            startSignIn(client, signInAttemptFor(location)).catch(() => window.location.reload());
          }}
        >
          {t('signInAgain')}
        </button>
      </p>
    </div>
  );
}
