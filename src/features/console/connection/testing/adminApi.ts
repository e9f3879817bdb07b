/**
 * Test helper: answers the console's /mk/admin requests (which only the gateway serves) from
 * fixtures, records them, and lets a test change an answer between polls.
 */
import { vi } from 'vitest';
import type { ConnectionTestRun } from '../../../../api/endpoints/admin/connectionTests';

export type AdminAnswer = { status?: number; body: unknown; headers?: Record<string, string> };

export function stubAdminApi(answers: Record<string, AdminAnswer | (() => AdminAnswer)>) {
  const requests: { method: string; path: string; body: string }[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api/, '') + url.search;
    if (!path.startsWith('/mk/admin/')) return realFetch(request);
    requests.push({ method: request.method, path, body: request.method === 'GET' ? '' : await request.text() });
    const found = answers[`${request.method} ${path}`];
    const answer = typeof found === 'function' ? found() : found;
    if (!answer) return new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json', ...answer.headers } });
  });
  return { requests };
}

export function sampleRun(overrides: Partial<ConnectionTestRun> = {}): ConnectionTestRun {
  const kinds = ['accepted', 'rejectedBv', 'signatureError', 'missingReceipt', 'reception'] as const;
  return {
    id: 'run-1',
    organizationId: '0203:malmo.se',
    mailboxId: 'sdk:registrator:0203:malmo.se',
    mailboxName: 'Registrator',
    environment: 'QA',
    startedBy: { sub: 'sara', name: 'Sara Nilsson' },
    startedAt: '2026-03-02T09:00:00.000Z',
    deadlineAt: '2026-03-02T09:05:00.000Z',
    finishedAt: '2026-03-02T09:01:10.000Z',
    state: 'passed',
    summary: { passed: 5, failed: 0, pending: 0, total: 5, allPassed: true },
    cases: kinds.map((kind) => ({
      kind,
      recipient: `sdk:test-${kind}:0203:digg.se`,
      expectedStatuses: kind === 'accepted' || kind === 'reception' ? ['ACCEPTED'] : kind === 'missingReceipt' ? ['WAITING_FOR_RECEIPT', 'MESSAGE_EXCHANGE_ERROR'] : ['REJECTED', 'MESSAGE_EXCHANGE_ERROR'],
      expectsReply: kind === 'reception',
      observedStatuses: ['SCHEDULED', 'WAITING_FOR_RECEIPT', kind === 'accepted' || kind === 'reception' ? 'ACCEPTED' : 'MESSAGE_EXCHANGE_ERROR'],
      receiptCodes: kind === 'rejectedBv' ? ['BV'] : kind === 'signatureError' ? ['SIG'] : [],
      resourceId: `res-${kind}`,
      messageId: `00000000-0000-4000-8000-00000000000${kinds.indexOf(kind)}`,
      sentAt: '2026-03-02T09:00:01.000Z',
      finalAt: '2026-03-02T09:00:20.000Z',
      replyMessageId: kind === 'reception' ? 'reply-1' : null,
      replyAt: kind === 'reception' ? '2026-03-02T09:00:30.000Z' : null,
      sendFailedStatus: null,
      verdict: 'pass',
      reason: 'asExpected',
      about: null,
    })),
    ...overrides,
  };
}
