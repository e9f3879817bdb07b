/**
 * Vitest helper: the mock service on msw/node for one test file, with a fresh seeded world and
 * a frozen clock for every test. Call at the top level of a test file. Unhandled requests fail
 * the test, so a wrong URL cannot pass unnoticed.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createSimClock } from '../clock';
import { createHandlers } from '../handlers';
import { createNodeMockServer } from '../node';
import { createMockWorld, type MockWorld, type MockWorldOptions } from '../world';
import { createTestTokenVerifier } from './testTokens';

export const TEST_API_BASE = 'http://mk.test/api';
/** Where the frozen test clock starts. Seed messages are dated relative to it. */
export const TEST_CLOCK_START = new Date('2026-03-02T09:00:00.000Z');

export interface UseMockServiceOptions extends Omit<MockWorldOptions, 'clock'> {
  clockStart?: Date;
}

export function useMockService(options: UseMockServiceOptions = {}): { world: () => MockWorld } {
  const verifyToken = createTestTokenVerifier();
  const freshWorld = () =>
    createMockWorld({ ...options, clock: createSimClock({ start: options.clockStart ?? TEST_CLOCK_START, speed: 0 }) });
  let world = freshWorld();
  const server = createNodeMockServer({ baseUrl: TEST_API_BASE, world, verifyToken });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    world = freshWorld();
    server.resetHandlers(...createHandlers({ baseUrl: TEST_API_BASE, world, verifyToken }));
  });
  afterAll(() => server.close());

  return { world: () => world };
}
