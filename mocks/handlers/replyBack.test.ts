// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MessageResource } from '../../src/sdk/model';
import { FA } from '../personas';
import { TRAINING } from '../seed';
import { TEST_REPLY_AFTER_MS } from '../seed/trainingAddresses';
import { STATUS_TIMELINE } from '../store/progression';
import { callApi, issueTestToken, testMessageRequest, useMockService } from '../testing';

const mock = useMockService({ seed: false });

const received = async (token: string): Promise<MessageResource[]> => {
  const response = await callApi(`/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(FA.malmoRegistrator)}`, { token });
  return (await response.json()).data;
};

describe('the answering test function (sdk:test-svarar)', () => {
  it('accepts a message and, a while after delivery, its reply arrives at the sending mailbox', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoRegistrator] });
    const sent = await callApi('/sdk/messages', { method: 'POST', token, body: testMessageRequest({ from: FA.malmoRegistrator, to: TRAINING.replies }) });
    expect(sent.status).toBe(201);
    const { attributes } = (await sent.json()).data as MessageResource;

    mock.world().clock.advance(STATUS_TIMELINE.receiptAfterMs);
    expect(await received(token)).toEqual([]);

    // The reply is sent TEST_REPLY_AFTER_MS after delivery and takes the usual way back.
    mock.world().clock.advance(TEST_REPLY_AFTER_MS + STATUS_TIMELINE.receiptAfterMs);
    const replies = await received(token);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.attributes).toMatchObject({
      messageStatus: 'NEW',
      refToMessageId: attributes.messageId,
      conversationId: attributes.conversationId,
      sender: '0203:digg.se',
      recipient: '0203:malmo.se',
      label: `SV: ${attributes.label}`,
      senderAttention: { subOrganization: { extension: TRAINING.replies } },
    });
  });

  it('answers each message once, also when the clock jumps far ahead', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoRegistrator] });
    await callApi('/sdk/messages', { method: 'POST', token, body: testMessageRequest({ from: FA.malmoRegistrator, to: TRAINING.replies }) });
    mock.world().clock.advance(3_600_000);
    expect(await received(token)).toHaveLength(1);
    expect(await received(token)).toHaveLength(1);
  });
});
