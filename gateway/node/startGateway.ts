/**
 * The gateway in Node: opens the database (migrations applied), fills an empty registry from
 * the seed (demo only), builds the app's dependencies from the configuration, starts the
 * address-book sync job and listens. close() is the graceful shutdown: stop accepting, let
 * in-flight requests finish (up to the grace period), stop the job, close the pool.
 */
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createRemoteJWKSet } from 'jose';
import { MAX_MESSAGE_BYTES_DEFAULT } from '../../src/sdk/rules/limits';
import { createGatewayApp } from '../app';
import { ADDRESS_BOOK_JOB, createPeriodicJob, type PeriodicJob } from '../addressBook/job';
import { syncAddressBook } from '../addressBook/sync';
import { createAccessTokenVerifier } from '../auth/accessToken';
import type { GatewayConfig } from '../config';
import { openDatabase, type GatewayDb } from '../db/database';
import type { GatewayDeps } from '../http/env';
import { createJsonLogger, type Logger } from '../http/logger';
import { createServiceTokenSource } from '../mt/serviceToken';
import { seedRegistry, type RegistrySeed } from '../registry/seed';
import { withJobRun } from '../jobs/jobRuns';
import { createRetentionJob } from '../retention/job';
import { createTrainingTimelineJob } from '../training/timelineJob';
import { createAuditLogPruneJob } from '../auditLog/job';

export { ADDRESS_BOOK_JOB };

/** Attachment types the gateway's content check accepts besides PDF (the demo services' list). */
export const DEFAULT_GATEWAY_ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'text/plain'];

export interface StartGatewayOptions {
  config: GatewayConfig;
  /** Fills an empty registry (demo). */
  seed?: RegistrySeed;
  logger?: Logger;
  /** For tests: an already open database (e.g. shared by two instances). */
  db?: GatewayDb;
  /** Schema to use on PostgreSQL (tests run each file in its own). */
  schema?: string;
  fetch?: typeof fetch;
  /** The message service's clock (the demo passes the simulator's virtual clock): retention judges message ages by it. */
  messageServiceClock?: () => Date;
}

export interface RunningGateway {
  url: string;
  port: number;
  db: GatewayDb;
  deps: GatewayDeps;
  addressBookJob: PeriodicJob;
  retentionJob: PeriodicJob;
  /** Delivers running courses' timelines on time (ADR 0016). */
  trainingTimelineJob: PeriodicJob;
  auditLogPruneJob: PeriodicJob;
  instanceId: string;
  close(): Promise<void>;
}

export function databaseOptionsOf(config: GatewayConfig, schema?: string) {
  return config.databaseUrl
    ? ({ kind: 'postgres', url: config.databaseUrl, ...(schema ? { schema } : {}) } as const)
    : ({ kind: 'pglite', dataDir: config.dataDir } as const);
}

export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  const { config } = options;
  const logger = options.logger ?? createJsonLogger(config.logLevel);
  const instanceId = randomUUID();
  const ownsDb = !options.db;
  // PGlite creates its folder's files, not the folder's parents.
  if (!options.db && !config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  const db = options.db ?? (await openDatabase(databaseOptionsOf(config, options.schema)));
  if (options.seed && (await seedRegistry(db.db, options.seed))) logger.info('registry seeded', { mailboxes: options.seed.mailboxes.length });

  const token = createServiceTokenSource({
    tokenUrl: config.mtTokenUrl,
    clientId: config.mtClientId,
    clientSecret: config.mtClientSecret,
    scopes: config.mtScopes,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const upstream = (name: string, baseUrl: string) => ({
    name,
    baseUrl,
    token,
    timeoutMs: config.mtTimeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const deps: GatewayDeps = {
    db,
    verifyToken: createAccessTokenVerifier({
      keys: createRemoteJWKSet(new URL(config.oidcJwksUrl ?? `${config.oidcIssuer}/jwks`)),
      issuer: config.oidcIssuer,
      audience: config.oidcAudience,
    }),
    mt: upstream('The message service', config.mtBaseUrl),
    addressBook: upstream('The address book', config.addressBookUrl),
    clock: () => new Date(),
    logger,
    allowedOrigins: config.allowedOrigins,
    maxMessageBytes: MAX_MESSAGE_BYTES_DEFAULT,
    allowedAttachmentTypes: DEFAULT_GATEWAY_ATTACHMENT_TYPES,
    connectionTest: {
      environment: config.environment,
      deadlineMs: config.connectionTestTimeoutSeconds * 1000,
      pollIntervalMs: config.connectionTestPollMs,
    },
    idpUrl: config.oidcIssuer,
    retentionDefaultDays: config.retentionDefaultDays,
    auditLogRetentionDays: config.auditLogRetentionDays,
    ...(options.messageServiceClock ? { messageServiceClock: options.messageServiceClock } : {}),
  };

  const addressBookJob = createPeriodicJob({
    db: db.db,
    name: ADDRESS_BOOK_JOB,
    intervalMs: config.addressBookSyncSeconds * 1000,
    instanceId,
    run: () => withJobRun(db.db, ADDRESS_BOOK_JOB, () => syncAddressBook(db.db, deps.addressBook, deps.clock), { instance: instanceId, now: deps.clock }),
    logger,
    now: deps.clock,
  });
  const retentionJob = createRetentionJob({
    deps,
    intervalMs: config.retentionIntervalMs,
    instanceId,
    logger,
  });
  const trainingTimelineJob = createTrainingTimelineJob({ deps, intervalMs: config.trainingTimelineMs, instanceId, logger });
  const auditLogPruneJob = createAuditLogPruneJob({ db, clock: deps.clock, defaultDays: config.auditLogRetentionDays, instanceId, logger });

  const root = new Hono();
  root.route('/', createGatewayApp(deps));
  if (config.staticDir) {
    root.use('/*', serveStatic({ root: config.staticDir }));
    // The SPA's own routes (/inkorg/…): index.html, whose script then routes.
    root.get('/*', serveStatic({ root: config.staticDir, path: 'index.html' }));
  }

  const server = createServer(getRequestListener(root.fetch, { overrideGlobalObjects: false }));
  // Attachments of up to 30 MB over slow links: no request timeout shorter than the MT's.
  server.requestTimeout = Math.max(config.mtTimeoutMs * 2, 120_000);
  const port = await listen(server, config.port, config.host);
  // The first sync before the first request, so the address book is there (another instance may hold the lease).
  await addressBookJob.tick();
  addressBookJob.start();
  retentionJob.start();
  trainingTimelineJob.start();
  auditLogPruneJob.start();
  logger.info('gateway listening', { url: `http://${config.host}:${port}`, database: db.kind, instance: instanceId });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), config.shutdownGraceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      await addressBookJob.stop();
      await retentionJob.stop();
      await trainingTimelineJob.stop();
      await auditLogPruneJob.stop();
      if (ownsDb) await db.close();
      logger.info('gateway stopped', { instance: instanceId });
    })());

  return { url: `http://${config.host}:${port}`, port, db, deps, addressBookJob, retentionJob, trainingTimelineJob, auditLogPruneJob, instanceId, close };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`MK gateway: could not listen on ${host}:${port} – ${error.code ?? error.message}`, { cause: error })),
    );
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
