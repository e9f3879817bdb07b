/**
 * Keeps the inbox of every mailbox of the user fresh while the app is open, so the switcher
 * can show unread counts and new messages can be announced wherever the user is.
 *
 * The page on screen polls the list it shows; this hook polls the other inboxes (and the shown
 * one too when the page shows it filtered by date or shows Skickat), so no inbox is polled
 * twice. Polling pauses while the tab is hidden, like the page's.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/ApiClientContext';
import { useConfig } from '../../config/ConfigContext';
import { useReadState } from '../readState';
import { countUnread, idsOfList, inboxQueryOptions } from './inboxIds';
import { isolate } from '../../i18n/bidi';

export interface InboxWatch {
  /** Unread received messages per mailbox; undefined while unknown. */
  unread(mailbox: string): number | undefined;
  /** Polite announcement of new messages ('' when there is nothing new). */
  announcement: string;
}

/** How long an announcement stays in the live region (screen readers have read it by then). */
const ANNOUNCEMENT_MS = 10_000;

export function useInboxWatch(
  mailboxes: readonly string[],
  polledByPage: string | undefined,
  labelOf: (mailbox: string) => string,
): InboxWatch {
  const client = useApiClient();
  const { pollIntervalSeconds } = useConfig();
  const { t } = useTranslation('mailboxes');
  const { ready, readIds } = useReadState();
  const results = useQueries({
    queries: mailboxes.map((mailbox) => ({
      ...inboxQueryOptions(client, mailbox),
      select: idsOfList,
      refetchInterval: mailbox === polledByPage ? (false as const) : pollIntervalSeconds * 1000,
      refetchIntervalInBackground: false,
    })),
  });

  // New ids since the last answer per mailbox; the first answer only sets the baseline.
  const known = useRef(new Map<string, ReadonlySet<string>>());
  const [announcement, setAnnouncement] = useState('');
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  // Stands for the data of every result: the results array itself is new on every render.
  const versions = results.map((r) => r.dataUpdatedAt).join(',');

  const seenVersions = useRef('');
  const noticeNewMessages = useEffectEvent((dataVersions: string) => {
    if (dataVersions === seenVersions.current) return;
    seenVersions.current = dataVersions;
    const parts: string[] = [];
    results.forEach((result, i) => {
      const mailbox = mailboxes[i];
      if (!mailbox || !result.data) return;
      const before = known.current.get(mailbox);
      if (before) {
        const fresh = result.data.filter((id) => !before.has(id) && !readIds.has(id)).length;
        if (fresh > 0) parts.push(t('newMessages', { count: fresh, mailbox: isolate(labelOf(mailbox)) }));
      }
      known.current.set(mailbox, new Set(result.data));
    });
    if (parts.length === 0) return;
    // Emptied first, then the text: a live region speaks only when its text changes.
    timers.current.forEach(clearTimeout);
    timers.current = [
      setTimeout(() => setAnnouncement(''), 0),
      setTimeout(() => setAnnouncement(parts.join(' ')), 100),
      setTimeout(() => setAnnouncement(''), ANNOUNCEMENT_MS),
    ];
  });

  useEffect(() => {
    if (ready) noticeNewMessages(versions);
  }, [versions, ready]);

  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const counts = new Map(mailboxes.map((mailbox, i) => [mailbox, ready ? countUnread(results[i]?.data, readIds) : undefined]));
  return { unread: (mailbox) => counts.get(mailbox), announcement };
}
