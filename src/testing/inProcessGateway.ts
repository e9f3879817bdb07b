/**
 * Vitest helper: the real MK gateway (gateway/app.ts) in the test process, on PGlite in memory
 * with the demo registry, in front of the mock world (its in-process message service), answering
 * the app's API base (TEST_API_BASE) on msw/node. Component tests of gateway-backed features
 * (grants via /mk/me, shared-mailbox handling, the consoles) use it instead of useMockService.
 *
 *   const gateway = withInProcessGateway();
 *   renderWithProviders(<Page />, gateway.as('anna'));            // Anna's user and token
 *   await gateway.db().deleteFrom('grants').where(…).execute();   // the registry, directly
 *
 * Call at the top level of a test file. Every test starts from a fresh world (frozen clock),
 * the registry seeded again and an empty access log. Unhandled requests fail the test.
 * Tokens are the gateway's test tokens (gateway/testing/userTokens): persona id as subject, her
 * IdP groups, roles and organisation as the local IdP puts them in.
 */
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Kysely } from 'kysely';
import type { GatewayDatabase } from '../../gateway/db/schema';
import { issueUserToken, createTestUserVerifier } from '../../gateway/testing/userTokens';
import { createSimClock } from '../../mocks/clock';
import { createInProcessGateway, type InProcessGateway } from '../../mocks/inProcessGateway/createInProcessGateway';
import { CLAIMS, findPersona, type Persona } from '../../mocks/personas';
import { TEST_API_BASE, TEST_CLOCK_START } from '../../mocks/testing';
import { createMockWorld, type MockWorld } from '../../mocks/world';
import type { SdkUser } from '../sdk/user';

export interface InProcessGatewayHandle {
  /** The mock world behind the gateway (this test's). */
  world(): MockWorld;
  /** The gateway's database (registry, access log, handling…), typed. */
  db(): Kysely<GatewayDatabase>;
  /** The running gateway (its deps, fetch, syncAddressBook). */
  gateway(): InProcessGateway;
  /** The gateway's access token for a persona (subject, groups, roles, organisation). */
  tokenFor(personaId: string): Promise<string>;
  /** renderWithProviders options that sign the persona in against the gateway. */
  as(personaId: string): { user: SdkUser; getAccessToken: () => Promise<string> };
  /** A request to the gateway as the persona, e.g. `call('/mk/me', { as: 'anna' })`. */
  call(path: string, init?: { as?: string; method?: string; body?: unknown }): Promise<Response>;
}

function persona(id: string): Persona {
  const found = findPersona(id);
  if (!found) throw new Error(`No persona "${id}" in mocks/personas.ts`);
  return found;
}

export function tokenForPersona(personaId: string): Promise<string> {
  const p = persona(personaId);
  return issueUserToken({
    subject: p.id,
    name: p.name,
    groups: [...p.groups],
    claims: { [CLAIMS.roles]: [...p.roles], [CLAIMS.organizationId]: p.organization.id, [CLAIMS.organizationName]: p.organization.name },
  });
}

const freshWorld = () => createMockWorld({ clock: createSimClock({ start: TEST_CLOCK_START, speed: 0 }) });

export function withInProcessGateway(): InProcessGatewayHandle {
  let world = freshWorld();
  let running: InProcessGateway | undefined;
  const server = setupServer(
    // The gateway's routes are under /api, as TEST_API_BASE's path is.
    http.all(`${TEST_API_BASE}/*`, ({ request }) => started().fetch(request)),
  );
  const started = () => {
    if (!running) throw new Error('withInProcessGateway: the gateway is not started yet (use it inside a test).');
    return running;
  };

  beforeAll(async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = new PGlite();
    await pglite.waitReady;
    running = await createInProcessGateway({ pglite, world: () => world, verifyUserToken: createTestUserVerifier() });
    server.listen({ onUnhandledRequest: 'error' });
  }, 60_000);
  afterEach(async () => {
    world = freshWorld();
    await started().reset();
  });
  afterAll(async () => {
    server.close();
    await running?.close();
  });

  return {
    world: () => world,
    db: () => started().db.db,
    gateway: started,
    tokenFor: tokenForPersona,
    as(personaId) {
      const p = persona(personaId);
      let token: Promise<string> | undefined;
      return {
        user: {
          subject: p.id,
          name: p.name,
          organization: { ...p.organization },
          roles: [...p.roles],
          functionAddresses: [...p.functionAddresses],
        },
        getAccessToken: () => (token ??= tokenForPersona(personaId)),
      };
    },
    async call(path, init = {}) {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (init.as) headers.Authorization = `Bearer ${await tokenForPersona(init.as)}`;
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      return fetch(`${TEST_API_BASE}${path}`, {
        method: init.method ?? 'GET',
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    },
  };
}
