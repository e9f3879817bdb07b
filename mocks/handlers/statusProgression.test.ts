// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { EventIssue, MessageResource } from '../../src/sdk/model';
import { FA } from '../personas';
import { TRAINING } from '../seed';
import { STATUS_TIMELINE } from '../store/progression';
import { callApi, issueTestToken, testMessageRequest, useMockService } from '../testing';

const mock = useMockService({ seed: false });

const anna = () => issueTestToken({ authIds: [FA.malmoBarnUnga, FA.malmoAldreomsorg] });
const erik = () => issueTestToken({ authIds: [FA.lundSocialtjanst] });
const tove = () => issueTestToken({ authIds: [FA.regionSkaneUtbildning] });

async function send(token: string, options: Parameters<typeof testMessageRequest>[0] = {}): Promise<MessageResource> {
  const response = await callApi('/sdk/messages', { method: 'POST', token, body: testMessageRequest(options) });
  expect(response.status).toBe(201);
  return (await response.json()).data;
}

async function get(token: string, id: string): Promise<MessageResource> {
  const response = await callApi(`/sdk/messages/${id}`, { token });
  expect(response.status).toBe(200);
  return (await response.json()).data;
}

const advance = (ms: number) => mock.world().clock.advance(ms);
const codes = (issues: EventIssue[] | undefined) => (issues ?? []).map((i) => i.typeCode);

describe('status progression on the simulated clock', () => {
  it('moves SCHEDULED → SUBMITTED → ACKNOWLEDGE → WAITING_FOR_RECEIPT → ACCEPTED as virtual time passes', async () => {
    const token = await anna();
    const { id } = await send(token);
    const statusAt = async () => (await get(token, id)).attributes.messageStatus;

    expect(await statusAt()).toBe('SCHEDULED');
    advance(STATUS_TIMELINE.submittedAfterMs);
    expect(await statusAt()).toBe('SUBMITTED');
    advance(STATUS_TIMELINE.acknowledgedAfterMs - STATUS_TIMELINE.submittedAfterMs);
    expect(await statusAt()).toBe('ACKNOWLEDGE');
    advance(STATUS_TIMELINE.waitingForReceiptAfterMs - STATUS_TIMELINE.acknowledgedAfterMs);
    expect(await statusAt()).toBe('WAITING_FOR_RECEIPT');
    advance(STATUS_TIMELINE.receiptAfterMs - STATUS_TIMELINE.waitingForReceiptAfterMs - 1);
    expect(await statusAt()).toBe('WAITING_FOR_RECEIPT');
    advance(1);
    expect(await statusAt()).toBe('ACCEPTED');
  });

  it('lists every step reached in events.eventIssues, newest first, with times', async () => {
    const token = await anna();
    const { id } = await send(token);
    advance(60_000);
    const { attributes } = await get(token, id);
    expect(attributes.events).toMatchObject({ type: 'urn:event-type:sdk:message', title: 'ACCEPTED', detail: 'ACCEPTED' });
    const issues = attributes.events?.eventIssues ?? [];
    expect(codes(issues)).toEqual(['ACCEPTED', 'WAITING_FOR_RECEIPT', 'ACKNOWLEDGE', 'SUBMITTED', 'SCHEDULED']);
    const times = issues.map((i) => Date.parse(i.dateTime ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
  });

  it('delivers an accepted message to the recipient as NEW, with its own id and without the sender’s events', async () => {
    const sent = await send(await anna());
    const erikToken = await erik();
    const inbox = async () =>
      (await (await callApi(`/sdk/messages?filter[recipientAttention.subOrganization.extension]=${FA.lundSocialtjanst}`, { token: erikToken })).json()).data as MessageResource[];

    advance(STATUS_TIMELINE.receiptAfterMs - 1);
    expect(await inbox()).toEqual([]);
    advance(1);
    const [arrived] = await inbox();
    expect(arrived).toBeDefined();
    expect(arrived?.id).not.toBe(sent.id);
    expect(arrived?.attributes).toMatchObject({ messageStatus: 'NEW', messageId: sent.attributes.messageId, label: sent.attributes.label });
    expect(arrived?.attributes.events).toBeUndefined();

    const full = await get(erikToken, arrived?.id ?? '');
    expect(full.attributes.digitalDocument?.[0]?.contentTextBody).toEqual(sent.attributes.digitalDocument?.[0]?.contentTextBody);
  });

  it('a rejecting recipient ends in MESSAGE_EXCHANGE_ERROR with the receipt’s reasons (Digg’s "avvisat" mapping)', async () => {
    const token = await tove();
    const { id } = await send(token, { from: FA.regionSkaneUtbildning, to: TRAINING.rejects });
    advance(STATUS_TIMELINE.receiptAfterMs);
    expect((await get(token, id)).attributes.messageStatus).toBe('REJECTED');
    advance(STATUS_TIMELINE.rejectionFinalAfterMs - STATUS_TIMELINE.receiptAfterMs);
    const { attributes } = await get(token, id);
    expect(attributes.messageStatus).toBe('MESSAGE_EXCHANGE_ERROR');
    expect(attributes.events).toMatchObject({ title: 'MESSAGE_EXCHANGE_ERROR', detail: 'MESSAGE_EXCHANGE_ERROR' });
    const issues = attributes.events?.eventIssues ?? [];
    expect(codes(issues)).toEqual(['MESSAGE_EXCHANGE_ERROR', 'REJECTED', 'BV', 'BV', 'WAITING_FOR_RECEIPT', 'ACKNOWLEDGE', 'SUBMITTED', 'SCHEDULED']);
    expect(issues[0]?.title).toBe('Message REJECTED by receiver');
    expect(issues[2]).toMatchObject({ typeCode: 'BV', title: 'RegelID-123', in: '/Nyttolast/Typkod' });
    expect(issues[3]).toMatchObject({ typeCode: 'BV', title: 'RegelID-111', in: '/Nyttolast/Referens' });
  });

  it('a rejected message never arrives at the recipient', async () => {
    await send(await tove(), { from: FA.regionSkaneUtbildning, to: TRAINING.rejects });
    advance(3_600_000);
    const digg = await issueTestToken({ authIds: [TRAINING.rejects] });
    expect((await (await callApi('/sdk/messages', { token: digg })).json()).data).toEqual([]);
  });

  it('without a message receipt it waits, then ends in MESSAGE_EXCHANGE_ERROR after the timeout', async () => {
    const token = await tove();
    const { id } = await send(token, { from: FA.regionSkaneUtbildning, to: TRAINING.noReceipt });
    advance(STATUS_TIMELINE.receiptTimeoutAfterMs - 1);
    expect((await get(token, id)).attributes.messageStatus).toBe('WAITING_FOR_RECEIPT');
    advance(1);
    const { attributes } = await get(token, id);
    expect(attributes.messageStatus).toBe('MESSAGE_EXCHANGE_ERROR');
    const [last] = attributes.events?.eventIssues ?? [];
    expect(last?.title).toMatch(/No message receipt received/);
    expect(codes(attributes.events?.eventIssues).slice(1)).toEqual(['WAITING_FOR_RECEIPT', 'ACKNOWLEDGE', 'SUBMITTED', 'SCHEDULED']);
  });

  it('status is the same however often it is read (lazy, no timers)', async () => {
    const token = await anna();
    const { id } = await send(token);
    advance(STATUS_TIMELINE.acknowledgedAfterMs);
    const first = await get(token, id);
    const second = await get(token, id);
    expect(second.attributes).toEqual(first.attributes);
  });
});
