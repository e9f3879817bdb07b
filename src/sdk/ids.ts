/**
 * Identifier formats of the SDK message (B1.3.3) and the API (B1.4.2).
 * Pure predicates: they accept `unknown` because data from a form, a request body or a
 * service can be anything.
 */

/** IIType root of every subOrganization (function address), per B1.3.3 and the schematron. */
export const FUNCTIONAL_ADDRESS_ROOT = 'urn:riv:infrastructure:messaging:functionalAddress';

/** IIType root of senderID / recipientID (organisation identifiers). */
export const PARTICIPANT_ID_ROOT = 'iso6523-actorid-upis';

/** Scheme of Swedish organisation identifiers in SDK: "0203:" + the organisation's domain. */
export const PARTICIPANT_SCHEME = '0203';

// The schematron's UUID pattern: the RFC 4122 textual form, any version, either case.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

// One DNS label: letters, digits and inner hyphens, at most 63 characters.
const DNS_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// "0203:" + a DNS name with at least two labels (malmo.se, test.recipient.inera.se).
// Case-insensitive: Digg's own receipt examples use 0203:myndighetA.org.
const PARTICIPANT = new RegExp(`^${PARTICIPANT_SCHEME}:${DNS_LABEL}(?:\\.${DNS_LABEL})+$`, 'i');

/**
 * An SDK organisation identifier such as `0203:malmo.se`. The schematron only demands the
 * `0203:` prefix; we also demand a plausible domain so that typos are caught before sending.
 * (B1.3.3's example "0203:http://inera.se" is a slip in the document and is rejected.)
 */
export function isParticipantIdentifier(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 5 + 253 && PARTICIPANT.test(value);
}

export function newUuid(): string {
  return crypto.randomUUID();
}

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?Z$/;

/**
 * ISO 8601 date-time in UTC ("Z"), optional fractional seconds: 2019-08-15T17:52:58.1Z,
 * 2018-09-12T15:06:00Z, 2024-01-01T00:00:00.000Z. The calendar date must exist.
 *
 * The schematron's pattern (ss.s{1,3}Z) would reject the whole-second form, yet B1.3.3 and
 * B1.4.2 both use it in their examples, so fractions are optional here.
 */
export function isIsoUtcDateTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO_UTC.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
