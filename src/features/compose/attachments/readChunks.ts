/**
 * Reads a Blob as consecutive chunks of exactly `chunkBytes` (the last one may be shorter), for
 * the encoder. A chunk is valid only until the next one is asked for: its memory is reused.
 *
 * Why not file.arrayBuffer(): measured in Chromium 156 on a 25 MB file, what costs is fresh
 * memory, which the system maps page by page. One arrayBuffer() read took ≈ 21 ms; reading the
 * file's byte stream into two reused 3 MB buffers ("BYOB" reads) ≈ 13 ms, and the next chunk is
 * already being read while the current one is encoded. Where Blob streams are not byte streams
 * (jsdom, older browsers) the file is read whole up to WHOLE_READ_LIMIT (one read beats many
 * small slice reads), else slice by slice to bound memory.
 */

/** Files up to this size are read in one go when byte streams are unavailable. */
export const WHOLE_READ_LIMIT = 64 * 1024 * 1024;

function byobReaderOf(blob: Blob): ReadableStreamBYOBReader | null {
  if (typeof blob.stream !== 'function') return null;
  try {
    return blob.stream().getReader({ mode: 'byob' });
  } catch {
    return null; // not a byte stream
  }
}

/** Fills `buffer` from the stream up to `size` bytes (fewer only at the end of the stream). */
async function fill(reader: ReadableStreamBYOBReader, buffer: ArrayBuffer, size: number): Promise<Uint8Array> {
  let filled = 0;
  while (filled < size) {
    const { value, done } = await reader.read(new Uint8Array(buffer, filled, size - filled));
    // Each read transfers the buffer: keep the new handle on the same memory.
    if (!value) throw new DOMException('The file could not be read', 'AbortError');
    buffer = value.buffer as ArrayBuffer;
    if (done) break;
    filled += value.byteLength;
  }
  return new Uint8Array(buffer, 0, filled);
}

async function* readByob(reader: ReadableStreamBYOBReader, size: number): AsyncGenerator<Uint8Array, void, undefined> {
  let spare: ArrayBuffer | null = null;
  let pending: Promise<Uint8Array> | null = fill(reader, new ArrayBuffer(size), size);
  try {
    while (pending) {
      const chunk = await pending;
      pending = null;
      if (chunk.byteLength === 0) return;
      // Read ahead into the other buffer while the caller works on this chunk.
      if (chunk.byteLength === size) pending = fill(reader, spare ?? new ArrayBuffer(size), size);
      yield chunk;
      spare = chunk.buffer as ArrayBuffer;
    }
  } finally {
    // Stopped early (cancelled, or the caller failed): end the read in flight quietly.
    if (pending) {
      pending.catch(() => undefined);
      reader.cancel().catch(() => undefined);
    }
  }
}

export async function* readChunks(blob: Blob, chunkBytes: number): AsyncGenerator<Uint8Array, void, undefined> {
  if (blob.size === 0) return;
  const reader = byobReaderOf(blob);
  if (reader) {
    yield* readByob(reader, Math.min(chunkBytes, blob.size));
    return;
  }
  const whole = blob.size <= WHOLE_READ_LIMIT ? new Uint8Array(await blob.arrayBuffer()) : null;
  for (let start = 0; start < blob.size; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, blob.size);
    yield whole ? whole.subarray(start, end) : new Uint8Array(await blob.slice(start, end).arrayBuffer());
  }
}
