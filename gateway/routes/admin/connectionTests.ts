/**
 * The console's address book, connection test and system status (issue 9 parts 4, 5, 7; ADR
 * 0014), under /mk/admin behind requireSuperuser:
 *   GET  /mk/admin/address-book                 each mailbox vs the address-book copy, copy's age
 *   POST /mk/admin/address-book/sync            sync the copy now (audited)
 *   GET  /mk/admin/connection-tests[?mailbox=]  the organisation's runs, newest first
 *   POST /mk/admin/connection-tests {mailbox}   start a run (202; audited at start and end)
 *   GET  /mk/admin/connection-tests/:id         one run with its cases (poll for live progress)
 *   GET  /mk/admin/system-status                reachability, response times, database, jobs
 * Another organisation's mailbox or run is 404, as if it did not exist.
 */
import { Hono } from 'hono';
import { badRequestResponse, notFoundResponse, problemInstance, problemResponse } from '../../../src/api/problemResponses';
import { readRecord, readString } from '../../../src/sdk/readValue';
import { checkOrganizationAddressBook, syncAddressBookNow } from '../../addressBook/check';
import { ADDRESS_BOOK_JOB } from '../../addressBook/job';
import { DEFAULT_CONNECTION_TEST_SETTINGS, startConnectionTest } from '../../connectionTest/runner';
import { listRuns, readRun } from '../../connectionTest/store';
import type { GatewayDeps } from '../../http/env';
import { badGatewayResponse, withDatabase } from '../../http/problems';
import { withJobRun } from '../../jobs/jobRuns';
import { recordAudit } from '../../registry/auditLog';
import { readSystemStatus } from '../../status/systemStatus';
import { ownMailbox, type AdminEnv } from './requireSuperuser';
import { RUN_NOW_INSTANCE } from './retention';

export function connectionTestAdminRoutes(deps: GatewayDeps): Hono<AdminEnv> {
  const routes = new Hono<AdminEnv>();
  const db = deps.db.db;
  const settings = { ...DEFAULT_CONNECTION_TEST_SETTINGS, ...deps.connectionTest };

  routes.get('/address-book', async (c) => {
    const result = await checkOrganizationAddressBook(db, c.var.admin.organizationId);
    return c.json({
      syncedAt: result.sync?.syncedAt?.toISOString() ?? null,
      lastError: result.sync?.lastError ?? null,
      mailboxes: result.mailboxes,
    });
  });

  routes.post('/address-book/sync', async (c) => {
    const admin = c.var.admin;
    try {
      // A sync asked for in the console is a run of the sync job like the timer's (job_runs).
      const state = await withJobRun(db, ADDRESS_BOOK_JOB, () => syncAddressBookNow(db, deps.addressBook, deps.clock), { instance: RUN_NOW_INSTANCE, now: deps.clock });
      await withDatabase(() =>
        recordAudit(db, {
          at: deps.clock(),
          actor: { subject: admin.subject, name: admin.name },
          organizationId: admin.organizationId,
          kind: 'address_book.sync_requested',
          summary: { outcome: 'synced', addresses: state?.addresses ?? 0 },
        }),
      );
      return c.json({ syncedAt: state?.syncedAt?.toISOString() ?? null, lastError: null });
    } catch (error) {
      await withDatabase(() =>
        recordAudit(db, {
          at: deps.clock(),
          actor: { subject: admin.subject, name: admin.name },
          organizationId: admin.organizationId,
          kind: 'address_book.sync_requested',
          summary: { outcome: 'failed' },
        }),
      );
      deps.logger.warn('address book sync now failed', { requestId: c.var.requestId, error: error instanceof Error ? error.message : String(error) });
      return badGatewayResponse('The address book could not be read; the copy is unchanged.', problemInstance(c.req.url));
    }
  });

  routes.get('/connection-tests', async (c) => {
    const mailbox = c.req.query('mailbox');
    const runs = await listRuns(db, c.var.admin.organizationId, deps.clock(), mailbox ? { mailboxId: mailbox } : {});
    return c.json({ environment: settings.environment, data: runs });
  });

  routes.post('/connection-tests', async (c) => {
    const instance = problemInstance(c.req.url);
    const admin = c.var.admin;
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = undefined;
    }
    const mailboxId = readString(readRecord(body)?.['mailbox'])?.trim();
    if (!mailboxId) {
      return badRequestResponse('Choose the function mailbox to test.', instance, [
        { typeCode: 'BV', title: 'required', detail: 'Choose the function mailbox to test.', in: 'mailbox' },
      ]);
    }
    const mailbox = await ownMailbox(deps, c, mailboxId);
    if (!mailbox) return notFoundResponse(instance);
    const running = (await listRuns(db, admin.organizationId, deps.clock(), { mailboxId, limit: 5 })).find((r) => r.state === 'running');
    if (running) {
      return problemResponse(
        { type: 'urn:problem-type:mk:conflict', title: 'Conflict', status: 409, detail: `A connection test of ${mailboxId} is already running.`, instance },
        { status: 409, headers: { Location: `${new URL(c.req.url).pathname}/${running.id}` } },
      );
    }
    const actor = { subject: admin.subject, name: admin.name };
    const { runId, done } = await startConnectionTest(
      { db, mt: deps.mt, clock: deps.clock, logger: deps.logger, ...(deps.connectionTest?.wait ? { wait: deps.connectionTest.wait } : {}) },
      settings,
      { organizationId: admin.organizationId, mailbox: { id: mailbox.id, name: mailbox.name }, startedBy: { sub: admin.subject, name: admin.name ?? null } },
    );
    await withDatabase(() =>
      recordAudit(db, {
        at: deps.clock(),
        actor,
        organizationId: admin.organizationId,
        mailboxId: mailbox.id,
        kind: 'connection_test.run',
        summary: { runId, phase: 'started', environment: settings.environment },
      }),
    );
    void done.then(async () => {
      const run = await readRun(db, admin.organizationId, runId, deps.clock());
      await recordAudit(db, {
        at: deps.clock(),
        actor,
        organizationId: admin.organizationId,
        mailboxId: mailbox.id,
        kind: 'connection_test.run',
        summary: { runId, phase: 'finished', environment: settings.environment, outcome: run?.state, passed: run?.summary.passed, total: run?.summary.total },
      });
    }).catch(() => deps.logger.warn('connection test audit entry not written', { runId }));
    const run = await readRun(db, admin.organizationId, runId, deps.clock());
    c.header('Location', `${new URL(c.req.url).pathname}/${runId}`);
    return c.json({ data: run }, 202);
  });

  routes.get('/connection-tests/:id', async (c) => {
    const run = await readRun(db, c.var.admin.organizationId, c.req.param('id'), deps.clock());
    if (!run) return notFoundResponse(problemInstance(c.req.url));
    return c.json({ data: run });
  });

  routes.get('/system-status', async (c) =>
    c.json(
      await readSystemStatus({
        db: deps.db,
        mt: deps.mt,
        addressBook: deps.addressBook,
        clock: deps.clock,
        ...(deps.idpUrl ? { idpUrl: deps.idpUrl } : {}),
      }),
    ),
  );

  return routes;
}
