/**
 * GET /addressbook/addresses and /addressbook/organizations: the one module for the address
 * book — fetcher, query key and query options, shared by the mailbox names
 * (useFunctionAddressDirectory) and the recipient search (useRecipientIndex), so the book is
 * fetched once for both.
 *
 * Loads the whole SDK address book (function addresses and organisations), following the
 * JSON:API `links.next` of each collection until the last page.
 */
import { queryOptions } from '@tanstack/react-query';
import type { AddressBook } from '../../sdk/directory';
import type { FunctionAddress, Organization } from '../../sdk/model';
import type { ApiClient } from '../client';

export type { AddressBook };

const ONE_HOUR = 60 * 60 * 1000;

export const addressBookKeys = {
  /** The whole SDK address book (function addresses + organisations), fetched as one unit. */
  all: ['mailboxes', 'directory'] as const,
};

/** The address book changes rarely: fetched once and kept fresh for an hour. */
export function addressBookQuery(client: ApiClient) {
  return queryOptions({
    queryKey: addressBookKeys.all,
    queryFn: ({ signal }) => fetchAddressBook(client, signal),
    staleTime: ONE_HOUR,
    gcTime: 2 * ONE_HOUR,
  });
}

/** Largest page the contract allows: fewer round trips for a book that is read once an hour. */
const PAGE_SIZE = 500;
/** Guards against a server whose links.next never ends (or loops). */
const MAX_PAGES = 200;

interface PageQuery {
  'page[number]'?: number;
  'page[size]'?: number;
}

interface Page<T> {
  data: T[];
  links?: { next?: string | null };
}

/** The page query of a links.next URL (absolute or relative), or null when it has none. */
export function pageQueryOf(next: string): PageQuery | null {
  let url: URL;
  try {
    url = new URL(next, 'http://link.invalid');
  } catch {
    return null;
  }
  const number = Number(url.searchParams.get('page[number]'));
  if (!Number.isInteger(number) || number < 1) return null;
  const size = Number(url.searchParams.get('page[size]'));
  return Number.isInteger(size) && size > 0 ? { 'page[number]': number, 'page[size]': size } : { 'page[number]': number };
}

async function fetchAll<T>(fetchPage: (query: PageQuery) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let query: PageQuery | null = { 'page[number]': 1, 'page[size]': PAGE_SIZE };
  const seen = new Set<number>();
  for (let pages = 0; query && pages < MAX_PAGES; pages++) {
    const pageNumber = query['page[number]'] ?? 1;
    if (seen.has(pageNumber)) break;
    seen.add(pageNumber);
    const page: Page<T> = await fetchPage(query);
    items.push(...(Array.isArray(page.data) ? page.data : []));
    const next = page.links?.next;
    query = next ? pageQueryOf(next) : null;
  }
  return items;
}

class AddressBookError extends Error {
  constructor(what: string, status: number) {
    super(`Address book: ${what} could not be loaded (HTTP ${status})`);
    this.name = 'AddressBookError';
  }
}

export async function fetchAddressBook(client: ApiClient, signal?: AbortSignal): Promise<AddressBook> {
  const pagesOf =
    <T>(path: '/addressbook/addresses' | '/addressbook/organizations', what: string) =>
    async (query: PageQuery): Promise<Page<T>> => {
      const { data, response } = await client.GET(path, { params: { query }, ...(signal ? { signal } : {}) });
      if (!data) throw new AddressBookError(what, response.status);
      return data as Page<T>;
    };
  const [addresses, organizations] = await Promise.all([
    fetchAll(pagesOf<FunctionAddress>('/addressbook/addresses', 'addresses')),
    fetchAll(pagesOf<Organization>('/addressbook/organizations', 'organizations')),
  ]);
  return { addresses, organizations };
}
