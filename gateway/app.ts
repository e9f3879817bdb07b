/**
 * The MK gateway as one fetch-style Hono app (`app.fetch(request)`): the same app runs in Node
 * (@hono/node-server, see node/startGateway.ts) and can run inside an MSW handler. Everything it
 * talks to comes in as dependencies.
 *
 * Middleware, outermost first: request id, one JSON log line per request, security headers,
 * CORS for the configured origins only, a body limit that fits the largest message, strong
 * ETags on list answers (If-None-Match → 304 without a body).
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { notFoundResponse, problemInstance, problemResponse } from '../src/api/problemResponses';
import type { GatewayDeps, GatewayEnv } from './http/env';
import { DatabaseUnavailableError, internalErrorResponse, payloadTooLargeResponse, unavailableResponse } from './http/problems';
import { addressBookRoutes } from './routes/addressBook';
import { adminRoutes } from './routes/admin';
import { handlingRoutes } from './routes/handling';
import { trainingFaultGate } from './training/faultGate';
import { trainingRoutes } from './training/routes';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { messageFactsRoutes } from './routes/messageFacts';
import { messageRoutes } from './routes/messages';

export const API_PREFIX = '/api';

/** JSON envelope around the largest message the content rules accept (whitespace, ids). */
const BODY_SLACK_BYTES = 64 * 1024;

export function createGatewayApp(deps: GatewayDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();
  const maxBody = deps.maxMessageBytes + BODY_SLACK_BYTES;

  app.use(requestId({ headerName: 'X-Request-Id' }));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Routes answer with Response objects of their own: name the request on each of them.
    c.res.headers.set('X-Request-Id', c.var.requestId);
    deps.logger.info('request', {
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  });
  app.use(secureHeaders());
  if (deps.allowedOrigins.length > 0) {
    const allowed = new Set(deps.allowedOrigins);
    app.use(
      `${API_PREFIX}/*`,
      cors({
        origin: (origin) => (allowed.has(origin) ? origin : null),
        allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
        exposeHeaders: ['ETag', 'Location', 'X-Request-Id', 'X-Address-Book-Synced-At'],
        credentials: false,
        maxAge: 600,
      }),
    );
  }
  app.use(`${API_PREFIX}/*`, bodyLimit({ maxSize: maxBody, onError: (c) => payloadTooLargeResponse(maxBody, problemInstance(c.req.url)) }));
  // Practice faults a trainer injected (ADR 0016): only for practice accounts' requests.
  app.use(`${API_PREFIX}/sdk/*`, trainingFaultGate(deps));
  app.use(`${API_PREFIX}/sdk/messages`, etag());
  app.use(`${API_PREFIX}/mk/message-facts`, etag());
  app.use(`${API_PREFIX}/mk/me`, etag());
  app.use(`${API_PREFIX}/mk/mailboxes/*`, etag());
  app.use(`${API_PREFIX}/mk/handling-counts`, etag());

  const api = new Hono<GatewayEnv>();
  api.route('/', messageRoutes(deps));
  api.route('/', messageFactsRoutes(deps));
  api.route('/', meRoutes(deps));
  api.route('/', handlingRoutes(deps));
  api.route('/', healthRoutes(deps));
  api.route('/', addressBookRoutes(deps));
  // The superuser console's API (/mk/admin/…), superusers of their own organisation only.
  api.route('/', adminRoutes(deps));
  // The trainer's course server (/mk/training/…), role trainer, own courses only (ADR 0016).
  api.route('/', trainingRoutes(deps));
  api.all('/*', (c) =>
    c.req.path.startsWith(`${API_PREFIX}/sdk/messages/`) ? notFoundResponse(problemInstance(c.req.url)) : problemResponse(
      { type: 'about:blank', title: 'Not Found', detail: `No route for ${c.req.method} ${c.req.path}`, instance: problemInstance(c.req.url) },
      { status: 404 },
    ),
  );
  app.route(API_PREFIX, api);

  app.onError((error, c) => {
    if (error instanceof DatabaseUnavailableError) {
      deps.logger.error('database unavailable', { requestId: c.var.requestId, path: c.req.path });
      return unavailableResponse('The gateway database is not reachable; try again shortly.', problemInstance(c.req.url));
    }
    deps.logger.error('unhandled error', { requestId: c.var.requestId, path: c.req.path, error: error.name });
    return internalErrorResponse(problemInstance(c.req.url));
  });
  return app;
}
