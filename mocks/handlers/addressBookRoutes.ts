/**
 * /addressbook/organizations and /addressbook/addresses: JSON:API collections shaped like
 * Digg's SDK address book, paged with page[number]/page[size] and links.next (absolute URL of
 * the next page; null on the last). Any valid access token may read them.
 */
import { http, type HttpHandler } from 'msw';
import { parseAddressBookQuery, type AddressBookPage as Page } from '../../src/api/addressBookQuery';
import type { AddressCollection, OrganizationCollection } from '../../src/sdk/model';
import { toAddressResource, toOrganizationResource } from '../addressBook/addressBook';
import { authorize } from '../auth/authorize';
import type { TokenVerifier } from '../auth/verifyToken';
import { badRequestResponse, problemInstance } from '../http/problemResponses';
import type { MockWorld } from '../world';

export const JSON_API_CONTENT_TYPE = 'application/vnd.api+json';

function paged<T>(items: readonly T[], page: Page, url: URL): { data: T[]; links: { self: string; next: string | null }; meta: { total: number } } {
  const start = (page.number - 1) * page.size;
  const data = items.slice(start, start + page.size);
  let next: string | null = null;
  if (start + page.size < items.length) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set('page[number]', String(page.number + 1));
    nextUrl.searchParams.set('page[size]', String(page.size));
    next = nextUrl.href;
  }
  return { data, links: { self: url.href, next }, meta: { total: items.length } };
}

const jsonApi = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': JSON_API_CONTENT_TYPE } });

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function addressBookRoutes(baseUrl: string, world: MockWorld, verifyToken: TokenVerifier): HttpHandler[] {
  return [
    http.get(`${baseUrl}/addressbook/organizations`, async ({ request }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const url = new URL(request.url);
      const parsed = parseAddressBookQuery(url.searchParams, ['filter[participantIdentifier]']);
      if (parsed.issues) return badRequestResponse('Invalid query parameters.', problemInstance(url), parsed.issues);

      const participant = parsed.filters.get('filter[participantIdentifier]');
      const organizations = world.addressBook.organizations.filter(
        (org) => participant === undefined || sameId(org.participantIdentifier, participant),
      );
      const body: OrganizationCollection = paged(organizations.map(toOrganizationResource), parsed.page, url);
      return jsonApi(body);
    }),

    http.get(`${baseUrl}/addressbook/addresses`, async ({ request }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const url = new URL(request.url);
      const parsed = parseAddressBookQuery(url.searchParams, ['filter[identifier]', 'filter[organization]']);
      if (parsed.issues) return badRequestResponse('Invalid query parameters.', problemInstance(url), parsed.issues);

      const identifier = parsed.filters.get('filter[identifier]');
      const organization = parsed.filters.get('filter[organization]');
      const addresses = world.addressBook.listedAddresses().filter(
        (entry) =>
          (identifier === undefined || sameId(entry.identifier, identifier)) &&
          (organization === undefined || entry.organizationId === organization),
      );
      const body: AddressCollection = paged(addresses.map(toAddressResource), parsed.page, url);
      return jsonApi(body);
    }),
  ];
}
