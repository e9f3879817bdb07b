/**
 * The list's filters and sort order live in the URL query, so a filtered list can be shared,
 * bookmarked and survives a reload. Parameter names are Swedish like the rest of the URLs.
 *
 * The date range goes to the server (creationDateTimeStart/Stop, UTC); everything else filters
 * the rows already fetched.
 */
import type { ServerDateFilter } from '../../../api/endpoints/messageList';
import type { MailboxView } from '../../../routes/paths';
import type { HandlingFilter } from '../../../sdk/handling';
import { dayEndUtc, dayStartUtc, parseDay } from './stockholmDay';

export const FILTER_PARAMS = {
  from: 'fran',
  to: 'till',
  status: 'status',
  confidential: 'sekretess',
  attachments: 'bilagor',
  unread: 'olasta',
  query: 'sok',
  sort: 'ordning',
  handling: 'hantering',
} as const;

/** Mine / Unassigned / Handled of a shared mailbox's inbox (All is the default, left out). */
export const HANDLING_FILTERS = ['mine', 'unassigned', 'handled', 'all'] as const;
const HANDLING_PARAM_VALUES: Record<HandlingFilter, string> = { mine: 'mina', unassigned: 'ej-tilldelade', handled: 'klara', all: '' };

/** Status groups a case worker asks about, rather than twelve codes. Sent view only. */
export const STATUS_GROUPS = ['pending', 'accepted', 'problem', 'unknown'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];
const STATUS_PARAM_VALUES: Record<StatusGroup, string> = {
  pending: 'pagaende',
  accepted: 'accepterat',
  problem: 'problem',
  unknown: 'okand',
};

export type SortOrder = 'newest' | 'oldest';

export interface ListFilters {
  /** YYYY-MM-DD (Swedish time), inclusive; as typed, possibly invalid (see dateRangeProblem). */
  from: string;
  to: string;
  status: StatusGroup | undefined;
  confidentialOnly: boolean;
  withAttachments: boolean;
  unreadOnly: boolean;
  query: string;
  sort: SortOrder;
  /** Inbox only: who handles the messages shown. */
  handling: HandlingFilter;
}

const flag = (params: URLSearchParams, name: string) => params.get(name) === '1';

export function readListFilters(params: URLSearchParams, view: MailboxView): ListFilters {
  const statusValue = params.get(FILTER_PARAMS.status);
  const status = STATUS_GROUPS.find((group) => STATUS_PARAM_VALUES[group] === statusValue);
  return {
    from: params.get(FILTER_PARAMS.from) ?? '',
    to: params.get(FILTER_PARAMS.to) ?? '',
    status: view === 'sent' ? status : undefined,
    confidentialOnly: flag(params, FILTER_PARAMS.confidential),
    withAttachments: flag(params, FILTER_PARAMS.attachments),
    unreadOnly: view === 'inbox' && flag(params, FILTER_PARAMS.unread),
    query: params.get(FILTER_PARAMS.query) ?? '',
    sort: params.get(FILTER_PARAMS.sort) === 'aldst' ? 'oldest' : 'newest',
    handling: (view === 'inbox' && HANDLING_FILTERS.find((f) => HANDLING_PARAM_VALUES[f] === params.get(FILTER_PARAMS.handling))) || 'all',
  };
}

/** A copy of `params` with the given filters changed; defaults are left out of the URL. */
export function withListFilters(params: URLSearchParams, patch: Partial<ListFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (name: string, value: string | undefined) => (value ? next.set(name, value) : next.delete(name));
  if ('from' in patch) put(FILTER_PARAMS.from, patch.from);
  if ('to' in patch) put(FILTER_PARAMS.to, patch.to);
  if ('status' in patch) put(FILTER_PARAMS.status, patch.status ? STATUS_PARAM_VALUES[patch.status] : undefined);
  if ('confidentialOnly' in patch) put(FILTER_PARAMS.confidential, patch.confidentialOnly ? '1' : undefined);
  if ('withAttachments' in patch) put(FILTER_PARAMS.attachments, patch.withAttachments ? '1' : undefined);
  if ('unreadOnly' in patch) put(FILTER_PARAMS.unread, patch.unreadOnly ? '1' : undefined);
  if ('query' in patch) put(FILTER_PARAMS.query, patch.query);
  if ('sort' in patch) put(FILTER_PARAMS.sort, patch.sort === 'oldest' ? 'aldst' : undefined);
  if ('handling' in patch) put(FILTER_PARAMS.handling, patch.handling ? HANDLING_PARAM_VALUES[patch.handling] : undefined);
  return next;
}

/** Every filter back to its default; the sort order is kept (it is not a filter). */
export function clearedListFilters(params: URLSearchParams): URLSearchParams {
  return withListFilters(params, {
    from: '',
    to: '',
    status: undefined,
    confidentialOnly: false,
    withAttachments: false,
    unreadOnly: false,
    query: '',
    handling: 'all',
  });
}

export type DateRangeProblem = 'fromInvalid' | 'toInvalid' | 'fromAfterTo';

export function dateRangeProblem(filters: Pick<ListFilters, 'from' | 'to'>): DateRangeProblem | undefined {
  if (filters.from && !parseDay(filters.from)) return 'fromInvalid';
  if (filters.to && !parseDay(filters.to)) return 'toInvalid';
  if (filters.from && filters.to && filters.from > filters.to) return 'fromAfterTo';
  return undefined;
}

/** getMessageByFilter query parameters of the date range ({} when none, or when it is invalid). */
export function serverDateFilter(filters: Pick<ListFilters, 'from' | 'to'>): ServerDateFilter {
  if (dateRangeProblem(filters)) return {};
  const start = filters.from ? dayStartUtc(filters.from) : undefined;
  const stop = filters.to ? dayEndUtc(filters.to) : undefined;
  return {
    ...(start ? { 'filter[creationDateTimeStart]': start } : {}),
    ...(stop ? { 'filter[creationDateTimeStop]': stop } : {}),
  };
}

/** How many filters narrow the list (shown on the filter button). The search counts apart. */
export function activeFilterCount(filters: ListFilters): number {
  return [
    Boolean(filters.from || filters.to),
    filters.status !== undefined,
    filters.confidentialOnly,
    filters.withAttachments,
    filters.unreadOnly,
  ].filter(Boolean).length;
}

export function hasAnyFilter(filters: ListFilters): boolean {
  return activeFilterCount(filters) > 0 || filters.query.trim() !== '' || filters.handling !== 'all';
}
