/**
 * /mk/admin/retention… (the superuser console's retention, ADR 0017): the one module for these
 * endpoints — the list of mailboxes with their retention, setting a mailbox's days, the preview
 * and run now. Keys share the root ['admin', 'retention'].
 */
import { queryOptions } from '@tanstack/react-query';
import { MessagesApiError } from '../../apiError';
import type { ApiClient } from '../../client';
import type { components } from '../../schema.gen';

type Schemas = components['schemas'];
export type RetentionList = Schemas['RetentionList'];
export type RetentionSetting = Schemas['RetentionSetting'];
export type RetentionPreview = Schemas['RetentionPreview'];
export type RetentionRunResult = Schemas['RetentionRunResult'];

export const retentionKeys = {
  all: ['admin', 'retention'] as const,
  list: () => [...retentionKeys.all, 'list'] as const,
  preview: (mailbox: string) => [...retentionKeys.all, 'preview', mailbox] as const,
};

export async function fetchRetention(client: ApiClient, signal?: AbortSignal): Promise<RetentionList> {
  const { data, error, response } = await client.GET('/mk/admin/retention', signal ? { signal } : {});
  if (!data) throw new MessagesApiError('listRetention', response.status, error);
  return data;
}

export function retentionQuery(client: ApiClient) {
  return queryOptions({ queryKey: retentionKeys.list(), queryFn: ({ signal }) => fetchRetention(client, signal) });
}

export async function fetchRetentionPreview(client: ApiClient, mailbox: string, signal?: AbortSignal): Promise<RetentionPreview> {
  const { data, error, response } = await client.GET('/mk/admin/retention/{mailbox}/preview', { params: { path: { mailbox } }, ...(signal ? { signal } : {}) });
  if (!data) throw new MessagesApiError('previewRetention', response.status, error);
  return data;
}

export function retentionPreviewQuery(client: ApiClient, mailbox: string) {
  return queryOptions({ queryKey: retentionKeys.preview(mailbox), queryFn: ({ signal }) => fetchRetentionPreview(client, mailbox, signal) });
}

/** Throws MessagesApiError (a field-level problem for bad days). */
export async function setRetention(client: ApiClient, mailbox: string, days: number): Promise<RetentionSetting> {
  const { data, error, response } = await client.PUT('/mk/admin/retention/{mailbox}', { params: { path: { mailbox } }, body: { days } });
  if (!data) throw new MessagesApiError('setRetention', response.status, error);
  return data;
}

/** Throws MessagesApiError (400 when the typed name does not match). */
export async function runRetentionNow(client: ApiClient, mailbox: string, confirmMailboxName: string): Promise<RetentionRunResult> {
  const { data, error, response } = await client.POST('/mk/admin/retention/{mailbox}/run', { params: { path: { mailbox } }, body: { confirmMailboxName } });
  if (!data) throw new MessagesApiError('runRetention', response.status, error);
  return data;
}
