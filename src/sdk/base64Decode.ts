/**
 * Base64 decoding for attachments (xs:base64Binary, RFC 4648 standard alphabet).
 *
 * Attachments can be tens of megabytes, so this never builds intermediate strings (no atob on
 * the whole text): the native Uint8Array.fromBase64 where the engine has it, else one pass over
 * the characters with a lookup table. Both accept the same input: whitespace anywhere (line
 * breaks are common in base64 from other systems), with or without '=' padding; anything else
 * (other characters, '=' in the middle, a lone trailing character) is not base64 → null.
 */

const INVALID = 255;
const WHITESPACE = 254;
const PAD = 253;

const TABLE: Uint8Array = (() => {
  const table = new Uint8Array(256).fill(INVALID);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  // ASCII whitespace as the Infra standard (and Uint8Array.fromBase64) defines it.
  for (const c of [0x09, 0x0a, 0x0c, 0x0d, 0x20]) table[c] = WHITESPACE;
  table[0x3d] = PAD;
  return table;
})();

/** Table-driven decoder; exported for tests (and engines without Uint8Array.fromBase64). */
export function decodeBase64Fallback(text: string): Uint8Array | null {
  // Upper bound: every 4 characters give at most 3 bytes.
  const out = new Uint8Array(Math.ceil(text.length / 4) * 3);
  let written = 0;
  let quad = 0; // characters collected in the current group of four
  let bits = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 256 ? (TABLE[code] as number) : INVALID;
    if (value === WHITESPACE) continue;
    if (value === INVALID) return null;
    if (value === PAD) {
      // '=' only closes a group of 2 or 3 characters; then only more '=' (up to 4) or whitespace.
      if (padding === 0 && quad < 2) return null;
      padding++;
      if (quad + padding > 4) return null;
      continue;
    }
    if (padding > 0) return null; // data after padding
    bits = (bits << 6) | value;
    quad++;
    if (quad === 4) {
      out[written++] = (bits >> 16) & 0xff;
      out[written++] = (bits >> 8) & 0xff;
      out[written++] = bits & 0xff;
      quad = 0;
      bits = 0;
    }
  }
  if (padding > 0 && quad + padding !== 4) return null; // 'QQ=' is neither padded nor unpadded
  if (quad === 1) return null; // 6 bits cannot make a byte
  if (quad === 2) out[written++] = (bits >> 4) & 0xff;
  if (quad === 3) {
    out[written++] = (bits >> 10) & 0xff;
    out[written++] = (bits >> 2) & 0xff;
  }
  return written === out.length ? out : out.slice(0, written);
}

type FromBase64 = (text: string, options?: { alphabet?: 'base64'; lastChunkHandling?: 'loose' }) => Uint8Array;

function nativeDecoder(): FromBase64 | undefined {
  const candidate = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;
  return typeof candidate === 'function' ? candidate.bind(Uint8Array) : undefined;
}

const native = nativeDecoder();

/** The decoded bytes, or null when `text` is not base64. Empty input gives an empty array. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!native) return decodeBase64Fallback(text);
  try {
    return native(text, { alphabet: 'base64', lastChunkHandling: 'loose' });
  } catch {
    return null;
  }
}
