import { OnceButton } from '../ui/OnceButton';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';
import { PublicLayout } from '../ui/layout/PublicLayout';
import { useConfig } from '../config/ConfigContext';
import type { SignInFailure } from './signIn';

const EXPLANATION = {
  unreachable: 'error.unreachable',
  denied: 'error.denied',
  callback: 'error.callback',
  incomplete: 'error.incomplete',
} as const;

/** The one page a failed sign-in ends on: plain words first, technical detail folded away. */
export function AuthErrorPage({ failure, onRetry }: { failure: SignInFailure; onRetry(): void }) {
  const { t } = useTranslation('auth');
  const { environment } = useConfig();
  return (
    <PublicLayout environment={environment}>
      <div className="notice notice--error" role="alert">
        <PageHeading focusOnMount>{t('error.title')}</PageHeading>
        <p>{t(EXPLANATION[failure.kind])}</p>
        <p>{t('error.whatToDo')}</p>
      </div>
      <p>
        <OnceButton className="button button--primary" onPress={onRetry}>
          {t('error.retry')}
        </OnceButton>
      </p>
      <details className="technical-details">
        <summary>{t('error.technical')}</summary>
        <pre>{failure.detail}</pre>
      </details>
    </PublicLayout>
  );
}
