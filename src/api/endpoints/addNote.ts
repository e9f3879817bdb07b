/**
 * POST /mk/messages/{messageId}/notes: an internal note for colleagues with access to the
 * mailbox — the one module for this endpoint. Stored in the MK gateway only, never sent. The
 * notes are listed with the message's handling (messageHandling.ts), which is updated at once.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MessagesApiError } from '../apiError';
import { useApiClient } from '../ApiClientContext';
import type { ApiClient } from '../client';
import { handlingKeys } from './handlingKeys';
import type { InternalNote, MessageHandlingDetail } from './messageHandling';

export async function addNote(client: ApiClient, messageId: string, text: string): Promise<InternalNote> {
  const { data, error, response } = await client.POST('/mk/messages/{messageId}/notes', {
    params: { path: { messageId } },
    body: { text },
  });
  if (!data) throw new MessagesApiError('addMessageNote', response.status, error);
  return data.note;
}

export function useAddNote(messageId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addNote(client, messageId, text),
    onSuccess: (note) => {
      queryClient.setQueryData<MessageHandlingDetail>(handlingKeys.message(messageId), (old) => (old ? { ...old, notes: [...old.notes, note] } : old));
      void queryClient.invalidateQueries({ queryKey: handlingKeys.message(messageId) });
    },
  });
}
