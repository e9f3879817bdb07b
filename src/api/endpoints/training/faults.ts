/** POST /mk/training/courses/{code}/faults: a fault for one participant or all. */
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';

export type TrainingFault = components['schemas']['TrainingFault'];

export async function injectFault(client: ApiClient, code: string, body: { fault: TrainingFault; participant?: number }): Promise<number[]> {
  const { data, error, response } = await client.POST('/mk/training/courses/{code}/faults', { params: { path: { code } }, body });
  if (!data) throw new MessagesApiError('injectTrainingFault', response.status, error);
  return data.participants;
}
