/**
 * /mk/admin/connection-tests: the console's connection tests — start a run, follow it (polled
 * while it runs, for live progress), the earlier runs. The one module for these endpoints.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';

export type ConnectionTestRun = components['schemas']['ConnectionTestRun'];
export type ConnectionTestCase = components['schemas']['ConnectionTestCase'];
export type ConnectionTestRunList = components['schemas']['ConnectionTestRunList'];

/** How often a running test is polled. */
export const RUN_POLL_MS = 1000;

export const connectionTestKeys = {
  all: ['admin', 'connectionTests'] as const,
  list: () => [...connectionTestKeys.all, 'list'] as const,
  run: (id: string) => [...connectionTestKeys.all, 'run', id] as const,
};

export async function fetchConnectionTests(client: ApiClient, signal?: AbortSignal): Promise<ConnectionTestRunList> {
  const { data, error, response } = await client.GET('/mk/admin/connection-tests', signal ? { signal } : {});
  if (!data) throw new MessagesApiError('listConnectionTests', response.status, error);
  return data;
}

export async function fetchConnectionTest(client: ApiClient, runId: string, signal?: AbortSignal): Promise<ConnectionTestRun> {
  const { data, error, response } = await client.GET('/mk/admin/connection-tests/{runId}', { params: { path: { runId } }, ...(signal ? { signal } : {}) });
  if (!data) throw new MessagesApiError('getConnectionTest', response.status, error);
  return data.data;
}

export function connectionTestsQuery(client: ApiClient) {
  return queryOptions({ queryKey: connectionTestKeys.list(), queryFn: ({ signal }) => fetchConnectionTests(client, signal) });
}

export function connectionTestQuery(client: ApiClient, runId: string) {
  return queryOptions({
    queryKey: connectionTestKeys.run(runId),
    queryFn: ({ signal }) => fetchConnectionTest(client, runId, signal),
    // Live progress: poll while the run goes on, stop when it is done.
    refetchInterval: (query) => (query.state.data?.state === 'running' ? RUN_POLL_MS : false),
  });
}

export function useConnectionTests() {
  return useQuery(connectionTestsQuery(useApiClient()));
}

export function useConnectionTest(runId: string) {
  return useQuery(connectionTestQuery(useApiClient(), runId));
}

export async function startConnectionTest(client: ApiClient, mailbox: string): Promise<ConnectionTestRun> {
  const { data, error, response } = await client.POST('/mk/admin/connection-tests', { body: { mailbox } });
  if (!data) throw new MessagesApiError('startConnectionTest', response.status, error);
  return data.data;
}

export function useStartConnectionTest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mailbox: string) => startConnectionTest(client, mailbox),
    onSuccess: (run) => {
      queryClient.setQueryData(connectionTestKeys.run(run.id), run);
      void queryClient.invalidateQueries({ queryKey: connectionTestKeys.list() });
    },
  });
}
