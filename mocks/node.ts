/** The mock service in Node (Vitest, scripts): msw/node request interception. */
import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers, type MockServiceOptions } from './handlers';

export function createNodeMockServer(options: MockServiceOptions): SetupServer {
  return setupServer(...createHandlers(options));
}
