/**
 * The encoding loop shared by the Web Worker and the main-thread fallback: each file is read
 * slice by slice (never the whole file at once, so memory stays near one slice plus the
 * growing text) and each slice is turned into base64. Slices are a multiple of 3 bytes, so
 * the pieces join into exactly the encoding of the whole file.
 */
import { base64Length, BASE64_CHUNK_BYTES, encodeBase64Chunk, encodeBase64Into, nativeToBase64 } from '../../../sdk/base64Encode';
import { readChunks } from './readChunks';

export interface EncodeLoopOptions {
  /** Bytes per slice; must be a multiple of 3. */
  chunkBytes?: number;
  /** Called after every slice with bytes done and bytes in total (all files). */
  onProgress?(done: number, total: number): void;
  /** Awaited between slices: the main-thread fallback yields to the event loop here. */
  between?(): Promise<void>;
  /** Checked between slices; throwing stops the work. */
  checkCancelled?(): void;
  /** False forces the portable encoder (tests, benchmarks). */
  useNative?: boolean;
  /**
   * Receives each slice's text instead of it being kept here (the worker posts each slice as
   * it is done, so the page never deserialises one huge string in a single task). The
   * returned array then holds empty strings.
   */
  onChunk?(fileIndex: number, text: string): void;
}

export async function encodeBlobs(blobs: readonly Blob[], options: EncodeLoopOptions = {}): Promise<string[]> {
  const chunkBytes = options.chunkBytes ?? BASE64_CHUNK_BYTES;
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new RangeError('chunkBytes must be a positive multiple of 3');
  const total = blobs.reduce((sum, blob) => sum + blob.size, 0);
  let done = 0;
  const results: string[] = [];
  options.onProgress?.(0, total);
  for (const [fileIndex, blob] of blobs.entries()) {
    const parts: string[] = [];
    for (let start = 0; start < blob.size; start += chunkBytes) {
      options.checkCancelled?.();
      const end = Math.min(start + chunkBytes, blob.size);
      const bytes = new Uint8Array(await blob.slice(start, end).arrayBuffer());
      const text = encodeBase64Chunk(bytes, options.useNative ?? true);
      if (options.onChunk) options.onChunk(fileIndex, text);
      else parts.push(text);
      done += end - start;
      options.onProgress?.(done, total);
      if (options.between) await options.between();
    }
    results.push(parts.length === 1 ? (parts[0] as string) : parts.join(''));
  }
  return results;
}

export interface EncodeTimings {
  /** Waiting for the next chunk of the file (reads overlap with encoding, so this is what remains). */
  readMs: number;
  encodeMs: number;
  blobMs: number;
}

/** Writes the base64 of `bytes` as ASCII into `out` at `offset`; returns the bytes written. */
export type Base64Writer = (bytes: Uint8Array, out: Uint8Array, offset: number) => number;

/**
 * The engine's toBase64 followed by TextEncoder.encodeInto: the native encoder where bytes (not
 * a string) are needed. Measured in Chromium 156 on 25 MB: toBase64 itself takes ≈ 20 ms, but
 * turning its 33 MB string into bytes costs more than the whole table encoder (encodeInto: the
 * full path 78–300 ms against 58–100 ms; new Blob([string]) alone ≈ 230 ms). So the table encoder
 * (encodeBase64Into), which writes bytes and never makes a string, is the default; this stays
 * for the benchmark's comparison line. Null where the engine has no toBase64.
 */
export function nativeBase64Writer(): Base64Writer | null {
  const native = nativeToBase64();
  if (!native) return null;
  const encoder = new TextEncoder();
  return (bytes, out, offset) => encoder.encodeInto(native(bytes), out.subarray(offset)).written;
}

/**
 * Like encodeBlobs, but each blob's base64 ends up as ASCII bytes in a Blob (held by the
 * browser, passed between threads by reference), with no string made at all. The file is read
 * in reused buffers (readChunks.ts) and encoded into one output buffer, which becomes the Blob:
 * one Blob of the whole output was measured faster than a Blob per chunk.
 */
export async function encodeBlobsToBlobs(
  blobs: readonly Blob[],
  options: Omit<EncodeLoopOptions, 'onChunk' | 'useNative'> & { writer?: Base64Writer; onTimings?(timings: EncodeTimings): void } = {},
): Promise<Blob[]> {
  const chunkBytes = options.chunkBytes ?? BASE64_CHUNK_BYTES;
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new RangeError('chunkBytes must be a positive multiple of 3');
  const write = options.writer ?? encodeBase64Into;
  const total = blobs.reduce((sum, blob) => sum + blob.size, 0);
  const timings: EncodeTimings = { readMs: 0, encodeMs: 0, blobMs: 0 };
  const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  let done = 0;
  const results: Blob[] = [];
  options.onProgress?.(0, total);
  for (const blob of blobs) {
    const out = new Uint8Array(base64Length(blob.size));
    let offset = 0;
    let t = clock();
    for await (const bytes of readChunks(blob, chunkBytes)) {
      timings.readMs += clock() - t;
      options.checkCancelled?.();
      t = clock();
      offset += write(bytes, out, offset);
      timings.encodeMs += clock() - t;
      done += bytes.byteLength;
      options.onProgress?.(done, total);
      if (options.between) await options.between();
      t = clock();
    }
    timings.readMs += clock() - t;
    if (offset !== out.length) throw new Error(`The file changed while it was read (${offset} of ${out.length} bytes of base64)`);
    t = clock();
    results.push(new Blob([out], { type: 'text/plain' }));
    timings.blobMs += clock() - t;
  }
  options.onTimings?.(timings);
  return results;
}
