/**
 * /addressbook/organizations and /addressbook/addresses from the gateway's copy, in the shapes
 * of SDK Adressbok (JSON:API, paged with page[number]/page[size] and links.next). The copy's
 * age is in the `X-Address-Book-Synced-At` header (and in /mk/health).
 */
import { Hono } from 'hono';
import { badRequestResponse, problemInstance } from '../../src/api/problemResponses';
import { parseAddressBookQuery } from '../../src/api/addressBookQuery';
import { authenticate } from '../auth/authenticate';
import { queryCopy, readSyncState } from '../addressBook/copy';
import type { AddressBookKind } from '../db/schema';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import { withDatabase } from '../http/problems';

export const JSON_API_CONTENT_TYPE = 'application/vnd.api+json';
export const SYNCED_AT_HEADER = 'X-Address-Book-Synced-At';
const COLLECTIONS: Record<'organizations' | 'addresses', { kind: AddressBookKind; filters: Record<string, 'identifier' | 'organization'> }> = {
  organizations: { kind: 'organization', filters: { 'filter[participantIdentifier]': 'identifier' } },
  addresses: { kind: 'address', filters: { 'filter[identifier]': 'identifier', 'filter[organization]': 'organization' } },
};

/** The contract's query, with each filter named by the copy's column it filters on. */
function parse(params: URLSearchParams, filters: Record<string, 'identifier' | 'organization'>) {
  const parsed = parseAddressBookQuery(params, Object.keys(filters));
  if (parsed.issues) return { issues: parsed.issues };
  const query: { identifier?: string; organization?: string } = {};
  for (const [name, value] of parsed.filters) {
    const field = filters[name];
    if (field) query[field] = value;
  }
  return { query, page: parsed.page };
}

export function addressBookRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  for (const [collection, { kind, filters }] of Object.entries(COLLECTIONS)) {
    routes.get(`/addressbook/${collection}`, authenticate(deps.verifyToken), async (c) => {
      const url = new URL(c.req.url);
      const { issues, query, page } = parse(url.searchParams, filters);
      if (issues) return badRequestResponse('Invalid query parameters.', problemInstance(url), issues);
      const offset = (page.number - 1) * page.size;
      const [{ resources, total }, sync] = await Promise.all([
        queryCopy(deps.db.db, { kind, ...query, offset, limit: page.size }),
        withDatabase(() => readSyncState(deps.db.db)),
      ]);
      let next: string | null = null;
      if (offset + page.size < total) {
        const nextUrl = new URL(url);
        nextUrl.searchParams.set('page[number]', String(page.number + 1));
        nextUrl.searchParams.set('page[size]', String(page.size));
        next = nextUrl.href;
      }
      const headers: Record<string, string> = { 'Content-Type': JSON_API_CONTENT_TYPE, 'Cache-Control': 'private, no-cache' };
      if (sync?.syncedAt) headers[SYNCED_AT_HEADER] = sync.syncedAt.toISOString();
      return new Response(JSON.stringify({ data: resources, links: { self: url.href, next }, meta: { total } }), { status: 200, headers });
    });
  }
  return routes;
}
