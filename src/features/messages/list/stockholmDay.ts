/**
 * Calendar days in Swedish time (the app shows every time in Europe/Stockholm) as UTC instants,
 * for the server's creationDateTime filters, which take ISO 8601 UTC.
 *
 * Built on Intl only (no date library in the inbox bundle). Stockholm changes clocks at 01:00
 * UTC, never at local midnight, so every local day has exactly one midnight.
 */
import { APP_TIME_ZONE } from '../../../i18n/format';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

let wallClock: Intl.DateTimeFormat | undefined;

/** Offset of the zone from UTC at an instant, in ms (Stockholm: +1 h or +2 h). */
function offsetAt(instant: number): number {
  wallClock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: APP_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const { type, value } of wallClock.formatToParts(instant)) part[type] = Number(value);
  const asUtc = Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day ?? 1, part.hour ?? 0, part.minute ?? 0, part.second ?? 0);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** { year, month, day } of a YYYY-MM-DD string that names a real date, else undefined. */
export function parseDay(value: string | null | undefined): { year: number; month: number; day: number } | undefined {
  const m = DATE.exec(value ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Epoch ms of local midnight starting the given day in Swedish time. */
function startOfDay(year: number, month: number, day: number): number {
  const naive = Date.UTC(year, month - 1, day);
  let instant = naive - offsetAt(naive);
  instant = naive - offsetAt(instant); // once more, in case the first guess crossed a change
  return instant;
}

/** First instant of a YYYY-MM-DD day in Swedish time, as UTC ISO ("2026-03-01" → "2026-02-28T23:00:00.000Z"). */
export function dayStartUtc(value: string): string | undefined {
  const d = parseDay(value);
  return d ? new Date(startOfDay(d.year, d.month, d.day)).toISOString() : undefined;
}

/** Last millisecond of a YYYY-MM-DD day in Swedish time, as UTC ISO. */
export function dayEndUtc(value: string): string | undefined {
  const d = parseDay(value);
  return d ? new Date(startOfDay(d.year, d.month, d.day + 1) - 1).toISOString() : undefined;
}
