/**
 * Test helper: watching and disturbing the app's HTTP traffic on its way to the mock service.
 */
import { vi } from 'vitest';

export interface FetchControl {
  /** Every request sent, in order. */
  readonly requests: Request[];
  /** While true, getMessageByFilter answers 500 (a passing outage of the message service). */
  failLists: boolean;
}

/** Wraps fetch (already patched by msw) to record requests and simulate list failures. */
export function controlFetch(): FetchControl {
  const realFetch = globalThis.fetch;
  const control: FetchControl = { requests: [], failLists: false };
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    control.requests.push(request.clone());
    const url = new URL(request.url);
    if (control.failLists && request.method === 'GET' && url.pathname.endsWith('/sdk/messages')) {
      return Promise.resolve(
        new Response(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      );
    }
    return realFetch(request);
  });
  return control;
}

export const isListRequest = (r: Request) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/sdk/messages');
export const isGetByIdRequest = (r: Request) => r.method === 'GET' && /\/sdk\/messages\/[^/]+$/.test(new URL(r.url).pathname);
