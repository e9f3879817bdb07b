/**
 * Shared by the superuser console's endpoint modules (/mk/admin/…, issue 9): the query keys
 * (one root, so a change can refresh everything the console shows) and the error they throw,
 * which keeps the problem's whole body (a 409's current values, field issues).
 */
import { MessagesApiError } from '../../apiError';
import type { components } from '../../schema.gen';

export type AdminSchemas = components['schemas'];

export const adminKeys = {
  all: ['admin'] as const,
  mailboxes: () => [...adminKeys.all, 'mailboxes'] as const,
  grants: (mailbox: string) => [...adminKeys.all, 'grants', mailbox] as const,
  personAccess: (subject: string) => [...adminKeys.all, 'personAccess', subject] as const,
  people: (q: string) => [...adminKeys.all, 'people', q] as const,
  log: (filters: object) => [...adminKeys.all, 'log', filters] as const,
  notifications: () => [...adminKeys.all, 'notifications'] as const,
};

export class AdminApiError extends MessagesApiError {
  readonly body: unknown;
  constructor(operation: string, status: number, body: unknown) {
    super(operation, status, body);
    this.name = 'AdminApiError';
    this.body = body;
  }

  /** Field-level issues of a 400/409: field → code. */
  fieldIssues(): Record<string, string> {
    const issues = this.problem?.eventIssues ?? [];
    return Object.fromEntries(issues.filter((i) => i.in && i.typeCode).map((i) => [i.in as string, i.typeCode as string]));
  }
}
