// @vitest-environment node
/**
 * Every answer of the simulator against Digg's own schemas (../shared/sdk-spec/api): the list,
 * each single message, the send answer and every kind of problem answer, over the whole seed
 * and over the status timeline, including the training addresses that reject or never answer.
 */
import { describe, expect, it } from 'vitest';
import type { MessageList, MessageResource } from '../../src/sdk/model';
import { DIGG_API, diggSchemas } from '../../src/test/diggSchema';
import { missingSharedSpec, sharedSpecNote } from '../../src/test/sharedSpec';
import { FA, PERSONAS, SYSTEM_CLIENT } from '../personas';
import { TRAINING } from '../seed';
import { STATUS_TIMELINE } from '../store/progression';
import { callApi, issueTestToken, testMessageRequest, useMockService } from '../testing';

const { world } = useMockService();

const MAILBOXES = [...new Set([...PERSONAS.flatMap((p) => p.functionAddresses), ...SYSTEM_CLIENT.functionAddresses])];
const tokenFor = (authIds: readonly string[], scopes?: string[]) => issueTestToken({ authIds: [...authIds], ...(scopes ? { scopes } : {}) });

function expectValid(schema: string, body: unknown, what: string): void {
  const label = `${what} against Digg's ${schema}`;
  expect({ [label]: diggSchemas().errors(schema, body) }).toEqual({ [label]: [] });
}

async function bodyOf(response: Response, status: number): Promise<unknown> {
  expect(response.status).toBe(status);
  return response.json();
}

/** Every function address that sent or received a message in the store (not only the personas'). */
function everyMailbox(): string[] {
  const addresses = world()
    .store.all()
    .flatMap((r) => [r.message.senderAttention?.subOrganization.extension, r.message.recipientAttention?.subOrganization.extension]);
  return [...new Set([...MAILBOXES, ...addresses.filter((a): a is string => a !== undefined)])];
}

/** The list and every listed message by id, each validated. Returns how many were checked. */
async function validateMailboxes(when: string): Promise<number> {
  const token = await tokenFor(everyMailbox());
  const list = (await bodyOf(await callApi('/sdk/messages', { token }), 200)) as MessageList;
  expectValid('outputArrayData', list, `list ${when}`);
  for (const message of list.data) {
    const single = await bodyOf(await callApi(`/sdk/messages/${message.id}`, { token }), 200);
    expectValid('outputData', single, `message ${message.id} (${message.attributes.label}) ${when}`);
  }
  return list.data.length;
}

async function send(to: string): Promise<MessageResource> {
  const response = await callApi('/sdk/messages', {
    method: 'POST',
    token: await tokenFor([FA.malmoBarnUnga]),
    body: testMessageRequest({ to }),
  });
  const body = await bodyOf(response, 201);
  expectValid('outputData', body, `send answer for ${to}`);
  return (body as { data: MessageResource }).data;
}

describe.skipIf(missingSharedSpec(DIGG_API))(`The simulator's answers against Digg's schemas${sharedSpecNote(DIGG_API)}`, () => {
  it('the validator has teeth: a reference without label and a relative problem instance fail', () => {
    const reference = { root: 'dnr', extension: 'SOC 2026/1' };
    expect(diggSchemas().errors('referenceDef', reference)).toEqual([expect.stringContaining("required property 'label'")]);
    expect(diggSchemas().errors('Events', { type: 'urn:problem-type:sdk:notFound', instance: '/api/sdk/messages' })).toEqual([
      expect.stringContaining('format "uri"'),
    ]);
  });

  it('the list and every message of the seed, in every mailbox', async () => {
    expect(await validateMailboxes('at the seed')).toBeGreaterThan(20);
  });

  it('messages on their way, accepted, rejected and without receipt, at every step of the timeline', async () => {
    const sent = await Promise.all(
      [FA.lundSocialtjanst, TRAINING.accepts, TRAINING.rejects, TRAINING.rejectsSignature, TRAINING.noReceipt].map(send),
    );
    expect(sent.map((m) => m.attributes.messageStatus)).toEqual(Array(5).fill('SCHEDULED'));
    const steps = Object.values(STATUS_TIMELINE);
    let at = 0;
    for (const step of steps) {
      world().clock.advance(step - at);
      at = step;
      await validateMailboxes(`${step} ms after sending`);
    }
    const token = await tokenFor([FA.malmoBarnUnga]);
    const finals = await Promise.all(sent.map(async (m) => ((await (await callApi(`/sdk/messages/${m.id}`, { token })).json()) as { data: MessageResource }).data.attributes.messageStatus));
    expect(finals).toEqual(['ACCEPTED', 'ACCEPTED', 'MESSAGE_EXCHANGE_ERROR', 'MESSAGE_EXCHANGE_ERROR', 'MESSAGE_EXCHANGE_ERROR']);
  });

  it('problem answers: 400 (content rules, filter, delete too early), 401, 403 (scope, sender), 404', async () => {
    const token = await tokenFor([FA.malmoBarnUnga]);
    const problems: [string, Response, number][] = [
      ['400 content rules', await callApi('/sdk/messages', { method: 'POST', token, body: { data: { type: 'messages', attributes: { label: '' } } } }), 400],
      ['400 not JSON', await callApi('/sdk/messages', { method: 'POST', token, body: '{' }), 400],
      ['400 filter', await callApi('/sdk/messages?filter[messageStatus]=LOST', { token }), 400],
      ['401', await callApi('/sdk/messages'), 401],
      ['401 bad token', await callApi('/sdk/messages', { token: 'not-a-jwt' }), 401],
      ['403 scope', await callApi('/sdk/messages', { token: await tokenFor([FA.malmoBarnUnga], ['urn:sdk.api:getMessage']) }), 403],
      ['403 sender', await callApi('/sdk/messages', { method: 'POST', token, body: testMessageRequest({ from: FA.malmoAldreomsorg }) }), 403],
      ['404', await callApi('/sdk/messages/00000000-0000-4000-8000-000000000000', { token }), 404],
    ];
    const scheduled = await send(FA.lundSocialtjanst);
    problems.push(['400 delete before a final status', await callApi(`/sdk/messages/${scheduled.id}`, { method: 'DELETE', token }), 400]);
    for (const [what, response, status] of problems) {
      expect({ [what]: response.headers.get('Content-Type') }).toEqual({ [what]: expect.stringContaining('application/problem+json') });
      expectValid('Events', await bodyOf(response, status), what);
    }
  });
});
