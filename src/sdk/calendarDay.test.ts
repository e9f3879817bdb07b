import { describe, expect, it } from 'vitest';
import { endOfDay, isCalendarDay, startOfDay } from './calendarDay';

describe('Swedish calendar days', () => {
  it('begin at midnight in Stockholm: 23:00 UTC in winter, 22:00 UTC in summer', () => {
    expect(startOfDay('2026-12-03').toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(endOfDay('2026-12-03').toISOString()).toBe('2026-12-03T23:00:00.000Z');
    expect(startOfDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('are 23 and 25 hours long on the days summer time starts and ends', () => {
    const hours = (day: string) => (endOfDay(day).getTime() - startOfDay(day).getTime()) / 3_600_000;
    expect(startOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(hours('2026-03-29')).toBe(23);
    expect(startOfDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(hours('2026-10-25')).toBe(25);
  });

  it('crosses months and years, and takes other zones', () => {
    expect(endOfDay('2026-12-31').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(startOfDay('2026-12-03', 'UTC').toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });

  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    for (const text of ['2026-02-30', '2026-13-01', '3/12/2026', '2026-1-5', '']) expect(isCalendarDay(text)).toBe(false);
    expect(() => startOfDay('2026-02-30')).toThrow(RangeError);
  });
});
