/**
 * One request to an upstream service (message service or address book) with the gateway's
 * service token and a deadline. Faults become the problems the app already handles as
 * "try again": 504 when the deadline passes, 502 when the service cannot be reached or answers
 * with a server error. A 401 to the service token renews it once.
 */
import { badGatewayResponse, gatewayTimeoutResponse } from '../http/problems';
import { ServiceTokenError, type ServiceTokenSource } from './serviceToken';

export interface Upstream {
  baseUrl: string;
  name: string;
  token: ServiceTokenSource;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export type UpstreamResult = { response: Response; problem?: never } | { response?: never; problem: Response };

export async function callUpstream(
  upstream: Upstream,
  pathAndQuery: string,
  init: { method?: string; body?: string; instance: string; signal?: AbortSignal },
): Promise<UpstreamResult> {
  const send = upstream.fetch ?? ((input: string, options?: RequestInit) => globalThis.fetch(input, options));
  const deadline = AbortSignal.timeout(upstream.timeoutMs);
  const signal = init.signal ? AbortSignal.any([deadline, init.signal]) : deadline;

  for (let attempt = 0; ; attempt++) {
    let token: string;
    try {
      token = await upstream.token.get();
    } catch (error) {
      const detail = error instanceof ServiceTokenError ? error.message : 'No service token.';
      return { problem: badGatewayResponse(`${upstream.name}: ${detail}`, init.instance) };
    }
    let response: Response;
    try {
      response = await send(`${upstream.baseUrl}${pathAndQuery}`, {
        method: init.method ?? 'GET',
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal,
      });
    } catch (error) {
      if (deadline.aborted) {
        return { problem: gatewayTimeoutResponse(`${upstream.name} did not answer within ${upstream.timeoutMs} ms.`, init.instance) };
      }
      if (init.signal?.aborted) throw error;
      return { problem: badGatewayResponse(`${upstream.name} is not reachable.`, init.instance) };
    }
    if (response.status === 401 && attempt === 0) {
      upstream.token.invalidate();
      await response.arrayBuffer().catch(() => undefined);
      continue;
    }
    if (response.status >= 500) {
      await response.arrayBuffer().catch(() => undefined);
      return { problem: badGatewayResponse(`${upstream.name} answered HTTP ${response.status}.`, init.instance) };
    }
    return { response };
  }
}

/** Reads an upstream body; a deadline passing mid-body is a 504 too. */
export async function readUpstreamText(result: Response, upstream: Upstream, instance: string): Promise<{ text: string; problem?: never } | { problem: Response; text?: never }> {
  try {
    return { text: await result.text() };
  } catch {
    return { problem: gatewayTimeoutResponse(`${upstream.name} did not finish its answer within ${upstream.timeoutMs} ms.`, instance) };
  }
}
