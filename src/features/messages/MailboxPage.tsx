/**
 * A function mailbox's inbox or sent list: heading, view links, and the polled message list
 * with its loading, empty, error and "update failed" states.
 */
import { useTranslation } from 'react-i18next';
import './messages.css';
import type { MailboxView } from '../../routes/paths';
import { NotYourMailbox } from '../mailboxes/NotYourMailbox';
import { useActiveMailbox } from '../mailboxes/useActiveMailbox';
import { useFunctionAddressDirectory } from '../mailboxes/useFunctionAddressDirectory';
import { MailboxViewTabs } from './MailboxViewTabs';
import { MessageList } from './MessageList';
import { useMailboxMessages } from './useMailboxMessages';

export function MailboxPage({ view }: { view: MailboxView }) {
  const active = useActiveMailbox();
  if (active.status !== 'active') {
    return (
      <NotYourMailbox
        requested={active.status === 'foreign' ? active.requested : ''}
        fallback={active.mailboxes[0]}
        view={view}
      />
    );
  }
  // Keyed so that switching mailbox starts from a clean state (no rows of the previous one).
  return <MailboxContent key={`${active.mailbox}/${view}`} mailbox={active.mailbox} view={view} />;
}

function MailboxContent({ mailbox, view }: { mailbox: string; view: MailboxView }) {
  const { t } = useTranslation('messages');
  const directory = useFunctionAddressDirectory();
  const messages = useMailboxMessages(mailbox, view);
  const label = directory.labelOf(mailbox);

  return (
    <section className="mailbox-page" aria-labelledby="mailbox-heading">
      <header className="mailbox-page__header">
        <h1 id="mailbox-heading">{label}</h1>
        {label !== mailbox ? <p className="mailbox-page__identifier">{mailbox}</p> : null}
        <MailboxViewTabs mailbox={mailbox} view={view} />
      </header>

      {/* Live regions (<output> = role "status") are always present, possibly empty, so screen
          readers announce when their text changes. */}
      <output className="mailbox-page__status">
        {messages.isPending ? t('list.loading') : null}
        {messages.rows && messages.rows.length === 0 ? t(`list.empty.${view}`) : null}
      </output>
      <output className={messages.isRefetchError && messages.rows ? 'notice notice--warning' : undefined}>
        {messages.isRefetchError && messages.rows ? t('list.pollFailed') : null}
      </output>

      {messages.isLoadError ? (
        <div role="alert" className="notice notice--error">
          <p>{t('list.error')}</p>
          <button type="button" className="button" onClick={() => void messages.refetch()}>
            {t('list.retry')}
          </button>
        </div>
      ) : null}

      {messages.rows && messages.rows.length > 0 ? (
        <MessageList mailbox={mailbox} mailboxLabel={label} view={view} rows={messages.rows} directory={directory} />
      ) : null}
    </section>
  );
}
