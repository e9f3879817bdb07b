/** GET /mk/admin/system-status: the console's system status (Driftstatus) — the one module for it. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';

export type SystemStatus = components['schemas']['SystemStatus'];

export const systemStatusKeys = {
  all: ['admin', 'systemStatus'] as const,
};

export async function fetchSystemStatus(client: ApiClient, signal?: AbortSignal): Promise<SystemStatus> {
  const { data, error, response } = await client.GET('/mk/admin/system-status', signal ? { signal } : {});
  if (!data) throw new MessagesApiError('getSystemStatus', response.status, error);
  return data;
}

export function systemStatusQuery(client: ApiClient) {
  return queryOptions({ queryKey: systemStatusKeys.all, queryFn: ({ signal }) => fetchSystemStatus(client, signal), refetchInterval: 30_000 });
}

export function useSystemStatus() {
  return useQuery(systemStatusQuery(useApiClient()));
}
