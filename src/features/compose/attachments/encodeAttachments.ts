/**
 * Turns the draft's files into contentFiles (base64) without freezing the page: the work runs
 * in a Web Worker that reads the Files itself (a File is structured-cloneable, so the page never
 * copies the bytes), reports progress per slice and is terminated to cancel. Where workers are
 * unavailable (tests in jsdom, a strict CSP) the same loop runs on the main thread in small
 * slices that yield to the event loop between them.
 */
import { deferContent, isReleasedContent } from './encodedContent';
import { encodeBlobs, type EncodeTimings } from './encodeFiles';
import type { EncodeJob, EncodeWorkerMessage } from './encodeProtocol';
import { attachmentContentType, type DraftAttachment, type EncodedAttachment } from './types';

export interface EncodeOptions {
  /** 'auto' (default): the worker when the browser has one. */
  mode?: 'auto' | 'worker' | 'main-thread';
  /**
   * 'deferred' (default in the worker): content is a stand-in for a Blob of the base64 text,
   * which only the sending engine resolves (see encodedContent.ts); the page never holds or
   * converts the text. 'text': content is the base64 string itself (the main-thread fallback
   * always gives text).
   */
  output?: 'deferred' | 'text';
  /** Where the worker spent its time (deferred output only; benchmarks). */
  onTimings?(timings: EncodeTimings): void;
  chunkBytes?: number;
  /** False forces the portable encoder even where toBase64 exists (benchmarks). */
  useNative?: boolean;
}

/** ~0.75 MB slices keep each main-thread step to a few milliseconds in the fallback. */
const MAIN_THREAD_CHUNK_BYTES = 3 * 256 * 1024;

let idleWorker: Worker | null = null;
let workersBroken = false;
let nextJobId = 1;

const workersAvailable = () => typeof Worker !== 'undefined' && !workersBroken;

function createWorker(): Worker {
  return new Worker(new URL('./encode.worker.ts', import.meta.url), { type: 'module', name: 'attachment-encoder' });
}

/**
 * Starts the encoder worker ahead of time (the composer calls this when the first file is
 * attached), so sending does not wait for the worker's script to load.
 */
export function prewarmEncoder(): void {
  if (!workersAvailable() || idleWorker) return;
  try {
    idleWorker = createWorker();
  } catch {
    workersBroken = true;
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The encoding was cancelled', 'AbortError');
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function encodeOnMainThread(files: Blob[], onProgress: (done: number, total: number) => void, signal: AbortSignal, options: EncodeOptions): Promise<string[]> {
  return encodeBlobs(files, {
    chunkBytes: options.chunkBytes ?? MAIN_THREAD_CHUNK_BYTES,
    ...(options.useNative !== undefined ? { useNative: options.useNative } : {}),
    onProgress,
    between: yieldToEventLoop,
    checkCancelled: () => signal.throwIfAborted(),
  });
}

function encodeInWorker(files: Blob[], onProgress: (done: number, total: number) => void, signal: AbortSignal, options: EncodeOptions): Promise<string[]> {
  // One worker is kept warm; a second job at the same time gets its own.
  const worker = idleWorker ?? createWorker();
  idleWorker = null;
  const jobId = nextJobId++;

  // Each slice arrives as its own message (a few ms to deserialise); `+=` builds a rope, so
  // joining costs nothing until the text is read.
  const texts = files.map(() => '');

  return new Promise<string[]>((resolve, reject) => {
    const finish = (keepWorker: boolean) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
      if (keepWorker && !idleWorker) idleWorker = worker;
      else worker.terminate();
    };
    const onMessage = (event: MessageEvent<EncodeWorkerMessage>) => {
      const message = event.data;
      if (message.jobId !== jobId) return;
      if (message.type === 'chunk') texts[message.fileIndex] += message.text;
      else if (message.type === 'progress') onProgress(message.done, message.total);
      else if (message.type === 'done') {
        finish(true);
        if (message.timings) options.onTimings?.(message.timings);
        resolve(message.blobs ? message.blobs.map((blob) => deferContent(blob)) : texts);
      } else {
        finish(false);
        reject(new Error(message.message));
      }
    };
    const onError = (event: Event) => {
      // The worker's script did not load or crashed: remember it and do the work here instead.
      event.preventDefault();
      finish(false);
      workersBroken = true;
      encodeOnMainThread(files, onProgress, signal, options).then(resolve, reject);
    };
    const onAbort = () => {
      finish(false); // terminate: stops the work at once and frees its memory
      reject(abortError(signal));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
    const job: EncodeJob = {
      jobId,
      files,
      output: (options.output ?? 'deferred') === 'deferred' ? 'blob' : 'text',
      ...(options.chunkBytes !== undefined ? { chunkBytes: options.chunkBytes } : {}),
      ...(options.useNative !== undefined ? { useNative: options.useNative } : {}),
    };
    worker.postMessage(job);
  });
}

/**
 * Base64 of each blob, in order: the text, or (worker, output 'deferred') a stand-in the
 * sending engine resolves. Rejects with the signal's reason (an AbortError) when cancelled.
 */
export async function encodeFiles(
  files: Blob[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
  options: EncodeOptions = {},
): Promise<string[]> {
  signal.throwIfAborted();
  const mode = options.mode ?? 'auto';
  if (mode === 'worker' || (mode === 'auto' && workersAvailable())) {
    try {
      return await encodeInWorker(files, onProgress, signal, options);
    } catch (error) {
      if (signal.aborted) throw abortError(signal);
      throw error;
    }
  }
  return encodeOnMainThread(files, onProgress, signal, options);
}

/**
 * The draft's attachments as contentFiles, in order. Attachments that already carry base64
 * (status 'encoded') are not encoded again. Progress counts bytes over all files.
 *
 * In the browser `content` is by default a stand-in for the encoded text (kept in a Blob, out
 * of the JS heap) that useSendMessages turns into the real request body; pass
 * { output: 'text' } to get the base64 string itself. See encodedContent.ts.
 */
export async function encodeAttachments(
  attachments: DraftAttachment[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
  options: EncodeOptions = {},
): Promise<EncodedAttachment[]> {
  const reusable = (a: DraftAttachment) => a.base64 !== undefined && !isReleasedContent(a.base64);
  const pending = attachments.filter((a) => !reusable(a));
  const contents = pending.length > 0 ? await encodeFiles(pending.map((a) => a.file), onProgress, signal, options) : [];
  if (pending.length === 0) onProgress(0, 0);
  const byId = new Map(pending.map((a, i) => [a.id, contents[i] as string]));
  return attachments.map((a) => ({
    fileName: a.fileName,
    contentType: attachmentContentType(a),
    content: byId.get(a.id) ?? (a.base64 as string),
  }));
}
