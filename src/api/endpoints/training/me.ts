/** GET /mk/training/me: a practice account's course and hints (the ÖVNING banner polls it). */
import { queryOptions } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';
import { trainingKeys } from './keys';

export type TrainingMe = components['schemas']['TrainingMe'];

export async function fetchTrainingMe(client: ApiClient, signal?: AbortSignal): Promise<TrainingMe> {
  const { data, error, response } = await client.GET('/mk/training/me', signal ? { signal } : {});
  if (!data) throw new MessagesApiError('getTrainingMe', response.status, error);
  return data;
}
export const trainingMeQuery = (client: ApiClient) => queryOptions({ queryKey: trainingKeys.me(), queryFn: ({ signal }) => fetchTrainingMe(client, signal) });
