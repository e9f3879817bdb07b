/**
 * Calendar days as people in the organisation mean them. A filter "from 3 December to 3
 * December" in a Swedish municipality means Swedish days: from midnight in Stockholm (23:00 UTC
 * in winter, 22:00 in summer) to the next midnight, not UTC days, which would drop the first hour
 * after midnight and take in the first hour of the next day.
 */

/** The time zone of the SDK federation's participants (Swedish public sector). */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

/** YYYY-MM-DD with a real month and day. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) begins in the time zone. */
export function startOfDay(day: string, timeZone: string = SWEDISH_TIME_ZONE): Date {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const midnightAsUtc = Date.UTC(year, month - 1, date);
  // First guess with the offset at UTC midnight, then again with the offset at the guess, so a
  // day on which summer time starts or ends gets the offset that holds at its own midnight.
  const guess = midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone);
  return new Date(midnightAsUtc - zoneOffsetMs(guess, timeZone));
}

/** The instant the calendar day after `day` begins: the exclusive end of `day`. */
export function endOfDay(day: string, timeZone: string = SWEDISH_TIME_ZONE): Date {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${day}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return startOfDay(new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10), timeZone);
}
