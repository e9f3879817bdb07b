import { describe, expect, it } from 'vitest';
import { checkRetentionDays, dueForRetention, effectiveRetentionDays, finalSince, isDueForRetention, MAX_RETENTION_DAYS } from './retention';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const daysBefore = (days: number, extraMs = 0) => new Date(NOW.getTime() - days * 86_400_000 - extraMs).toISOString();

function message(id: string, status: string, creationDateTime: string, issues?: { typeCode: string; dateTime?: string }[]) {
  return { type: 'messages', id, attributes: { messageStatus: status, creationDateTime, ...(issues ? { events: { eventIssues: issues } } : {}) } };
}

describe('retention', () => {
  it('makes a received message (NEW) due once it is older than the days kept', () => {
    expect(isDueForRetention(message('a', 'NEW', daysBefore(2)), 1, NOW)).toBe(true);
    expect(isDueForRetention(message('a', 'NEW', daysBefore(0, 3_600_000)), 1, NOW)).toBe(false);
  });

  it('never deletes anything when the mailbox keeps messages (0 days)', () => {
    expect(isDueForRetention(message('a', 'NEW', daysBefore(4000)), 0, NOW)).toBe(false);
  });

  it('keeps messages that are not in a final status, however old', () => {
    for (const status of ['SCHEDULED', 'WAITING_FOR_RECEIPT', 'REJECTED', 'ERROR', 'SOMETHING_ELSE']) {
      expect(isDueForRetention(message('a', status, daysBefore(30)), 1, NOW)).toBe(false);
    }
  });

  it('counts a sent message from when it reached its final status, not from its creation', () => {
    const sent = message('s', 'ACCEPTED', daysBefore(10), [
      { typeCode: 'SCHEDULED', dateTime: daysBefore(10) },
      { typeCode: 'ACCEPTED', dateTime: daysBefore(0, 60_000) },
    ]);
    expect(finalSince(sent)).toBe(NOW.getTime() - 60_000);
    expect(isDueForRetention(sent, 1, NOW)).toBe(false);
    expect(isDueForRetention(sent, 1, new Date(NOW.getTime() + 2 * 86_400_000))).toBe(true);
  });

  it('falls back to the creation time when the final step is undated, and never deletes a message of unknown age', () => {
    expect(isDueForRetention(message('e', 'MESSAGE_EXCHANGE_ERROR', daysBefore(3), [{ typeCode: 'MESSAGE_EXCHANGE_ERROR' }]), 2, NOW)).toBe(true);
    expect(isDueForRetention(message('x', 'NEW', 'not a date'), 1, NOW)).toBe(false);
    expect(isDueForRetention({ id: 'y' }, 1, NOW)).toBe(false);
  });

  it('lists the due ids once each, in the order given', () => {
    const listed = [message('old', 'NEW', daysBefore(5)), message('new', 'NEW', daysBefore(0)), message('old', 'NEW', daysBefore(5)), message('old2', 'ACCEPTED', daysBefore(8))];
    expect(dueForRetention(listed, 3, NOW)).toEqual(['old', 'old2']);
  });

  it('accepts whole numbers of days from 0 to ten years only', () => {
    expect(checkRetentionDays(0)).toBeUndefined();
    expect(checkRetentionDays(MAX_RETENTION_DAYS)).toBeUndefined();
    expect(checkRetentionDays(MAX_RETENTION_DAYS + 1)).toBe('too-large');
    expect(checkRetentionDays(-1)).toBe('negative');
    expect(checkRetentionDays(1.5)).toBe('not-a-whole-number');
    expect(checkRetentionDays('30')).toBe('not-a-whole-number');
  });

  it('uses the mailbox’s own setting before the configured default', () => {
    expect(effectiveRetentionDays(undefined, 365)).toEqual({ days: 365, source: 'default' });
    expect(effectiveRetentionDays(0, 365)).toEqual({ days: 0, source: 'mailbox' });
  });
});
