/**
 * Dates are always shown in Swedish time (Europe/Stockholm), whatever the computer's time zone:
 * a message's timestamps must read the same for sender, recipient and anyone they talk to.
 */
import { TZDate } from '@date-fns/tz';
import { format, isValid } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';

export const APP_TIME_ZONE = 'Europe/Stockholm';

const FALLBACK = { sv: 'Okänt datum', en: 'Unknown date' } as const;
const LOCALES = { sv, en: enGB } as const;

type Lang = keyof typeof LOCALES;

function toLang(lang: string): Lang {
  return lang === 'en' ? 'en' : 'sv';
}

function toZonedDate(iso: string | null | undefined): TZDate | null {
  if (typeof iso !== 'string' || iso.trim() === '') return null;
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) return null;
  const date = new TZDate(millis, APP_TIME_ZONE);
  return isValid(date) ? date : null;
}

/** "22 nov. 2026 14:05" / "22 Nov 2026 14:05"; a fallback text for a missing or bad date. Never throws. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  const date = toZonedDate(iso);
  const l = toLang(lang);
  if (!date) return FALLBACK[l];
  return format(date, 'd MMM yyyy HH:mm', { locale: LOCALES[l] });
}

/** Date only: "22 nov. 2026". Never throws. */
export function formatDate(iso: string | null | undefined, lang: string): string {
  const date = toZonedDate(iso);
  const l = toLang(lang);
  if (!date) return FALLBACK[l];
  return format(date, 'd MMM yyyy', { locale: LOCALES[l] });
}
