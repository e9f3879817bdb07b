// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FA } from '../personas';
import { callApi, issueTestToken, useMockService } from '../testing';

useMockService();

describe('GET /mk/me in the mock service (no gateway: the token’s auth_id stands in for the registry)', () => {
  it('lists the token’s function addresses at level send, named as in the address book', async () => {
    const token = await issueTestToken({ authIds: [FA.malmoBarnUnga, FA.lundSocialtjanst], subject: 'anna' });
    const response = await callApi('/mk/me', { token });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      subject: 'anna',
      mailboxes: [
        { id: FA.malmoBarnUnga, name: expect.stringContaining('barn och unga'), organizationId: '0203:malmo.se', level: 'send' },
        { id: FA.lundSocialtjanst, name: expect.stringContaining('Socialtjänst'), organizationId: '0203:lund.se', level: 'send' },
      ],
    });
  });

  it('answers 401 without a token', async () => {
    expect((await callApi('/mk/me')).status).toBe(401);
  });
});
