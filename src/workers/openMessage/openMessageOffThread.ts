/**
 * Turns getMessageById's body into an OpenedMessage in a Web Worker (a fresh one per message,
 * ended when done or aborted). Where there are no workers (Vitest's jsdom) the same code runs
 * in-thread: that seam is the only difference between the tests and the browser.
 */
import type { OpenedMessage } from '../../sdk/openedMessage';
import type { OpenMessageReply, OpenMessageRequest } from './protocol';
import { MessageBodyError, openMessageBody } from './toOpenedMessage';

function startWorker(): Worker {
  // Vite recognises this pattern and bundles the worker (with its imports) as its own file.
  return new Worker(new URL('./openMessage.worker.ts', import.meta.url), { type: 'module', name: 'open-message' });
}

/** getMessageById's body (as a Blob, unread) → OpenedMessage, decoded in a worker. */
export function openMessageOffThread(body: Blob, id: string, signal?: AbortSignal): Promise<OpenedMessage> {
  if (typeof Worker === 'undefined') {
    return body.arrayBuffer().then((buffer) => openMessageBody(buffer, id));
  }
  return new Promise<OpenedMessage>((resolve, reject) => {
    const worker = startWorker();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<OpenMessageReply>) => {
      finish();
      if (event.data.ok) resolve(event.data.message);
      else reject(new MessageBodyError(event.data.error));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`The open-message worker failed: ${event.message || 'unknown error'}`));
    };
    worker.postMessage({ body, id } satisfies OpenMessageRequest);
  });
}
