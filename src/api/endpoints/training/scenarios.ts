/** GET/POST /mk/training/scenarios: the trainer's scenario library, and importing a file. */
import { queryOptions } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';
import { trainingKeys } from './keys';

export type TrainingScenarioEntry = components['schemas']['TrainingScenarioEntry'];

export async function fetchScenarios(client: ApiClient, signal?: AbortSignal): Promise<TrainingScenarioEntry[]> {
  const { data, error, response } = await client.GET('/mk/training/scenarios', signal ? { signal } : {});
  if (!data) throw new MessagesApiError('listTrainingScenarios', response.status, error);
  return data.data;
}

export const scenariosQuery = (client: ApiClient) => queryOptions({ queryKey: trainingKeys.scenarios(), queryFn: ({ signal }) => fetchScenarios(client, signal) });

/** Throws MessagesApiError; a bad file's problem has one eventIssue per field (in = path). */
export async function importScenario(client: ApiClient, scenario: unknown): Promise<TrainingScenarioEntry> {
  const { data, error, response } = await client.POST('/mk/training/scenarios', { body: scenario as components['schemas']['TrainingScenario'] });
  if (!data) throw new MessagesApiError('importTrainingScenario', response.status, error);
  return data;
}
