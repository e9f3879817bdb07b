/// <reference lib="webworker" />
/**
 * Web Worker: JSON-parses a whole message and decodes its attachments, so that a 25 MB
 * attachment (33 MB of base64 inside JSON) never blocks the page. It receives only the body
 * (a Blob, read here): the access token and the HTTP exchange stay on the main thread (the API
 * client, with its renewal on 401). The reply's Blobs are cheap to pass back.
 */
import { openMessageBody } from './toOpenedMessage';
import type { OpenMessageReply, OpenMessageRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<OpenMessageRequest>) => {
  let reply: OpenMessageReply;
  try {
    reply = { ok: true, message: openMessageBody(await event.data.body.arrayBuffer(), event.data.id) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
