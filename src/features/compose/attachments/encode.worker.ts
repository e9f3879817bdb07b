/**
 * Web Worker: base64-encodes attachments off the main thread, reporting progress per slice.
 * Cancelling terminates the worker (see encodeAttachments.ts), so no cancel message is needed.
 */
import { encodeBlobs, encodeBlobsToBlobs, nativeBase64Writer, type EncodeTimings } from './encodeFiles';
import type { EncodeJob, EncodeWorkerMessage } from './encodeProtocol';

const post = (message: EncodeWorkerMessage) => (self as unknown as { postMessage(message: EncodeWorkerMessage): void }).postMessage(message);

self.addEventListener('message', (event: MessageEvent<EncodeJob>) => {
  const { jobId, files, chunkBytes, useNative, output } = event.data;
  const common = {
    ...(chunkBytes !== undefined ? { chunkBytes } : {}),
    onProgress: (done: number, total: number) => post({ jobId, type: 'progress', done, total }),
  };
  let work: Promise<void>;
  if (output === 'blob') {
    let timings: EncodeTimings | undefined;
    // The table encoder unless asked otherwise: see nativeBase64Writer for why.
    const writer = useNative === true ? nativeBase64Writer() : null;
    work = encodeBlobsToBlobs(files, { ...common, ...(writer ? { writer } : {}), onTimings: (t) => (timings = t) }).then((blobs) =>
      post({ jobId, type: 'done', blobs, ...(timings ? { timings } : {}) }),
    );
  } else {
    work = encodeBlobs(files, {
      ...common,
      ...(useNative !== undefined ? { useNative } : {}),
      onChunk: (fileIndex, text) => post({ jobId, type: 'chunk', fileIndex, text }),
    }).then(() => post({ jobId, type: 'done' }));
  }
  work.then(
    () => undefined,
    (error: unknown) => post({ jobId, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
