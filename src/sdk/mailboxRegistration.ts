/**
 * Rules for registering and editing a function mailbox in the superuser console (issue 9):
 * the identifier `sdk:<function>:<organisation id>` (Digg's pattern, e.g.
 * sdk:registrator:0203:malmo.se) and the fields a superuser fills in. One function used by the
 * console's form (errors while typing) and the gateway (the decision). Uniqueness needs the
 * registry: the gateway checks it and answers with the code `taken`.
 */

export const MAILBOX_ID_PREFIX = 'sdk:';
/** The function part: lower-case letters a–z, digits and hyphens, starting with a letter or digit. */
export const MAILBOX_FUNCTION_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
export const MAILBOX_FUNCTION_MAX_LENGTH = 40;
export const MAILBOX_ID_MAX_LENGTH = 100;
export const MAILBOX_NAME_MAX_LENGTH = 100;
export const MAILBOX_DESCRIPTION_MAX_LENGTH = 500;
export const MAILBOX_CATEGORY_MAX_LENGTH = 40;
export const MAILBOX_MAX_CATEGORIES = 10;
export const EMAIL_MAX_LENGTH = 254;

export type MailboxField = 'id' | 'name' | 'description' | 'categories' | 'notificationEmail';

export type MailboxIssueCode =
  | 'required'
  | 'tooLong'
  | 'badFormat'
  | 'badCharacters'
  | 'wrongOrganization'
  | 'taken'
  | 'tooMany'
  | 'badEmail';

export interface MailboxIssue {
  field: MailboxField;
  code: MailboxIssueCode;
}

export interface MailboxFields {
  name: string;
  description: string;
  categories: readonly string[];
  sends: boolean;
  receives: boolean;
  /** Empty = none. */
  notificationEmail: string;
}

/** The identifier's parts, or undefined when it does not have the shape sdk:<function>:<org>. */
export function parseMailboxId(id: string): { functionName: string; organizationId: string } | undefined {
  if (!id.startsWith(MAILBOX_ID_PREFIX)) return undefined;
  const rest = id.slice(MAILBOX_ID_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon === rest.length - 1) return undefined;
  return { functionName: rest.slice(0, colon), organizationId: rest.slice(colon + 1) };
}

/** The identifier a function name gets in an organisation (what the form proposes). */
export function mailboxIdFor(functionName: string, organizationId: string): string {
  return `${MAILBOX_ID_PREFIX}${functionName}:${organizationId}`;
}

/** The identifier of a new mailbox in `organizationId`: at most one issue, the first that applies. */
export function checkMailboxId(id: string, organizationId: string): MailboxIssue[] {
  if (id.trim() === '') return [{ field: 'id', code: 'required' }];
  if (id.length > MAILBOX_ID_MAX_LENGTH) return [{ field: 'id', code: 'tooLong' }];
  const parts = parseMailboxId(id);
  if (!parts) return [{ field: 'id', code: 'badFormat' }];
  if (parts.functionName.length > MAILBOX_FUNCTION_MAX_LENGTH) return [{ field: 'id', code: 'tooLong' }];
  if (!MAILBOX_FUNCTION_PATTERN.test(parts.functionName)) return [{ field: 'id', code: 'badCharacters' }];
  if (parts.organizationId !== organizationId) return [{ field: 'id', code: 'wrongOrganization' }];
  return [];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The editable fields (new or existing mailbox), one issue per field at most. */
export function checkMailboxFields(fields: MailboxFields): MailboxIssue[] {
  const issues: MailboxIssue[] = [];
  const name = fields.name.trim();
  if (name === '') issues.push({ field: 'name', code: 'required' });
  else if (name.length > MAILBOX_NAME_MAX_LENGTH) issues.push({ field: 'name', code: 'tooLong' });
  if (fields.description.trim().length > MAILBOX_DESCRIPTION_MAX_LENGTH) issues.push({ field: 'description', code: 'tooLong' });
  const categories = normalizeCategories(fields.categories);
  if (categories.length > MAILBOX_MAX_CATEGORIES) issues.push({ field: 'categories', code: 'tooMany' });
  else if (categories.some((c) => c.length > MAILBOX_CATEGORY_MAX_LENGTH)) issues.push({ field: 'categories', code: 'tooLong' });
  const email = fields.notificationEmail.trim();
  if (email.length > EMAIL_MAX_LENGTH) issues.push({ field: 'notificationEmail', code: 'tooLong' });
  else if (email !== '' && !EMAIL.test(email)) issues.push({ field: 'notificationEmail', code: 'badEmail' });
  return issues;
}

/** Trimmed, blanks dropped, duplicates (case-insensitive) dropped, first-seen order. */
export function normalizeCategories(categories: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of categories) {
    const value = raw.trim();
    const key = value.toLocaleLowerCase('sv');
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/** "a, b; c" as typed in one text field → the categories. */
export function splitCategories(text: string): string[] {
  return normalizeCategories(text.split(/[,;\n]/));
}
