/**
 * RFC 7807 problems with SDK's eventIssues (B1.4.2 "Felhantering (Event objekt)").
 */
import type { EventIssue, Problem } from './model';
import type { RuleViolation } from './rules/types';

export type { EventIssue, Problem };

/** KV Type: technical fault (OpenAPI, schema, schematron), only for synchronous API answers. */
export const BAD_REQUEST_TYPE = 'urn:problem-type:sdk:badRequest';

/**
 * The 400 answer to a sendMessage that breaks content rules: one eventIssue per violation,
 * typeCode MESSAGE_EXCHANGE_ERROR as in B1.4.2's BadRequest example, the receipt coding and
 * rule id in the title (max 120 characters per B1.4.2), the field path in `in`.
 */
export function badRequestProblem(violations: RuleViolation[], instance: string, dateTime?: string): Problem {
  return {
    type: BAD_REQUEST_TYPE,
    title: 'Bad Request',
    status: 400,
    detail: 'MESSAGE_EXCHANGE_ERROR',
    instance,
    eventIssues: violations.map((v) => ({
      typeCode: 'MESSAGE_EXCHANGE_ERROR',
      title: `${v.receipt.code}/${v.receipt.reason}: ${v.rule}`.slice(0, 120),
      detail: v.detail,
      in: v.in,
      ...(dateTime === undefined ? {} : { dateTime }),
    })),
  };
}

/** Any other problem (401, 403, 404, …). `type` defaults to about:blank as in RFC 7807. */
export function problem(status: number, title: string, detail: string, extra?: Partial<Problem>): Problem {
  return { type: 'about:blank', title, status, detail, ...extra };
}

function timeOf(issue: EventIssue): number {
  const t = typeof issue.dateTime === 'string' && issue.dateTime !== '' ? Date.parse(issue.dateTime) : NaN;
  return Number.isNaN(t) ? NaN : t;
}

/**
 * "ORDER BY dateTime DESC". Issues without a usable dateTime (Digg's examples send "") keep
 * their relative order and go after the dated ones: the service already lists them newest
 * first, and an unknown time cannot be placed among known ones. Never mutates the input.
 */
export function sortEventIssuesNewestFirst(issues: EventIssue[]): EventIssue[] {
  const dated = issues.filter((issue) => !Number.isNaN(timeOf(issue)));
  const undated = issues.filter((issue) => Number.isNaN(timeOf(issue)));
  // Array.prototype.sort is stable, so equal times keep the service's order.
  dated.sort((a, b) => timeOf(b) - timeOf(a));
  return [...dated, ...undated];
}

const PROBLEM_STRINGS = ['type', 'title', 'detail', 'instance'] as const;
const ISSUE_STRINGS = ['typeCode', 'type', 'title', 'detail', 'in', 'dateTime'] as const;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseIssue(raw: Record<string, unknown>): EventIssue {
  const issue: EventIssue = {};
  for (const key of ISSUE_STRINGS) {
    if (typeof raw[key] === 'string') issue[key] = raw[key];
  }
  return issue;
}

/**
 * Tolerant reader of a problem from a service: keeps only well-typed members, reads Digg's
 * misspelt `eventsIssue` (B1.4.2's XSDFel example) as eventIssues, drops non-object issues.
 * Accepts a JSON text too. Null when the body does not look like a problem at all.
 */
export function parseProblem(body: unknown): Problem | null {
  if (typeof body === 'string') {
    try {
      const parsed: unknown = JSON.parse(body);
      return isObject(parsed) ? parseProblem(parsed) : null;
    } catch {
      return null;
    }
  }
  if (!isObject(body)) return null;
  const result: Problem = {};
  for (const key of PROBLEM_STRINGS) {
    if (typeof body[key] === 'string') result[key] = body[key];
  }
  if (typeof body.status === 'number' && Number.isInteger(body.status)) result.status = body.status;
  const rawIssues = Array.isArray(body.eventIssues) ? body.eventIssues : Array.isArray(body.eventsIssue) ? body.eventsIssue : undefined;
  if (rawIssues) result.eventIssues = rawIssues.filter(isObject).map(parseIssue);
  return Object.keys(result).length === 0 ? null : result;
}
