/** Shared pieces of the console's routes: reading a JSON body, field-level problems. */
import { badRequestResponse, problemInstance, problemResponse } from '../../../src/api/problemResponses';
import type { MailboxIssue } from '../../../src/sdk/mailboxRegistration';
import { readRecord } from '../../../src/sdk/readValue';
import type { AdminContext } from './requireSuperuser';

export const ADMIN_PROBLEM_TYPES = {
  mailboxConflict: 'urn:problem-type:sdk-mk:mailboxConflict',
  taken: 'urn:problem-type:sdk-mk:identifierTaken',
  hasMessages: 'urn:problem-type:sdk-mk:mailboxHasMessages',
} as const;

export async function jsonBody(c: AdminContext): Promise<Record<string, unknown> | undefined> {
  try {
    return readRecord(await c.req.json());
  } catch {
    return undefined;
  }
}

export const notJsonResponse = (c: AdminContext) => badRequestResponse('The request body must be a JSON object.', problemInstance(c.req.url));

/** 400 naming each field (`in`) and the rule's code (`typeCode`), for the form to show at the field. */
export function fieldIssuesResponse(c: AdminContext, issues: readonly MailboxIssue[] | readonly { field: string; code: string }[], status = 400): Response {
  const eventIssues = issues.map((i) => ({ in: i.field, typeCode: i.code, title: `${i.field}: ${i.code}` }));
  const detail = `Check these fields: ${[...new Set(issues.map((i) => i.field))].join(', ')}.`;
  if (status === 400) return badRequestResponse(detail, problemInstance(c.req.url), eventIssues);
  return problemResponse({ type: ADMIN_PROBLEM_TYPES.taken, title: 'Conflict', detail, instance: problemInstance(c.req.url), eventIssues }, { status });
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function adminNotFound(c: AdminContext, what = 'No such mailbox in your organisation.'): Response {
  return problemResponse({ type: 'urn:problem-type:sdk:notFound', title: 'Not Found', detail: what, instance: problemInstance(c.req.url) }, { status: 404 });
}
