// @vitest-environment node
/**
 * The gateway in front of the mock message service, on PGlite and (with TEST_DATABASE_URL) on a
 * real PostgreSQL: authentication, grants, the message service's faults, limits, ETags, the
 * access log and health.
 */
import { http, HttpResponse, delay } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FA } from '../mocks/personas';
import { testMessageRequest } from '../mocks/testing/messageRequests';
import { MAX_MESSAGE_BYTES_DEFAULT } from '../src/sdk/rules/limits';
import { SDK_SCOPES } from '../src/sdk/scopes';
import type { GatewayDb } from './db/database';
import { Kysely, PostgresDialect } from 'kysely';
import type { GatewayDatabase } from './db/schema';
import { createMockMt, createTestGateway, TEST_MT_BASE } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS } from './testing/testDatabases';
import { useSeededDatabase } from './testing/seededDatabase';
import { issueUserToken } from './testing/userTokens';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const INBOX = (mailbox: string) => `/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(mailbox)}`;
const SENT = (mailbox: string) => `/sdk/messages?filter[senderAttention.subOrganization.extension]=${encodeURIComponent(mailbox)}`;
const mtMessageCalls = () => mt.calls.filter((c) => c.includes('/sdk/messages') || c.includes('/mk/'));

/** A database whose server does not answer: every connection attempt fails. */
function unreachableDatabase(): Kysely<GatewayDatabase> {
  const pool = { connect: () => Promise.reject(new Error('connect ECONNREFUSED')), end: async () => undefined };
  return new Kysely<GatewayDatabase>({ dialect: new PostgresDialect({ pool }) });
}

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`MK gateway on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    const anna = () => issueUserToken({ subject: 'anna', name: 'Anna Lindqvist', groups: ['malmo-aldreomsorg'] });

    const database = useSeededDatabase(kind);
    beforeEach(async () => {
      db = database();
      gateway = createTestGateway(db);
    });

    describe('authentication', () => {
      it.each([
        ['no token', async () => undefined, 'No access token'],
        ['an expired token', () => issueUserToken({ subject: 'anna', expiresInSeconds: -120 }), 'expired'],
        ['a forged token', () => issueUserToken({ subject: 'anna', forged: true }), 'signature'],
        ['a foreign issuer', () => issueUserToken({ subject: 'anna', issuer: 'http://evil.test' }), '"iss"'],
        ['another audience', () => issueUserToken({ subject: 'anna', audience: 'urn:other' }), '"aud"'],
      ])('answers 401 to %s and never calls the message service', async (_name, token, detail) => {
        const response = await gateway.call(INBOX(FA.malmoBarnUnga), { token: (await token()) ?? '' });
        expect(response.status).toBe(401);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
        expect((await response.json()).detail).toContain(detail);
        expect(mtMessageCalls()).toEqual([]);
      });

      it('answers 403 insufficient_scope without the operation scope', async () => {
        const token = await issueUserToken({ subject: 'anna', scopes: SDK_SCOPES.filter((s) => s !== 'urn:sdk.api:sendMessages') });
        const response = await gateway.call('/sdk/messages', { method: 'POST', token, body: testMessageRequest() });
        expect(response.status).toBe(403);
        expect(response.headers.get('WWW-Authenticate')).toContain('insufficient_scope');
      });
    });

    describe('mailboxes and grants', () => {
      it('lists the user’s mailboxes from the registry, with group grants and levels', async () => {
        const response = await gateway.call('/mk/me', { token: await anna() });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({
          subject: 'anna',
          name: 'Anna Lindqvist',
          mailboxes: [
            { id: FA.malmoBarnUnga, name: 'Socialtjänsten barn och unga', organizationId: '0203:malmo.se', level: 'send' },
            { id: FA.malmoAldreomsorg, name: 'Äldreomsorg – biståndshandläggning', organizationId: '0203:malmo.se', level: 'send' },
          ],
        });
        const person = await db.db.selectFrom('people').selectAll().where('sub', '=', 'anna').executeTakeFirstOrThrow();
        expect(person.name).toBe('Anna Lindqvist');
      });

      it('answers 403 naming a mailbox without a grant, and the message service is never called', async () => {
        const response = await gateway.call(INBOX(FA.lundSocialtjanst), { token: await anna() });
        expect(response.status).toBe(403);
        expect((await response.json()).detail).toContain(FA.lundSocialtjanst);
        expect(mtMessageCalls()).toEqual([]);
      });

      it('shows only the copies of granted mailboxes (the service token sees both sides)', async () => {
        const sent = await gateway.call('/sdk/messages', { method: 'POST', token: await anna(), body: testMessageRequest() });
        expect(sent.status).toBe(201);
        mt.world().clock.advance(60_000);
        // Anna's sent list: her outgoing copy only, not Lund's incoming copy (same sender).
        const annaSent = await (await gateway.call(SENT(FA.malmoBarnUnga), { token: await anna() })).json();
        expect(annaSent.data.map((m: { attributes: { messageStatus: string } }) => m.attributes.messageStatus)).not.toContain('NEW');
        const erik = await issueUserToken({ subject: 'erik' });
        const erikInbox = await (await gateway.call(INBOX(FA.lundSocialtjanst), { token: erik })).json();
        expect(erikInbox.data.some((m: { attributes: { label: string } }) => m.attributes.label === 'Begäran om yttrande')).toBe(true);
        expect(erikInbox.data.every((m: { attributes: { messageStatus: string } }) => m.attributes.messageStatus === 'NEW')).toBe(true);
        expect(erikInbox.links.self).toMatch(/^http:\/\/gateway\.test\/api\/sdk\/messages/);
      });

      it('applies a revoked grant on the next request', async () => {
        const token = await anna();
        expect((await gateway.call(INBOX(FA.malmoBarnUnga), { token })).status).toBe(200);
        await db.db.deleteFrom('grants').where('subject', '=', 'anna').where('mailbox_id', '=', FA.malmoBarnUnga).execute();
        expect((await gateway.call(INBOX(FA.malmoBarnUnga), { token })).status).toBe(403);
        const me = await (await gateway.call('/mk/me', { token })).json();
        expect(me.mailboxes.map((m: { id: string }) => m.id)).toEqual([FA.malmoAldreomsorg]);
      });

      it('honours a grant’s from and to dates', async () => {
        const token = await issueUserToken({ subject: 'nils' });
        const hour = 3600_000;
        await db.db.insertInto('grants').values({
          mailbox_id: FA.lundSocialtjanst, subject_kind: 'person', subject: 'nils', level: 'read',
          valid_from: new Date(Date.now() + hour), valid_to: null, granted_by: 'test',
        }).execute();
        expect((await gateway.call(INBOX(FA.lundSocialtjanst), { token })).status).toBe(403);
        await db.db.updateTable('grants').set({ valid_from: new Date(Date.now() - hour), valid_to: new Date(Date.now() + hour) }).where('subject', '=', 'nils').execute();
        expect((await gateway.call(INBOX(FA.lundSocialtjanst), { token })).status).toBe(200);
        await db.db.updateTable('grants').set({ valid_to: new Date(Date.now() - 1000) }).where('subject', '=', 'nils').execute();
        expect((await gateway.call(INBOX(FA.lundSocialtjanst), { token })).status).toBe(403);
      });

      it('needs level send to send, and refuses a read-only user naming the mailbox', async () => {
        const tove = await issueUserToken({ subject: 'tove' });
        const request = testMessageRequest({ from: FA.regionSkaneUtbildning, to: FA.malmoRegistrator });
        const response = await gateway.call('/sdk/messages', { method: 'POST', token: tove, body: request });
        expect(response.status).toBe(403);
        expect((await response.json()).detail).toContain(FA.regionSkaneUtbildning);
        expect(mtMessageCalls()).toEqual([]);
        expect((await gateway.call(INBOX(FA.regionSkaneUtbildning), { token: tove })).status).toBe(200);
      });

      it('hides a message of an ungranted mailbox (404) and refuses list calls without a mailbox filter', async () => {
        const sent = await (await gateway.call('/sdk/messages', { method: 'POST', token: await anna(), body: testMessageRequest() })).json();
        const erik = await issueUserToken({ subject: 'erik' });
        expect((await gateway.call(`/sdk/messages/${sent.data.id}`, { token: erik })).status).toBe(404);
        expect((await gateway.call(`/sdk/messages/${sent.data.id}`, { token: await anna() })).status).toBe(200);
        expect((await gateway.call('/sdk/messages', { token: erik })).status).toBe(400);
      });
    });

    describe('sending', () => {
      it('checks the content rules before forwarding and names the rule', async () => {
        const bad = testMessageRequest({ attributes: { label: 'x'.repeat(300) } });
        const response = await gateway.call('/sdk/messages', { method: 'POST', token: await anna(), body: bad });
        expect(response.status).toBe(400);
        expect(JSON.stringify((await response.json()).eventIssues)).toContain('label.max-length');
        expect(mtMessageCalls()).toEqual([]);
      });

      it('answers 413 with a problem to a body larger than a message may be', async () => {
        const huge = JSON.stringify({ data: { padding: 'A'.repeat(MAX_MESSAGE_BYTES_DEFAULT + 100 * 1024) } });
        const response = await gateway.call('/sdk/messages', { method: 'POST', token: await anna(), body: huge });
        expect(response.status).toBe(413);
        expect((await response.json()).title).toBe('Payload Too Large');
      });

      it('forwards with one cached service token and gives the gateway’s Location', async () => {
        const token = await anna();
        const first = await gateway.call('/sdk/messages', { method: 'POST', token, body: testMessageRequest() });
        const second = await gateway.call('/sdk/messages', { method: 'POST', token, body: testMessageRequest() });
        expect([first.status, second.status]).toEqual([201, 201]);
        expect(first.headers.get('Location')).toMatch(/^\/api\/sdk\/messages\/[^/]+$/);
        expect(mt.tokenRequests()).toBe(1);
      });
    });

    describe('the message service’s faults', () => {
      it('answers 502 when the message service is down', async () => {
        mt.server.use(http.get(`${TEST_MT_BASE}/sdk/messages`, () => HttpResponse.error()));
        const response = await gateway.call(INBOX(FA.malmoBarnUnga), { token: await anna() });
        expect(response.status).toBe(502);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      });

      it('answers 504 within the timeout when the message service is slow', async () => {
        mt.server.use(http.get(`${TEST_MT_BASE}/sdk/messages`, async () => { await delay(5000); return HttpResponse.json({}); }));
        const started = Date.now();
        const response = await gateway.call(INBOX(FA.malmoBarnUnga), { token: await anna() });
        expect(response.status).toBe(504);
        expect(Date.now() - started).toBeLessThan(4000);
      });
    });

    describe('polling', () => {
      it('answers an unchanged list with 304 and no body; a change gives 200 again', async () => {
        const token = await anna();
        const first = await gateway.call(INBOX(FA.malmoBarnUnga), { token });
        const etag = first.headers.get('ETag');
        expect(etag).toMatch(/^"[^"]+"$/);
        const again = await gateway.call(INBOX(FA.malmoBarnUnga), { token, headers: { 'If-None-Match': etag ?? '' } });
        expect(again.status).toBe(304);
        expect(await again.text()).toBe('');
        await gateway.call('/sdk/messages', { method: 'POST', token: await issueUserToken({ subject: 'erik' }), body: testMessageRequest({ from: FA.lundSocialtjanst, to: FA.malmoBarnUnga }) });
        mt.world().clock.advance(60_000);
        const changed = await gateway.call(INBOX(FA.malmoBarnUnga), { token, headers: { 'If-None-Match': etag ?? '' } });
        expect(changed.status).toBe(200);
      });
    });

    describe('access log', () => {
      it('records read, send and delete with who, mailbox and message id, never content', async () => {
        const token = await anna();
        const created = await (await gateway.call('/sdk/messages', { method: 'POST', token, body: testMessageRequest() })).json();
        const id: string = created.data.id;
        await gateway.call(`/sdk/messages/${id}`, { token });
        mt.world().clock.advance(3600_000);
        expect((await gateway.call(`/sdk/messages/${id}`, { method: 'DELETE', token })).status).toBe(202);
        const rows = await db.db.selectFrom('access_log').selectAll().orderBy('id').execute();
        expect(rows.map((r) => [r.action, r.subject, r.mailbox_id, r.message_id, r.status])).toEqual([
          ['send', 'anna', FA.malmoBarnUnga, id, 201],
          ['read', 'anna', FA.malmoBarnUnga, id, 200],
          ['delete', 'anna', FA.malmoBarnUnga, id, 202],
        ]);
        expect(JSON.stringify(rows)).not.toContain('Begäran om yttrande');
        expect(rows.every((r) => r.request_id.length > 0)).toBe(true);
      });
    });

    describe('health and logs', () => {
      it('reports the database kind and the services; 503 when the database is gone', async () => {
        const response = await gateway.call('/mk/health');
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ database: kind.name, messageService: { reachable: true }, addressBook: { reachable: true } });
        const broken = createTestGateway({ ...db, db: unreachableDatabase() });
        const down = await broken.call('/mk/health');
        expect(down.status).toBe(503);
        expect(await down.json()).toMatchObject({ database: kind.name, databaseReachable: false });
        const api = await broken.call('/mk/me', { token: await anna() });
        expect(api.status).toBe(503);
      });

      it('logs one JSON line per request with its id and never the token', async () => {
        const token = await anna();
        const response = await gateway.call(INBOX(FA.malmoBarnUnga), { token });
        const entry = gateway.logger.entries.find((e) => e.msg === 'request');
        expect(entry).toMatchObject({ method: 'GET', path: '/api/sdk/messages', status: 200, requestId: response.headers.get('X-Request-Id') });
        expect(JSON.stringify(gateway.logger.entries)).not.toContain(token);
      });
    });
  });
}
