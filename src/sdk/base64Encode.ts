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

let quadTables: { high: Uint32Array; low: Uint32Array } | null = null;

/**
 * The pair table widened to 32 bits, once as the first two characters of a 4-character group
 * and once shifted into the last two (little-endian), so a group is two lookups and an OR.
 */
function quads(): { high: Uint32Array; low: Uint32Array } {
  if (quadTables) return quadTables;
  const table = pairs();
  const high = new Uint32Array(4096);
  const low = new Uint32Array(4096);
  for (let i = 0; i < 4096; i++) {
    high[i] = table[i] as number;
    low[i] = ((table[i] as number) << 16) >>> 0;
  }
  quadTables = { high, low };
  return quadTables;
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
    let t = 0;
    if (bytes.byteOffset % 4 === 0) {
      // Whole words in and out: 12 bytes (3 loads) become 16 characters (4 stores). About a
      // third faster than reading byte by byte; the worker's read buffers are always aligned.
      const { high, low } = quads();
      const groups = Math.floor(length / 12);
      const in32 = new Uint32Array(bytes.buffer, bytes.byteOffset, groups * 3);
      const out32 = new Uint32Array(out.buffer, out.byteOffset + offset, groups * 4);
      for (let g = 0, w = 0; g < groups; g++, w += 3, t += 4) {
        const a = in32[w] as number; // bytes 0..3, byte 0 lowest
        const b = in32[w + 1] as number; // bytes 4..7
        const c = in32[w + 2] as number; // bytes 8..11
        const n0 = ((a & 0xff) << 16) | (a & 0xff00) | ((a >>> 16) & 0xff);
        const n1 = ((a >>> 8) & 0xff0000) | ((b & 0xff) << 8) | ((b >>> 8) & 0xff);
        const n2 = (b & 0xff0000) | ((b >>> 16) & 0xff00) | (c & 0xff);
        const n3 = ((c << 8) & 0xff0000) | ((c >>> 8) & 0xff00) | (c >>> 24);
        out32[t] = (high[n0 >>> 12] as number) | (low[n0 & 0xfff] as number);
        out32[t + 1] = (high[n1 >>> 12] as number) | (low[n1 & 0xfff] as number);
        out32[t + 2] = (high[n2 >>> 12] as number) | (low[n2 & 0xfff] as number);
        out32[t + 3] = (high[n3 >>> 12] as number) | (low[n3 & 0xfff] as number);
      }
      i = groups * 12;
    }
    // One 32-bit store per triple (4 characters): about twice as fast as two 16-bit stores.
    const out32 = new Uint32Array(out.buffer, out.byteOffset + offset, fullTriples);
    for (; t < fullTriples; t++, i += 3) {
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
