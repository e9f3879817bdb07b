// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

const REQUIRED = {
  OIDC_ISSUER: 'http://127.0.0.1:9090',
  OIDC_AUDIENCE: 'urn:sdk-mk:api',
  MT_BASE_URL: 'http://127.0.0.1:9091/api',
  MT_TOKEN_URL: 'http://127.0.0.1:9090/token',
  MT_CLIENT_ID: 'mk-backend',
  MT_CLIENT_SECRET: 'secret',
  ADDRESS_BOOK_URL: 'http://127.0.0.1:9091/api/addressbook',
};

describe('gateway configuration from the environment', () => {
  it('applies the documented defaults', () => {
    const config = readConfig(REQUIRED);
    expect(config).toMatchObject({ port: 9092, databaseUrl: undefined, dataDir: '.data/gateway', addressBookSyncSeconds: 3600, allowedOrigins: [], logLevel: 'info' });
  });

  it('names every bad or missing variable in one error', () => {
    let error: unknown;
    try {
      readConfig({ ...REQUIRED, MT_CLIENT_SECRET: undefined, PORT: 'abc', DATABASE_URL: 'mysql://x', ALLOWED_ORIGINS: 'https://a.se, nope', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as ConfigError).problems.join('\n');
    for (const name of ['MT_CLIENT_SECRET is required', 'PORT', 'DATABASE_URL', 'ALLOWED_ORIGINS', 'LOG_LEVEL']) expect(text).toContain(name);
  });

  it('reads a PostgreSQL URL, origins and the sync interval', () => {
    const config = readConfig({ ...REQUIRED, DATABASE_URL: 'postgresql://u@db/mk', ALLOWED_ORIGINS: 'https://mk.malmo.se,https://mk.lund.se', ADDRESS_BOOK_SYNC_SECONDS: '600' });
    expect(config).toMatchObject({ databaseUrl: 'postgresql://u@db/mk', allowedOrigins: ['https://mk.malmo.se', 'https://mk.lund.se'], addressBookSyncSeconds: 600 });
  });

  it('keeps the audit log forever by default, and takes 0 or a year or more for AUDIT_LOG_RETENTION_DAYS', () => {
    expect(readConfig(REQUIRED).auditLogRetentionDays).toBe(0);
    expect(readConfig({ ...REQUIRED, AUDIT_LOG_RETENTION_DAYS: '730' }).auditLogRetentionDays).toBe(730);
    expect(() => readConfig({ ...REQUIRED, AUDIT_LOG_RETENTION_DAYS: '30' })).toThrow('AUDIT_LOG_RETENTION_DAYS must be 0 (kept forever) or at least 365');
    expect(() => readConfig({ ...REQUIRED, AUDIT_LOG_RETENTION_DAYS: '4000' })).toThrow('AUDIT_LOG_RETENTION_DAYS must be at most 3650');
  });
});
