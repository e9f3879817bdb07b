/**
 * Shown instead of a mailbox page when the address names a function mailbox the user may not
 * act for (an old bookmark, a link from a colleague, a typo).
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi';
import './mailboxes.css';
import { paths, type MailboxView } from '../../routes/paths';
import { useFunctionAddressDirectory } from './useFunctionAddressDirectory';

export interface NotYourMailboxProps {
  /** The mailbox the address names ('' when it names none). */
  requested: string;
  /** The user's first mailbox, or undefined when they have none. */
  fallback: string | undefined;
  view?: MailboxView;
}

export function NotYourMailbox({ requested, fallback, view = 'inbox' }: NotYourMailboxProps) {
  const { t } = useTranslation('mailboxes');
  const directory = useFunctionAddressDirectory();
  return (
    <section className="not-your-mailbox notice notice--warning" aria-labelledby="not-your-mailbox-heading">
      <h1 id="not-your-mailbox-heading">{t('notYours.heading')}</h1>
      {requested ? <p>{t('notYours.body', { mailbox: isolate(requested) })}</p> : null}
      <p>
        {fallback ? (
          <Link to={paths.mailbox(fallback, view)}>{t('notYours.goToFirst', { label: isolate(directory.labelOf(fallback)) })}</Link>
        ) : (
          <Link to={paths.noMailbox()}>{t('notYours.noMailbox')}</Link>
        )}
      </p>
    </section>
  );
}
