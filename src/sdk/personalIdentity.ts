/**
 * Swedish personal identity numbers (personnummer, PNR) and coordination numbers
 * (samordningsnummer, SNR: the day of birth plus 60), checked for a real date and the Luhn
 * check digit. The `personnummer` library is the authority on validity; the small parser here
 * only says *why* a number is refused, so the form can give a specific error.
 *
 * Pure and React-free: the composer's fields and the tests share it.
 */
import Personnummer from 'personnummer';

export type PersonalIdentityKind = 'personnummer' | 'samordningsnummer';

export type PersonalIdentityProblem =
  /** Nothing typed. */
  | 'empty'
  /** Not 10 or 12 digits (with an optional - or + before the last four). */
  | 'format'
  /** The date part is not a real date (for a samordningsnummer: day − 60). */
  | 'date'
  /** The last digit does not match (Luhn). */
  | 'checksum'
  /** A valid number, but of the other kind than asked for. */
  | 'wrong-kind';

export type PersonalIdentityResult =
  | {
      ok: true;
      kind: PersonalIdentityKind;
      /**
       * Twelve digits without separator (YYYYMMDDNNNN), the form the code systems
       * 1.2.752.129.2.1.3.1 / .3 use as extension.
       */
      normalized: string;
      /** For display: YYYYMMDD-NNNN. */
      display: string;
    }
  | { ok: false; problem: PersonalIdentityProblem; actualKind?: PersonalIdentityKind };

const SHAPE = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

/** Luhn over the ten digits YYMMDDNNNC: true when the check digit C fits. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Century of a ten-digit number, as the Tax Agency's rule goes: '+' means 100 years or older. */
function fullYearOf(century: string | undefined, yy: string, separator: string, now: Date): number {
  if (century) return Number(century + yy);
  const thisYear = now.getFullYear();
  let year = Math.floor(thisYear / 100) * 100 + Number(yy);
  if (year > thisYear) year -= 100;
  if (separator === '+') year -= 100;
  return year;
}

/** Why a number the library refused is wrong (format, date or check digit). */
function diagnose(value: string, now: Date): PersonalIdentityProblem {
  const m = SHAPE.exec(value);
  if (!m) return 'format';
  const [, century, yy = '', mm = '', dd = '', separator = '', serial = '', check = ''] = m;
  const rawDay = Number(dd);
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (!isRealDate(fullYearOf(century, yy, separator, now), Number(mm), day)) return 'date';
  if (!luhnValid(`${yy}${mm}${dd}${serial}${check}`)) return 'checksum';
  // Shape, date and checksum fine, yet refused: treat as a date problem (e.g. in the future).
  return 'date';
}

/**
 * Checks a typed personnummer or samordningsnummer. `expected` limits the kind; leave it out
 * to accept either. Spaces are ignored; 10 or 12 digits, '-' or '+' before the last four.
 */
export function checkPersonalIdentity(
  input: string,
  expected?: PersonalIdentityKind,
  now: Date = new Date(),
): PersonalIdentityResult {
  const value = input.replace(/\s+/g, '');
  if (value === '') return { ok: false, problem: 'empty' };
  if (!SHAPE.test(value)) return { ok: false, problem: 'format' };
  let parsed: Personnummer;
  try {
    parsed = Personnummer.parse(value, { allowCoordinationNumber: true, allowInterimNumber: false });
  } catch {
    return { ok: false, problem: diagnose(value, now) };
  }
  const kind: PersonalIdentityKind = parsed.isCoordinationNumber() ? 'samordningsnummer' : 'personnummer';
  if (expected && kind !== expected) return { ok: false, problem: 'wrong-kind', actualKind: kind };
  const normalized = parsed.format(true);
  return { ok: true, kind, normalized, display: `${normalized.slice(0, 8)}-${normalized.slice(8)}` };
}
