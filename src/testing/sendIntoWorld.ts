/**
 * Test helper for tests on the in-process gateway (withInProcessGateway): a message sent straight
 * into the mock world's message service as the sending function address, the way another
 * organisation's client would, not through the signed-in user's gateway (which only serves its
 * own users' grants). Returns the message's resource id in the sender's service.
 *
 *   const id = await sendIntoWorld(gateway.world(), { from: FA.lundSocialtjanst, to: FA.malmoBarnUnga });
 */
import { expect } from 'vitest';
import { createHandlers } from '../../mocks/handlers';
import { inProcessFetch } from '../../mocks/inProcessGateway/createInProcessGateway';
import { createTestTokenVerifier, issueTestToken, testMessageRequest, type TestMessageOptions } from '../../mocks/testing';
import type { MockWorld } from '../../mocks/world';

/** Never resolves: the request is answered by the world's handlers in this process. */
const SERVICE_BASE = 'http://mt.sender.invalid/api';

export async function sendIntoWorld(world: MockWorld, options: TestMessageOptions & { from: string }): Promise<string> {
  const send = inProcessFetch(() => createHandlers({ baseUrl: SERVICE_BASE, world, verifyToken: createTestTokenVerifier() }));
  const response = await send(`${SERVICE_BASE}/sdk/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await issueTestToken({ authIds: [options.from] })}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(testMessageRequest(options)),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { data: { id: string } };
  return body.data.id;
}
