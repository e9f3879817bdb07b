/**
 * DELETE /sdk/messages/{messageId} (deleteMessageById; B1.4.2: only in a final status): the one
 * module for this endpoint. After success the caller drops the message's query and refreshes
 * the lists (keys in message.ts and messageList.ts).
 */
import { MessagesApiError } from '../apiError';
import type { ApiClient } from '../client';

/** Throws MessagesApiError when the service refuses. */
export async function deleteMessage(client: ApiClient, id: string): Promise<void> {
  const { error, response } = await client.DELETE('/sdk/messages/{messageId}', { params: { path: { messageId: id } } });
  if (!response.ok) throw new MessagesApiError('deleteMessageById', response.status, error);
}
