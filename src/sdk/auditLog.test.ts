import { describe, expect, it } from 'vitest';
import { auditLogCutoff, checkAuditLogRetentionDays, isLogKind, LOG_KINDS, logKindTextKey } from './auditLog';

describe('audit log retention rule', () => {
  it('takes 0 (forever) or 365–3650 whole days', () => {
    expect([0, 365, 730, 3650].map(checkAuditLogRetentionDays)).toEqual([undefined, undefined, undefined, undefined]);
    expect(checkAuditLogRetentionDays(1)).toBe('too-short');
    expect(checkAuditLogRetentionDays(364)).toBe('too-short');
    expect(checkAuditLogRetentionDays(3651)).toBe('too-large');
    expect(checkAuditLogRetentionDays(400.5)).toBe('not-a-whole-number');
    expect(checkAuditLogRetentionDays(-365)).toBe('not-a-whole-number');
    expect(checkAuditLogRetentionDays('730')).toBe('not-a-whole-number');
  });

  it('prunes before now minus the days, and never for 0', () => {
    const now = new Date('2027-06-01T03:00:00.000Z');
    expect(auditLogCutoff(365, now)?.toISOString()).toBe('2026-06-01T03:00:00.000Z');
    expect(auditLogCutoff(0, now)).toBeUndefined();
  });
});

describe('log kinds', () => {
  it('turns the one dot of a kind into a text key, keeping underscores', () => {
    expect(logKindTextKey('connection_test.run')).toBe('connection_test_run');
    expect(logKindTextKey('message.read')).toBe('message_read');
    expect(new Set(LOG_KINDS.map(logKindTextKey)).size).toBe(LOG_KINDS.length);
  });

  it('knows its own kinds only', () => {
    expect(isLogKind('audit_log.pruned')).toBe(true);
    expect(isLogKind('message.note')).toBe(true);
    expect(isLogKind('mailbox.exploded')).toBe(false);
  });
});
