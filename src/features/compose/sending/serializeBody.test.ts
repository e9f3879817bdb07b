import { describe, expect, it } from 'vitest';
import { testMessageRequest } from '../../../../mocks/testing';
import { prepareMessageBody } from './serializeBody';

function withFiles(contents: string[]) {
  const request = testMessageRequest({ attributes: { label: 'Åäö "citat" \\ och \u0001' } });
  const doc = request.data.attributes.digitalDocument?.[0];
  if (doc) doc.contentFiles = contents.map((content, i) => ({ fileName: `f${i}.pdf`, contentType: 'application/pdf', content }));
  return request;
}

describe('prepareMessageBody', () => {
  it('gives plain JSON for small messages', async () => {
    const request = withFiles(['QUJD']);
    expect(await prepareMessageBody(request)).toBe(JSON.stringify(request));
  });

  it('gives a Blob with exactly the JSON bytes when the contents are large', async () => {
    const big = 'A'.repeat(5000);
    const request = withFiles([big, 'QUJD', `${big}B`]);
    let steps = 0;
    const body = await prepareMessageBody(request, { threshold: 1000, sliceChars: 1024, between: async () => void steps++ });
    expect(steps).toBe(5 + 5); // each large content in slices of 1024 characters, one step each
    expect(body).toBeInstanceOf(Blob);
    expect(await (body as Blob).text()).toBe(JSON.stringify(request));
  });
});
