import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../gateway/db/database';
import { FA } from '../mocks/personas';
import { startGatewayProcess, type GatewayProcess } from './gatewayProcess';

/**
 * The MK gateway keeps what it decides in its database, not in memory: after the gateway
 * process is stopped and started again on the same (PGlite) data folder, a revoked grant is
 * still revoked, the demo seed is not applied a second time, and the access log still holds
 * the reads of before the restart. Only the gateway restarts: this test starts its own on a
 * free port (e2e/gatewayProcess.ts) in front of the e2e world's IdP and simulator, and uses a
 * real user token from the IdP, taken from a signed-in app.
 */
const INBOX = (mailbox: string) => `/api/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(mailbox)}`;

let dataDir: string;
let running: GatewayProcess | undefined;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mk-gateway-restart-'));
});
test.afterEach(async () => {
  await running?.stop().catch(() => undefined);
  running = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

/** Reads the gateway's database with the gateway stopped (PGlite: one process at a time). */
async function withStoppedGatewayDb<T>(read: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const opened = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return await read(opened.db);
  } finally {
    await opened.close();
  }
}

test('after a gateway restart, grants and the access log are still there', async ({ page }) => {
  test.setTimeout(180_000);
  // Anna's access token from the local IdP, as the signed-in app sends it.
  const meRequest = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/mk/me' && request.headers()['authorization'] !== undefined);
  await page.goto('/?as=anna');
  const authorization = (await meRequest).headers()['authorization'] ?? '';
  expect(authorization).toMatch(/^Bearer ey/);
  const headers = { Authorization: authorization, Accept: 'application/json' };

  const get = async (path: string) => {
    if (!running) throw new Error('no gateway running');
    const response = await fetch(`${running.url}${path}`, { headers });
    return { status: response.status, body: response.ok ? ((await response.json()) as Record<string, unknown>) : undefined };
  };
  const myMailboxes = async () => (((await get('/api/mk/me')).body?.['mailboxes'] ?? []) as { id: string }[]).map((m) => m.id).sort();

  // First start: the demo seed. Anna reads one message of her barn-och-unga inbox.
  running = await startGatewayProcess(dataDir);
  expect(await myMailboxes()).toEqual([FA.malmoBarnUnga, FA.malmoAldreomsorg].sort());
  const inbox = await get(INBOX(FA.malmoBarnUnga));
  const messageId = ((inbox.body?.['data'] ?? []) as { id: string }[])[0]?.id ?? '';
  expect(messageId).not.toBe('');
  expect((await get(`/api/sdk/messages/${encodeURIComponent(messageId)}`)).status).toBe(200);
  await running.stop();
  running = undefined;

  // While it is down, the registry changes: Anna's own grant to barn och unga is revoked.
  const logged = await withStoppedGatewayDb(async (db) => {
    await db.deleteFrom('grants').where('subject_kind', '=', 'person').where('subject', '=', 'anna').where('mailbox_id', '=', FA.malmoBarnUnga).execute();
    return db.selectFrom('access_log').select(['subject', 'mailbox_id', 'message_id', 'action', 'status']).where('action', '=', 'read').execute();
  });
  expect(logged).toEqual([{ subject: 'anna', mailbox_id: FA.malmoBarnUnga, message_id: messageId, action: 'read', status: 200 }]);

  // Second start on the same folder: the revocation holds (the seed is not applied again), the
  // group grant is still there, and the message is no longer Anna's to read.
  running = await startGatewayProcess(dataDir);
  expect(await myMailboxes()).toEqual([FA.malmoAldreomsorg]);
  expect((await get(INBOX(FA.malmoBarnUnga))).status).toBe(403);
  expect((await get(`/api/sdk/messages/${encodeURIComponent(messageId)}`)).status).toBe(404);
  await running.stop();
  running = undefined;

  // The access log kept the read from before both restarts, next to the refused attempt.
  const after = await withStoppedGatewayDb((db) =>
    db.selectFrom('access_log').select(['subject', 'message_id', 'action', 'status']).where('action', '=', 'read').orderBy('id').execute(),
  );
  expect(after).toEqual([
    { subject: 'anna', message_id: messageId, action: 'read', status: 200 },
    { subject: 'anna', message_id: messageId, action: 'read', status: 404 },
  ]);
  const grants = await withStoppedGatewayDb((db) => db.selectFrom('grants').select(['subject_kind', 'subject']).where('mailbox_id', '=', FA.malmoBarnUnga).execute());
  expect(grants).toEqual([{ subject_kind: 'group', subject: 'malmo-barn-unga' }]);
});
