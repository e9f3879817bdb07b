// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { practiceMailbox } from '../../src/sdk/training/practice';
import { PRACTICE_AUTH_IDS } from '../seed/practiceAddresses';
import { callApi, issueTestToken, testMessageRequest, useMockService } from '../testing';

const mock = useMockService();
const ONE = practiceMailbox('abc234', 1);
const TWO = practiceMailbox('abc234', 2);
const RIGHT = 'sdk:ifo-mottagning:0203:ovning.sdk.se';

async function send(token: string, from: string, to = RIGHT): Promise<string> {
  const response = await callApi('/sdk/messages', { method: 'POST', token, body: testMessageRequest({ from, to }) });
  expect(response.status).toBe(201);
  return (await response.json()).data.id;
}
const statusOf = async (token: string, id: string) => (await (await callApi(`/sdk/messages/${id}`, { token })).json()).data.attributes;

describe('the practice world of courses (ADR 0016)', () => {
  it('a backend with the practice auth_id entries sends from a participant mailbox made for a course', async () => {
    const token = await issueTestToken({ authIds: [...PRACTICE_AUTH_IDS] });
    const id = await send(token, ONE);
    await callApi('/__sim/clock', { method: 'POST', body: { advanceSeconds: 30 } });
    expect((await statusOf(token, id)).messageStatus).toBe('ACCEPTED');
    const other = await issueTestToken({ authIds: ['sdk:registrator:0203:malmo.se'] });
    expect((await callApi(`/sdk/messages/${id}`, { token: other })).status).toBe(404);
  });

  it('a queued fault rejects only the next message of that mailbox, with the chosen reason', async () => {
    const token = await issueTestToken({ authIds: [...PRACTICE_AUTH_IDS] });
    const fault = await callApi('/__sim/faults', { method: 'POST', body: { mailbox: ONE, kind: 'reject', code: 'SIG', reason: 'Signaturen kunde inte verifieras (övning).' } });
    expect(fault.status).toBe(200);
    const otherParticipant = await send(token, TWO);
    const rejected = await send(token, ONE);
    const next = await send(token, ONE);
    await callApi('/__sim/clock', { method: 'POST', body: { advanceSeconds: 30 } });
    expect((await statusOf(token, otherParticipant)).messageStatus).toBe('ACCEPTED');
    const attributes = await statusOf(token, rejected);
    expect(attributes.messageStatus).toBe('MESSAGE_EXCHANGE_ERROR');
    expect(attributes.events.eventIssues).toContainEqual(expect.objectContaining({ typeCode: 'SIG', detail: 'Signaturen kunde inte verifieras (övning).' }));
    expect((await statusOf(token, next)).messageStatus).toBe('ACCEPTED');
  });

  it('a delayed receipt keeps the message waiting for that long', async () => {
    const token = await issueTestToken({ authIds: [...PRACTICE_AUTH_IDS] });
    await callApi('/__sim/faults', { method: 'POST', body: { mailbox: ONE, kind: 'delay-receipt', minutes: 10 } });
    const id = await send(token, ONE);
    await callApi('/__sim/clock', { method: 'POST', body: { advanceSeconds: 300 } });
    expect((await statusOf(token, id)).messageStatus).toBe('WAITING_FOR_RECEIPT');
    await callApi('/__sim/clock', { method: 'POST', body: { advanceSeconds: 600 } });
    expect((await statusOf(token, id)).messageStatus).toBe('ACCEPTED');
  });

  it('clearing a practice mailbox removes its messages and faults, and nothing else', async () => {
    const token = await issueTestToken({ authIds: [...PRACTICE_AUTH_IDS] });
    await send(token, ONE);
    const kept = await send(token, TWO);
    await callApi('/__sim/faults', { method: 'POST', body: { mailbox: ONE, kind: 'reject', code: 'BV', reason: 'x' } });
    const cleared = await callApi('/__sim/mailboxes/clear', { method: 'POST', body: { mailbox: ONE } });
    expect(await cleared.json()).toEqual({ mailbox: ONE, removed: 1 });
    expect(mock.world().faults.pending(ONE)).toEqual([]);
    expect((await callApi(`/sdk/messages/${kept}`, { token })).status).toBe(200);
    expect((await callApi('/__sim/mailboxes/clear', { method: 'POST', body: { mailbox: 'sdk:registrator:0203:malmo.se' } })).status).toBe(400);
  });
});
