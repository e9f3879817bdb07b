/**
 * /addressbook/organizations and /addressbook/addresses from the gateway's copy, in the shapes
 * of SDK Adressbok (JSON:API, paged with page[number]/page[size] and links.next). The copy's
 * age is in the `X-Address-Book-Synced-At` header (and in /mk/health).
 */
import { Hono } from 'hono';
import { badRequestResponse, problemInstance } from '../../src/api/problemResponses';
import type { EventIssue } from '../../src/sdk/model';
import { authenticate } from '../auth/authenticate';
import { queryCopy, readSyncState } from '../addressBook/copy';
import type { AddressBookKind } from '../db/schema';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import { withDatabase } from '../http/problems';

export const JSON_API_CONTENT_TYPE = 'application/vnd.api+json';
export const SYNCED_AT_HEADER = 'X-Address-Book-Synced-At';
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;
const PAGE_PARAMS = ['page[number]', 'page[size]'];

const COLLECTIONS: Record<'organizations' | 'addresses', { kind: AddressBookKind; filters: Record<string, 'identifier' | 'organization'> }> = {
  organizations: { kind: 'organization', filters: { 'filter[participantIdentifier]': 'identifier' } },
  addresses: { kind: 'address', filters: { 'filter[identifier]': 'identifier', 'filter[organization]': 'organization' } },
};

function parse(params: URLSearchParams, filters: Record<string, 'identifier' | 'organization'>) {
  const issues: EventIssue[] = [];
  const fail = (name: string, detail: string) => issues.push({ typeCode: 'ERROR', title: 'Invalid query parameter', detail, in: name });
  const query: { identifier?: string; organization?: string } = {};
  for (const name of new Set(params.keys())) {
    if (name.startsWith('filter[')) {
      const field = filters[name];
      if (field) query[field] = params.get(name) ?? '';
      else fail(name, `Unknown filter ${name}. Supported: ${Object.keys(filters).join(', ')}.`);
    } else if (name.startsWith('page[') && !PAGE_PARAMS.includes(name)) {
      fail(name, `Unknown paging parameter ${name}. Supported: ${PAGE_PARAMS.join(', ')}.`);
    }
  }
  const int = (name: string, fallback: number, max: number) => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value) || value < 1 || value > max) {
      fail(name, `${name} must be an integer from 1 to ${max}.`);
      return fallback;
    }
    return value;
  };
  const page = { number: int('page[number]', 1, 1_000_000), size: int('page[size]', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE) };
  return { issues, query, page };
}

export function addressBookRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  for (const [collection, { kind, filters }] of Object.entries(COLLECTIONS)) {
    routes.get(`/addressbook/${collection}`, authenticate(deps.verifyToken), async (c) => {
      const url = new URL(c.req.url);
      const { issues, query, page } = parse(url.searchParams, filters);
      if (issues.length > 0) return badRequestResponse('Invalid query parameters.', problemInstance(url), issues);
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
