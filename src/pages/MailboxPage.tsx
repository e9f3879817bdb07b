/**
 * A function mailbox's inbox or sent list: heading, view links, search and filters (kept in the
 * URL), and the polled, virtualised message list with distinct loading, empty, no-match,
 * error, retrying and offline states. The document title carries the unread count.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import '../ui/message/messages.css';
import type { MailboxView } from '../routes/paths';
import { NotYourMailbox, useActiveMailbox, useFunctionAddressDirectory, useUnreadCount } from '../features/mailboxes';
import { useReadState } from '../features/readState';
import {
  filterItems,
  HandlingFilter,
  hasAnyFilter,
  ListToolbar,
  MailboxViewTabs,
  MessageList,
  serverDateFilter,
  sortItems,
  toListItems,
  useDocumentTitle,
  useListFilters,
  useMessageFacts,
} from '../features/messages';
import { useOnline } from '../features/connectivity';
import { useMailboxMessages } from '../api/endpoints/messageList';
import { useMailboxAssignments } from '../api/endpoints/mailboxAssignments';
import { useSession } from '../auth/SessionContext';
import { isolate } from '../i18n/bidi';

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

function useMailboxTitle(mailbox: string, label: string, view: MailboxView) {
  const { t } = useTranslation(['messages', 'common']);
  const unread = useUnreadCount(mailbox);
  const parts = { view: t(`messages:views.${view}`), mailbox: isolate(label), app: t('common:appName') };
  useDocumentTitle(unread ? t('title.withUnread', { ...parts, count: unread }) : t('title.plain', parts));
}

function MailboxContent({ mailbox, view }: { mailbox: string; view: MailboxView }) {
  const { t } = useTranslation('messages');
  const directory = useFunctionAddressDirectory();
  const label = directory.labelOf(mailbox);
  useMailboxTitle(mailbox, label, view);

  const { filters, change, clear } = useListFilters(view);
  const { from, to } = filters;
  const dateFilter = useMemo(() => serverDateFilter({ from, to }), [from, to]);
  const messages = useMailboxMessages(mailbox, view, dateFilter);
  const { isRead } = useReadState();
  const online = useOnline();

  const rows = messages.rows;
  const ids = useMemo(() => rows?.map((row) => row.id) ?? [], [rows]);
  const facts = useMessageFacts(mailbox, ids);
  // Shared mailbox handling (MK gateway), inbox only; without an answer the list has no handling.
  const assignments = useMailboxAssignments(mailbox, view === 'inbox').data;
  const me = useSession().user.subject;
  const handlingContext = useMemo(() => assignments && { byMessage: assignments.byMessage, me }, [assignments, me]);
  const items = useMemo(() => (rows ? toListItems(rows, view, directory) : undefined), [rows, view, directory]);
  const query = useDeferredValue(filters.query);
  const shown = useMemo(
    () => (items ? sortItems(filterItems(items, { ...filters, query }, { facts: facts.facts, isRead, handling: handlingContext }), filters.sort) : undefined),
    [items, filters, query, facts.facts, isRead, handlingContext],
  );

  const filtered = hasAnyFilter(filters);
  const narrowedByServer = Object.keys(dateFilter).length > 0;
  const loadingFirst = messages.isPending && !messages.isPaused;
  const offlineWithoutData = rows === undefined && !online;
  const empty = rows !== undefined && rows.length === 0 && !narrowedByServer;
  const noMatch = rows !== undefined && shown !== undefined && shown.length === 0 && !empty;

  return (
    <section className="mailbox-page" aria-labelledby="mailbox-heading">
      <header className="mailbox-page__header">
        <h1 id="mailbox-heading">{label}</h1>
        {label !== mailbox ? <p className="mailbox-page__identifier">{mailbox}</p> : null}
        <MailboxViewTabs mailbox={mailbox} view={view} />
      </header>

      {/* Live regions (<output> = role "status") are always present, possibly empty, so screen
          readers announce when their text changes. */}
      <output className={!online ? 'notice notice--warning' : undefined}>
        {!online ? t(offlineWithoutData ? 'state.offlineNoData' : 'state.offline') : null}
      </output>
      <output className="mailbox-page__status">
        {loadingFirst ? t('list.loading') : null}
        {messages.isUpdating ? t('state.updating') : null}
        {empty ? t(view === 'inbox' ? 'state.emptyInbox' : 'state.emptySent') : null}
      </output>
      <output className={online && messages.isRefetchError && rows ? 'notice notice--warning' : undefined}>
        {online && messages.isRefetchError && rows ? t('list.pollFailed') : null}
      </output>

      {messages.isLoadError ? (
        // Written out rather than ui/LoadError: that component lives in a chunk shared by the
        // pages loaded on demand, and the inbox should not fetch one more file for it.
        <div role="alert" className="notice notice--error">
          <p>{t('list.error')}</p>
          <button type="button" className="button" onClick={() => void messages.refetch()}>
            {t('list.retry')}
          </button>
        </div>
      ) : null}

      {assignments && rows !== undefined && !empty ? (
        <HandlingFilter value={filters.handling} counts={assignments.counts} onChange={(handling) => change({ handling })} />
      ) : null}
      {rows !== undefined && !empty ? (
        <ListToolbar
          view={view}
          filters={filters}
          searchedCount={rows.length}
          factsState={facts.facts ? 'ready' : facts.isError ? 'error' : 'loading'}
          onChange={change}
          onClear={clear}
        />
      ) : null}

      <output className="mailbox-page__result">
        {filtered && shown && rows && !noMatch ? t('result.count', { shown: shown.length, count: rows.length }) : null}
        {noMatch ? t('state.noMatch') : null}
      </output>
      {noMatch ? (
        <p>
          <button type="button" className="button button--quiet" onClick={clear}>
            {t('toolbar.clear')}
          </button>
        </p>
      ) : null}

      {shown && shown.length > 0 ? (
        <MessageList mailbox={mailbox} mailboxLabel={label} view={view} items={shown} sort={filters.sort} facts={facts.facts} handling={assignments?.byMessage} />
      ) : null}
    </section>
  );
}
