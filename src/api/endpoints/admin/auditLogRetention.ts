/**
 * /mk/admin/log/retention (ADR 0018): how long the organisation's audit log is kept, and
 * setting it. Its key sits under the console's root ['admin'], beside the log's.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import { AdminApiError, adminKeys, type AdminSchemas } from './adminKeys';

export type AuditLogRetention = AdminSchemas['AuditLogRetention'];

export const auditLogRetentionKey = () => [...adminKeys.all, 'logRetention'] as const;

export async function fetchAuditLogRetention(client: ApiClient, signal?: AbortSignal): Promise<AuditLogRetention> {
  const { data, error, response } = await client.GET('/mk/admin/log/retention', signal ? { signal } : {});
  if (!data) throw new AdminApiError('getAuditLogRetention', response.status, error);
  return data;
}

export function auditLogRetentionQuery(client: ApiClient) {
  return queryOptions({ queryKey: auditLogRetentionKey(), queryFn: ({ signal }) => fetchAuditLogRetention(client, signal) });
}

export function useAuditLogRetention() {
  return useQuery(auditLogRetentionQuery(useApiClient()));
}

/** Throws AdminApiError: a 400 names the field (days) and the rule (typeCode) it breaks. */
export async function setAuditLogRetention(client: ApiClient, days: number): Promise<AuditLogRetention> {
  const { data, error, response } = await client.PUT('/mk/admin/log/retention', { body: { days } });
  if (!data) throw new AdminApiError('setAuditLogRetention', response.status, error);
  return data;
}
