import { describe, expect, it } from 'vitest';
import { EMPTY_DIRECTORY } from '../../../sdk/directory';
import type { MessageRowData } from '../../../sdk/messageSummary';
import {
  activeFilterCount,
  clearedListFilters,
  dateRangeProblem,
  readListFilters,
  serverDateFilter,
  withListFilters,
} from './listFilters';
import { filterItems, sortItems, statusGroupOf, toListItems } from './listItems';
import { normalizeForSearch } from './searchText';
import { dayEndUtc, dayStartUtc } from './stockholmDay';

describe('Swedish calendar days as UTC', () => {
  it('starts and ends a winter day one hour earlier in UTC', () => {
    expect(dayStartUtc('2026-03-01')).toBe('2026-02-28T23:00:00.000Z');
    expect(dayEndUtc('2026-03-01')).toBe('2026-03-01T22:59:59.999Z');
  });

  it('uses summer time in summer, and the day clocks change has 23 hours', () => {
    expect(dayStartUtc('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(dayStartUtc('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(dayEndUtc('2026-03-29')).toBe('2026-03-29T21:59:59.999Z');
  });

  it('refuses dates that do not exist', () => {
    expect(dayStartUtc('2026-02-30')).toBeUndefined();
    expect(dayStartUtc('1 mars')).toBeUndefined();
  });
});

describe('list filters in the URL', () => {
  it('reads and writes Swedish parameters, leaving defaults out', () => {
    const params = withListFilters(new URLSearchParams('x=1'), {
      from: '2026-03-01',
      to: '2026-03-02',
      status: 'problem',
      confidentialOnly: true,
      withAttachments: true,
      query: 'Malmö',
      sort: 'oldest',
    });
    expect(params.toString()).toBe('x=1&fran=2026-03-01&till=2026-03-02&status=problem&sekretess=1&bilagor=1&sok=Malm%C3%B6&ordning=aldst');
    expect(readListFilters(params, 'sent')).toEqual({
      from: '2026-03-01',
      to: '2026-03-02',
      status: 'problem',
      confidentialOnly: true,
      withAttachments: true,
      unreadOnly: false,
      query: 'Malmö',
      sort: 'oldest',
      handling: 'all',
    });
    // Status only applies to the sent view, unread only to the inbox.
    expect(readListFilters(new URLSearchParams('status=problem&olasta=1'), 'inbox')).toMatchObject({ status: undefined, unreadOnly: true });
    expect(readListFilters(new URLSearchParams('status=problem&olasta=1'), 'sent')).toMatchObject({ status: 'problem', unreadOnly: false });
    expect(activeFilterCount(readListFilters(params, 'sent'))).toBe(4);
    expect(clearedListFilters(params).toString()).toBe('x=1&ordning=aldst');
    // Who handles the messages (shared mailboxes): inbox only, All left out of the URL.
    expect(withListFilters(new URLSearchParams(), { handling: 'unassigned' }).toString()).toBe('hantering=ej-tilldelade');
    expect(withListFilters(new URLSearchParams('hantering=mina'), { handling: 'all' }).toString()).toBe('');
    expect(readListFilters(new URLSearchParams('hantering=klara'), 'inbox').handling).toBe('handled');
    expect(readListFilters(new URLSearchParams('hantering=mina'), 'sent').handling).toBe('all');
    expect(readListFilters(new URLSearchParams('hantering=nonsense'), 'inbox').handling).toBe('all');
  });

  it('sends the date range to the server as UTC instants, and nothing while it is wrong', () => {
    expect(serverDateFilter({ from: '2026-03-01', to: '2026-03-02' })).toEqual({
      'filter[creationDateTimeStart]': '2026-02-28T23:00:00.000Z',
      'filter[creationDateTimeStop]': '2026-03-02T22:59:59.999Z',
    });
    expect(serverDateFilter({ from: '', to: '2026-03-02' })).toEqual({ 'filter[creationDateTimeStop]': '2026-03-02T22:59:59.999Z' });
    expect(serverDateFilter({ from: '2026-03-05', to: '2026-03-02' })).toEqual({});
    expect(dateRangeProblem({ from: '2026-03-05', to: '2026-03-02' })).toBe('fromAfterTo');
    expect(dateRangeProblem({ from: '2026-13-01', to: '' })).toBe('fromInvalid');
    expect(dateRangeProblem({ from: '', to: 'igår' })).toBe('toInvalid');
  });
});

const row = (id: string, overrides: Partial<MessageRowData> = {}): MessageRowData => ({
  id,
  label: `Ärende ${id}`,
  status: 'NEW',
  creationDateTime: '2026-03-01T10:00:00Z',
  createdAt: Date.parse('2026-03-01T10:00:00Z'),
  confidential: false,
  sender: '0203:malmo.se',
  recipient: '0203:lund.se',
  senderFunction: 'sdk:aldreomsorg:0203:malmo.se',
  recipientFunction: 'sdk:socialtjanst:0203:lund.se',
  senderFunctionLabel: 'Äldreomsorg – biståndshandläggning',
  recipientFunctionLabel: 'Socialtjänsten',
  conversationId: undefined,
  ...overrides,
});

describe('search and filters over the fetched rows', () => {
  const context = { facts: new Map([['b', { id: 'b', documentCount: 1, attachmentCount: 2, attachmentBytes: 10 }]]), isRead: (id: string) => id === 'a' };

  it('ignores case and diacritics, also å, ä and ö, and needs every word', () => {
    expect(normalizeForSearch('  Äldreomsorg   Malmö Stad ')).toBe('aldreomsorg malmo stad');
    const items = toListItems([row('a'), row('b', { label: 'Orosanmälan', senderFunction: 'sdk:elevhalsa:0203:malmo.se', senderFunctionLabel: 'Elevhälsan' })], 'inbox', EMPTY_DIRECTORY);
    const search = (query: string) => filterItems(items, { ...readListFilters(new URLSearchParams(), 'inbox'), query }, context).map((i) => i.row.id);
    expect(search('aldreomsorg')).toEqual(['a']);
    expect(search('ÄLDREOMSORG bistånd')).toEqual(['a']);
    expect(search('orosanmalan')).toEqual(['b']);
    expect(search('elevhälsan')).toEqual(['b']);
    // The organisation (participant identifier when the address book does not know it).
    expect(search('malmo.se')).toEqual(['a', 'b']);
    // Not the recipient side in the inbox.
    expect(search('lund')).toEqual([]);
  });

  it('searches the recipient side in the sent view', () => {
    const items = toListItems([row('a')], 'sent', EMPTY_DIRECTORY);
    const filters = { ...readListFilters(new URLSearchParams(), 'sent'), query: 'socialtjänsten lund' };
    expect(filterItems(items, filters, context)).toHaveLength(1);
    expect(filterItems(items, { ...filters, query: 'äldreomsorg' }, context)).toHaveLength(0);
  });

  it('filters on confidentiality, attachments, unread and status group', () => {
    const items = toListItems(
      [row('a', { confidential: true, status: 'ACCEPTED' }), row('b', { status: 'REJECTED' }), row('c', { status: 'TELEPORTED' }), row('d', { status: 'WAITING_FOR_RECEIPT' })],
      'sent',
      EMPTY_DIRECTORY,
    );
    const base = readListFilters(new URLSearchParams(), 'sent');
    const ids = (patch: object) => filterItems(items, { ...base, ...patch }, context).map((i) => i.row.id);
    expect(ids({ confidentialOnly: true })).toEqual(['a']);
    expect(ids({ withAttachments: true })).toEqual(['b']);
    expect(ids({ unreadOnly: true })).toEqual(['b', 'c', 'd']);
    expect(ids({ status: 'accepted' })).toEqual(['a']);
    expect(ids({ status: 'problem' })).toEqual(['b']);
    expect(ids({ status: 'unknown' })).toEqual(['c']);
    expect(ids({ status: 'pending' })).toEqual(['d']);
    expect(statusGroupOf(undefined)).toBe('unknown');
  });

  it('sorts oldest first with undated messages still last', () => {
    const items = toListItems(
      [row('new', { createdAt: 3 }), row('mid', { createdAt: 2 }), row('old', { createdAt: 1 }), row('undated', { createdAt: Number.NaN })],
      'inbox',
      EMPTY_DIRECTORY,
    );
    expect(sortItems(items, 'oldest').map((i) => i.row.id)).toEqual(['old', 'mid', 'new', 'undated']);
    expect(sortItems(items, 'newest').map((i) => i.row.id)).toEqual(['new', 'mid', 'old', 'undated']);
  });
});
