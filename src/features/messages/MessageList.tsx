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
import { memo, useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { paths, type MailboxView } from '../../routes/paths';
import type { MessageFacts } from '../../sdk/model';
import { ReadToggle } from '../readState/ReadToggle';
import { useReadState } from '../readState/useReadState';
import { usePreferences } from '../settings/preferencesStore';
import { isTypingTarget, MESSAGE_LIST_ATTRIBUTE } from '../shortcuts/keyTargets';
import { ConfidentialMarker } from './ConfidentialMarker';
import { AttachmentMarker } from './list/AttachmentMarker';
import type { ListItem } from './list/listItems';
import type { SortOrder } from './list/listFilters';
import { clearReturnFocus, peekReturnFocus, rememberOpenedMessage } from './list/returnFocus';
import { StatusBadgeText, statusText } from './StatusBadge';
import { isolate } from '../../i18n/bidi';

/** Passed to the message page so its back link returns to the list the user came from. */
export interface MessageLinkState {
  view: MailboxView;
}

export interface MessageListProps {
  mailbox: string;
  mailboxLabel: string;
  view: MailboxView;
  /** Filtered and sorted. */
  items: readonly ListItem[];
  sort: SortOrder;
  facts: ReadonlyMap<string, MessageFacts> | undefined;
}

/** First guess of a row's height (px) before it is measured. */
const ROW_ESTIMATE = { comfortable: 64, compact: 44 } as const;
const OVERSCAN = 8;
const PAGE_STEP = 10;
const COLUMN_COUNT = 6;

function isFullyInView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}

