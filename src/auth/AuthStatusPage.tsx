import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../ui/layout/PublicLayout';
import { useConfig } from '../config/ConfigContext';

/** Shown for the moment sign-in is being checked, started or completed. */
export function AuthStatusPage({ status }: { status: 'checking' | 'redirecting' | 'completing' }) {
  const { t } = useTranslation('auth');
  const { environment } = useConfig();
  return (
    <PublicLayout environment={environment}>
      {/* <output> is a polite live region: screen readers announce the status. */}
      <output className="status-text">{t(status)}</output>
    </PublicLayout>
  );
}
