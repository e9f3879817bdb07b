/**
 * The gateway's own access token for the message service (OAuth2 client credentials, B1.4.2
 * §5): fetched when first needed, kept in memory until shortly before it expires, renewed then
 * (one request at a time however many callers wait), and dropped when the MT refuses it. It never
 * leaves the gateway.
 */
export interface ServiceTokenOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Renew this long before `expires_in` runs out. */
  renewBeforeMs?: number;
  timeoutMs?: number;
}

export interface ServiceTokenSource {
  get(): Promise<string>;
  /** Forget the cached token (the MT answered 401 to it). */
  invalidate(): void;
}

export class ServiceTokenError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ServiceTokenError';
  }
}

export function createServiceTokenSource(options: ServiceTokenOptions): ServiceTokenSource {
  const now = options.now ?? Date.now;
  const renewBeforeMs = options.renewBeforeMs ?? 60_000;
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const send = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await send(options.tokenUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Authorization: `Basic ${btoa(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`)}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: options.scopes }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new ServiceTokenError('The token endpoint is not reachable.', { cause: error });
    }
    const body = (await response.json().catch(() => undefined)) as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (!response.ok || typeof body?.access_token !== 'string') {
      throw new ServiceTokenError(`The token endpoint refused the gateway's client credentials (HTTP ${response.status}).`);
    }
    const lifetimeMs = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 300_000;
    cached = { token: body.access_token, renewAt: now() + Math.max(lifetimeMs - renewBeforeMs, lifetimeMs / 2) };
    return body.access_token;
  };

  return {
    get() {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => (pending = undefined));
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
