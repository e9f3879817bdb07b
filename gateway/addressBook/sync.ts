/**
 * Reads the whole address book (organizations, then addresses) page by page through
 * `links.next`, with the gateway's service token, and replaces the copy with it.
 */
import type { Kysely } from 'kysely';
import { readRecord, readString } from '../../src/sdk/readValue';
import type { GatewayDatabase } from '../db/schema';
import { callUpstream, readUpstreamText, type Upstream } from '../mt/upstream';
import { recordSyncFailure, replaceCopy } from './copy';

const PAGE_SIZE = 500;
const MAX_PAGES = 1000;

async function readCollection(upstream: Upstream, collection: 'organizations' | 'addresses'): Promise<unknown[]> {
  const resources: unknown[] = [];
  let path: string | undefined = `/${collection}?page[size]=${PAGE_SIZE}`;
  for (let page = 0; path !== undefined; page++) {
    if (page >= MAX_PAGES) throw new Error(`${collection}: more than ${MAX_PAGES} pages`);
    const result = await callUpstream(upstream, path, { instance: `/addressbook/${collection}` });
    if (result.problem) throw new Error(`${collection}: HTTP ${result.problem.status}`);
    const read = await readUpstreamText(result.response, upstream, `/addressbook/${collection}`);
    if (read.problem || !result.response.ok) throw new Error(`${collection}: HTTP ${read.problem?.status ?? result.response.status}`);
    const body = readRecord(JSON.parse(read.text));
    if (Array.isArray(body?.['data'])) resources.push(...body['data']);
    const next = readString(readRecord(body?.['links'])?.['next']);
    // Follow only links into the same address book: a next link elsewhere is not followed.
    path = next?.startsWith(upstream.baseUrl) ? next.slice(upstream.baseUrl.length) : undefined;
  }
  return resources;
}

/** What one sync read (the job run's counts). */
export type SyncCounts = {
  organizations: number;
  addresses: number;
};

export async function syncAddressBook(db: Kysely<GatewayDatabase>, upstream: Upstream, now: () => Date): Promise<SyncCounts> {
  try {
    const organizations = await readCollection(upstream, 'organizations');
    const addresses = await readCollection(upstream, 'addresses');
    await replaceCopy(db, { organizations, addresses }, now());
    return { organizations: organizations.length, addresses: addresses.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordSyncFailure(db, message.slice(0, 500), now()).catch(() => undefined);
    throw error;
  }
}
