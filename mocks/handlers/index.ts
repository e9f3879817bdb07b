/**
 * The mock SDK message service and address book as MSW handlers. Everything that differs
 * between the browser demo, Vitest and the HTTP simulator comes in as options: where the API
 * lives, the world it serves and how tokens are verified.
 */
import type { HttpHandler } from 'msw';
import type { TokenVerifier } from '../auth/verifyToken';
import type { MockWorld } from '../world';
import { addressBookRoutes } from './addressBookRoutes';
import { meRoutes } from './meRoutes';
import { messageFactsRoutes } from './messageFactsRoutes';
import { messageRoutes } from './messageRoutes';
import { simControlRoutes } from './simControlRoutes';

export interface MockServiceOptions {
  /** Prefix of every path: 'http://mk.test/api' (tests), '/api' (browser), '*\/api' (simulator). */
  baseUrl: string;
  world: MockWorld;
  verifyToken: TokenVerifier;
}

export function createHandlers(options: MockServiceOptions): HttpHandler[] {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return [
    ...messageRoutes(baseUrl, options.world, options.verifyToken),
    ...messageFactsRoutes(baseUrl, options.world, options.verifyToken),
    ...addressBookRoutes(baseUrl, options.world, options.verifyToken),
    ...meRoutes(baseUrl, options.world, options.verifyToken),
    ...simControlRoutes(baseUrl, options.world),
  ];
}
