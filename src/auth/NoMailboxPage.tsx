import { useTranslation } from 'react-i18next';
import { OnceButton } from '../ui/OnceButton';
import { PageHeading } from '../ui/PageHeading';
import { useSession } from './SessionContext';

/**
 * For a signed-in person whose token names no function address: explain why there is nothing
 * to show and who can fix it, instead of an empty inbox that looks like "no messages".
 */
export function NoMailboxPage() {
  const { t } = useTranslation('auth');
  const { user, signOut } = useSession();
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
        <OnceButton className="button button--primary" onPress={() => void signOut()}>
          {t('noMailbox.signOut')}
        </OnceButton>
      </p>
    </div>
  );
}
