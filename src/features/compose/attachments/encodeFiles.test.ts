/**
 * The worker's path to the request body: the file read in reused buffers (a byte stream where
 * the platform has one, else whole or in slices), encoded into ASCII bytes in a Blob, spliced
 * into the JSON. The body must be byte for byte the JSON of the request with the real base64,
 * whichever reader and encoder ran.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, describe, expect, it } from 'vitest';
import { testMessageRequest } from '../../../../mocks/testing';
import { prepareMessageBody } from '../sending/serializeBody';
import { deferContent, releaseContents } from './encodedContent';
import { encodeBlobsToBlobs, nativeBase64Writer, type Base64Writer } from './encodeFiles';
import { readChunks } from './readChunks';
import { pseudoRandomBytes } from '../../../testing/pseudoRandomBytes';

const bytesOf = pseudoRandomBytes;

const reference = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Node's Blob has a byte stream (BYOB reads); jsdom's has no stream() (the fallback). */
const blobKinds: Array<[string, (bytes: Uint8Array) => Blob]> = [
  ['a byte stream', (bytes) => new NodeBlob([bytes.slice()]) as unknown as Blob],
  ['no stream', (bytes) => new Blob([bytes.slice()])],
];

function requestWith(content: string) {
  const request = testMessageRequest({ attributes: { label: 'Åäö "citat"' } });
  const doc = request.data.attributes.digitalDocument?.[0];
  if (doc) doc.contentFiles = [{ fileName: 'a.pdf', contentType: 'application/pdf', content }];
  return request;
}

interface WithToBase64 {
  toBase64?: (this: Uint8Array) => string;
}

afterEach(() => {
  delete (Uint8Array.prototype as WithToBase64).toBase64;
});

describe('readChunks', () => {
  it.each(blobKinds)('gives every byte once, in chunks of exactly the asked size but the last (%s)', async (_, make) => {
    const chunk = 3 * 1024;
    for (const size of [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk, 3 * chunk + 7]) {
      const bytes = bytesOf(size, size + 3);
      const sizes: number[] = [];
      const seen: number[] = [];
      for await (const part of readChunks(make(bytes), chunk)) {
        sizes.push(part.byteLength);
        seen.push(...part); // copied now: the buffer is reused for a later chunk
      }
      expect(new Uint8Array(seen), `size ${size}`).toEqual(bytes);
      expect(sizes.slice(0, -1).every((n) => n === chunk), `size ${size}`).toBe(true);
    }
  });

  it('reads a byte stream into chunk-sized, aligned buffers, never the whole file at once', async () => {
    let chunks = 0;
    for await (const part of readChunks(new NodeBlob([bytesOf(30_000)]) as unknown as Blob, 3000)) {
      chunks++;
      expect(part.buffer.byteLength).toBe(3000); // the next read reuses it (transferred, so checked now)
      expect(part.byteOffset).toBe(0); // aligned: the encoder reads whole words
    }
    expect(chunks).toBe(10);
  });

  it('stops a byte-stream read cleanly when the caller stops early', async () => {
    const parts = readChunks(new NodeBlob([bytesOf(50_000)]) as unknown as Blob, 3000);
    const first = await parts.next();
    expect(first.value?.byteLength).toBe(3000);
    await parts.return(undefined); // as a cancelled encoding does: no unhandled rejection follows
    expect((await parts.next()).done).toBe(true);
  });
});

describe('encodeBlobsToBlobs and the request body', () => {
  const sizes = [0, 1, 2, 3, 11, 12, 13, 3 * 1024 - 1, 3 * 1024, 3 * 1024 + 1, 100_003];

  const writers: Array<[string, () => Base64Writer | undefined]> = [
    ['the table encoder (default)', () => undefined],
    [
      'toBase64 + encodeInto (injected where the engine has no toBase64)',
      () => {
        // Node 20 has no Uint8Array.prototype.toBase64: give it one, so the native path runs for real.
        (Uint8Array.prototype as WithToBase64).toBase64 = function (this: Uint8Array) {
          return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
        };
        const writer = nativeBase64Writer();
        if (!writer) throw new Error('toBase64 was not picked up');
        return writer;
      },
    ],
  ];

  for (const [writerName, makeWriter] of writers) {
    for (const [kind, make] of blobKinds) {
      it(`gives exactly the JSON bytes of the request with ${writerName}, from a blob with ${kind}`, async () => {
        const writer = makeWriter();
        for (const size of sizes) {
          const bytes = bytesOf(size, size + 1);
          const progress: number[] = [];
          const [encoded] = await encodeBlobsToBlobs([make(bytes)], { chunkBytes: 3 * 1024, ...(writer ? { writer } : {}), onProgress: (done) => progress.push(done) });
          if (!encoded) throw new Error('no result');
          const token = deferContent(encoded);
          const body = await prepareMessageBody(requestWith(token));
          const text = typeof body === 'string' ? body : await body.text();
          expect(text === JSON.stringify(requestWith(reference(bytes))), `size ${size}`).toBe(true);
          expect(progress.at(-1)).toBe(size);
          releaseContents([token]);
        }
      });
    }
  }

  it('stops between chunks when cancelled', async () => {
    let calls = 0;
    const pending = encodeBlobsToBlobs([new NodeBlob([bytesOf(30_000)]) as unknown as Blob], {
      chunkBytes: 3000,
      checkCancelled: () => {
        if (++calls === 3) throw new DOMException('cancelled', 'AbortError');
      },
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
