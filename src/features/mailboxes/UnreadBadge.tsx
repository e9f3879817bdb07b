/** The number of unread received messages of a mailbox; read out as "3 olästa". Nothing for 0. */
import { useTranslation } from 'react-i18next';

export function UnreadBadge({ count }: { count: number | undefined }) {
  const { t } = useTranslation('mailboxes');
  if (!count) return null;
  return (
    <span className="unread-badge">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('switcher.unread', { count })}</span>
    </span>
  );
}
