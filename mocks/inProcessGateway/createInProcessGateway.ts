/**
 * The real MK gateway (gateway/app.ts) in the same process as the mock world: the host of the
 * in-browser demo (mocks/inProcessGateway/browserGateway.ts, called from mocks/browser.ts) and
 * of component tests (src/testing/inProcessGateway.ts). See docs/decisions/0012.
 *
 * - Database: a PGlite the caller starts (in memory; the browser imports PGlite only in mock
 *   mode), migrated by the gateway's own migrations and seeded with the demo registry.
 * - Message service: the mock world's MSW handlers, answered in-process (`inProcessFetch`, the
 *   gateway's injected upstream fetch) at a base URL that never reaches a network.
 * - Service token: a fixed in-process token (a ServiceTokenSource of its own) that the mock
 *   message service behind accepts for every function address of the demo backend's
 *   organisations (SYSTEM_CLIENT); no client-credentials round trip, no IdP needed for it.
 * - User tokens: verified by whatever verifier the host passes (the browser: the local IdP's
 *   JWKS, as the Node gateway does; tests: the gateway's test key).
 *
 * Only this folder of mocks/ imports gateway/ (scripts/lint/layerRules.ts).
 */
import type { PGlite } from '@electric-sql/pglite';
import { getResponse, type RequestHandler } from 'msw';
import { sql } from 'kysely';
import { createGatewayApp } from '../../gateway/app';
import { syncAddressBook } from '../../gateway/addressBook/sync';
import type { AccessTokenVerifier } from '../../gateway/auth/accessToken';
import type { GatewayDb } from '../../gateway/db/database';
import { openEmbeddedDatabase } from '../../gateway/db/embedded';
import type { GatewayDeps } from '../../gateway/http/env';
import type { Logger } from '../../gateway/http/logger';
import type { ServiceTokenSource } from '../../gateway/mt/serviceToken';
import type { Upstream } from '../../gateway/mt/upstream';
import { seedRegistry, type RegistrySeed } from '../../gateway/registry/seed';
import { MAX_MESSAGE_BYTES_DEFAULT } from '../../src/sdk/rules/limits';
import { InvalidTokenError, type TokenVerifier } from '../auth/verifyToken';
import { createHandlers } from '../handlers';
import { SDK_SCOPES, SYSTEM_CLIENT } from '../personas';
import type { MockWorld } from '../world';
import { demoRegistrySeed } from './demoRegistry';

/** Where the gateway believes the message service is. `.invalid` never resolves: nothing leaves the process. */
export const IN_PROCESS_MT_BASE = 'http://mt.in-process.invalid/api';

/** The attachment types the demo services accept besides PDF (as gateway/node/startGateway.ts). */
const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'text/plain'];

const SERVICE_TOKEN = 'in-process-gateway-service-token';

export interface InProcessGatewayOptions {
  /** A started PGlite (in memory, usually); the gateway owns it from now on and closes it. */
  pglite: PGlite;
  /** The mock world behind the gateway; read on every call, so a host may swap it (tests). */
  world: () => MockWorld;
  verifyUserToken: AccessTokenVerifier;
  /** Default: the demo registry built from the personas. */
  seed?: RegistrySeed;
  /** Default: silent. */
  logger?: Logger;
  /** Default: the world's clock, so grants, the access log and messages share one time. */
  clock?: () => Date;
  /** Upstream deadline (default 10 s; the in-process service answers at once). */
  timeoutMs?: number;
}

export interface InProcessGateway {
  /** The gateway's fetch-style handler: a Request whose path starts with /api. */
  fetch(request: Request): Promise<Response>;
  db: GatewayDb;
  deps: GatewayDeps;
  /** Copies the world's address book into the gateway (done at start; again after a reset). */
  syncAddressBook(): Promise<void>;
  /** Empties every table, seeds the registry again and syncs the address book (one per test). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** A fetch that answers from MSW handlers in this process (the gateway's upstream seam). */
export function inProcessFetch(handlers: () => readonly RequestHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const response = await getResponse([...handlers()], request);
    return response ?? new Response(null, { status: 404 });
  };
}

/** The in-process service token: always the same, never renewed, never leaves the process. */
const serviceToken: ServiceTokenSource = { get: () => Promise.resolve(SERVICE_TOKEN), invalidate: () => undefined };

/** The mock message service's view of that token: the demo backend, every function address of its organisations. */
const verifyServiceToken: TokenVerifier = async (token) => {
  if (token !== SERVICE_TOKEN) throw new InvalidTokenError('Only the in-process gateway calls this message service.');
  return { subject: SYSTEM_CLIENT.clientId, clientId: SYSTEM_CLIENT.clientId, scopes: [...SDK_SCOPES], authIds: [...SYSTEM_CLIENT.functionAddresses] };
};

const silentLogger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export async function createInProcessGateway(options: InProcessGatewayOptions): Promise<InProcessGateway> {
  const db = await openEmbeddedDatabase(options.pglite);
  const seed = options.seed ?? demoRegistrySeed();

  // The message service's handlers, made again only when the host swaps the world.
  let handlersOf: { world: MockWorld; handlers: RequestHandler[] } | undefined;
  const handlers = () => {
    const world = options.world();
    if (handlersOf?.world !== world) handlersOf = { world, handlers: createHandlers({ baseUrl: IN_PROCESS_MT_BASE, world, verifyToken: verifyServiceToken }) };
    return handlersOf.handlers;
  };
  const send = inProcessFetch(handlers);
  const upstream = (name: string, baseUrl: string): Upstream => ({ name, baseUrl, token: serviceToken, timeoutMs: options.timeoutMs ?? 10_000, fetch: send });
  const clock = options.clock ?? (() => options.world().clock.now());

  const deps: GatewayDeps = {
    db,
    verifyToken: options.verifyUserToken,
    mt: upstream('The message service', IN_PROCESS_MT_BASE),
    addressBook: upstream('The address book', `${IN_PROCESS_MT_BASE}/addressbook`),
    clock,
    logger: options.logger ?? silentLogger,
    allowedOrigins: [],
    maxMessageBytes: MAX_MESSAGE_BYTES_DEFAULT,
    allowedAttachmentTypes: ATTACHMENT_TYPES,
  };
  const app = createGatewayApp(deps);
  const sync = async (): Promise<void> => {
    await syncAddressBook(db.db, deps.addressBook, clock);
  };

  await seedRegistry(db.db, seed);
  await sync();

  return {
    fetch: (request) => Promise.resolve(app.fetch(request)),
    db,
    deps,
    syncAddressBook: sync,
    async reset() {
      // Every table the migrations made (also those of migrations added later), not Kysely's own.
      const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'`.execute(db.db);
      if (tables.rows.length > 0) {
        await sql`truncate ${sql.join(tables.rows.map((t) => sql.id(t.name)))} restart identity cascade`.execute(db.db);
      }
      await seedRegistry(db.db, seed);
      await sync();
    },
    close: () => db.close(),
  };
}
