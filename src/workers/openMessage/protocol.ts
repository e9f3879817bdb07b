/** Messages between the main thread and the open-message worker. */
import type { OpenedMessage } from '../../sdk/openedMessage';

export interface OpenMessageRequest {
  /**
   * The raw getMessageById body as a Blob: the main thread never reads the bytes (reading a
   * 33 MB body into an ArrayBuffer there costs 50–150 ms long tasks in Chromium; a Blob stays
   * in the browser's blob store and passing it to the worker is cheap).
   */
  body: Blob;
  id: string;
}

export type OpenMessageReply = { ok: true; message: OpenedMessage } | { ok: false; error: string };
