// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MessageFacts, MessageList } from '../../src/sdk/model';
import { FA } from '../personas';
import { SEED_MESSAGES } from '../seed';
import { callApi, issueTestToken, testMessageRequest, useMockService } from '../testing';
import { decodedBase64Length } from './messageFactsRoutes';

const mock = useMockService();

const ANNA: string[] = [FA.malmoBarnUnga, FA.malmoAldreomsorg];

async function facts(authIds: string[], query: string, scopes?: string[]) {
  const token = await issueTestToken({ authIds, ...(scopes ? { scopes } : {}) });
  return callApi(`/mk/message-facts${query}`, { token });
}

async function factsOf(mailbox: string, authIds = ANNA): Promise<MessageFacts[]> {
  const response = await facts(authIds, `?filter[mailbox]=${encodeURIComponent(mailbox)}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: MessageFacts[] }).data;
}

async function listIds(query: string): Promise<string[]> {
  const response = await callApi(`/sdk/messages${query}`, { token: await issueTestToken({ authIds: ANNA }) });
  return ((await response.json()) as MessageList).data.map((m) => m.id);
}

describe('GET /mk/message-facts', () => {
  it('describes every message of the mailbox, received and sent, with document and attachment counts', async () => {
    const data = await factsOf(FA.malmoBarnUnga);
    const inbox = await listIds(`?filter[recipientAttention.subOrganization.extension]=${FA.malmoBarnUnga}`);
    const sent = await listIds(`?filter[senderAttention.subOrganization.extension]=${FA.malmoBarnUnga}`);
    expect(new Set(data.map((f) => f.id))).toEqual(new Set([...inbox, ...sent]));

    const withFiles = data.filter((f) => f.attachmentCount > 0);
    const seededWithFiles = SEED_MESSAGES.filter(
      (m) => (m.to === FA.malmoBarnUnga || m.from === FA.malmoBarnUnga) && (m.attachments?.length ?? 0) > 0,
    );
    expect(withFiles.length).toBeGreaterThan(0);
    expect(withFiles.length).toBeLessThanOrEqual(seededWithFiles.length);
    for (const f of data) {
      expect(f.documentCount).toBeGreaterThanOrEqual(1);
      expect(f.attachmentBytes > 0).toBe(f.attachmentCount > 0);
    }
  });

  it('counts the decoded size of the files of a message just sent', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoBarnUnga] });
    const content = Buffer.from('%PDF-1.4 hej').toString('base64');
    const response = await callApi('/sdk/messages', {
      method: 'POST',
      token,
      body: testMessageRequest({
        attributes: {
          digitalDocument: [
            { documentId: 'd1', index: '1', contentTextBody: ['Se bilagor'], contentFiles: [{ fileName: 'a.pdf', contentType: 'application/pdf', content }] },
            { documentId: 'd2', index: '2', contentFiles: [{ fileName: 'b.pdf', contentType: 'application/pdf', content }] },
          ],
        },
      }),
    });
    expect(response.status).toBe(201);
    const id = ((await response.json()) as { data: { id: string } }).data.id;
    const mine = (await factsOf(FA.malmoBarnUnga)).find((f) => f.id === id);
    expect(mine).toEqual({ id, documentCount: 2, attachmentCount: 2, attachmentBytes: 2 * '%PDF-1.4 hej'.length });
  });

  it('shows nothing of a mailbox the token may not act for, as getMessageByFilter does', async () => {
    expect(await factsOf(FA.lundSocialtjanst)).toEqual([]);
    // Lund's own token sees Lund's messages.
    expect((await factsOf(FA.lundSocialtjanst, [FA.lundSocialtjanst])).length).toBeGreaterThan(0);
  });

  it('requires the getMessageByFilter scope and a valid token', async () => {
    const noScope = await facts(ANNA, `?filter[mailbox]=${FA.malmoBarnUnga}`, ['urn:sdk.api:getMessage']);
    expect(noScope.status).toBe(403);
    const anonymous = await callApi(`/mk/message-facts?filter[mailbox]=${FA.malmoBarnUnga}`);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a missing, repeated or unknown filter with a problem naming it', async () => {
    const missing = await facts(ANNA, '');
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toContain('filter[mailbox]');
    const twice = await facts(ANNA, `?filter[mailbox]=${FA.malmoBarnUnga}&filter[mailbox]=${FA.malmoAldreomsorg}`);
    expect(twice.status).toBe(400);
    const unknown = await facts(ANNA, `?filter[mailbox]=${FA.malmoBarnUnga}&filter[label]=x`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('filter[label]');
  });

  it('survives records with malformed documents', async () => {
    const world = mock.world();
    const base = world.store.all().find((r) => r.direction === 'incoming' && r.message.recipientAttention?.subOrganization.extension === FA.malmoBarnUnga);
    if (!base) throw new Error('seed has no incoming record');
    world.store.add({ ...base, id: 'broken-docs', message: { ...base.message, digitalDocument: 'nope' as never } });
    const broken = (await factsOf(FA.malmoBarnUnga)).find((f) => f.id === 'broken-docs');
    expect(broken).toEqual({ id: 'broken-docs', documentCount: 0, attachmentCount: 0, attachmentBytes: 0 });
  });
});

describe('decodedBase64Length', () => {
  it.each([
    ['', 0],
    ['aGVq', 3],
    ['aGVqIQ==', 4],
    ['aGVqISE=', 5],
    ['aGVq\nISE=', 5],
  ])('%j decodes to %i bytes', (input, bytes) => {
    expect(decodedBase64Length(input)).toBe(bytes);
  });
});
