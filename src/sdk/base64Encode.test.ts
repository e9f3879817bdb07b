import { describe, expect, it } from 'vitest';
import { base64Length, BASE64_CHUNK_BYTES, encodeBase64, encodeBase64Chunk, encodeBase64Into, encodeBase64Portable } from './base64Encode';
import { pseudoRandomBytes } from '../testing/pseudoRandomBytes';

const bytesOf = pseudoRandomBytes;

const reference = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('encodeBase64Portable', () => {
  it('matches Node for every length 0..300 (all padding cases, every table entry)', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = bytesOf(n, n + 7);
      expect(encodeBase64Portable(bytes), `length ${n}`).toBe(reference(bytes));
    }
  });

  it('matches Node for the RFC 4648 test vectors', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) expect(encodeBase64Portable(new TextEncoder().encode(plain))).toBe(encoded);
  });

  it('encodes bytes that use every character of the alphabet, including + and /', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(encodeBase64Portable(all)).toBe(reference(all));
    expect(encodeBase64Portable(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('+/+/');
  });

  it('matches Node for random lengths and across the chunk boundary', () => {
    const lengths = [1023, 4096, 65_537, 100_001, BASE64_CHUNK_BYTES - 1, BASE64_CHUNK_BYTES, BASE64_CHUNK_BYTES + 1, BASE64_CHUNK_BYTES + 2];
    for (let i = 0; i < 20; i++) lengths.push(1 + Math.floor(Math.random() * 200_000));
    for (const n of lengths) {
      const bytes = bytesOf(n, n);
      expect(encodeBase64Portable(bytes) === reference(bytes), `length ${n}`).toBe(true);
    }
  });

  it('encodes a subarray (offset view) correctly', () => {
    const whole = bytesOf(1000, 3);
    const view = whole.subarray(7, 907);
    expect(encodeBase64Portable(view)).toBe(reference(view));
  });
});

describe('chunked encoding', () => {
  it('joined chunks of a multiple of 3 bytes equal the whole encoding (3 MB + tail)', () => {
    const bytes = bytesOf(3 * 1024 * 1024 + 5, 11);
    const parts: string[] = [];
    for (let start = 0; start < bytes.length; start += 300_000) parts.push(encodeBase64Chunk(bytes.subarray(start, start + 300_000), false));
    expect(parts.join('') === reference(bytes)).toBe(true);
  });

  it('encodeBase64 agrees with Node whichever encoder the engine offers', () => {
    const bytes = bytesOf(12_345, 5);
    expect(encodeBase64(bytes)).toBe(reference(bytes));
  });
});

describe('base64Length', () => {
  it('is ceil(n / 3) * 4', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 25 * 1024 * 1024].map(base64Length)).toEqual([0, 4, 4, 4, 8, 8, 8, 34_952_536]);
    for (let n = 0; n < 50; n++) expect(base64Length(n)).toBe(reference(bytesOf(n)).length);
  });
});

describe('encodeBase64Into', () => {
  it('writes the same characters as ASCII bytes, chunk after chunk, at any even offset', () => {
    const bytes = bytesOf(10_007, 9);
    const out = new Uint8Array(2 + base64Length(bytes.length));
    let offset = 2;
    for (let start = 0; start < bytes.length; start += 999) offset += encodeBase64Into(bytes.subarray(start, start + 999), out, offset);
    expect(offset).toBe(out.length);
    expect(new TextDecoder().decode(out.subarray(2))).toBe(reference(bytes));
  });

  it('gives the same bytes with 32-bit stores (offset a multiple of 4) and 16-bit stores (offset 2)', () => {
    const bytes = bytesOf(3 * 4096 + 2, 4);
    const at0 = new Uint8Array(base64Length(bytes.length));
    const at2 = new Uint8Array(2 + base64Length(bytes.length));
    encodeBase64Into(bytes, at0, 0);
    encodeBase64Into(bytes, at2, 2);
    expect(new TextDecoder().decode(at0)).toBe(reference(bytes));
    expect(at2.subarray(2)).toEqual(at0);
  });

  it('gives the same bytes whether the input starts on a 4-byte boundary (word reads) or not', () => {
    const backing = bytesOf(12 * 1000 + 40, 8);
    for (const start of [0, 1, 2, 3, 4]) {
      for (const length of [0, 1, 11, 12, 13, 23, 24, 25, 36, 12 * 1000 + 5]) {
        const bytes = backing.subarray(start, start + length);
        const out = new Uint8Array(base64Length(length));
        encodeBase64Into(bytes, out, 0);
        expect(new TextDecoder().decode(out), `start ${start}, length ${length}`).toBe(reference(bytes));
      }
    }
  });

  it('refuses an odd offset or too small a buffer', () => {
    expect(() => encodeBase64Into(new Uint8Array(3), new Uint8Array(8), 1)).toThrow(RangeError);
    expect(() => encodeBase64Into(new Uint8Array(4), new Uint8Array(4), 0)).toThrow(RangeError);
  });
});
