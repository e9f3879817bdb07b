/**
 * Deterministic pseudo-random bytes (xorshift32) for tests of binary code: every byte value
 * occurs, and a failure can be reproduced from the length and seed.
 */
export function pseudoRandomBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
