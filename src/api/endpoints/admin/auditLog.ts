/**
 * GET /mk/admin/log: the audit log and message access log, filtered; and the same rows as a
 * CSV file (fetched with the access token, handed to the browser as a download).
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../ApiClientContext';
import type { ApiClient } from '../../client';
import { AdminApiError, adminKeys, type AdminSchemas } from './adminKeys';

export type AdminLogEntry = AdminSchemas['AdminLogEntry'];

export interface LogFilters {
  mailbox?: string;
  person?: string;
  kind?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

const clean = (filters: LogFilters): LogFilters => Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== ''));

export async function fetchAdminLog(client: ApiClient, filters: LogFilters, signal?: AbortSignal): Promise<AdminLogEntry[]> {
  const { data, error, response } = await client.GET('/mk/admin/log', { params: { query: clean(filters) }, ...(signal ? { signal } : {}) });
  if (!data || typeof data === 'string') throw new AdminApiError('listAdminLog', response.status, error);
  return data.data;
}

export function adminLogQuery(client: ApiClient, filters: LogFilters) {
  const query = clean(filters);
  return queryOptions({ queryKey: adminKeys.log(query), queryFn: ({ signal }) => fetchAdminLog(client, query, signal) });
}

export function useAdminLog(filters: LogFilters) {
  return useQuery({ ...adminLogQuery(useApiClient(), filters), placeholderData: keepPreviousData });
}

/** The filtered log as CSV text (UTF-8 with BOM, as the gateway writes it). */
export async function fetchAdminLogCsv(client: ApiClient, filters: LogFilters): Promise<Blob> {
  const { data, error, response } = await client.GET('/mk/admin/log', { params: { query: { ...clean(filters), format: 'csv' } }, parseAs: 'blob' });
  if (!data) throw new AdminApiError('listAdminLog', response.status, error);
  return data as Blob;
}
