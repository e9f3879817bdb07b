/**
 * Base64 ENCODING (RFC 4648, standard alphabet, padded) for outgoing attachments: the SDK
 * message carries every file as base64 text (contentFiles[].content). Decoding lives in
 * base64.ts.
 *
 * Uses the engine's native Uint8Array.prototype.toBase64 when present (Chromium, Firefox,
 * Safari 18.2+); otherwise a table-driven encoder that turns 3 bytes into 4 characters with two
 * 12-bit lookups written as 16-bit units, and decodes each chunk's ASCII bytes with TextDecoder,
 * which is far faster than building strings character by character. Work goes in chunks (a
 * multiple of 3 bytes, so no padding appears mid-stream) so callers can report progress and
 * keep memory bounded.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='

/** 3 MiB: divisible by 3, large enough that per-chunk overhead is negligible. */
export const BASE64_CHUNK_BYTES = 3 * 1024 * 1024;

/** Characters of the base64 text of `byteCount` bytes: ceil(n / 3) * 4. */
export function base64Length(byteCount: number): number {
  return Math.ceil(byteCount / 3) * 4;
}

interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}

/** The engine's own encoder, when it has one (not in Node 20). */
export function nativeToBase64(): ((bytes: Uint8Array) => string) | null {
  const native = (Uint8Array.prototype as NativeBase64).toBase64;
  return typeof native === 'function' ? (bytes) => native.call(bytes) : null;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let pairTable: Uint16Array | null = null;

/**
 * 4096 entries: every 12-bit value as its two base64 characters, laid out so that writing the
 * entry through a Uint16Array puts the first character first in memory on this machine.
 */
function pairs(): Uint16Array {
  if (pairTable) return pairTable;
  const table = new Uint16Array(4096);
  for (let i = 0; i < 4096; i++) {
    const first = ALPHABET.charCodeAt(i >> 6);
    const second = ALPHABET.charCodeAt(i & 63);
    table[i] = LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
  }
  pairTable = table;
  return table;
}

const ascii = new TextDecoder();

/** The portable encoder (used where toBase64 is missing, and as the reference in tests). */
export function encodeBase64Portable(bytes: Uint8Array): string {
  if (bytes.length === 0) return '';
  if (bytes.length <= BASE64_CHUNK_BYTES) return encodeChunkPortable(bytes);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BASE64_CHUNK_BYTES) {
    parts.push(encodeChunkPortable(bytes.subarray(start, start + BASE64_CHUNK_BYTES)));
  }
  return parts.join('');
}

function encodeChunkPortable(bytes: Uint8Array): string {
  const out = new Uint8Array(base64Length(bytes.length));
  encodeBase64Into(bytes, out, 0);
  return ascii.decode(out);
}

/**
 * Writes the base64 of `bytes` as ASCII into `out` at `offset` (a multiple of 2; callers
 * encoding in chunks of a multiple of 3 bytes always are at a multiple of 4). Returns the
 * number of bytes written. No string is made at all: the fastest portable path to a Blob.
 */
export function encodeBase64Into(bytes: Uint8Array, out: Uint8Array, offset: number): number {
  const table = pairs();
  const length = bytes.length;
  const fullTriples = Math.floor(length / 3);
  const written = base64Length(length);
  if (offset % 2 !== 0 || offset + written > out.length) throw new RangeError('base64 output does not fit at this offset');
  let i = 0;
  if (LITTLE_ENDIAN && (out.byteOffset + offset) % 4 === 0) {
    // One 32-bit store per triple (4 characters): about twice as fast as two 16-bit stores.
    const out32 = new Uint32Array(out.buffer, out.byteOffset + offset, fullTriples);
    for (let t = 0; t < fullTriples; t++, i += 3) {
      const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
      out32[t] = (table[n >>> 12] as number) | ((table[n & 0xfff] as number) << 16);
    }
  } else {
    // Four characters per triple, so the 16-bit view stays aligned.
    const out16 = new Uint16Array(out.buffer, out.byteOffset + offset, fullTriples * 2);
    let j = 0;
    for (let t = 0; t < fullTriples; t++, i += 3) {
      const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
      out16[j++] = table[n >>> 12] as number;
      out16[j++] = table[n & 0xfff] as number;
    }
  }
  const rest = length - i;
  if (rest > 0) {
    const o = offset + fullTriples * 4;
    const b0 = bytes[i] as number;
    const b1 = rest === 2 ? (bytes[i + 1] as number) : 0;
    out[o] = ALPHABET.charCodeAt(b0 >> 2);
    out[o + 1] = ALPHABET.charCodeAt(((b0 & 3) << 4) | (b1 >> 4));
    out[o + 2] = rest === 2 ? ALPHABET.charCodeAt((b1 & 15) << 2) : PAD;
    out[o + 3] = PAD;
  }
  return written;
}

/** Base64 of `bytes`, with the native encoder when the engine has one. */
export function encodeBase64(bytes: Uint8Array): string {
  const native = nativeToBase64();
  return native ? native(bytes) : encodeBase64Portable(bytes);
}

/** One chunk of a larger encoding. Chunks must start at multiples of 3 bytes (see BASE64_CHUNK_BYTES). */
export function encodeBase64Chunk(bytes: Uint8Array, useNative = true): string {
  const native = useNative ? nativeToBase64() : null;
  return native ? native(bytes) : encodeChunkPortable(bytes);
}
