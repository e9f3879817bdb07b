import { useState } from 'react';
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
  const [retrying, setRetrying] = useState(false);
  return (
    <PublicLayout environment={environment}>
      <div className="notice notice--error" role="alert">
        <PageHeading focusOnMount>{t('error.title')}</PageHeading>
        <p>{t(EXPLANATION[failure.kind])}</p>
        <p>{t('error.whatToDo')}</p>
      </div>
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={retrying}
          onClick={() => {
            setRetrying(true);
            onRetry();
          }}
        >
          {t('error.retry')}
        </button>
      </p>
      <details className="technical-details">
        <summary>{t('error.technical')}</summary>
        <pre>{failure.detail}</pre>
      </details>
    </PublicLayout>
  );
}
