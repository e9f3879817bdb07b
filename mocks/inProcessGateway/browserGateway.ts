/**
 * The MK gateway inside the in-browser demo (config.json `mock.enabled`): the real gateway app
 * on PGlite in memory, the mock world as its message service, and one MSW handler that hands
 * every request under the app's API base to it. Users' tokens come from the configured IdP and
 * are verified against its JWKS, audience and issuer, as the Node gateway does.
 *
 * PGlite (a few MB of WebAssembly) is imported here, and this module only from mocks/browser.ts,
 * itself loaded only in mock mode: nothing of it reaches the inbox's start-up bundle.
 * The registry lives in memory: a reload of the tab (the sign-in redirect, too) starts again
 * from the demo seed; message content stays in the world (sessionStorage), as before.
 */
import { createRemoteJWKSet } from 'jose';
import { http, type HttpHandler } from 'msw';
import { createAccessTokenVerifier } from '../../gateway/auth/accessToken';
import type { Logger } from '../../gateway/http/logger';
import { unavailableResponse } from '../../gateway/http/problems';
import { problemInstance } from '../../src/api/problemResponses';
import { API_AUDIENCE } from '../personas';
import type { MockWorld } from '../world';
import { createInProcessGateway, type InProcessGateway } from './createInProcessGateway';

export interface BrowserGatewayOptions {
  /** The app's API base (config.json apiBaseUrl), e.g. '/api'. */
  apiBaseUrl: string;
  /** The IdP's issuer (config.json oidc.authority). */
  issuer: string;
  world: MockWorld;
}

/** Gateway problems reach the browser console as warnings; never a token or content (the gateway logs ids only). */
const consoleLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message, fields) => console.warn(`MK gateway (in the browser): ${message}`, fields ?? {}),
  error: (message, fields) => console.warn(`MK gateway (in the browser): ${message}`, fields ?? {}),
};

/**
 * Starts the gateway in the background and returns at once: PGlite takes seconds to start (its
 * WebAssembly and data files, initdb, migrations), and the app should not wait for it to render
 * or to send the user to sign in. Requests wait until the gateway is there.
 */
export function startBrowserGateway(options: BrowserGatewayOptions): { ready: Promise<InProcessGateway>; handlers: HttpHandler[] } {
  const issuer = options.issuer.replace(/\/+$/, '');
  const ready = (async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = new PGlite();
    await pglite.waitReady;
    return createInProcessGateway({
      pglite,
      world: () => options.world,
      verifyUserToken: createAccessTokenVerifier({ keys: createRemoteJWKSet(new URL(`${issuer}/jwks`)), issuer, audience: API_AUDIENCE }),
      logger: consoleLogger,
    });
  })();
  ready.catch((error: unknown) => console.warn('MK gateway (in the browser) could not start', error));

  const base = new URL(options.apiBaseUrl.replace(/\/+$/, ''), window.location.origin);
  const handlers = [
    http.all(`${base.href}/*`, async ({ request }) => {
      const url = new URL(request.url);
      // The gateway's routes are under /api; the app's base may be any path (e2e uses /demo-api).
      const forwarded = new URL(`/api${url.pathname.slice(base.pathname.length)}${url.search}`, url.origin);
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const body = hasBody ? await request.arrayBuffer() : undefined;
      let gateway: InProcessGateway;
      try {
        gateway = await ready;
      } catch {
        return unavailableResponse('The in-browser MK gateway could not start (see the browser console).', problemInstance(request.url));
      }
      return gateway.fetch(
        new Request(forwarded, {
          method: request.method,
          headers: request.headers,
          ...(body !== undefined ? { body } : {}),
          signal: request.signal,
        }),
      );
    }),
  ];
  return { ready, handlers };
}
