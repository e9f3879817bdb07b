/**
 * "Nytt meddelande" and "Utkast (n)" for the active mailbox, for the app's navigation.
 * Kept tiny (paths, texts and the draft store only): it is part of the inbox bundle, while
 * the composer itself loads lazily.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/SessionContext';
import { paths } from '../../routes/paths';
import { useActiveMailbox } from '../mailboxes';
import './composeLinks.css';
import { draftsOf, useDraftStore } from './drafts/draftStore';

export function ComposeLinks() {
  const { t } = useTranslation('mailboxes');
  const active = useActiveMailbox();
  const { user } = useSession();
  const all = useDraftStore((s) => s.drafts);
  const mailbox = active.status === 'active' ? active.mailbox : undefined;
  const count = useMemo(() => (mailbox ? draftsOf(all, user.subject, mailbox).length : 0), [all, user.subject, mailbox]);
  if (!mailbox) return null;
  return (
    <ul className="compose-links">
      <li>
        <Link className="button button--primary compose-links__new" to={paths.compose(mailbox)}>
          {t('composeLinks.newMessage')}
        </Link>
      </li>
      <li>
        <Link to={paths.drafts(mailbox)}>{count > 0 ? t('composeLinks.draftsCount', { count }) : t('composeLinks.drafts')}</Link>
      </li>
    </ul>
  );
}
