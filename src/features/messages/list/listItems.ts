/**
 * What the list shows for each message, computed once per answer (not per keystroke): the
 * counterpart's display name and the normalised text the search looks in (normalised on the
 * first search, not before the first rows show). Then the filters and the sort order, applied
 * to those items.
 */
import type { MailboxView } from '../../../routes/paths';
import type { MessageFacts } from '../../../sdk/model';
import { statusInfo } from '../../../sdk/status';
import type { FunctionAddressDirectory } from '../../../sdk/directory';
import type { MessageRowData } from '../../../sdk/messageSummary';
import { namesText, partyNames } from '../../../sdk/parties';
import { matchesHandlingFilter, UNASSIGNED, type HandlingSnapshot } from '../../../sdk/handling';
import type { ListFilters, SortOrder, StatusGroup } from './listFilters';
import { matchesTerms, normalizeForSearch, searchTerms } from './searchText';

export interface ListItem {
  row: MessageRowData;
  /** Sender (inbox) or recipient (sent) as one line, if anything is known. */
  counterpart: string | undefined;
  /** Label, counterpart organisation and function (names and identifiers), normalised. */
  readonly haystack: string;
}

function counterpartFields(row: MessageRowData, view: MailboxView) {
  return view === 'inbox'
    ? { organization: row.sender, functionAddress: row.senderFunction, functionLabel: row.senderFunctionLabel }
    : { organization: row.recipient, functionAddress: row.recipientFunction, functionLabel: row.recipientFunctionLabel };
}

export function toListItems(rows: readonly MessageRowData[], view: MailboxView, directory: FunctionAddressDirectory): ListItem[] {
  return rows.map((row) => {
    const party = counterpartFields(row, view);
    const names = partyNames(party, directory);
    let haystack: string | undefined;
    return {
      row,
      counterpart: namesText(names, view === 'inbox' ? 'organization-first' : 'function-first'),
      get haystack() {
        haystack ??= normalizeForSearch(
          [row.label, names.organization, party.organization, names.functionName, party.functionAddress].filter(Boolean).join(' \u0000 '),
        );
        return haystack;
      },
    };
  });
}

export function statusGroupOf(status: string | undefined): StatusGroup {
  const info = status ? statusInfo(status) : undefined;
  if (!info) return 'unknown';
  if (info.outcome === 'success') return 'accepted';
  if (info.outcome === 'failure') return 'problem';
  return 'pending';
}

export interface FilterContext {
  facts: ReadonlyMap<string, MessageFacts> | undefined;
  isRead(id: string): boolean;
  /** The messages' handling (shared mailboxes, through the MK gateway); without it the handling filter is off. */
  handling?: { byMessage: ReadonlyMap<string, HandlingSnapshot>; me: string } | undefined;
}

/** The items matching every client-side filter (not the date range: the server applied it). */
export function filterItems(items: readonly ListItem[], filters: ListFilters, context: FilterContext): ListItem[] {
  const terms = searchTerms(filters.query);
  return items.filter(({ row, haystack }) => {
    if (filters.confidentialOnly && !row.confidential) return false;
    if (filters.withAttachments && !((context.facts?.get(row.id)?.attachmentCount ?? 0) > 0)) return false;
    if (filters.unreadOnly && context.isRead(row.id)) return false;
    if (filters.status && statusGroupOf(row.status) !== filters.status) return false;
    const handling = context.handling;
    if (handling && !matchesHandlingFilter(handling.byMessage.get(row.id) ?? UNASSIGNED, filters.handling, handling.me)) return false;
    return terms.length === 0 || matchesTerms(haystack, terms);
  });
}

/** Rows arrive newest first with undated ones last; oldest first keeps the undated last too. */
export function sortItems(items: readonly ListItem[], order: SortOrder): readonly ListItem[] {
  if (order === 'newest') return items;
  const dated = items.filter((item) => !Number.isNaN(item.row.createdAt));
  const undated = items.filter((item) => Number.isNaN(item.row.createdAt));
  return [...dated.reverse(), ...undated];
}
