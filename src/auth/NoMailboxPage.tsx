import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';
import { useSession } from './SessionContext';

/**
 * For a signed-in person whose token names no function address: explain why there is nothing
 * to show and who can fix it, instead of an empty inbox that looks like "no messages".
 */
export function NoMailboxPage() {
  const { t } = useTranslation('auth');
  const { user, signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  return (
    <div className="page page--narrow">
      <PageHeading>{t('noMailbox.title')}</PageHeading>
      <p>{t('noMailbox.body')}</p>
      <p>{t('noMailbox.whoToAsk')}</p>
      <h2>{t('noMailbox.you')}</h2>
      <dl className="facts">
        <dt>{t('noMailbox.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('noMailbox.organization')}</dt>
        <dd>{user.organization.name ?? (user.organization.id || t('noMailbox.unknownOrganization'))}</dd>
      </dl>
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={signingOut}
          onClick={() => {
            setSigningOut(true);
            void signOut();
          }}
        >
          {t('noMailbox.signOut')}
        </button>
      </p>
    </div>
  );
}
