import { describe, expect, it } from 'vitest';
import { MessageBodyError, OPENED_BLOB_TYPE, openMessageBody, toOpenedMessage } from './toOpenedMessage';

const b64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');
const bodyOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;
const textOf = async (blob: Blob | null) => (blob ? Buffer.from(await blob.arrayBuffer()).toString('latin1') : null);

const resource = {
  type: 'messages',
  id: 'msg-1',
  attributes: {
    messageId: 'msg-1',
    label: 'Orosanmälan',
    confidentiality: { confidential: true },
    digitalDocument: [
      { documentId: 'd3', documentName: 'Tredje', contentTextBody: ['C'] },
      {
        documentId: 'd2',
        index: '2',
        documentName: 'Bilagor',
        contentFiles: [
          { fileName: 'pm.pdf', contentType: 'application/pdf', content: b64('%PDF-1.4 test') },
          { fileName: 'bild.png', contentType: 'image/png', content: 'inte base64!' },
          { fileName: 'tom.txt', contentType: 'text/plain', content: '' },
        ],
      },
      { documentId: 'd1', index: '1', documentName: 'Brev', contentTextBody: ['# Hej', 'Andra stycket'] },
    ],
  },
};

describe('toOpenedMessage', () => {
  it('orders documents by index, those without one last, and keeps their texts', () => {
    const opened = toOpenedMessage(resource, 'requested');
    expect(opened.id).toBe('msg-1');
    expect(opened.documents.map((d) => d.documentId)).toEqual(['d1', 'd2', 'd3']);
    expect(opened.documents[0]?.texts).toEqual(['# Hej', 'Andra stycket']);
    expect(opened.documents[2]?.index).toBeUndefined();
    expect(opened.attributes.label).toBe('Orosanmälan');
    expect('digitalDocument' in opened.attributes).toBe(false);
  });

  it('decodes attachments into Blobs with their decoded size, keyed by document position and file', async () => {
    const [pdf, bad, empty] = toOpenedMessage(resource, 'x').documents[1]?.files ?? [];
    expect(pdf).toMatchObject({ key: '1:0', fileName: 'pm.pdf', contentType: 'application/pdf', size: 13 });
    expect(pdf?.problem).toBeUndefined();
    expect(await textOf(pdf?.blob ?? null)).toBe('%PDF-1.4 test');
    // The claimed type never becomes the Blob's type (a blob: URL must not render as HTML/SVG).
    expect(pdf?.blob?.type).toBe(OPENED_BLOB_TYPE);
    expect(bad).toMatchObject({ key: '1:1', size: 0, blob: null, problem: 'not-base64' });
    expect(empty).toMatchObject({ key: '1:2', size: 0, blob: null, problem: 'empty' });
  });

  it('survives missing and malformed fields', () => {
    const opened = toOpenedMessage(
      {
        attributes: {
          digitalDocument: [
            null,
            'text',
            { contentTextBody: 'not a list', contentFiles: [null, { content: 42 }, { fileName: 7, content: b64('x') }] },
          ],
        },
      },
      'requested-id',
    );
    expect(opened.id).toBe('requested-id');
    expect(opened.documents).toHaveLength(1);
    const [doc] = opened.documents;
    expect(doc).toMatchObject({ documentId: '', texts: [] });
    expect(doc?.files.map((f) => [f.fileName, f.contentType, f.size, f.problem])).toEqual([
      ['', '', 0, 'empty'],
      ['', '', 1, undefined],
    ]);
  });

  it('gives no documents for a message without digitalDocument, or with an empty one', () => {
    expect(toOpenedMessage({ id: 'a', attributes: { label: 'x' } }, 'a').documents).toEqual([]);
    expect(toOpenedMessage({ id: 'a', attributes: { digitalDocument: [] } }, 'a').documents).toEqual([]);
    expect(toOpenedMessage(null, 'a')).toEqual({ id: 'a', attributes: {}, documents: [] });
  });

  it('treats whitespace-only content as empty', () => {
    const doc = toOpenedMessage({ attributes: { digitalDocument: [{ documentId: 'd', contentFiles: [{ fileName: 'a', contentType: 'text/plain', content: ' \n ' }] }] } }, 'm').documents[0];
    expect(doc?.files[0]?.problem).toBe('empty');
  });
});

describe('openMessageBody', () => {
  it('parses the JSON body of getMessageById', () => {
    const opened = openMessageBody(bodyOf({ data: resource }), 'msg-1');
    expect(opened.documents.flatMap((d) => d.files.map((f) => f.fileName))).toEqual(['pm.pdf', 'bild.png', 'tom.txt']);
  });

  it('says clearly when the body is not JSON or has no message', () => {
    expect(() => openMessageBody(new TextEncoder().encode('<html>').buffer as ArrayBuffer, 'm')).toThrow(MessageBodyError);
    expect(() => openMessageBody(bodyOf({ errors: [] }), 'm')).toThrow(/no "data" object/);
  });
});
