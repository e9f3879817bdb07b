/**
 * The typed HTTP client for the app's one API contract (src/api/openapi.yaml).
 *
 * - Adds `Authorization: Bearer <access token>` to every request (middleware).
 * - On 401 asks the auth layer to renew the token (refresh token) and retries the request
 *   once; a second 401 is returned to the caller as is, so there is never a loop.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** '/api' (resolved against the page's origin) or an absolute URL. */
  baseUrl: string;
  getAccessToken(): Promise<string | null>;
  /** Renew the session after a 401. Resolve true when a retry makes sense. */
  onUnauthorized?(): Promise<boolean>;
  fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  // Looked up on every call (not captured now) so MSW, which patches globalThis.fetch after the
  // client may have been created, still sees the requests.
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));

  const fetchWithRenewal = async (request: Request): Promise<Response> => {
    // Keep an unread copy: a request body can only be sent once.
    const spare = options.onUnauthorized ? request.clone() : null;
    const response = await send(request);
    if (response.status !== 401 || !spare || !options.onUnauthorized) return response;
    const renewed = await options.onUnauthorized().catch(() => false);
    if (!renewed) return response;
    await authorize(spare, options.getAccessToken);
    return send(spare);
  };

  const client = createClient<paths>({ baseUrl: resolveBaseUrl(options.baseUrl), fetch: fetchWithRenewal });
  client.use(bearerToken(options.getAccessToken));
  return client;
}

function bearerToken(getAccessToken: () => Promise<string | null>): Middleware {
  return {
    async onRequest({ request }) {
      await authorize(request, getAccessToken);
      return request;
    },
  };
}

async function authorize(request: Request, getAccessToken: () => Promise<string | null>): Promise<void> {
  const token = await getAccessToken();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  else request.headers.delete('Authorization');
}

/** openapi-fetch builds `new Request(baseUrl + path)`, which needs an absolute URL outside a page. */
export function resolveBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
  return new URL(trimmed.startsWith('/') ? trimmed : `/${trimmed}`, origin).toString().replace(/\/+$/, '');
}
