import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('formatDateTime', () => {
  it('shows Swedish time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(formatDateTime('2026-11-22T13:05:00Z', 'sv')).toBe('22 nov. 2026 14:05');
    expect(formatDateTime('2026-07-01T10:00:00Z', 'sv')).toBe('1 juli 2026 12:00');
  });

  it('formats in English with the same clock time', () => {
    expect(formatDateTime('2026-11-22T13:05:00Z', 'en')).toBe('22 Nov 2026 14:05');
  });

  it('crosses midnight by Swedish time, not UTC', () => {
    expect(formatDate('2026-12-31T23:30:00Z', 'sv')).toBe('1 jan. 2027');
  });

  it('returns a fallback text instead of throwing for bad input', () => {
    expect(formatDateTime('inte ett datum', 'sv')).toBe('Okänt datum');
    expect(formatDateTime('', 'en')).toBe('Unknown date');
    expect(formatDateTime(undefined, 'sv')).toBe('Okänt datum');
    expect(formatDateTime(null, 'sv')).toBe('Okänt datum');
  });
});
