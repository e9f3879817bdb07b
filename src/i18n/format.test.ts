import { describe, expect, it } from 'vitest';
import { formatByteSize, formatDate, formatDateTime, formatMegabytes } from './format';

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

describe('formatByteSize', () => {
  it('writes every size one way: binary units, the language\'s numbers, a no-break space', () => {
    expect(formatByteSize(0, 'sv')).toBe('0\u00a0byte');
    expect(formatByteSize(1, 'en')).toBe('1\u00a0byte');
    expect(formatByteSize(812, 'en')).toBe('812\u00a0bytes');
    expect(formatByteSize(1023, 'sv')).toBe('1\u00a0023\u00a0byte');
    expect(formatByteSize(1536, 'sv')).toBe('1,5\u00a0kB');
    expect(formatByteSize(1_258_292, 'sv')).toBe('1,2\u00a0MB');
    expect(formatByteSize(1_258_292, 'en')).toBe('1.2\u00a0MB');
    expect(formatByteSize(3 * 1024 ** 3, 'sv')).toBe('3\u00a0GB');
    expect(formatMegabytes(30 * 1024 ** 2, 'sv')).toBe('30\u00a0MB');
  });

  it('follows the language when it changes back and forth (one cached number format per language)', () => {
    expect(formatByteSize(1_258_292, 'sv')).toBe('1,2\u00a0MB');
    expect(formatByteSize(1_258_292, 'en')).toBe('1.2\u00a0MB');
    expect(formatByteSize(1_258_292, 'sv')).toBe('1,2\u00a0MB');
  });
});
