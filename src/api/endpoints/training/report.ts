/** GET /mk/training/courses/{code}/report: JSON for the printable report; CSV as a file. */
import { queryOptions } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';
import { trainingKeys } from './keys';

export type TrainingReport = components['schemas']['TrainingReport'];

export async function fetchReport(client: ApiClient, code: string, signal?: AbortSignal): Promise<TrainingReport> {
  const { data, error, response } = await client.GET('/mk/training/courses/{code}/report', { params: { path: { code } }, ...(signal ? { signal } : {}) });
  if (!data) throw new MessagesApiError('getTrainingReport', response.status, error);
  return data as TrainingReport;
}
export const reportQuery = (client: ApiClient, code: string) => queryOptions({ queryKey: trainingKeys.report(code), queryFn: ({ signal }) => fetchReport(client, code, signal) });

export async function fetchReportCsv(client: ApiClient, code: string): Promise<Blob> {
  const { data, error, response } = await client.GET('/mk/training/courses/{code}/report', { params: { path: { code }, query: { format: 'csv' } }, parseAs: 'blob' });
  if (!data) throw new MessagesApiError('getTrainingReport', response.status, error);
  return data as Blob;
}
