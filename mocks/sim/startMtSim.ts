/**
 * The message-service simulator over HTTP: the mock service's MSW handlers (SDK API MT/MK and
 * the address book) served by express, verifying real access tokens from the local IdP.
 */
import { createServer } from 'node:http';
import express from 'express';
import { createMiddleware } from '@mswjs/http-middleware';
import { createRemoteJWKSet } from 'jose';
import { createJwtVerifier } from '../auth/verifyToken';
import { createSimClock } from '../clock';
import { createHandlers } from '../handlers/index';
import { createMockWorld, type MockWorld } from '../world';
import { API_AUDIENCE } from '../idp/configuration';
import { listen } from '../idp/listen';
import { corsFor } from './cors';

/** Path prefix of the API, the same as the app uses behind its proxy. */
export const API_PREFIX = '/api';

export interface StartMtSimOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The local IdP whose tokens are accepted (its /jwks is fetched on demand). */
  issuer: string;
  appOrigin: string;
  /** Virtual-time speed of the mock world (1 = real time, 0 = frozen). */
  clockSpeed?: number;
}

export interface RunningMtSim {
  url: string;
  port: number;
  world: MockWorld;
  close(): Promise<void>;
}

export async function startMtSim({
  port,
  host = '127.0.0.1',
  issuer,
  appOrigin,
  clockSpeed = 1,
}: StartMtSimOptions): Promise<RunningMtSim> {
  const world = createMockWorld({ clock: createSimClock({ speed: clockSpeed }) });
  const verifyToken = createJwtVerifier({
    keys: createRemoteJWKSet(new URL(`${issuer}/jwks`)),
    issuer,
    audience: API_AUDIENCE,
  });
  // Any origin: requests arrive directly (Host 127.0.0.1:port) and through the Vite proxy
  // (Host localhost:5173, changeOrigin off); the middleware builds URLs from the Host header.
  const handlers = createHandlers({ baseUrl: `*${API_PREFIX}`, world, verifyToken });

  const app = express();
  app.disable('x-powered-by');
  app.use(corsFor(appOrigin));
  // No body parser on purpose: the middleware streams the raw body to the handlers, so large
  // messages (≈ 30 MB of base64 attachments) are not cut by a parser limit.
  app.use(createMiddleware(...handlers));
  app.use((req, res) => {
    res.status(404).type('application/problem+json').send(
      JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `No route for ${req.method} ${req.path}` }),
    );
  });

  const listening = await listen(createServer(app), port, host, 'Message-service simulator');
  return { url: `http://${host}:${listening.port}`, port: listening.port, world, close: listening.close };
}

/** Reads MT_SIM_SPEED (a number ≥ 0); anything else means real time. */
export function clockSpeedFromEnv(value: string | undefined): number {
  const speed = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(speed) && speed >= 0 ? speed : 1;
}
