import { describe, expect, it } from 'vitest';
import { testMessageRequest } from '../../../../mocks/testing';
import { encodedMessageBytes } from '../../../sdk/rules/validateMessage';
import { sampleFile } from '../../../sdk/testing/sampleFiles';
import { encodedBytesWithFiles } from './budget';
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

describe('encodedBytesWithFiles', () => {
  it('is exactly the encoded size once the placeholders are replaced by the real files', async () => {
    const files = [attachment('kallelse.pdf', 1000, 'application/pdf'), attachment('Åsa – bild ö.png', 2, 'image/png')];
    const withPlaceholders = testMessageRequest();
    const first = withPlaceholders.data.attributes.digitalDocument?.[0];
    if (!first) throw new Error('fixture has a document');
    first.contentFiles = [...(first.contentFiles ?? []), ...files.map((a) => ({ fileName: a.fileName, contentType: a.contentType ?? '', content: 'AAAA' }))];
    expect(encodedBytesWithFiles(withPlaceholders, files, 4)).toBe(encodedMessageBytes(await withEncodedFiles(files)));
  });

  it('equals the plain message size without attachments', () => {
    const request = testMessageRequest();
    expect(encodedBytesWithFiles(request, [], 4)).toBe(encodedMessageBytes(request));
  });

  it('grows by ceil(n / 3) * 4 per file', () => {
    const request = testMessageRequest();
    const one = encodedBytesWithFiles(request, [attachment('a.pdf', 3, 'application/pdf')], 4);
    const four = encodedBytesWithFiles(request, [attachment('a.pdf', 4, 'application/pdf')], 4);
    expect(four - one).toBe(4);
  });
});
