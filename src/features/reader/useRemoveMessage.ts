/**
 * deleteMessageById (B1.4.2: only in a final status). On success every list is refreshed and
 * the removed message is dropped from the cache, so nothing shows it any more.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { MessagesApiError } from '../messages/apiError';
import { messageKeys } from '../messages/queryKeys';

export function useRemoveMessage(id: string, onRemoved: () => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { error, response } = await client.DELETE('/sdk/messages/{messageId}', { params: { path: { messageId: id } } });
      if (!response.ok) throw new MessagesApiError('deleteMessageById', response.status, error);
    },
    onSuccess: async () => {
      // Leave the page first, so nothing re-fetches the removed message while it unmounts.
      onRemoved();
      queryClient.removeQueries({ queryKey: messageKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: messageKeys.lists() });
    },
  });
}
