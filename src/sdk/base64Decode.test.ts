import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64Fallback } from './base64Decode';
import { pseudoRandomBytes } from '../testing/pseudoRandomBytes';

const bytes = (text: string) => Array.from(new TextEncoder().encode(text));
const decoded = (result: Uint8Array | null) => (result === null ? null : Array.from(result));

const noise = (length: number) => pseudoRandomBytes(length, 2463534242);

describe.each([
  ['decodeBase64', decodeBase64],
  ['decodeBase64Fallback', decodeBase64Fallback],
])('%s', (_name, decode) => {
  it('decodes the RFC 4648 test vectors', () => {
    const plains = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'];
    expect(plains.map((plain) => decoded(decode(btoa(plain))))).toEqual(plains.map(bytes));
  });

  it('accepts input with or without padding', () => {
    expect(decoded(decode('Zm8='))).toEqual(bytes('fo'));
    expect(decoded(decode('Zm8'))).toEqual(bytes('fo'));
    expect(decoded(decode('Zg=='))).toEqual(bytes('f'));
    expect(decoded(decode('Zg'))).toEqual(bytes('f'));
  });

  it('ignores line breaks, spaces and tabs anywhere (MIME-style wrapped base64)', () => {
    expect(decoded(decode('Zm9v\r\nYmFy\n'))).toEqual(bytes('foobar'));
    expect(decoded(decode('  Zm 9v\tYm Fy  '))).toEqual(bytes('foobar'));
    expect(decoded(decode('Zg=\n='))).toEqual(bytes('f'));
  });

  it('decodes every byte value, including those that encode to + and /', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(decoded(decode(Buffer.from(all).toString('base64')))).toEqual(Array.from(all));
    expect(decoded(decode('+/+/'))).toEqual([0xfb, 0xff, 0xbf]);
  });

  it('refuses what is not base64', () => {
    for (const bad of [
      'Zm9v!', // character outside the alphabet
      'Zm9v-_', // base64url is a different alphabet
      'Zm9vYg=', // incomplete padding
      'Zg===', // too much padding
      'Z===', // padding after a single character
      '=Zm9v', // padding first
      'Zg==Zg==', // data after padding
      'Zm9vY', // a lone trailing character cannot make a byte
      'Zm9v\u00e5', // non-ASCII
      'Zm9v\u0000',
    ]) {
      expect({ input: bad, decoded: decode(bad) }).toEqual({ input: bad, decoded: null });
    }
  });

  it('gives an empty array for empty or blank input (the caller decides what empty means)', () => {
    expect(decoded(decode(''))).toEqual([]);
    expect(decoded(decode(' \n '))).toEqual([]);
  });

  it('decodes a large input (5 MB, wrapped at 76 characters) exactly like Node does', () => {
    const data = noise(5 * 1024 * 1024 + 2);
    const wrapped = Buffer.from(data).toString('base64').replace(/.{76}/g, '$&\r\n');
    const result = decode(wrapped);
    expect(result?.length).toBe(data.length);
    expect(Buffer.from(result ?? new Uint8Array()).equals(Buffer.from(data))).toBe(true);
  });
});
