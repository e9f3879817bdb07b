// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MessageResource } from '../../src/sdk/model';
import { FA } from '../personas';
import { seedMessageId, seedRecordId } from '../seed';
import { deliveredRecordId } from '../store/delivery';
import { STATUS_TIMELINE } from '../store/progression';
import { callApi, issueTestToken, testMessageRequest, useMockService } from '../testing';

const mock = useMockService();

const anna = () => issueTestToken({ authIds: [FA.malmoBarnUnga, FA.malmoAldreomsorg] });
const erik = () => issueTestToken({ authIds: [FA.lundSocialtjanst] });

/** Anna's sent copy and Erik's received copy of the first message in the Lund thread. */
const LUND_OUT = seedRecordId('lund-overflyttning-lind');
const MALMO_IN = deliveredRecordId(LUND_OUT);

describe('GET /sdk/messages/{id}', () => {
  it('returns the whole message, documents and attachments included', async () => {
    const response = await callApi(`/sdk/messages/${MALMO_IN}`, { token: await anna() });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: MessageResource };
    expect(data.id).toBe(MALMO_IN);
    expect(data.attributes.messageStatus).toBe('NEW');
    const [document] = data.attributes.digitalDocument ?? [];
    expect(document?.contentTextBody?.[0]).toContain('**tar över ärendet**');
    const [file] = document?.contentFiles ?? [];
    expect(file?.contentType).toBe('application/pdf');
    expect(atob(file?.content ?? '').startsWith('%PDF-1.4')).toBe(true);
  });

  it('also finds a message by its messageId when that names exactly one visible record', async () => {
    const response = await callApi(`/sdk/messages/${seedMessageId('lund-overflyttning-lind')}`, { token: await anna() });
    expect(response.status).toBe(200);
    expect((await response.json()).data.id).toBe(MALMO_IN);
  });

  it('answers 404 by messageId when the caller sees two records of it (sent between own mailboxes)', async () => {
    const token = await anna();
    const sent = await callApi('/sdk/messages', { method: 'POST', token, body: testMessageRequest({ to: FA.malmoAldreomsorg }) });
    const { data } = await sent.json();
    mock.world().clock.advance(STATUS_TIMELINE.receiptAfterMs);
    expect((await callApi(`/sdk/messages/${data.attributes.messageId}`, { token })).status).toBe(404);
    expect((await callApi(`/sdk/messages/${data.id}`, { token })).status).toBe(200);
  });

  it('answers 404, exactly as for an unknown id, for a message of someone else’s mailbox', async () => {
    const token = await erik();
    const hidden = await callApi(`/sdk/messages/${MALMO_IN}`, { token });
    const unknown = await callApi('/sdk/messages/00000000-0000-4000-8000-000000000000', { token });
    expect(hidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    const [a, b] = [await hidden.json(), await unknown.json()];
    expect({ ...a, instance: undefined }).toEqual({ ...b, instance: undefined });
  });
});

describe('DELETE /sdk/messages/{id}', () => {
  it('removes a message in a final status (NEW) with 202', async () => {
    const token = await anna();
    const response = await callApi(`/sdk/messages/${MALMO_IN}`, { method: 'DELETE', token });
    expect(response.status).toBe(202);
    expect((await callApi(`/sdk/messages/${MALMO_IN}`, { token })).status).toBe(404);
  });

  it('removing the recipient’s copy leaves the sender’s, and the other way round', async () => {
    await callApi(`/sdk/messages/${MALMO_IN}`, { method: 'DELETE', token: await anna() });
    const erikToken = await erik();
    expect((await callApi(`/sdk/messages/${LUND_OUT}`, { token: erikToken })).status).toBe(200);
    expect((await callApi(`/sdk/messages/${LUND_OUT}`, { method: 'DELETE', token: erikToken })).status).toBe(202);
  });

  it('removes ACCEPTED and MESSAGE_EXCHANGE_ERROR messages', async () => {
    const token = await anna();
    for (const key of ['malmo-forhandsbedomning-bup', 'malmo-begaran-trelleborg-avvisad']) {
      expect((await callApi(`/sdk/messages/${seedRecordId(key)}`, { method: 'DELETE', token })).status).toBe(202);
    }
  });

  it('refuses with 400 while the message is still on its way, and explains why', async () => {
    const token = await anna();
    const id = seedRecordId('malmo-fraga-lund-pagaende');
    const response = await callApi(`/sdk/messages/${id}`, { method: 'DELETE', token });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.detail).toMatch(/final status/);
    expect(problem.detail).toContain('WAITING_FOR_RECEIPT');
    expect((await callApi(`/sdk/messages/${id}`, { token })).status).toBe(200);

    mock.world().clock.advance(STATUS_TIMELINE.receiptAfterMs);
    expect((await callApi(`/sdk/messages/${id}`, { method: 'DELETE', token })).status).toBe(202);
  });

  it('answers 404 for an unknown id and for someone else’s message, which stays', async () => {
    expect((await callApi('/sdk/messages/00000000-0000-4000-8000-000000000000', { method: 'DELETE', token: await anna() })).status).toBe(404);
    expect((await callApi(`/sdk/messages/${MALMO_IN}`, { method: 'DELETE', token: await erik() })).status).toBe(404);
    expect((await callApi(`/sdk/messages/${MALMO_IN}`, { token: await anna() })).status).toBe(200);
  });
});
