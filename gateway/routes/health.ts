/**
 * GET /mk/health (no token): 200 with the database kind and whether the message service and the
 * address book answer at all (any HTTP answer counts: a 401 to a request without a token shows
 * the service is up), plus the address-book copy's age; 503 when the database does not answer.
 */
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import type { Upstream } from '../mt/upstream';
import { readSyncState } from '../addressBook/copy';

const PROBE_TIMEOUT_MS = 2000;

async function reachable(upstream: Upstream, path: string): Promise<boolean> {
  const send = upstream.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  try {
    const response = await send(`${upstream.baseUrl}${path}`, { signal: AbortSignal.timeout(Math.min(PROBE_TIMEOUT_MS, upstream.timeoutMs)) });
    await response.arrayBuffer().catch(() => undefined);
    return response.status < 500;
  } catch {
    return false;
  }
}

export function healthRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  routes.get('/mk/health', async (c) => {
    const [database, messageService, addressBook] = await Promise.all([
      sql`select 1 as ok`.execute(deps.db.db).then(() => true, () => false),
      reachable(deps.mt, '/sdk/messages'),
      reachable(deps.addressBook, '/organizations?page[size]=1'),
    ]);
    const sync = database ? await readSyncState(deps.db.db).catch(() => undefined) : undefined;
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        status: database ? 'ok' : 'unavailable',
        database: deps.db.kind,
        databaseReachable: database,
        messageService: { reachable: messageService },
        addressBook: { reachable: addressBook, syncedAt: sync?.syncedAt?.toISOString() ?? null },
      },
      database ? 200 : 503,
    );
  });
  return routes;
}
