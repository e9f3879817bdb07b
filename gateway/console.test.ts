// @vitest-environment node
/**
 * The superuser console's API (issue 9, ADR 0013) on PGlite and (with TEST_DATABASE_URL) on
 * PostgreSQL: superusers of their own organisation only; registering a mailbox with field-level
 * problems; edits refused on a stale version with what changed; deactivate instead of remove
 * (whether a mailbox has messages is asked of the message service; no answer, no removal);
 * grants that apply on the person's next /mk/me; the audit log with the access log, as JSON and
 * CSV; the notifications the demo keeps.
 */
import { readFileSync } from 'node:fs';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FA } from '../mocks/personas';
import { compileOpenApiSchemas, type OpenApiDocument } from '../src/testing/diggSchema';
import type { GatewayDb } from './db/database';
import { createRun, finishRun } from './connectionTest/store';
import { seedRegistry } from './registry/seed';
import { annaToken, lundSuperuserToken, MALMO, saraToken } from './testing/consoleTokens';
import { createMockMt, createTestGateway, TEST_MT_BASE, TEST_SEED, testUpstreams } from './testing/harness';
import { DATABASE_KINDS_FOR_TESTS, emptyDatabase } from './testing/testDatabases';

const mt = createMockMt();
beforeAll(() => mt.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mt.reset());
afterAll(() => mt.server.close());

const contract = compileOpenApiSchemas(parse(readFileSync(new URL('../src/api/openapi.yaml', import.meta.url), 'utf8')) as OpenApiDocument);

const NEW_BOX = 'sdk:familjeratt:0203:malmo.se';
const newMailbox = (over: Record<string, unknown> = {}) => ({
  id: NEW_BOX,
  name: 'Familjerätt',
  description: 'Familjerättsliga ärenden',
  categories: ['familj', 'vårdnad'],
  sends: true,
  receives: true,
  notificationEmail: 'familjeratt@malmo.se',
  ...over,
});
const box = (id: string) => `/mk/admin/mailboxes/${encodeURIComponent(id)}`;

