/**
 * The encoding path without a Worker (jsdom has none): the same loop the worker runs, through
 * the same public function the composer calls.
 */
import { describe, expect, it } from 'vitest';
import { sampleFile } from '../../../sdk/testing/sampleFiles';
import { encodeAttachments, encodeFiles } from './encodeAttachments';
import { encodeBlobs } from './encodeFiles';
import type { DraftAttachment } from './types';

function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(Math.random() * 256);
  return out;
}

const reference = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function draft(name: string, bytes: Uint8Array, contentType: string, extra: Partial<DraftAttachment> = {}): DraftAttachment {
  return { id: name, file: sampleFile(name, bytes, contentType), fileName: name, declaredType: contentType, detectedType: contentType, contentType, size: bytes.length, status: 'ready', ...extra };
}

describe('encodeBlobs (the worker’s loop)', () => {
  it('equals Node’s base64 for many sizes and slice sizes, with the portable encoder', async () => {
    const sizes = [0, 1, 2, 3, 4, 5, 6, 7, 299, 300, 301, 4095, 65_536, 100_003];
    for (const size of sizes) {
      const bytes = randomBytes(size);
      for (const chunkBytes of [3, 30, 3 * 1024]) {
        const [encoded] = await encodeBlobs([new Blob([bytes.slice()])], { chunkBytes, useNative: false });
        expect(encoded, `size ${size}, slices of ${chunkBytes}`).toBe(reference(bytes));
      }
    }
  });

  it('encodes a 3 MB file across slice boundaries exactly', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 1);
    const [encoded] = await encodeBlobs([new Blob([bytes.slice()])], { chunkBytes: 3 * 256 * 1024, useNative: false });
    expect(encoded === reference(bytes)).toBe(true);
  });

  it('refuses slice sizes that would put padding in the middle', async () => {
    await expect(encodeBlobs([new Blob(['abcd'])], { chunkBytes: 4 })).rejects.toThrow(RangeError);
  });
});

describe('encodeAttachments', () => {
  it('returns contentFiles in order with the checked content type, reporting byte progress', async () => {
    const pdf = randomBytes(2_000_000);
    const png = randomBytes(10);
    const progress: Array<[number, number]> = [];
    const files = await encodeAttachments(
      [draft('a.pdf', pdf, 'application/pdf'), draft('b.png', png, 'image/png', { contentType: undefined, detectedType: 'image/png' })],
      (done, total) => progress.push([done, total]),
      new AbortController().signal,
    );
    expect(files.map((f) => [f.fileName, f.contentType])).toEqual([
      ['a.pdf', 'application/pdf'],
      ['b.png', 'image/png'],
    ]);
    expect(files[0]?.content === reference(pdf)).toBe(true);
    expect(files[1]?.content).toBe(reference(png));
    expect(progress[0]).toEqual([0, 2_000_010]);
    expect(progress.at(-1)).toEqual([2_000_010, 2_000_010]);
    expect(progress.length).toBeGreaterThan(3); // several slices: a moving bar, not a jump
    expect(progress.every(([done], i) => i === 0 || done >= (progress[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('does not encode an attachment that already carries base64', async () => {
    const files = await encodeAttachments([draft('a.pdf', randomBytes(10), 'application/pdf', { base64: 'QUJD', status: 'encoded' })], () => undefined, new AbortController().signal);
    expect(files[0]?.content).toBe('QUJD');
  });

  it('stops when cancelled, rejecting with an AbortError', async () => {
    const controller = new AbortController();
    const pending = encodeFiles(
      [new Blob([randomBytes(4_000_000).slice()])],
      (done) => {
        if (done > 0) controller.abort();
      },
      controller.signal,
      { mode: 'main-thread' },
    );
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects at once when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(encodeFiles([new Blob(['x'])], () => undefined, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
