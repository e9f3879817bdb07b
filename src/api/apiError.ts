/**
 * The error a messages query throws when the API answers with something other than success,
 * carrying the HTTP status (so 404 can be told apart) and the RFC 7807 problem, if any.
 */
import { parseProblem } from '../sdk/problem';
import type { Problem } from '../sdk/model';

export class MessagesApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(operation: string, status: number, body: unknown) {
    super(`${operation} failed with HTTP ${status}`);
    this.name = 'MessagesApiError';
    this.status = status;
    this.problem = parseProblem(body);
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof MessagesApiError && error.status === 404;
}
