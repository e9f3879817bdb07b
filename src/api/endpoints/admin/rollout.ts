/**
 * /mk/admin/rollout… (the superuser console's rollout checklist, ADR 0017): the one module for
 * these endpoints — the checklist and a hand tick (which answers with the whole checklist).
 */
import { queryOptions } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';

type Schemas = components['schemas'];
export type RolloutChecklist = Schemas['RolloutChecklist'];
export type RolloutMilestone = Schemas['RolloutMilestone'];
export type MilestoneId = Schemas['MilestoneId'];

export const rolloutKeys = {
  all: ['admin', 'rollout'] as const,
};

export async function fetchRolloutChecklist(client: ApiClient, signal?: AbortSignal): Promise<RolloutChecklist> {
  const { data, error, response } = await client.GET('/mk/admin/rollout', signal ? { signal } : {});
  if (!data) throw new MessagesApiError('getRolloutChecklist', response.status, error);
  return data;
}

export function rolloutQuery(client: ApiClient) {
  return queryOptions({ queryKey: rolloutKeys.all, queryFn: ({ signal }) => fetchRolloutChecklist(client, signal) });
}

export async function tickMilestone(client: ApiClient, milestone: MilestoneId, done: boolean): Promise<RolloutChecklist> {
  const { data, error, response } = await client.PUT('/mk/admin/rollout/{milestone}', { params: { path: { milestone } }, body: { done } });
  if (!data) throw new MessagesApiError('tickRolloutMilestone', response.status, error);
  return data;
}
