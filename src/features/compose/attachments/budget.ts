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

/**
 * The encoded size of `request` when it already holds `attachments` as placeholders of
 * `placeholderLength` base64 characters each (as the composer's live checks build it): the
 * placeholders' length is replaced by the files' real base64 length. Base64 needs no JSON
 * escaping, so this is exact, and the checks need to build the request only once.
 */
export function encodedBytesWithFiles(request: unknown, attachments: readonly DraftAttachment[], placeholderLength: number): number {
  return encodedMessageBytes(request) + attachments.reduce((sum, a) => sum + base64Length(a.size) - placeholderLength, 0);
}
