/**
 * Who the signed-in user is, read from OIDC claims. Claim names come from configuration
 * (the IdP decides them), so they are parameters, not constants.
 */
/** practice: a course participant's practice account (the app shows the ÖVNING badge). */
export type Role = 'caseworker' | 'superuser' | 'trainer' | 'practice';

export const ROLES: readonly Role[] = ['caseworker', 'superuser', 'trainer', 'practice'];

export interface SdkUser {
  subject: string;
  name: string;
  organization: { id: string; name?: string };
  roles: Role[];
  /** Function address ids the user may act for (urn:sdk.digg.se:auth_id style claim). */
  functionAddresses: string[];
}

export interface ClaimNames {
  functionAddresses: string;
  roles: string;
  organizationId: string;
  organizationName: string;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * A multi-valued claim as a clean list: accepts a string (one value or space-separated
 * values, as OAuth's scope claim), or an array of such strings; drops anything else, blanks
 * and duplicates, keeping first-seen order.
 */
export function claimValues(value: unknown): string[] {
  const raw = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const values = raw.flatMap((entry: unknown) => (typeof entry === 'string' ? entry.split(/\s+/) : []));
  return [...new Set(values.filter((v) => v !== ''))];
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A single-valued claim; an array yields its first usable string. */
function single(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(text).find((v) => v !== undefined);
  return text(value);
}

function displayName(claims: Record<string, unknown>, subject: string): string {
  const full = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return text(claims.name) ?? (full || undefined) ?? text(claims.preferred_username) ?? subject;
}

/** Never throws: odd or missing claims give empty values, unknown roles are ignored. */
export function deriveUser(claims: Record<string, unknown>, names: ClaimNames): SdkUser {
  const source: Record<string, unknown> = typeof claims === 'object' && claims !== null ? claims : {};
  const subject = text(source.sub) ?? '';
  const organizationName = single(source[names.organizationName]);
  return {
    subject,
    name: displayName(source, subject),
    organization: {
      id: single(source[names.organizationId]) ?? '',
      ...(organizationName === undefined ? {} : { name: organizationName }),
    },
    roles: claimValues(source[names.roles]).filter(isRole),
    functionAddresses: claimValues(source[names.functionAddresses]),
  };
}
