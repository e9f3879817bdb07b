import { describe, expect, it } from 'vitest';
import { testMessageRequest } from '../../../../mocks/testing';
import { resetAllStores } from '../../../auth/resetRegistry';
import { isBase64 } from '../../../sdk/rules/attachments';
import { prepareMessageBody } from '../sending/serializeBody';
import { contentText, deferContent, deferredBlob, isDeferredContent, releaseContents } from './encodedContent';

function requestWith(content: string) {
  const request = testMessageRequest();
  const doc = request.data.attributes.digitalDocument?.[0];
  if (doc) doc.contentFiles = [{ fileName: 'a.pdf', contentType: 'application/pdf', content }];
  return request;
}

describe('deferred attachment content', () => {
  it('stands in for a Blob of base64 text, and is itself valid base64 so form checks pass', async () => {
    const token = deferContent(new Blob(['JVBERi0xLjQK']));
    expect(isDeferredContent(token)).toBe(true);
    expect(isBase64(token)).toBe(true);
    expect(await contentText(token)).toBe('JVBERi0xLjQK');
    expect(await contentText('QUJD')).toBe('QUJD');
  });

  it('is replaced by the real text in the request body', async () => {
    const token = deferContent(new Blob(['JVBERi0xLjQK']));
    const body = await prepareMessageBody(requestWith(token));
    expect(body).toBeInstanceOf(Blob);
    expect(await (body as Blob).text()).toBe(JSON.stringify(requestWith('JVBERi0xLjQK')));
  });

  it('cannot be sent once released (a loud error, never a wrong file)', async () => {
    const token = deferContent(new Blob(['QUJD']));
    releaseContents([token]);
    expect(deferredBlob(token)).toBeUndefined();
    await expect(prepareMessageBody(requestWith(token))).rejects.toThrow(/released/);
  });

  it('is cleared at sign-out', () => {
    const token = deferContent(new Blob(['QUJD']));
    resetAllStores();
    expect(isDeferredContent(token)).toBe(false);
  });
});
