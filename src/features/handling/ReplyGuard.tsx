/**
 * Before a reply to a message that someone else has taken: asks first, naming that person
 * ("Maja Holm har tagit ärendet. Vill du ändå svara?"). Covers every way into a reply (the
 * button, r on the message page and in the list), since it sits in the composer. Without an
 * answer from the MK gateway (no shared-mailbox handling) the composer opens as before.
 * Replying changes no assignment: the gateway keeps it.
 */
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { useMessageHandling } from '../../api/endpoints/messageHandling';
import { paths } from '../../routes/paths';
import { personName } from './personName';

export function ReplyGuard({ mailbox, messageId, children }: { mailbox: string; messageId: string; children: ReactNode }) {
  const { t } = useTranslation('handling');
  const me = useSession().user.subject;
  const query = useMessageHandling(messageId);
  // Asked once: a later poll must not take the form away again.
  const [decided, setDecided] = useState(false);
  const assignee = query.data?.handling.assignee;
  const takenByOther = assignee !== null && assignee !== undefined && assignee.sub !== me && query.data?.handling.state === 'open';

  if (decided) return <>{children}</>;
  if (query.isPending) return <output>{t('replyGuard.checking')}</output>;
  if (!takenByOther) return <>{children}</>;
  return (
    <div className="compose-page">
      <section className="notice notice--warning" aria-labelledby="reply-guard-heading">
        <h1 id="reply-guard-heading">{t('replyGuard.heading')}</h1>
        <p>{t('replyGuard.question', { name: personName(assignee, me, t) })}</p>
        <p>
          <button type="button" className="button button--primary" onClick={() => setDecided(true)}>
            {t('replyGuard.replyAnyway')}
          </button>{' '}
          <Link className="button" to={paths.message(mailbox, messageId)}>
            {t('replyGuard.back')}
          </Link>
        </p>
      </section>
    </div>
  );
}
