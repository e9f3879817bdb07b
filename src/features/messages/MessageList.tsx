/**
 * The messages of a mailbox as a table that stays smooth with 10 000 rows:
 *
 * - Virtualised (@tanstack/react-virtual, the page scrolls): only the rows in view, plus a few,
 *   are in the DOM; spacer rows (hidden from assistive technology) keep the scroll height.
 *   aria-rowcount / aria-rowindex tell screen readers the real size and position.
 * - Roving focus: one row is in the tab order. Arrow keys, Home/End, Page Up/Down move between
 *   rows; Enter opens; with shortcuts on, j/k move, r replies, u toggles read. The focused row
 *   always stays rendered, and focus stays on the same message when polling adds rows above
 *   it or the DOM under it changes.
 * - Each row is named for screen readers: unread, label, counterpart, time, confidentiality,
 *   attachments and (sent) status.
 * - Cheap to scroll: the virtualizer's options are stable between renders (a new getItemKey
 *   would make it re-measure all 10 000 rows on every scroll step), and rows are memoised and
 *   hook-free (texts, read state and handlers come from the list), since a scroll step mounts
 *   a screenful of them at once.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths, type MailboxView } from '../../routes/paths';
import type { MessageFacts } from '../../sdk/model';
import type { HandlingSnapshot } from '../../sdk/handling';
import { usePreferences } from '../preferences';
import { useReadState } from '../readState';
import { MESSAGE_LIST_ATTRIBUTE } from '../shortcuts';
import { handleListKey } from './list/listKeys';
import type { ListItem } from './list/listItems';
import type { SortOrder } from './list/listFilters';
import { MessageRow, SpacerRow, type MessageLinkState } from './list/MessageRow';
import { peekReturnFocus, rememberOpenedMessage } from './list/returnFocus';
import { useActiveRow } from './list/useActiveRow';
import { useListVirtualizer } from './list/useListVirtualizer';
import { useRowFocus } from './list/useRowFocus';
import { useScrollMargin } from './list/useScrollMargin';
import { isolate } from '../../i18n/bidi';
import './list/messageList.css';

export type { MessageLinkState } from './list/MessageRow';

export interface MessageListProps {
  mailbox: string;
  mailboxLabel: string;
  view: MailboxView;
  /** Filtered and sorted. */
  items: readonly ListItem[];
  sort: SortOrder;
  facts: ReadonlyMap<string, MessageFacts> | undefined;
  /** Inbox of a shared mailbox: each message's handling (missing = open, nobody); adds the "Handläggs av" column. */
  handling?: ReadonlyMap<string, HandlingSnapshot> | undefined;
}

