import { OnceButton } from '../../ui/OnceButton';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';

/** Who is signed in (name, organisation) and the sign-out button. */
export function UserMenu() {
  const { t } = useTranslation('common');
  const { user, signOut } = useSession();
  const organization = user.organization.name ?? user.organization.id;
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">{t('user.signedInAs')} </span>
        <span className="user-menu__name">{user.name}</span>
        {organization ? <span className="user-menu__organization">{organization}</span> : null}
      </p>
      <OnceButton className="button" onPress={() => void signOut()} pressedChildren={t('user.signingOut')}>
        {t('user.signOut')}
      </OnceButton>
    </div>
  );
}