export function MessageList({ mailbox, mailboxLabel, view, items, sort, facts }: MessageListProps) {
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
  const [activeId, setActiveId] = useState<string | undefined>(returnTo);
  const indexById = useMemo(() => new Map(items.map((item, index) => [item.row.id, index])), [items]);
  // When the active message leaves the list (deleted, filtered out), its position stays active.
  const lastIndex = useRef(0);
  const found = activeId === undefined ? undefined : indexById.get(activeId);
  const activeIndex = items.length === 0 ? -1 : (found ?? Math.min(lastIndex.current, items.length - 1));
  const currentId = items[activeIndex]?.row.id;
  useLayoutEffect(() => {
    if (activeIndex >= 0) lastIndex.current = activeIndex;
  });

  // The rows' offset from the top of the document: the page scrolls, not the table. Measured
  // again whenever the page changes size (a notice or the filter panel above the list).
  const [scrollMargin, setScrollMargin] = useState(0);
  useEffect(() => {
    const measure = () => {
      if (!tbodyRef.current) return;
      const top = Math.round(tbodyRef.current.getBoundingClientRect().top + window.scrollY);
      setScrollMargin((previous) => (Math.abs(previous - top) > 1 ? top : previous));
    };
    window.addEventListener('resize', measure);
    // Reports the first size at once (asynchronously), then every change.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, []);

  const estimate = ROW_ESTIMATE[density];
  // Stable callbacks: the virtualizer memoises on their identity. A new getItemKey on every
  // render made it lay out all rows again (10 000 keys and sizes) on each scroll step.
  const estimateSize = useCallback(() => estimate, [estimate]);
  const getItemKey = useCallback((index: number) => items[index]?.row.id ?? index, [items]);
  // The active row stays rendered even when scrolled away, so it keeps focus and Tab order.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  const measureElement = useCallback(
    (element: Element, entry: ResizeObserverEntry | undefined) => {
      const size = entry?.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
      return size > 0 ? Math.round(size) : estimate; // 0 where nothing is laid out (tests)
    },
    [estimate],
  );
  // The issue asks for TanStack Virtual. The app does not use React Compiler, and what the
  // virtualizer returns is read during this render only (measureElement is a stable method).
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    // Start from where the page is (e.g. scroll restored on Back), never jump to the top.
    initialOffset: () => window.scrollY,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey,
    rangeExtractor,
    measureElement,
  });

  const rowElement = (id: string | undefined): HTMLTableRowElement | null => {
    if (id === undefined || !tbodyRef.current) return null;
    for (const row of tbodyRef.current.rows) if (row.dataset.id === id) return row;
    return null;
  };

  // Focus management after every render.
  const focusInside = useRef(false);
  const focusRequest = useRef<string | undefined>(returnTo);
  useLayoutEffect(() => {
    const requested = focusRequest.current;
    if (requested !== undefined) {
      const element = rowElement(requested);
      if (element) {
        focusRequest.current = undefined;
        focusInside.current = true;
        element.focus({ preventScroll: true });
      }
      return;
    }
    // The DOM changed under the focused row (a poll added rows, a re-sort): same message again.
    const active = document.activeElement;
    if (focusInside.current && (active === null || active === document.body)) rowElement(currentId)?.focus({ preventScroll: true });
  });

  // Once: bring the returned-to row into view (or forget it if the list no longer has it).
  const showReturnedRow = useEffectEvent(() => {
    clearReturnFocus();
    if (returnTo === undefined) return;
    const index = indexById.get(returnTo);
    if (index === undefined) {
      focusRequest.current = undefined;
      return;
    }
    const element = rowElement(returnTo);
    if (!element || !isFullyInView(element)) virtualizer.scrollToIndex(index, { align: 'center' });
  });
  useEffect(() => showReturnedRow(), []);

  const moveTo = (index: number) => {
    if (items.length === 0) return;
    const target = Math.max(0, Math.min(items.length - 1, index));
    const id = items[target]?.row.id;
    if (id === undefined) return;
    setActiveId(id);
    const element = rowElement(id);
    if (element && isFullyInView(element)) {
      element.focus({ preventScroll: true });
    } else {
      focusRequest.current = id;
      virtualizer.scrollToIndex(target, { align: 'auto' });
    }
  };

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
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const rowEl = target.closest<HTMLTableRowElement>('tr[data-id]');
    const id = rowEl?.dataset.id;
    const index = id === undefined ? undefined : indexById.get(id);
    if (!rowEl || id === undefined || index === undefined) return;
    const onRow = target === rowEl;
    const single = shortcutsEnabled && !isTypingTarget(target);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        moveTo(index - 1);
        break;
      case 'Home':
        if (onRow) moveTo(0);
        else handled = false;
        break;
      case 'End':
        if (onRow) moveTo(items.length - 1);
        else handled = false;
        break;
      case 'PageDown':
        if (onRow) moveTo(index + PAGE_STEP);
        else handled = false;
        break;
      case 'PageUp':
        if (onRow) moveTo(index - PAGE_STEP);
        else handled = false;
        break;
      case 'Enter':
        if (onRow) open(id, true);
        else handled = false;
        break;
      case 'j':
        if (single) moveTo(index + 1);
        else handled = false;
        break;
      case 'k':
        if (single) moveTo(index - 1);
        else handled = false;
        break;
      case 'r':
        if (single && view === 'inbox') void navigate(paths.compose(mailbox, { kind: 'reply', messageId: id }));
        else handled = false;
        break;
      case 'u':
        if (single && view === 'inbox' && readState.ready) {
          if (readState.isRead(id)) readState.markUnread([id]);
          else readState.markRead([id]);
        } else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  });

  const onFocusIn = useEffectEvent((event: FocusEvent) => {
    focusInside.current = true;
    const id = (event.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-id]')?.dataset.id;
    if (id !== undefined && id !== activeId) setActiveId(id);
  });

  const onFocusOut = useEffectEvent((event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && tbodyRef.current?.contains(next)) return;
    if (next) {
      focusInside.current = false;
      return;
    }
    // Focus went nowhere: either its row left the DOM (keep the intent, focus comes back) or
    // the user clicked outside on something not focusable (let go).
    const row = (event.target as HTMLElement).closest('tr');
    setTimeout(() => {
      if (row?.isConnected && document.activeElement !== row && !row.contains(document.activeElement)) focusInside.current = false;
    }, 0);
  });

  // Native listeners on the row group (it is not a widget itself; the rows are focusable).
  useEffect(() => {
    const tbody = tbodyRef.current;
    if (!tbody) return;
    const keydown = (event: KeyboardEvent) => onKeyDown(event);
    const focusin = (event: FocusEvent) => onFocusIn(event);
    const focusout = (event: FocusEvent) => onFocusOut(event);
    tbody.addEventListener('keydown', keydown);
    tbody.addEventListener('focusin', focusin);
    tbody.addEventListener('focusout', focusout);
    return () => {
      tbody.removeEventListener('keydown', keydown);
      tbody.removeEventListener('focusin', focusin);
      tbody.removeEventListener('focusout', focusout);
    };
  }, []);

  const virtualItems = virtualizer.getVirtualItems();
  const rows: ReactNode[] = [];
  let cursor = scrollMargin;
  for (const virtual of virtualItems) {
    const item = items[virtual.index];
    if (!item) continue;
    const gap = virtual.start - cursor;
    if (gap > 0) rows.push(<SpacerRow key={rows.length === 0 ? 'spacer-top' : `gap-${virtual.index}`} height={gap} />);
    const id = item.row.id;
    const read = view === 'inbox' && readState.readIds.has(id);
    rows.push(
      <MessageRow
        key={id}
        item={item}
        index={virtual.index}
        active={virtual.index === activeIndex}
        read={read}
        readReady={readState.ready}
        attachments={facts?.get(id)?.attachmentCount ?? 0}
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
  if (tail > 0) rows.push(<SpacerRow key="spacer-bottom" height={tail} />);

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
            <th scope="col" className="message-list__col--label">
              {t('columns.label')}
            </th>
            <th scope="col" className="message-list__col--party">
              {view === 'inbox' ? t('columns.from') : t('columns.to')}
            </th>
            <th scope="col" className="message-list__col--date">
              {t('columns.date')}
            </th>
            <th scope="col" className="message-list__col--marker">
              {t('columns.confidentiality')}
            </th>
            <th scope="col" className="message-list__col--marker">
              {t('columns.attachments')}
            </th>
            <th scope="col" className="message-list__col--last">
              {view === 'inbox' ? t('columns.read') : t('columns.status')}
            </th>
          </tr>
        </thead>
        <tbody ref={tbodyRef}>
          {rows}
        </tbody>
      </table>
    </div>
  );
}

