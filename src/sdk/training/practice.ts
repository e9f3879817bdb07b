/**
 * The practice world of a course (ADR 0016): practice organisations whose function addresses
 * exist only in the simulated federation, practice accounts keyed by a course code, and one
 * practice function mailbox per participant. Shared by the IdP (practice sign-in), the mock
 * message service (the practice address family) and the gateway (course creation).
 */

/** Every practice organisation's participant identifier ends with this. */
export const PRACTICE_DOMAIN = 'ovning.sdk.se';
/** The organisation the participants work in. */
export const PRACTICE_ORGANIZATION = { id: `0203:${PRACTICE_DOMAIN}`, name: 'Övningsförvaltningen' } as const;
/** Role of a practice account (the client shows the ÖVNING badge for it). */
export const PRACTICE_ROLE = 'practice';

/** Course codes: six lower-case letters or digits, readable on a printed sheet (no 0/o, 1/l). */
export const COURSE_CODE = /^[a-hj-km-np-z2-9]{6}$/;
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const MAX_PARTICIPANTS = 40;

const ACCOUNT = /^deltagare-([a-hj-km-np-z2-9]{6})-(\d{2})$/;

export function newCourseCode(random: () => number = Math.random): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)]).join('');
}

/** The practice account (IdP subject, ?as= value) of participant `n` (1-based) of a course. */
export function practiceAccountId(code: string, n: number): string {
  return `deltagare-${code}-${String(n).padStart(2, '0')}`;
}

/** The participant's own practice function mailbox. */
export function practiceMailbox(code: string, n: number): string {
  return `sdk:deltagare-${code}-${String(n).padStart(2, '0')}:${PRACTICE_ORGANIZATION.id}`;
}

export interface PracticeAccount {
  id: string;
  code: string;
  number: number;
  name: string;
  mailbox: string;
}

/** A practice account id read back, or undefined for any other subject. */
export function parsePracticeAccount(id: string): PracticeAccount | undefined {
  const match = ACCOUNT.exec(id);
  if (!match) return undefined;
  const code = match[1] ?? '';
  const number = Number(match[2]);
  if (number < 1 || number > MAX_PARTICIPANTS) return undefined;
  return { id, code, number, name: `Deltagare ${number} (övning ${code})`, mailbox: practiceMailbox(code, number) };
}

/** A participant's practice mailbox read back (the address family the simulator accepts). */
export function isPracticeMailbox(functionAddress: string): boolean {
  const [, fn, ...org] = functionAddress.split(':');
  return org.join(':') === PRACTICE_ORGANIZATION.id && fn !== undefined && parsePracticeAccount(fn) !== undefined;
}

/** A function address of a practice organisation (counterparts and participants). */
export function isPracticeAddress(functionAddress: string): boolean {
  return functionAddress.endsWith(`.${PRACTICE_DOMAIN}`) || functionAddress.endsWith(`:${PRACTICE_ORGANIZATION.id}`);
}
