/**
 * The query of the address-book collections in the contract (SDK Adressbok's JSON:API shape):
 * the collection's own `filter[…]` parameters and `page[number]`/`page[size]`. One parser for
 * the mock service and the MK gateway, so both refuse the same requests with the same issues.
 */
import type { EventIssue } from '../sdk/model';

export const ADDRESS_BOOK_DEFAULT_PAGE_SIZE = 100;
export const ADDRESS_BOOK_MAX_PAGE_SIZE = 500;
/** A page number far beyond any address book, small enough that offsets stay exact. */
const MAX_PAGE_NUMBER = 1_000_000;
const PAGE_PARAMS = ['page[number]', 'page[size]'];

export interface AddressBookPage {
  number: number;
  size: number;
}

export type AddressBookQuery =
  | { page: AddressBookPage; filters: Map<string, string>; issues?: never }
  | { issues: EventIssue[]; page?: never; filters?: never };

export function parseAddressBookQuery(params: URLSearchParams, allowedFilters: readonly string[]): AddressBookQuery {
  const issues: EventIssue[] = [];
  const fail = (name: string, detail: string) => issues.push({ typeCode: 'ERROR', title: 'Invalid query parameter', detail, in: name });
  const filters = new Map<string, string>();
  for (const name of new Set(params.keys())) {
    if (name.startsWith('filter[')) {
      if (allowedFilters.includes(name)) filters.set(name, params.get(name) ?? '');
      else fail(name, `Unknown filter ${name}. Supported: ${allowedFilters.join(', ')}.`);
    } else if (name.startsWith('page[') && !PAGE_PARAMS.includes(name)) {
      fail(name, `Unknown paging parameter ${name}. Supported: ${PAGE_PARAMS.join(', ')}.`);
    }
  }
  const int = (name: string, fallback: number, max: number): number => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < 1 || value > max) {
      fail(name, `${name} must be an integer from 1 to ${max}.`);
      return fallback;
    }
    return value;
  };
  const page = {
    number: int('page[number]', 1, MAX_PAGE_NUMBER),
    size: int('page[size]', ADDRESS_BOOK_DEFAULT_PAGE_SIZE, ADDRESS_BOOK_MAX_PAGE_SIZE),
  };
  return issues.length > 0 ? { issues } : { page, filters };
}
