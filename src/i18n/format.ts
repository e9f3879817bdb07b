/**
 * Dates are always shown in Swedish time (Europe/Stockholm), whatever the computer's time zone:
 * a message's timestamps must read the same for sender, recipient and anyone they talk to.
 *
 * The browser's own Intl.DateTimeFormat does the work (time-zone rules and month names come
 * with the platform), so no date library is needed in the start-up bundle.
 */
export const APP_TIME_ZONE = 'Europe/Stockholm';

const FALLBACK = { sv: 'Okänt datum', en: 'Unknown date' } as const;
const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;

type Lang = keyof typeof LOCALES;

function toLang(lang: string): Lang {
  return lang === 'en' ? 'en' : 'sv';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: APP_TIME_ZONE,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

function toMillis(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string' || iso.trim() === '') return null;
  const millis = Date.parse(iso);
  return Number.isNaN(millis) ? null : millis;
}

/**
 * Texts already formatted. formatToParts is slow next to everything else a list row does, and
 * scrolling a long list formats the same dates again and again. Bounded: cleared when full.
 */
const rendered = new Map<string, string>();
const RENDERED_MAX = 5000;

/** "d MMM yyyy[ HH:mm]" in either language, assembled from parts so both read the same way. */
function render(iso: string | null | undefined, lang: string, withTime: boolean): string {
  const l = toLang(lang);
  const millis = toMillis(iso);
  if (millis === null) return FALLBACK[l];
  const key = `${l}|${withTime ? 't' : 'd'}|${millis}`;
  const known = rendered.get(key);
  if (known !== undefined) return known;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatter(l, withTime).formatToParts(millis)) part[type] = value;
  const date = `${part.day} ${part.month} ${part.year}`;
  const text = withTime ? `${date} ${part.hour}:${part.minute}` : date;
  if (rendered.size >= RENDERED_MAX) rendered.clear();
  rendered.set(key, text);
  return text;
}

/** "22 nov. 2026 14:05" / "22 Nov 2026 14:05"; a fallback text for a missing or bad date. Never throws. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  return render(iso, lang, true);
}

/** Date only: "22 nov. 2026". Never throws. */
export function formatDate(iso: string | null | undefined, lang: string): string {
  return render(iso, lang, false);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number format of the UI language with at most `maxFractionDigits` decimals ("14,2" / "14.2"),
 * one per language and precision: constructing an Intl.NumberFormat costs milliseconds, and
 * sizes are formatted for every attachment row and budget line on each render.
 */
export function decimalFormat(lang: string, maxFractionDigits: number): Intl.NumberFormat {
  const l = toLang(lang);
  const key = `${l}:${maxFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[l], { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, f);
  }
  return f;
}

const KIB = 1024;
const NBSP = '\u00a0';
const BYTE_UNIT = { sv: { one: 'byte', other: 'byte' }, en: { one: 'byte', other: 'bytes' } } as const;

/**
 * The one way every file and message size is written: "812 byte" / "1 byte" / "812 bytes",
 * "14,2 kB", "3,1 MB", "1,2 GB" in the UI language's numbers, with binary units (as the 30 MB
 * limit is 30 × 1024 × 1024 bytes) and a no-break space, so number and unit never part at a line
 * end.
 */
export function formatByteSize(bytes: number, lang: string): string {
  const l = toLang(lang);
  if (bytes < KIB) return `${decimalFormat(l, 0).format(bytes)}${NBSP}${BYTE_UNIT[l][bytes === 1 ? 'one' : 'other']}`;
  const number = decimalFormat(l, 1);
  if (bytes < KIB ** 2) return `${number.format(bytes / KIB)}${NBSP}kB`;
  if (bytes < KIB ** 3) return `${number.format(bytes / KIB ** 2)}${NBSP}MB`;
  return `${number.format(bytes / KIB ** 3)}${NBSP}GB`;
}

/** Always in MB ("30 MB"), for limits stated in MB. */
export function formatMegabytes(bytes: number, lang: string): string {
  return `${decimalFormat(lang, 1).format(bytes / KIB ** 2)}${NBSP}MB`;
}
