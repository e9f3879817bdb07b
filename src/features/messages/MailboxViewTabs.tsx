/** Links between a mailbox's inbox and sent list; the current one has aria-current="page". */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths, type MailboxView } from '../../routes/paths';

const VIEWS: readonly MailboxView[] = ['inbox', 'sent'];

export function MailboxViewTabs({ mailbox, view }: { mailbox: string; view: MailboxView }) {
  const { t } = useTranslation('messages');
  return (
    <nav className="mailbox-views" aria-label={t('views.navLabel')}>
      <ul className="mailbox-views__list">
        {VIEWS.map((v) => (
          <li key={v}>
            <Link
              to={paths.mailbox(mailbox, v)}
              className="mailbox-views__link"
              aria-current={v === view ? 'page' : undefined}
            >
              {t(`views.${v}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
