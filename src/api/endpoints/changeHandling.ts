/**
 * POST /mk/messages/{messageId}/handling: take, assign, release, mark handled or reopen — the one
 * module for this endpoint. The change names the version it is based on; a 409 (someone else was
 * first) becomes a HandlingConflictError carrying the current state and who has the message, and
 * that state replaces the stale one in the cache at once. After either answer the mailbox's
 * assignments and the counts are refetched, so list, filters and navigation agree.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { HandlingActionKind, HandlingPerson } from '../../sdk/handling';
import { readRecord } from '../../sdk/readValue';
import { MessagesApiError } from '../apiError';
import { useApiClient } from '../ApiClientContext';
import type { ApiClient } from '../client';
import type { components } from '../schema.gen';
import { handlingKeys } from './handlingKeys';
import type { MessageHandlingDetail } from './messageHandling';

type Schemas = components['schemas'];
export type HandlingConflictReason = Schemas['HandlingConflictReason'];
export type MessageHandlingWithMailbox = Schemas['MessageHandlingWithMailbox'];

export interface HandlingChange {
  action: HandlingActionKind;
  /** For assign: the colleague's subject. */
  to?: string;
  expectedVersion: number;
}

/** Refused with 409: the handling changed, or the action no longer fits it. */
export class HandlingConflictError extends MessagesApiError {
  readonly reason: HandlingConflictReason;
  readonly current: MessageHandlingWithMailbox;

  constructor(body: unknown, reason: HandlingConflictReason, current: MessageHandlingWithMailbox) {
    super('changeMessageHandling', 409, body);
    this.reason = reason;
    this.current = current;
  }

  /** Who has the message now (taken-by-other), or who changed it last. */
  get who(): HandlingPerson | null {
    return this.reason === 'taken-by-other' || this.reason === 'already-yours' ? this.current.assignee : this.current.updatedBy;
  }
}

function conflictOf(body: unknown): HandlingConflictError | undefined {
  const record = readRecord(body);
  const current = readRecord(record?.['handling']);
  const reason = record?.['reason'];
  if (!current || typeof reason !== 'string' || typeof current['version'] !== 'number') return undefined;
  return new HandlingConflictError(body, reason as HandlingConflictReason, current as unknown as MessageHandlingWithMailbox);
}

export async function changeHandling(client: ApiClient, messageId: string, change: HandlingChange): Promise<MessageHandlingDetail> {
  const { data, error, response } = await client.POST('/mk/messages/{messageId}/handling', {
    params: { path: { messageId } },
    body: { action: change.action, expectedVersion: change.expectedVersion, ...(change.to ? { to: change.to } : {}) },
  });
  if (data) return data;
  if (response.status === 409) {
    const conflict = conflictOf(error);
    if (conflict) throw conflict;
  }
  throw new MessagesApiError('changeMessageHandling', response.status, error);
}

/** Refetch what shows handling elsewhere (list column, filters, counts). */
export function refreshHandlingLists(queryClient: QueryClient, mailbox: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: handlingKeys.assignments(mailbox) }),
    queryClient.invalidateQueries({ queryKey: handlingKeys.counts() }),
  ]).then(() => undefined);
}

export function useChangeHandling(messageId: string, mailbox: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: HandlingChange) => changeHandling(client, messageId, change),
    onSuccess: (detail) => queryClient.setQueryData(handlingKeys.message(messageId), detail),
    onError: (error) => {
      if (error instanceof HandlingConflictError) {
        queryClient.setQueryData<MessageHandlingDetail>(handlingKeys.message(messageId), (old) => (old ? { ...old, handling: error.current } : old));
        void queryClient.invalidateQueries({ queryKey: handlingKeys.message(messageId) });
      }
    },
    onSettled: () => refreshHandlingLists(queryClient, mailbox),
  });
}
