// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FA } from '../personas';
import { seedRecordId } from '../seed';
import { callApi, issueTestToken, TEST_CLOCK_START, testMessageRequest, useMockService } from '../testing';

const mock = useMockService();

describe('dev-only control routes under __sim/', () => {
  it('GET __sim/clock tells the virtual time and speed', async () => {
    const response = await callApi('/__sim/clock');
    expect(await response.json()).toEqual({ now: TEST_CLOCK_START.toISOString(), speed: 0 });
  });

  it('POST __sim/clock { advanceSeconds } moves time, and statuses follow', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoBarnUnga] });
    const id = seedRecordId('malmo-fraga-lund-pagaende');
    const status = async () => (await (await callApi(`/sdk/messages/${id}`, { token })).json()).data.attributes.messageStatus;
    expect(await status()).toBe('WAITING_FOR_RECEIPT');

    const response = await callApi('/__sim/clock', { method: 'POST', body: { advanceSeconds: 30 } });
    expect(response.status).toBe(200);
    expect((await response.json()).now).toBe(new Date(TEST_CLOCK_START.getTime() + 30_000).toISOString());
    expect(await status()).toBe('ACCEPTED');
  });

  it('POST __sim/clock { speed } changes the clock speed', async () => {
    const response = await callApi('/__sim/clock', { method: 'POST', body: { speed: 60 } });
    expect((await response.json()).speed).toBe(60);
    expect(mock.world().clock.speed).toBe(60);
  });

  it.each([[{}], [{ advanceSeconds: -5 }], [{ speed: 'fast' }], ['nonsense']])('POST __sim/clock refuses %j', async (body) => {
    expect((await callApi('/__sim/clock', { method: 'POST', body })).status).toBe(400);
  });

  it('POST __sim/reset brings back the seed and the start time', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoBarnUnga] });
    await callApi('/sdk/messages', { method: 'POST', token, body: testMessageRequest() });
    await callApi(`/sdk/messages/${seedRecordId('malmo-forhandsbedomning-bup')}`, { method: 'DELETE', token });
    await callApi('/__sim/clock', { method: 'POST', body: { advanceSeconds: 3600 } });
    const before = (await (await callApi('/sdk/messages', { token })).json()).data.length;

    const response = await callApi('/__sim/reset', { method: 'POST' });
    expect((await response.json()).now).toBe(TEST_CLOCK_START.toISOString());
    const after = (await (await callApi('/sdk/messages', { token })).json()).data;
    expect(after.length).not.toBe(before);
    expect(after.some((m: { id: string }) => m.id === seedRecordId('malmo-forhandsbedomning-bup'))).toBe(true);
    expect(after.some((m: { attributes: { label: string; creationDateTime: string } }) => m.attributes.creationDateTime === TEST_CLOCK_START.toISOString())).toBe(false);
  });

  describe('address-book publications', () => {
    const listed = async (identifier: string) => {
      const token = await issueTestToken({ authIds: [FA.malmoRegistrator] });
      const response = await callApi(`/addressbook/addresses?filter[identifier]=${encodeURIComponent(identifier)}`, { token });
      return ((await response.json()) as { data: { attributes: { name: string; description?: string } }[] }).data;
    };

    it('unpublish takes a seeded address out of the listing, publish brings it back', async () => {
      expect(await listed(FA.malmoRegistrator)).toHaveLength(1);
      const off = await callApi('/__sim/address-book/unpublish', { method: 'POST', body: { identifier: FA.malmoRegistrator } });
      expect(await off.json()).toEqual({ identifier: FA.malmoRegistrator, published: false, wasListed: true });
      expect(await listed(FA.malmoRegistrator)).toEqual([]);
      expect(await (await callApi('/__sim/address-book/publications')).json()).toEqual({ published: [], unpublished: [FA.malmoRegistrator] });

      await callApi('/__sim/address-book/publish', { method: 'POST', body: { identifier: FA.malmoRegistrator, name: 'Registrator', description: 'Ny text' } });
      expect((await listed(FA.malmoRegistrator))[0]?.attributes).toMatchObject({ name: 'Registrator', description: 'Ny text' });
    });

    it('publishes a new address of a known organisation, and reset forgets it', async () => {
      const identifier = 'sdk:bygglov:0203:malmo.se';
      const response = await callApi('/__sim/address-book/publish', { method: 'POST', body: { identifier, name: 'Bygglov' } });
      expect(response.status).toBe(200);
      expect((await listed(identifier))[0]?.attributes.name).toBe('Bygglov');
      expect(mock.world().addressBook.participantOf(identifier)).toBe('0203:malmo.se');

      await callApi('/__sim/reset', { method: 'POST' });
      expect(await listed(identifier)).toEqual([]);
    });

    it.each([
      [{ identifier: 'sdk:x:0203:okand.se', name: 'X' }],
      [{ identifier: 'inte-en-adress', name: 'X' }],
      [{ identifier: 'sdk:x:0203:malmo.se' }],
      ['nonsense'],
    ])('publish refuses %j', async (body) => {
      expect((await callApi('/__sim/address-book/publish', { method: 'POST', body })).status).toBe(400);
    });

    it('the publications travel in the world snapshot', () => {
      mock.world().addressBook.unpublish(FA.malmoRegistrator);
      expect(mock.world().snapshot().publications).toEqual({ published: [], unpublished: [FA.malmoRegistrator] });
    });
  });
});
