/**
 * deleteMessageById (B1.4.2: only in a final status). On success every list is refreshed and
 * the removed message is dropped from the cache, so nothing shows it any more.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { deleteMessage } from '../../api/endpoints/deleteMessage';
import { messageKeys } from '../../api/endpoints/message';
import { messageListKeys } from '../../api/endpoints/messageList';

export function useRemoveMessage(id: string, onRemoved: () => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteMessage(client, id),
    onSuccess: async () => {
      // Leave the page first, so nothing re-fetches the removed message while it unmounts.
      onRemoved();
      queryClient.removeQueries({ queryKey: messageKeys.of(id) });
      await queryClient.invalidateQueries({ queryKey: messageListKeys.all });
    },
  });
}