for (const { kind, skip, title } of DATABASE_KINDS_FOR_TESTS) {
  describe.skipIf(skip)(`superuser console on ${title}`, () => {
    let db: GatewayDb;
    let gateway: ReturnType<typeof createTestGateway>;
    let sara: string;
    let anna: string;

    beforeAll(async () => {
      db = await kind.open();
    }, 60_000);
    beforeEach(async () => {
      await emptyDatabase(db);
      await seedRegistry(db.db, {
        ...TEST_SEED,
        people: [{ sub: 'maja', name: 'Maja Holm', organizationId: MALMO, groups: ['malmo-barn-unga'] }],
      });
      gateway = createTestGateway(db);
      [sara, anna] = await Promise.all([saraToken(), annaToken()]);
      await gateway.call('/mk/me', { token: anna });
    });
    afterAll(async () => {
      await db.close();
    });

    it('refuses Anna (a caseworker) every admin route with 403, and answers nobody without a token', async () => {
      for (const [path, method] of [['/mk/admin/mailboxes', 'GET'], ['/mk/admin/mailboxes', 'POST'], ['/mk/admin/log', 'GET'], ['/mk/admin/people', 'GET']] as const) {
        const res = await gateway.call(path, { method, token: anna, ...(method === 'POST' ? { body: newMailbox() } : {}) });
        expect(res.status, `${method} ${path}`).toBe(403);
      }
      expect((await gateway.call('/mk/admin/mailboxes')).status).toBe(401);
      expect(await db.db.selectFrom('mailboxes').select('id').where('id', '=', NEW_BOX).execute()).toEqual([]);
    });

    it("lists only her organisation's mailboxes, with access count and address-book presence, in the contract's shape", async () => {
      const res = await gateway.call('/mk/admin/mailboxes', { token: sara });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(contract.errors('AdminMailboxList', body)).toEqual([]);
      expect(body.data.map((m: { id: string }) => m.id).sort()).toEqual([FA.malmoAldreomsorg, FA.malmoRegistrator, FA.malmoBarnUnga].sort());
      const barnUnga = body.data.find((m: { id: string }) => m.id === FA.malmoBarnUnga);
      expect(barnUnga).toMatchObject({ name: 'Socialtjänsten barn och unga', active: true, version: 1, accessCount: 1, addressBook: { published: false } });
    });

    it("shows each mailbox's latest finished connection test (outcome, when, environment, report id), or none", async () => {
      const run = (id: string, environment: 'DEMO' | 'QA', startedAt: string) =>
        createRun(db.db, {
          id,
          organizationId: MALMO,
          mailboxId: FA.malmoRegistrator,
          mailboxName: 'Registrator',
          environment,
          startedBy: { sub: 'sara', name: 'Sara Nilsson' },
          startedAt: new Date(startedAt),
          deadlineAt: new Date(Date.parse(startedAt) + 300_000),
          cases: [{ kind: 'accepted', recipient: 'sdk:test:accepted' }],
        });
      await run('run-old', 'QA', '2026-03-01T08:00:00.000Z');
      await finishRun(db.db, 'run-old', 'passed', new Date('2026-03-01T08:05:00.000Z'));
      await run('run-new', 'DEMO', '2026-03-02T08:00:00.000Z');
      await finishRun(db.db, 'run-new', 'failed', new Date('2026-03-02T08:05:00.000Z'));
      await run('run-going', 'QA', '2026-03-03T08:00:00.000Z');

      const body = await (await gateway.call('/mk/admin/mailboxes', { token: sara })).json();
      expect(contract.errors('AdminMailboxList', body)).toEqual([]);
      const byId = new Map(body.data.map((m: { id: string; lastConnectionTest: unknown }) => [m.id, m.lastConnectionTest]));
      expect(byId.get(FA.malmoRegistrator)).toEqual({ runId: 'run-new', outcome: 'failed', finishedAt: '2026-03-02T08:05:00.000Z', environment: 'DEMO' });
      expect(byId.get(FA.malmoBarnUnga)).toBeNull();
    });

    it("does not let Sara touch Lund's mailbox, nor Lund's superuser Malmö's", async () => {
      const lund = box(FA.lundSocialtjanst);
      expect((await gateway.call(`${lund}/grants`, { token: sara })).status).toBe(404);
      expect((await gateway.call(lund, { method: 'PUT', token: sara, body: { ...newMailbox(), version: 1, active: false } })).status).toBe(404);
      expect((await gateway.call(`${lund}/grants`, { method: 'POST', token: sara, body: { subjectKind: 'person', subject: 'anna', level: 'send' } })).status).toBe(404);
      const lena = await lundSuperuserToken();
      const lundList = await (await gateway.call('/mk/admin/mailboxes', { token: lena })).json();
      expect(lundList.data.map((m: { id: string }) => m.id)).toEqual([FA.lundSocialtjanst]);
      const created = await gateway.call('/mk/admin/mailboxes', { method: 'POST', token: lena, body: newMailbox() });
      expect(created.status).toBe(400);
      expect((await created.json()).eventIssues).toEqual([expect.objectContaining({ in: 'id', typeCode: 'wrongOrganization' })]);
      const erikGrant = await db.db.selectFrom('grants').select('id').where('mailbox_id', '=', FA.lundSocialtjanst).executeTakeFirstOrThrow();
      expect((await gateway.call(`/mk/admin/grants/${erikGrant.id}`, { method: 'DELETE', token: sara })).status).toBe(404);
      expect(await db.db.selectFrom('grants').select('id').where('id', '=', erikGrant.id).execute()).toHaveLength(1);
    });

    it('registers a mailbox with an audit entry, and answers bad fields and a taken identifier field by field', async () => {
      const bad = await gateway.call('/mk/admin/mailboxes', {
        method: 'POST',
        token: sara,
        body: newMailbox({ id: 'sdk:Familjerätt:0203:malmo.se', name: ' ', notificationEmail: 'nej' }),
      });
      expect(bad.status).toBe(400);
      expect((await bad.json()).eventIssues.map((i: { in: string; typeCode: string }) => [i.in, i.typeCode])).toEqual([
        ['id', 'badCharacters'],
        ['name', 'required'],
        ['notificationEmail', 'badEmail'],
      ]);

      const created = await gateway.call('/mk/admin/mailboxes', { method: 'POST', token: sara, body: newMailbox() });
      expect(created.status).toBe(201);
      const { mailbox } = await created.json();
      expect(contract.errors('AdminMailboxSingle', { mailbox })).toEqual([]);
      expect(mailbox).toMatchObject({ id: NEW_BOX, name: 'Familjerätt', categories: ['familj', 'vårdnad'], version: 1, accessCount: 0, updatedBy: { sub: 'sara', name: 'Sara Nilsson' } });

      const again = await gateway.call('/mk/admin/mailboxes', { method: 'POST', token: sara, body: newMailbox({ name: 'Familjerätt 2' }) });
      expect(again.status).toBe(409);
      expect((await again.json()).eventIssues).toEqual([expect.objectContaining({ in: 'id', typeCode: 'taken' })]);

      const audit = await db.db.selectFrom('audit_log').selectAll().execute();
      expect(audit).toEqual([expect.objectContaining({ actor_sub: 'sara', organization_id: MALMO, mailbox_id: NEW_BOX, kind: 'mailbox.created' })]);
    });

    it('refuses a save on a stale version with 409, the current values and what changed', async () => {
      await gateway.call('/mk/admin/mailboxes', { method: 'POST', token: sara, body: newMailbox() });
      const first = await gateway.call(box(NEW_BOX), { method: 'PUT', token: sara, body: { ...newMailbox(), name: 'Familjerätten', version: 1, active: true } });
      expect(first.status).toBe(200);
      expect((await first.json()).mailbox).toMatchObject({ name: 'Familjerätten', version: 2 });

      // A second superuser still on version 1 changes the description.
      const stale = await gateway.call(box(NEW_BOX), { method: 'PUT', token: sara, body: { ...newMailbox(), description: 'Annat', version: 1, active: true } });
      expect(stale.status).toBe(409);
      const problem = await stale.json();
      expect(contract.errors('MailboxConflictProblem', problem)).toEqual([]);
      expect(problem.current).toMatchObject({ name: 'Familjerätten', description: 'Familjerättsliga ärenden', version: 2 });
      expect(problem.changedFields.sort()).toEqual(['description', 'name']);
      const row = await db.db.selectFrom('mailboxes').select(['name', 'description', 'version']).where('id', '=', NEW_BOX).executeTakeFirstOrThrow();
      expect(row).toEqual({ name: 'Familjerätten', description: 'Familjerättsliga ärenden', version: 2 });
      const kinds = (await db.db.selectFrom('audit_log').select(['kind', 'summary']).orderBy('id').execute()).map((r) => [r.kind, r.summary]);
      expect(kinds).toEqual([
        ['mailbox.created', expect.anything()],
        ['mailbox.updated', { name: { from: 'Familjerätt', to: 'Familjerätten' } }],
      ]);
    });

    it('removes a mailbox without messages, and asks to deactivate one with messages', async () => {
      await gateway.call('/mk/admin/mailboxes', { method: 'POST', token: sara, body: newMailbox() });
      expect((await gateway.call(box(NEW_BOX), { method: 'DELETE', token: sara })).status).toBe(204);
      // Anna's mailbox: the gateway has seen its messages (her inbox poll records them).
      await gateway.call(`/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(FA.malmoBarnUnga)}`, { token: anna });
      const refused = await gateway.call(box(FA.malmoBarnUnga), { method: 'DELETE', token: sara });
      expect(refused.status).toBe(409);
      expect((await refused.json()).detail).toMatch(/deactivate/);
      const off = await gateway.call(box(FA.malmoBarnUnga), {
        method: 'PUT',
        token: sara,
        body: { name: 'Socialtjänsten barn och unga', description: '', categories: [], sends: true, receives: true, notificationEmail: '', version: 1, active: false },
      });
      expect(off.status).toBe(200);
      expect((await off.json()).mailbox.active).toBe(false);
      const annasNow = (await (await gateway.call('/mk/me', { token: anna })).json()).mailboxes.map((m: { id: string }) => m.id);
      expect(annasNow).not.toContain(FA.malmoBarnUnga);
      expect((await db.db.selectFrom('audit_log').select('kind').orderBy('id').execute()).map((r) => r.kind)).toEqual(['mailbox.created', 'mailbox.removed', 'mailbox.deactivated']);
    });

    it('asks the message service: a mailbox with messages there cannot be removed though the gateway has no trace of them (access log pruned)', async () => {
      // Nobody has polled or opened Barn och unga here, and the access log has no rows of it;
      // the message service holds its messages all the same.
      expect(await db.db.selectFrom('access_log').select('id').where('mailbox_id', '=', FA.malmoBarnUnga).execute()).toEqual([]);
      expect(await db.db.selectFrom('message_handling').select('message_id').where('mailbox_id', '=', FA.malmoBarnUnga).execute()).toEqual([]);
      const refused = await gateway.call(box(FA.malmoBarnUnga), { method: 'DELETE', token: sara });
      expect(refused.status).toBe(409);
      expect(await refused.json()).toMatchObject({ type: 'urn:problem-type:sdk-mk:mailboxHasMessages', detail: expect.stringMatching(/deactivate/) });
      expect(mt.calls).toContain('GET /api/sdk/messages');
      expect(await db.db.selectFrom('mailboxes').select('id').where('id', '=', FA.malmoBarnUnga).execute()).toHaveLength(1);
      expect(await db.db.selectFrom('grants').select('id').where('mailbox_id', '=', FA.malmoBarnUnga).execute()).not.toHaveLength(0);
      expect(await db.db.selectFrom('audit_log').select('kind').execute()).toEqual([]);
    });

    for (const [state, down, status] of [
      ['unreachable', () => HttpResponse.error(), 502],
      ['answering 503', () => new HttpResponse(null, { status: 503 }), 502],
    ] as const) {
      it(`refuses a removal with ${status} and removes nothing while the message service is ${state}`, async () => {
        await gateway.call('/mk/admin/mailboxes', { method: 'POST', token: sara, body: newMailbox() });
        await gateway.call(`${box(NEW_BOX)}/grants`, { method: 'POST', token: sara, body: { subjectKind: 'person', subject: 'anna', level: 'read' } });
        mt.server.use(http.get(`${TEST_MT_BASE}/sdk/messages`, down));
        const refused = await gateway.call(box(NEW_BOX), { method: 'DELETE', token: sara });
        expect(refused.status).toBe(status);
        expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
        expect((await refused.json()).detail).toMatch(/message service could not be asked whether the mailbox has messages.*not removed/);
        expect(await db.db.selectFrom('mailboxes').select('id').where('id', '=', NEW_BOX).execute()).toHaveLength(1);
        expect(await db.db.selectFrom('grants').select('subject').where('mailbox_id', '=', NEW_BOX).execute()).toEqual([{ subject: 'anna' }]);
        expect((await db.db.selectFrom('audit_log').select('kind').orderBy('id').execute()).map((r) => r.kind)).toEqual(['mailbox.created', 'grant.created']);
      });
    }

    it('refuses a removal with 504 when the message service does not answer in time', async () => {
      const slow = createTestGateway(db, testUpstreams(50));
      await slow.call('/mk/admin/mailboxes', { method: 'POST', token: sara, body: newMailbox() });
      mt.server.use(http.get(`${TEST_MT_BASE}/sdk/messages`, async () => { await delay(500); return HttpResponse.json({ data: [] }); }));
      const refused = await slow.call(box(NEW_BOX), { method: 'DELETE', token: sara });
      expect(refused.status).toBe(504);
      expect((await refused.json()).detail).toMatch(/not removed/);
      expect(await db.db.selectFrom('mailboxes').select('id').where('id', '=', NEW_BOX).execute()).toHaveLength(1);
    });

    it("grants Anna read-and-send, which her next /mk/me shows, and a revocation removes it there at once", async () => {
      await gateway.call('/mk/admin/mailboxes', { method: 'POST', token: sara, body: newMailbox() });
      const granted = await gateway.call(`${box(NEW_BOX)}/grants`, { method: 'POST', token: sara, body: { subjectKind: 'person', subject: 'anna', level: 'send' } });
      expect(granted.status).toBe(201);
      const { grant } = await granted.json();
      expect(contract.errors('AdminGrant', grant)).toEqual([]);
      expect(grant).toMatchObject({ mailbox: NEW_BOX, subject: 'anna', subjectName: 'Anna Lindqvist', level: 'send', inForce: true });

      const me = async () => (await (await gateway.call('/mk/me', { token: anna })).json()).mailboxes.map((m: { id: string; level: string }) => [m.id, m.level]);
      expect(await me()).toContainEqual([NEW_BOX, 'send']);

      const access = await (await gateway.call('/mk/admin/people/anna/access', { token: sara })).json();
      expect(access.data.map((g: { mailbox: string; via?: string }) => [g.mailbox, g.via ?? 'direct']).sort()).toEqual(
        [[FA.malmoAldreomsorg, 'malmo-aldreomsorg'], [NEW_BOX, 'direct'], [FA.malmoBarnUnga, 'direct']].sort(),
      );

      expect((await gateway.call(`/mk/admin/grants/${grant.id}`, { method: 'DELETE', token: sara })).status).toBe(204);
      expect((await me()).map(([id]: [string]) => id)).not.toContain(NEW_BOX);

      const notifications = await (await gateway.call('/mk/admin/notifications', { token: sara })).json();
      expect(notifications.data.map((n: { recipient: string; subject: string }) => [n.recipient, n.subject])).toEqual([
        ['familjeratt@malmo.se', 'Behörighet borttagen: Familjerätt'],
        ['familjeratt@malmo.se', 'Behörighet tillagd: Familjerätt'],
      ]);
    });

    it('refuses grant dates that end before they start, and applies a stand-in grant only within its dates', async () => {
      const bad = await gateway.call(`${box(FA.malmoRegistrator)}/grants`, {
        method: 'POST',
        token: sara,
        body: { subjectKind: 'person', subject: 'maja', level: 'read', validFrom: '2026-04-10T00:00:00Z', validTo: '2026-04-01T00:00:00Z' },
      });
      expect(bad.status).toBe(400);
      expect((await bad.json()).eventIssues).toEqual([expect.objectContaining({ in: 'validTo', typeCode: 'beforeFrom' })]);
      const later = await gateway.call(`${box(FA.malmoRegistrator)}/grants`, {
        method: 'POST',
        token: sara,
        body: { subjectKind: 'person', subject: 'maja', level: 'read', validFrom: '2099-01-01T00:00:00Z' },
      });
      expect((await later.json()).grant).toMatchObject({ subjectName: 'Maja Holm', inForce: false });
    });

    it('finds people who signed in and people known from the seed, and the groups', async () => {
      const all = await (await gateway.call('/mk/admin/people', { token: sara })).json();
      expect(contract.errors('AdminPeopleSearch', all)).toEqual([]);
      expect(all.people.map((p: { sub: string }) => p.sub)).toEqual(['anna', 'maja']);
      expect(all.groups).toEqual(expect.arrayContaining(['malmo-aldreomsorg', 'malmo-barn-unga']));
      const found = await (await gateway.call('/mk/admin/people?q=holm', { token: sara })).json();
      expect(found.people).toEqual([{ sub: 'maja', name: 'Maja Holm', groups: ['malmo-barn-unga'], lastSignInAt: null }]);
    });

    it('shows changes and message access in one log, filtered, and exports it as CSV', async () => {
      await gateway.call('/mk/admin/mailboxes', { method: 'POST', token: sara, body: newMailbox() });
      const { grant } = await (await gateway.call(`${box(NEW_BOX)}/grants`, { method: 'POST', token: sara, body: { subjectKind: 'person', subject: 'anna', level: 'send' } })).json();
      await gateway.call(`/mk/admin/grants/${grant.id}`, { method: 'DELETE', token: sara });
      await db.db.insertInto('access_log').values({ at: new Date(), subject: 'anna', mailbox_id: FA.malmoBarnUnga, message_id: 'm-1', action: 'read', status: 200, request_id: 'r-1' }).execute();
      await db.db.insertInto('access_log').values({ at: new Date(), subject: 'erik', mailbox_id: FA.lundSocialtjanst, message_id: 'm-2', action: 'read', status: 200, request_id: 'r-2' }).execute();

      const log = await (await gateway.call('/mk/admin/log', { token: sara })).json();
      expect(contract.errors('AdminLogList', log)).toEqual([]);
      expect(log.data.map((e: { kind: string }) => e.kind)).toEqual(['message.read', 'grant.revoked', 'grant.created', 'mailbox.created']);

      const aboutAnna = await (await gateway.call('/mk/admin/log?person=anna', { token: sara })).json();
      expect(aboutAnna.data.map((e: { kind: string }) => e.kind)).toEqual(['message.read', 'grant.revoked', 'grant.created']);
      const grantsOnly = await (await gateway.call(`/mk/admin/log?kind=grant.revoked&mailbox=${encodeURIComponent(NEW_BOX)}`, { token: sara })).json();
      expect(grantsOnly.data).toHaveLength(1);
      const tomorrow = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      expect((await (await gateway.call(`/mk/admin/log?from=${tomorrow}`, { token: sara })).json()).data).toEqual([]);
      expect((await gateway.call('/mk/admin/log?from=igår', { token: sara })).status).toBe(400);

      const csv = await gateway.call('/mk/admin/log?format=csv', { token: sara });
      expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/);
      const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('at,source,kind,actor_sub,actor_name,mailbox,message_id,summary');
      expect(lines).toHaveLength(5);
      expect(lines.some((l) => l.includes('m-2'))).toBe(false);
    });
  });
}
