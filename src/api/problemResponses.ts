/**
 * RFC 7807 problem responses of the API contract for authentication, authorisation and
 * not-found answers, as fetch Responses: the mock service and the MK gateway answer with the
 * same ones. (400 answers for message rules use the domain's badRequestProblem.)
 */
import type { EventIssue, Problem } from '../sdk/model';
import { BAD_REQUEST_TYPE } from '../sdk/problem';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types of the contract's answers (the mock service and the MK gateway both use them). */
export const PROBLEM_TYPES = {
  unauthorized: 'urn:problem-type:sdk:unauthorized',
  forbidden: 'urn:problem-type:sdk:forbidden',
  notFound: 'urn:problem-type:sdk:notFound',
  badRequest: BAD_REQUEST_TYPE,
} as const;

/**
 * The problem's `instance`: the absolute URL of the resource asked for, without the query.
 * Digg's EventDef declares `instance` with `format: uri`, so a bare path (a relative reference)
 * or a query with unescaped brackets (`filter[…]`) would not validate.
 */
export function problemInstance(requestUrl: string | URL): string {
  const url = new URL(requestUrl);
  return `${url.origin}${url.pathname}`;
}

export function problemResponse(problem: Problem, init: { status: number; headers?: Record<string, string> }): Response {
  return new Response(JSON.stringify({ ...problem, status: init.status }), {
    status: init.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...init.headers },
  });
}

/** 401: no, expired or otherwise invalid access token (RFC 6750 §3). */
export function unauthorizedResponse(detail: string, instance: string): Response {
  return problemResponse(
    { type: PROBLEM_TYPES.unauthorized, title: 'Unauthorized', detail, instance },
    {
      status: 401,
      headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${headerSafe(detail)}"` },
    },
  );
}

/** 403: a valid token lacking the operation's scope (RFC 6750 §3.1 insufficient_scope). */
export function insufficientScopeResponse(scope: string, instance: string): Response {
  return problemResponse(
    {
      type: PROBLEM_TYPES.forbidden,
      title: 'Forbidden',
      detail: `The access token lacks the scope ${scope} required for this operation (insufficient_scope).`,
      instance,
    },
    { status: 403, headers: { 'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${scope}"` } },
  );
}

/** 403 for what the token may not do with a specific part of the request. */
export function forbiddenResponse(detail: string, instance: string, issues: EventIssue[] = []): Response {
  return problemResponse(
    { type: PROBLEM_TYPES.forbidden, title: 'Forbidden', detail, instance, ...(issues.length ? { eventIssues: issues } : {}) },
    { status: 403 },
  );
}

export function notFoundResponse(instance: string): Response {
  return problemResponse(
    { type: PROBLEM_TYPES.notFound, title: 'Not Found', detail: 'No such message.', instance },
    { status: 404 },
  );
}

/** 400 for request problems outside the message rules (query parameters, paging, JSON syntax). */
export function badRequestResponse(detail: string, instance: string, issues: EventIssue[] = []): Response {
  return problemResponse(
    {
      type: PROBLEM_TYPES.badRequest,
      title: 'Bad Request',
      detail,
      instance,
      ...(issues.length ? { eventIssues: issues } : {}),
    },
    { status: 400 },
  );
}

function headerSafe(text: string): string {
  return text.replace(/["\\\r\n]/g, ' ');
}
