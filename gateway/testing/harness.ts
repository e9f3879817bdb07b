/**
 * Test harness: the gateway app over a test database, in front of the project's mock message
 * service (the MSW handlers of mocks/, on msw/node at a test URL) and a test token endpoint. Only
 * tests import this; the gateway itself never imports mocks/.
 */
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { createSimClock } from '../../mocks/clock';
import { createHandlers } from '../../mocks/handlers';
import { FA, SYSTEM_CLIENT } from '../../mocks/personas';
import { createTestTokenVerifier, issueTestToken } from '../../mocks/testing/testTokens';
import { createMockWorld, type MockWorld } from '../../mocks/world';
import { MAX_MESSAGE_BYTES_DEFAULT } from '../../src/sdk/rules/limits';
import { createGatewayApp } from '../app';
import type { GatewayDb } from '../db/database';
import type { GatewayDeps } from '../http/env';
import { createMemoryLogger } from '../http/logger';
import { createServiceTokenSource } from '../mt/serviceToken';
import type { Upstream } from '../mt/upstream';
import { DEFAULT_GATEWAY_ATTACHMENT_TYPES } from '../node/startGateway';
import type { RegistrySeed } from '../registry/seed';
import { createTestUserVerifier } from './userTokens';

export const TEST_MT_BASE = 'http://mt.gateway.test/api';
export const TEST_TOKEN_URL = 'http://idp.gateway.test/token';
export const GATEWAY_BASE = 'http://gateway.test/api';
export const TEST_CLOCK_START = new Date('2026-03-02T09:00:00.000Z');


export const TEST_SEED: RegistrySeed = {
  mailboxes: [
    { id: FA.malmoBarnUnga, organizationId: '0203:malmo.se', name: 'Socialtjänsten barn och unga' },
    { id: FA.malmoAldreomsorg, organizationId: '0203:malmo.se', name: 'Äldreomsorg – biståndshandläggning' },
    { id: FA.malmoRegistrator, organizationId: '0203:malmo.se', name: 'Registrator' },
    { id: FA.lundSocialtjanst, organizationId: '0203:lund.se', name: 'Socialtjänsten' },
    { id: FA.regionSkaneUtbildning, organizationId: '0203:skane.se', name: 'Utbildning – övningsbrevlåda' },
  ],
  grants: [
    { mailboxId: FA.malmoBarnUnga, subjectKind: 'person', subject: 'anna', level: 'send' },
    { mailboxId: FA.malmoAldreomsorg, subjectKind: 'group', subject: 'malmo-aldreomsorg', level: 'send' },
    { mailboxId: FA.lundSocialtjanst, subjectKind: 'person', subject: 'erik', level: 'send' },
    { mailboxId: FA.malmoRegistrator, subjectKind: 'person', subject: 'sara', level: 'admin' },
    { mailboxId: FA.regionSkaneUtbildning, subjectKind: 'person', subject: 'tove', level: 'read' },
  ],
};

export interface MockMt {
  server: SetupServer;
  world: () => MockWorld;
  /** Requests that reached the message service (method + path), token requests excluded. */
  calls: string[];
  tokenRequests: () => number;
  reset(): void;
}

/** The mock message service and token endpoint for one test file (listen in beforeAll). */
export function createMockMt(): MockMt {
  const verifyToken = createTestTokenVerifier();
  let world = freshWorld();
  let tokenRequests = 0;
  const calls: string[] = [];
  const handlers = () => [
    http.post(TEST_TOKEN_URL, async () => {
      tokenRequests += 1;
      // The demo backend's grant: every function address of its organisations (a mailbox a
      // superuser registers later included); the gateway decides per user.
      const token = await issueTestToken({ authIds: [...SYSTEM_CLIENT.functionAddresses], subject: 'mk-backend', expiresInSeconds: 900 });
      return HttpResponse.json({ access_token: token, token_type: 'Bearer', expires_in: 900 });
    }),
    ...createHandlers({ baseUrl: TEST_MT_BASE, world, verifyToken }),
  ];
  const server = setupServer(...handlers());
  server.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(TEST_MT_BASE)) calls.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return {
    server,
    world: () => world,
    calls,
    tokenRequests: () => tokenRequests,
    reset() {
      world = freshWorld();
      calls.length = 0;
      tokenRequests = 0;
      server.resetHandlers(...handlers());
    },
  };
}

function freshWorld(): MockWorld {
  return createMockWorld({ clock: createSimClock({ start: TEST_CLOCK_START, speed: 0 }) });
}

export function testUpstreams(timeoutMs = 2000): { mt: Upstream; addressBook: Upstream } {
  const token = createServiceTokenSource({ tokenUrl: TEST_TOKEN_URL, clientId: 'mk-backend', clientSecret: 'secret', scopes: 'x' });
  return {
    mt: { name: 'The message service', baseUrl: TEST_MT_BASE, token, timeoutMs },
    addressBook: { name: 'The address book', baseUrl: `${TEST_MT_BASE}/addressbook`, token, timeoutMs },
  };
}

export function createTestGateway(db: GatewayDb, overrides: Partial<GatewayDeps> = {}) {
  const logger = createMemoryLogger();
  const deps: GatewayDeps = {
    db,
    verifyToken: createTestUserVerifier(),
    ...testUpstreams(),
    clock: () => new Date(),
    logger,
    allowedOrigins: [],
    maxMessageBytes: MAX_MESSAGE_BYTES_DEFAULT,
    allowedAttachmentTypes: DEFAULT_GATEWAY_ATTACHMENT_TYPES,
    ...overrides,
  };
  const app = createGatewayApp(deps);
  const call = (path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    return app.fetch(
      new Request(`${GATEWAY_BASE}${path}`, {
        method: init.method ?? 'GET',
        headers,
        ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
      }),
    );
  };
  return { app, deps, logger, call };
}
