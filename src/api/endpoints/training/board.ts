/** GET /mk/training/courses/{code}/board: participants by exercises, polled by the course page. */
import { queryOptions } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';
import { trainingKeys } from './keys';

export type TrainingBoard = components['schemas']['TrainingBoard'];
export type TrainingResult = components['schemas']['TrainingResult'];

export async function fetchBoard(client: ApiClient, code: string, signal?: AbortSignal): Promise<TrainingBoard> {
  const { data, error, response } = await client.GET('/mk/training/courses/{code}/board', { params: { path: { code } }, ...(signal ? { signal } : {}) });
  if (!data) throw new MessagesApiError('getTrainingBoard', response.status, error);
  return data;
}
export const boardQuery = (client: ApiClient, code: string) => queryOptions({ queryKey: trainingKeys.board(code), queryFn: ({ signal }) => fetchBoard(client, code, signal) });
