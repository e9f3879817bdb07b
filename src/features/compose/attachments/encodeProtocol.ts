/** Messages between encodeAttachments (page) and encode.worker.ts. */
import type { EncodeTimings } from './encodeFiles';

export interface EncodeJob {
  jobId: number;
  /** Files are structured-cloneable: the worker reads them itself, the page never holds their bytes. */
  files: Blob[];
  chunkBytes?: number;
  /** True: toBase64 (+ encodeInto for 'blob'); false: the table encoder. Default: toBase64 for 'text', the table encoder for 'blob'. */
  useNative?: boolean;
  /** 'text': slices of base64 text ('chunk' messages); 'blob': one Blob of ASCII base64 per file ('done'). */
  output: 'text' | 'blob';
}

export type EncodeWorkerMessage =
  | { jobId: number; type: 'progress'; done: number; total: number }
  /** One slice's base64, in order; the page appends it to file `fileIndex`'s text. */
  | { jobId: number; type: 'chunk'; fileIndex: number; text: string }
  | { jobId: number; type: 'done'; blobs?: Blob[]; timings?: EncodeTimings }
  | { jobId: number; type: 'error'; message: string };
