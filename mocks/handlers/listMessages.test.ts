// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MessageList, MessageResource } from '../../src/sdk/model';
import { FA, PERSONAS } from '../personas';
import { seedMessageId } from '../seed';
import { callApi, issueTestToken, TEST_API_BASE, useMockService } from '../testing';

useMockService();

const ANNA = [FA.malmoBarnUnga, FA.malmoAldreomsorg];
const tokenFor = (authIds: string[]) => issueTestToken({ authIds });

async function list(authIds: string[], query = ''): Promise<MessageResource[]> {
  const response = await callApi(`/sdk/messages${query}`, { token: await tokenFor(authIds) });
  expect(response.status).toBe(200);
  return ((await response.json()) as MessageList).data;
}

const ownsRecord = (authIds: string[]) => (m: MessageResource) =>
  authIds.includes(m.attributes.senderAttention?.subOrganization.extension ?? '') ||
  authIds.includes(m.attributes.recipientAttention?.subOrganization.extension ?? '');

describe('GET /sdk/messages', () => {
  it('answers with meta, links.self and data, never carrying digitalDocument', async () => {
    const response = await callApi('/sdk/messages', { token: await tokenFor(ANNA) });
    const body = (await response.json()) as MessageList;
    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(body.meta).toEqual({ version: 'sdk api 1.0.0' });
    expect(body.links?.self).toBe(`${TEST_API_BASE}/sdk/messages`);
    expect(body.data.length).toBeGreaterThan(10);
    for (const message of body.data) {
      expect(message.type).toBe('messages');
      expect(message.attributes).not.toHaveProperty('digitalDocument');
    }
  });

  it('sorts newest first', async () => {
    const times = (await list(ANNA)).map((m) => Date.parse(m.attributes.creationDateTime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  const withMailboxes = PERSONAS.filter((p) => p.functionAddresses.length > 0);
  it.each(withMailboxes.map((p) => [p.id, p.functionAddresses] as const))('%s only sees messages of their own function addresses', async (_id, authIds) => {
    const messages = await list([...authIds]);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every(ownsRecord([...authIds]))).toBe(true);
  });

  it('a token without function addresses (Nils) sees no messages', async () => {
    expect(await list([])).toEqual([]);
  });

  it('filters on messageStatus and the recipient function address, combined', async () => {
    const messages = await list(ANNA, `?filter[messageStatus]=NEW&filter[recipientAttention.subOrganization.extension]=${FA.malmoBarnUnga}`);
    expect(messages.length).toBeGreaterThanOrEqual(5);
    expect(messages.every((m) => m.attributes.messageStatus === 'NEW')).toBe(true);
    expect(messages.every((m) => m.attributes.recipientAttention?.subOrganization.extension === FA.malmoBarnUnga)).toBe(true);
  });

  it('filters on the sender function address and status: Anna’s failed sendings', async () => {
    const messages = await list(ANNA, `?filter[senderAttention.subOrganization.extension]=${FA.malmoBarnUnga}&filter[messageStatus]=MESSAGE_EXCHANGE_ERROR`);
    expect(messages.map((m) => m.attributes.messageId).sort()).toEqual(
      [seedMessageId('malmo-begaran-trelleborg-avvisad'), seedMessageId('malmo-landskrona-ingen-kvittens')].sort(),
    );
  });

  it('filters on a creationDateTime range, inclusive at both ends', async () => {
    const all = await list(ANNA);
    const target = all[3];
    const at = target?.attributes.creationDateTime ?? '';
    const exact = await list(ANNA, `?filter[creationDateTimeStart]=${at}&filter[creationDateTimeStop]=${at}`);
    expect(exact.map((m) => m.id)).toEqual([target?.id]);

    const start = all[5]?.attributes.creationDateTime ?? '';
    const stop = all[1]?.attributes.creationDateTime ?? '';
    const range = await list(ANNA, `?filter[creationDateTimeStart]=${start}&filter[creationDateTimeStop]=${stop}`);
    expect(range.map((m) => m.id)).toEqual(all.slice(1, 6).map((m) => m.id));
  });

  it('combines a date range with a status filter', async () => {
    const stop = new Date(Date.parse((await list(ANNA))[0]?.attributes.creationDateTime ?? '') - 7 * 24 * 3600_000).toISOString();
    const old = await list(ANNA, `?filter[creationDateTimeStop]=${stop}&filter[messageStatus]=NEW`);
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((m) => m.attributes.messageStatus === 'NEW' && m.attributes.creationDateTime <= stop)).toBe(true);
  });

  it.each([
    ['filter[creationDateTimeStart]', 'igår'],
    ['filter[creationDateTimeStop]', '2026-02-30T10:00:00Z'],
    ['filter[messageStatus]', 'READ'],
    ['filter[label]', 'SIP'],
  ])('answers 400 naming %s for the value %s', async (name, value) => {
    const response = await callApi(`/sdk/messages?${encodeURIComponent(name)}=${encodeURIComponent(value)}`, { token: await tokenFor(ANNA) });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.eventIssues.map((i: { in: string }) => i.in)).toContain(name);
  });

  it('filtering on a function address outside the token’s auth_id returns nothing of that mailbox', async () => {
    // Erik asks for Malmö's inbox: he gets only what he himself sent there.
    const messages = await list([FA.lundSocialtjanst], `?filter[recipientAttention.subOrganization.extension]=${FA.malmoBarnUnga}`);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.attributes.senderAttention?.subOrganization.extension === FA.lundSocialtjanst)).toBe(true);
    // Nils has no mailbox: nothing at all.
    expect(await list([], `?filter[recipientAttention.subOrganization.extension]=${FA.malmoBarnUnga}`)).toEqual([]);
  });
});
