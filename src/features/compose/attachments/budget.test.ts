import { describe, expect, it } from 'vitest';
import { testMessageRequest } from '../../../../mocks/testing';
import { encodedMessageBytes } from '../../../sdk/rules/validateMessage';
import { sampleFile } from '../../../sdk/testing/sampleFiles';
import { estimateEncodedBytes } from './budget';
import type { DraftAttachment } from './types';

function attachment(name: string, size: number, contentType: string): DraftAttachment {
  const bytes = new Uint8Array(size).map((_, i) => (i * 7) & 0xff);
  return { id: name, file: sampleFile(name, bytes, contentType), fileName: name, declaredType: contentType, detectedType: contentType, contentType, size, status: 'ready' };
}

/** The request as it will really be sent: files encoded into the first document. */
async function withEncodedFiles(attachments: DraftAttachment[]) {
  const request = testMessageRequest();
  const first = request.data.attributes.digitalDocument?.[0];
  if (!first) throw new Error('fixture has a document');
  first.contentFiles = [
    ...(first.contentFiles ?? []),
    ...(await Promise.all(
      attachments.map(async (a) => ({ fileName: a.fileName, contentType: a.contentType ?? '', content: Buffer.from(await a.file.arrayBuffer()).toString('base64') })),
    )),
  ];
  return request;
}

describe('estimateEncodedBytes', () => {
  it('is exactly the encoded size of the message the engine will send (base64 overhead, names in UTF-8)', async () => {
    const files = [attachment('kallelse.pdf', 1000, 'application/pdf'), attachment('Åsa – bild ö.png', 2, 'image/png'), attachment('x.txt', 3, 'text/plain')];
    expect(estimateEncodedBytes(testMessageRequest(), files)).toBe(encodedMessageBytes(await withEncodedFiles(files)));
  });

  it('equals the plain message size without attachments', () => {
    const request = testMessageRequest();
    expect(estimateEncodedBytes(request, [])).toBe(encodedMessageBytes(request));
  });

  it('grows by ceil(n / 3) * 4 per file, plus its JSON entry', () => {
    const request = testMessageRequest();
    const one = estimateEncodedBytes(request, [attachment('a.pdf', 3, 'application/pdf')]);
    const four = estimateEncodedBytes(request, [attachment('a.pdf', 4, 'application/pdf')]);
    expect(four - one).toBe(4);
  });

  it('still gives a usable estimate for a request of unknown shape', () => {
    expect(estimateEncodedBytes({}, [attachment('a.pdf', 300, 'application/pdf')])).toBeGreaterThan(400);
  });
});
