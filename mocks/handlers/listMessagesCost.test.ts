// @vitest-environment node
/**
 * The list route is polled by every open client: each record's status (computed from the
 * simulated clock, store/progression) is computed once per request, not once to filter and
 * again to answer.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MessageList } from '../../src/sdk/model';
import { FA } from '../personas';
import * as progression from '../store/progression';
import { isVisibleTo } from '../store/visibility';
import { callApi, issueTestToken, useMockService } from '../testing';

vi.mock('../store/progression', { spy: true });

const { world } = useMockService();
const ANNA = [FA.malmoBarnUnga, FA.malmoAldreomsorg];

describe('GET /sdk/messages: cost per poll', () => {
  it.each([
    ['without a filter', ''],
    ['with a status filter', '?filter[messageStatus]=ACCEPTED'],
  ])('computes the status of each visible outgoing message once, %s', async (_name, query) => {
    world().clock.advance(10 * 60_000); // every delivery of the seed is settled
    const token = await issueTestToken({ authIds: ANNA });
    await callApi('/sdk/messages', { token }); // settles the arrivals
    vi.mocked(progression.outgoingStateAt).mockClear();

    const response = await callApi(`/sdk/messages${query}`, { token });
    expect(response.status).toBe(200);
    expect(((await response.json()) as MessageList).data.length).toBeGreaterThan(0);
    const outgoing = world()
      .store.all()
      .filter((record) => record.direction === 'outgoing' && isVisibleTo(record, ANNA)).length;
    expect(outgoing).toBeGreaterThan(3);
    expect(vi.mocked(progression.outgoingStateAt)).toHaveBeenCalledTimes(outgoing);
  });
});