export function MessageList({ mailbox, mailboxLabel, view, items, sort, facts, handling }: MessageListProps) {
  // Rows get this one `t` (namespaced keys) rather than each calling useTranslation.
  const { t, i18n } = useTranslation(['messages', 'readState']);
  const lang = i18n.language;
  const navigate = useNavigate();
  const readState = useReadState();
  const { markRead, markUnread } = readState;
  const shortcutsEnabled = usePreferences((s) => s.shortcutsEnabled);
  const density = usePreferences((s) => s.density);
  const tbodyRef = useRef<HTMLTableSectionElement>(null);

  // Coming back from a message: that message's row gets focus again.
  const [returnTo] = useState(() => peekReturnFocus(mailbox, view));
  const active = useActiveRow(items, returnTo);
  const { indexById, activeIndex } = active;
  const scrollMargin = useScrollMargin(tbodyRef);
  const virtualizer = useListVirtualizer(items, density, activeIndex, scrollMargin);
  const focus = useRowFocus(tbodyRef, items, active, returnTo, virtualizer);

  // Stable, so rows (memoised) do not re-render for it.
  const open = useCallback(
    (id: string, navigateNow: boolean) => {
      rememberOpenedMessage({ mailbox, view, messageId: id });
      const state: MessageLinkState = { view };
      if (navigateNow) void navigate(paths.message(mailbox, id), { state });
    },
    [mailbox, view, navigate],
  );
  const toggleRead = useCallback(
    (id: string, read: boolean) => {
      if (read) markUnread([id]);
      else markRead([id]);
    },
    [markRead, markUnread],
  );

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const handled = handleListKey(event, {
      indexById,
      count: items.length,
      inbox: view === 'inbox',
      shortcutsEnabled,
      moveTo: focus.moveTo,
      open: (id) => open(id, true),
      reply: (id) => void navigate(paths.compose(mailbox, { kind: 'reply', messageId: id })),
      toggleRead: readState.ready ? (id) => toggleRead(id, readState.isRead(id)) : undefined,
    });
    if (handled) event.preventDefault();
  });
  const onFocusIn = useEffectEvent(focus.onFocusIn);
  const onFocusOut = useEffectEvent(focus.onFocusOut);

  // Native listeners on the row group (it is not a widget itself; the rows are focusable).
  useEffect(() => {
    const tbody = tbodyRef.current;
    if (!tbody) return;
    const controller = new AbortController();
    const { signal } = controller;
    tbody.addEventListener('keydown', (event) => onKeyDown(event), { signal });
    tbody.addEventListener('focusin', (event) => onFocusIn(event), { signal });
    tbody.addEventListener('focusout', (event) => onFocusOut(event), { signal });
    return () => controller.abort();
  }, []);

  const columns = [
    ['label', 'label'],
    ['party', view === 'inbox' ? 'from' : 'to'],
    ['date', 'date'],
    ['marker', 'confidentiality'],
    ['marker', 'attachments'],
    ...(handling ? ([['handler', 'handler']] as const) : []),
    ['last', view === 'inbox' ? 'read' : 'status'],
  ] as const;

  const virtualItems = virtualizer.getVirtualItems();
  const rows: ReactNode[] = [];
  let cursor = scrollMargin;
  for (const virtual of virtualItems) {
    const item = items[virtual.index];
    if (!item) continue;
    const gap = virtual.start - cursor;
    if (gap > 0) rows.push(<SpacerRow key={rows.length === 0 ? 'spacer-top' : `gap-${virtual.index}`} height={gap} columns={columns.length} />);
    const id = item.row.id;
    const read = view === 'inbox' && readState.readIds.has(id);
    const handlingOf = handling?.get(id);
    rows.push(
      <MessageRow
        key={id}
        item={item}
        index={virtual.index}
        active={virtual.index === activeIndex}
        read={read}
        readReady={readState.ready}
        attachments={facts?.get(id)?.attachmentCount ?? 0}
        handler={handling ? (handlingOf?.assignee?.name ?? handlingOf?.assignee?.sub ?? '') : undefined}
        handled={handlingOf?.state === 'handled'}
        view={view}
        mailbox={mailbox}
        t={t}
        lang={lang}
        measureRef={virtualizer.measureElement}
        onOpen={open}
        onToggleRead={toggleRead}
      />,
    );
    cursor = virtual.end;
  }
  const tail = scrollMargin + virtualizer.getTotalSize() - cursor;
  if (tail > 0) rows.push(<SpacerRow key="spacer-bottom" height={tail} columns={columns.length} />);

  return (
    <div className="message-list__scroller">
      <table
        className={`message-list message-list--${density}`}
        aria-rowcount={items.length + 1}
        {...{ [MESSAGE_LIST_ATTRIBUTE]: '' }}
      >
        <caption className="message-list__caption">
          {t(`caption.${view}`, { mailbox: isolate(mailboxLabel), order: t(`order.${sort}`) })}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map(([className, key]) => (
              <th key={className + key} scope="col" className={`message-list__col--${className}`}>
                {t(`columns.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={tbodyRef}>
          {rows}
        </tbody>
      </table>
    </div>
  );
}
