/**
 * The size of the message as the service measures it: the UTF-8 bytes of the JSON request
 * (encodedMessageBytes, the same function the rules and the mock use), with every file as
 * base64 text, which grows n bytes to ceil(n / 3) * 4 characters.
 */
import { base64Length } from '../../../sdk/base64Encode';
import { encodedMessageBytes } from '../../../sdk/rules/validateMessage';
import { attachmentContentType, type DraftAttachment } from './types';

const utf8 = new TextEncoder();

/** Bytes one file adds to contentFiles: its JSON object, its base64 content and a separating comma. */
export function contentFileBytes(fileName: string, contentType: string, size: number): number {
  const entry = JSON.stringify({ fileName, contentType, content: '' });
  return utf8.encode(entry).length + base64Length(size) + 1;
}

export function attachmentBytes(attachment: DraftAttachment): number {
  return contentFileBytes(attachment.fileName, attachmentContentType(attachment), attachment.size);
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The encoded size of `request` once `attachments` are added to the first document's
 * contentFiles, without encoding anything. `request` is the message as the composer builds it
 * BEFORE encoding (files not yet in it). Exact for that layout; anything else is estimated by
 * adding each file's entry.
 */
export function estimateEncodedBytes(request: unknown, attachments: readonly DraftAttachment[]): number {
  if (attachments.length === 0) return encodedMessageBytes(request);
  const data = isObject(request) && isObject(request.data) ? request.data : null;
  const attributes = data && isObject(data.attributes) ? data.attributes : null;
  if (!isObject(request) || !data || !attributes) {
    return encodedMessageBytes(request) + attachments.reduce((sum, a) => sum + attachmentBytes(a), 0);
  }
  // Empty placeholders, so the JSON around the files (keys, brackets, commas) is counted exactly.
  const placeholders = attachments.map((a) => ({ fileName: a.fileName, contentType: attachmentContentType(a), content: '' }));
  const documents = Array.isArray(attributes.digitalDocument) ? attributes.digitalDocument : [];
  const first: unknown = documents[0];
  const firstDoc = isObject(first) ? first : {};
  const existing = Array.isArray(firstDoc.contentFiles) ? firstDoc.contentFiles : [];
  const withFiles = {
    ...request,
    data: {
      ...data,
      attributes: {
        ...attributes,
        digitalDocument: [{ ...firstDoc, contentFiles: [...existing, ...placeholders] }, ...documents.slice(1)],
      },
    },
  };
  return encodedMessageBytes(withFiles) + attachments.reduce((sum, a) => sum + base64Length(a.size), 0);
}