function SpacerRow({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="message-list__spacer" style={{ height }}>
      <td colSpan={COLUMN_COUNT} aria-hidden="true" />
    </tr>
  );
}

interface MessageRowProps {
  item: ListItem;
  index: number;
  active: boolean;
  /** Inbox only (always false in sent). */
  read: boolean;
  /** The user's read state is known; until then no row shows as unread. */
  readReady: boolean;
  attachments: number;
  view: MailboxView;
  mailbox: string;
  /** The list's translation function (namespaces messages, readState). */
  t: TFunction<['messages', 'readState']>;
  lang: string;
  measureRef: (element: HTMLTableRowElement | null) => void;
  onOpen(id: string, navigateNow: boolean): void;
  onToggleRead(id: string, read: boolean): void;
}

// No hooks but memo: a scroll step mounts a screenful of rows in one task.
const MessageRow = memo(function MessageRow(props: MessageRowProps) {
  const { item, index, active, read, readReady, attachments, view, mailbox, t, lang, measureRef, onOpen, onToggleRead } = props;
  const { row, counterpart } = item;
  const unread = view === 'inbox' && readReady && !read;
  const label = row.label ?? t('messages:message.noLabel');
  const party = counterpart ?? t('messages:message.unknownParty');
  const dated = !Number.isNaN(row.createdAt);
  const dateText = dated ? formatDateTime(row.creationDateTime, lang) : t('messages:message.dateUnknown');
  const tabIndex = active ? 0 : -1;
  const state: MessageLinkState = { view };

  const name = [
    unread ? t('row.unread') : null,
    label,
    t(view === 'inbox' ? 'row.from' : 'row.to', { party: isolate(party) }),
    dateText,
    row.confidential ? t('row.confidential') : null,
    attachments > 0 ? t('attachmentsSpoken', { count: attachments }) : null,
    view === 'sent' ? t('row.status', { status: statusText(row.status, t) }) : null,
  ]
    .filter(Boolean)
    .join('. ');

  return (
    <tr
      ref={measureRef}
      data-index={index}
      data-id={row.id}
      aria-rowindex={index + 2}
      aria-label={name}
      tabIndex={tabIndex}
      className={unread ? 'message-list__row message-list__row--unread' : 'message-list__row'}
    >
      <th scope="row" className="message-list__label">
        {unread ? (
          <>
            <span className="unread-dot" aria-hidden="true" />
            <span className="visually-hidden">{t('readState:unread')}: </span>
          </>
        ) : null}
        <Link to={paths.message(mailbox, row.id)} state={state} tabIndex={tabIndex} onClick={() => onOpen(row.id, false)}>
          {/* <bdi>: the sender's text; a bidi override in it must not reorder the row's other text. */}
          <bdi>{label}</bdi>
        </Link>
      </th>
      <td>{party}</td>
      <td>{dated ? <time dateTime={row.creationDateTime}>{dateText}</time> : dateText}</td>
      <td>{row.confidential ? <ConfidentialMarker text={t('messages:message.confidentialMarker')} /> : null}</td>
      <td>{attachments > 0 ? <AttachmentMarker text={t('attachments', { count: attachments })} /> : null}</td>
      <td>
        {view === 'sent' ? (
          <StatusBadgeText code={row.status} t={t} />
        ) : (
          <ReadToggle
            read={read}
            ready={readReady}
            label={label}
            tabIndex={tabIndex}
            className="button button--quiet button--small"
            t={t}
            onToggle={() => onToggleRead(row.id, read)}
          />
        )}
      </td>
    </tr>
  );
});
