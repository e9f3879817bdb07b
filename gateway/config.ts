/**
 * The gateway's configuration, read only from environment variables and validated at start:
 * a bad or missing value stops the process with one line per variable saying what is wrong.
 * Every variable is documented in the README ("MK gateway").
 */
import * as v from 'valibot';
import { AUDIT_LOG_MAX_RETENTION_DAYS, AUDIT_LOG_MIN_RETENTION_DAYS, checkAuditLogRetentionDays } from '../src/sdk/auditLog';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface GatewayConfig {
  port: number;
  host: string;
  /** PostgreSQL URL; undefined = embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  oidcIssuer: string;
  /** Expected `aud` of the users' access tokens. */
  oidcAudience: string;
  /** JWKS URL; defaults to the issuer's discovery-less `<issuer>/jwks` when unset. */
  oidcJwksUrl: string | undefined;
  mtBaseUrl: string;
  mtTokenUrl: string;
  mtClientId: string;
  mtClientSecret: string;
  /** Space-separated scopes the gateway asks the MT token for. */
  mtScopes: string;
  mtTimeoutMs: number;
  addressBookUrl: string;
  addressBookSyncSeconds: number;
  allowedOrigins: string[];
  logLevel: LogLevel;
  /** Built app to serve next to the API (npm run serve); undefined = API only. */
  staticDir: string | undefined;
  shutdownGraceMs: number;
  /** Which SDK environment this MK is connected to (shown on connection-test reports). */
  environment: 'DEMO' | 'QA' | 'PROD';
  connectionTestTimeoutSeconds: number;
  connectionTestPollMs: number;
  /** Retention (ADR 0017): days a mailbox without its own setting keeps final messages; 0 = keep. */
  retentionDefaultDays: number;
  /** How often the retention job runs (once across all instances). */
  retentionIntervalMs: number;
  /** How often running courses' timelines are advanced (once across all instances; ADR 0016). */
  trainingTimelineMs: number;
  /** Days an organisation without its own setting keeps its audit log (ADR 0018); 0 = forever, else 365–3650. */
  auditLogRetentionDays: number;
}

const url = v.pipe(v.string(), v.trim(), v.url('must be an absolute URL such as http://127.0.0.1:9090'));
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const integer = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^\d+$/, 'must be a whole number'),
    v.transform(Number),
    v.number(),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const origins = v.pipe(
  v.string(),
  v.transform((value) => value.split(',').map((s) => s.trim()).filter((s) => s !== '')),
  v.array(v.pipe(v.string(), v.url('must be a comma-separated list of origins such as https://mk.example.se'))),
);

const ENV_SCHEMA = v.object({
  PORT: v.optional(integer(0, 65535), '9092'),
  HOST: v.optional(text, '127.0.0.1'),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'))),
  GATEWAY_DATA_DIR: v.optional(text, '.data/gateway'),
  OIDC_ISSUER: url,
  OIDC_AUDIENCE: text,
  OIDC_JWKS_URL: v.optional(url),
  MT_BASE_URL: url,
  MT_TOKEN_URL: url,
  MT_CLIENT_ID: text,
  MT_CLIENT_SECRET: text,
  MT_SCOPES: v.optional(text, 'urn:sdk.api:sendMessages urn:sdk.api:getMessage urn:sdk.api:getMessageByFilter urn:sdk.api:deleteMessage'),
  MT_TIMEOUT_MS: v.optional(integer(100, 600_000), '30000'),
  ADDRESS_BOOK_URL: url,
  ADDRESS_BOOK_SYNC_SECONDS: v.optional(integer(5, 7 * 24 * 3600), '3600'),
  ALLOWED_ORIGINS: v.optional(origins, ''),
  LOG_LEVEL: v.optional(v.picklist(['debug', 'info', 'warn', 'error'], 'must be debug, info, warn or error'), 'info'),
  STATIC_DIR: v.optional(text),
  SHUTDOWN_GRACE_MS: v.optional(integer(0, 120_000), '10000'),
  MK_ENVIRONMENT: v.optional(v.picklist(['DEMO', 'QA', 'PROD'], 'must be DEMO, QA or PROD'), 'DEMO'),
  CONNECTION_TEST_TIMEOUT_SECONDS: v.optional(integer(10, 24 * 3600), '300'),
  CONNECTION_TEST_POLL_MS: v.optional(integer(100, 60_000), '2000'),
  RETENTION_DEFAULT_DAYS: v.optional(integer(0, 3650), '0'),
  RETENTION_INTERVAL_MS: v.optional(integer(10_000, 30 * 24 * 3600 * 1000), String(24 * 3600 * 1000)),
  TRAINING_TIMELINE_MS: v.optional(integer(1000, 600_000), '5000'),
  AUDIT_LOG_RETENTION_DAYS: v.optional(
    v.pipe(
      integer(0, AUDIT_LOG_MAX_RETENTION_DAYS),
      v.check((days) => checkAuditLogRetentionDays(days) === undefined, `must be 0 (kept forever) or at least ${AUDIT_LOG_MIN_RETENTION_DAYS}`),
    ),
    '0',
  ),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid gateway configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, so `FOO= npm run serve` falls back to the default. */
export function readConfig(env: Record<string, string | undefined>): GatewayConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = v.safeParse(ENV_SCHEMA, present);
  if (!result.success) {
    throw new ConfigError(
      result.issues.map((issue) => {
        const name = issue.path?.map((p) => String(p.key)).join('.') ?? '(environment)';
        return issue.input === undefined ? `${name} is required` : `${name} ${issue.message}`;
      }),
    );
  }
  const e = result.output;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.GATEWAY_DATA_DIR,
    oidcIssuer: e.OIDC_ISSUER.replace(/\/+$/, ''),
    oidcAudience: e.OIDC_AUDIENCE,
    oidcJwksUrl: e.OIDC_JWKS_URL,
    mtBaseUrl: e.MT_BASE_URL.replace(/\/+$/, ''),
    mtTokenUrl: e.MT_TOKEN_URL,
    mtClientId: e.MT_CLIENT_ID,
    mtClientSecret: e.MT_CLIENT_SECRET,
    mtScopes: e.MT_SCOPES,
    mtTimeoutMs: e.MT_TIMEOUT_MS,
    addressBookUrl: e.ADDRESS_BOOK_URL.replace(/\/+$/, ''),
    addressBookSyncSeconds: e.ADDRESS_BOOK_SYNC_SECONDS,
    allowedOrigins: e.ALLOWED_ORIGINS,
    logLevel: e.LOG_LEVEL,
    staticDir: e.STATIC_DIR,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    environment: e.MK_ENVIRONMENT,
    connectionTestTimeoutSeconds: e.CONNECTION_TEST_TIMEOUT_SECONDS,
    connectionTestPollMs: e.CONNECTION_TEST_POLL_MS,
    retentionDefaultDays: e.RETENTION_DEFAULT_DAYS,
    retentionIntervalMs: e.RETENTION_INTERVAL_MS,
    trainingTimelineMs: e.TRAINING_TIMELINE_MS,
    auditLogRetentionDays: e.AUDIT_LOG_RETENTION_DAYS,
  };
}
