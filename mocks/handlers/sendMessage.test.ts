// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FA } from '../personas';
import { callApi, issueTestToken, TEST_CLOCK_START, testMessageRequest, useMockService } from '../testing';

useMockService();

const annaToken = () => issueTestToken({ authIds: [FA.malmoBarnUnga, FA.malmoAldreomsorg] });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

describe('POST /sdk/messages', () => {
  it('answers 201 with Location and the created message, filling in what the client left out', async () => {
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: testMessageRequest() });
    expect(response.status).toBe(201);
    const body = await response.json();
    const { id, attributes } = body.data;
    expect(id).toMatch(UUID);
    expect(response.headers.get('Location')).toBe(`/api/sdk/messages/${id}`);
    expect(attributes.messageStatus).toBe('SCHEDULED');
    expect(attributes.messageId).toMatch(UUID);
    expect(attributes.conversationId).toBe(attributes.messageId); // a new conversation (B1.3.3)
    expect(attributes.creationDateTime).toBe(TEST_CLOCK_START.toISOString());
    expect(attributes.digitalDocument[0].contentTextBody).toEqual(['Hej! **Vi behöver** ett yttrande.']);
    expect(attributes.events.eventIssues.map((i: { typeCode: string }) => i.typeCode)).toEqual(['SCHEDULED']);

    // The Location really leads to the message.
    const token = await annaToken();
    const fetched = await callApi(`http://mk.test${response.headers.get('Location')}`, { token });
    expect(fetched.status).toBe(200);
    expect((await fetched.json()).data.id).toBe(id);
  });

  it('keeps the ids and creation time a client gives', async () => {
    const request = testMessageRequest({
      id: '5a0f3c1e-2b7d-4e8f-9a6b-0c1d2e3f4a5b',
      attributes: {
        messageId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        conversationId: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        refToMessageId: 'c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        creationDateTime: '2026-03-01T12:00:00Z',
      },
    });
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: request });
    expect(response.status).toBe(201);
    const { data } = await response.json();
    expect(data.id).toBe('5a0f3c1e-2b7d-4e8f-9a6b-0c1d2e3f4a5b');
    expect(data.attributes).toMatchObject({
      messageId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      conversationId: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      refToMessageId: 'c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      creationDateTime: '2026-03-01T12:00:00Z',
    });
  });

  it('answers 400 with the domain rules’ violations for invalid content', async () => {
    const request = testMessageRequest({ attributes: { label: '', digitalDocument: [] } });
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: request });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.status).toBe(400);
    const places = problem.eventIssues.map((i: { in: string }) => i.in);
    expect(places).toContain('data.attributes.label');
    expect(places).toContain('data.attributes.digitalDocument');
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: '{not json' });
    expect(response.status).toBe(400);
    expect((await response.json()).eventIssues[0].in).toBe('data');
  });

  it('answers 400 for an attachment type the service does not take', async () => {
    const request = testMessageRequest({
      attributes: {
        digitalDocument: [{ documentId: 'd', contentFiles: [{ fileName: 'a.exe', contentType: 'application/x-msdownload', content: 'AAAA' }] }],
      },
    });
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: request });
    expect(response.status).toBe(400);
    expect((await response.json()).eventIssues[0].in).toBe('data.attributes.digitalDocument[0].contentFiles[0].contentType');
  });

  it('answers 403 when the token may not send from the sending function address', async () => {
    const erik = await issueTestToken({ authIds: [FA.lundSocialtjanst] });
    const response = await callApi('/sdk/messages', { method: 'POST', token: erik, body: testMessageRequest() });
    expect(response.status).toBe(403);
    const problem = await response.json();
    expect(problem.eventIssues[0].in).toBe('data.attributes.senderAttention.subOrganization.extension');
  });

  it('answers 400 when `sender` is not the organisation owning the sending function address', async () => {
    const request = testMessageRequest({ sender: '0203:lund.se' });
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: request });
    expect(response.status).toBe(400);
    const [issue] = (await response.json()).eventIssues;
    expect(issue.in).toBe('data.attributes.sender');
    expect(issue.detail).toContain('0203:malmo.se');
  });

  it('answers 400 BV/not-found for a recipient function address missing from the address book', async () => {
    const request = testMessageRequest({ to: 'sdk:finns-inte:0203:lund.se' });
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: request });
    expect(response.status).toBe(400);
    const [issue] = (await response.json()).eventIssues;
    expect(issue.in).toBe('data.attributes.recipientAttention.subOrganization.extension');
    expect(issue.title).toContain('BV/not-found');
  });

  it('answers 400 BV/not-found when the recipient function address belongs to another organisation', async () => {
    const request = testMessageRequest({ to: FA.lundSocialtjanst, recipient: '0203:helsingborg.se' });
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: request });
    expect(response.status).toBe(400);
    const [issue] = (await response.json()).eventIssues;
    expect(issue.in).toBe('data.attributes.recipientAttention.subOrganization.extension');
    expect(issue.detail).toContain('0203:helsingborg.se');
  });

  it('answers 400 BV/duplicate when a messageId is reused', async () => {
    const token = await annaToken();
    const request = testMessageRequest({ attributes: { messageId: 'd1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' } });
    expect((await callApi('/sdk/messages', { method: 'POST', token, body: request })).status).toBe(201);
    const again = await callApi('/sdk/messages', { method: 'POST', token, body: request });
    expect(again.status).toBe(400);
    const [issue] = (await again.json()).eventIssues;
    expect(issue.in).toBe('data.attributes.messageId');
    expect(issue.title).toContain('BV/duplicate');
  });

  it('does not echo fields outside the contract', async () => {
    const request = testMessageRequest();
    (request.data.attributes as Record<string, unknown>).secretNote = 'x';
    const response = await callApi('/sdk/messages', { method: 'POST', token: await annaToken(), body: request });
    expect(response.status).toBe(201);
    expect((await response.json()).data.attributes).not.toHaveProperty('secretNote');
  });
});
