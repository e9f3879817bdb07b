/**
 * getMessageById's JSON body → OpenedMessage: documents in `index` order and every attachment
 * decoded from base64 into a Blob. Runs in the open-message worker (and in-thread in tests).
 *
 * Tolerant by design: the service's data is untrusted and may be malformed. Missing fields give
 * empty values, a file that is not base64 or has no content is kept with a `problem`, and
 * nothing here throws for a well-formed JSON object.
 */
import type { OpenedDocument, OpenedFile, OpenedMessage } from '../../sdk/openedMessage';
import { decodeBase64 } from '../../sdk/base64Decode';
import { documentsInOrder, filesOf, textBodiesOf } from '../../sdk/documents';
import type { ContentFile, DigitalDocument, MessageAttributes } from '../../sdk/model';

/**
 * Blobs are typed application/octet-stream whatever the message claims: the claimed type is
 * untrusted, and a blob: URL that a browser might render (text/html, image/svg+xml) would run
 * in the app's origin. The claimed type stays in OpenedFile.contentType for display.
 */
export const OPENED_BLOB_TYPE = 'application/octet-stream';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function toOpenedFile(file: ContentFile, key: string): OpenedFile {
  const base = { key, fileName: text(file.fileName), contentType: text(file.contentType) };
  const content = file.content as unknown;
  if (typeof content !== 'string' || content.trim() === '') return { ...base, size: 0, blob: null, problem: 'empty' };
  const bytes = decodeBase64(content);
  if (bytes === null) return { ...base, size: 0, blob: null, problem: 'not-base64' };
  if (bytes.length === 0) return { ...base, size: 0, blob: null, problem: 'empty' };
  return { ...base, size: bytes.length, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: OPENED_BLOB_TYPE }) };
}

function toOpenedDocument(doc: DigitalDocument, position: number): OpenedDocument {
  const opened: OpenedDocument = {
    documentId: text(doc.documentId),
    texts: textBodiesOf(doc),
    files: filesOf(doc).map((file, i) => toOpenedFile(file, `${position}:${i}`)),
  };
  if (typeof doc.documentName === 'string') opened.documentName = doc.documentName;
  if (typeof doc.index === 'string') opened.index = doc.index;
  return opened;
}

/**
 * `resource` is the `data` member of getMessageById's answer (a MessageResource, as far as the
 * service got it right). `requestedId` names the message when the resource has no id.
 */
export function toOpenedMessage(resource: unknown, requestedId: string): OpenedMessage {
  const record = isRecord(resource) ? resource : {};
  const attributes = isRecord(record.attributes) ? record.attributes : {};
  const { digitalDocument, ...rest } = attributes;
  return {
    id: typeof record.id === 'string' && record.id !== '' ? record.id : requestedId,
    // Whatever the service sent, field by field; readers of attributes stay defensive.
    attributes: rest as Omit<MessageAttributes, 'digitalDocument'>,
    documents: documentsInOrder(digitalDocument as DigitalDocument[] | undefined).map(toOpenedDocument),
  };
}

export class MessageBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageBodyError';
  }
}

/** The raw body bytes of getMessageById (`{ "data": MessageResource }`) → OpenedMessage. */
export function openMessageBody(body: ArrayBuffer, requestedId: string): OpenedMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new MessageBodyError('getMessageById answered with something that is not JSON');
  }
  if (!isRecord(parsed) || !isRecord(parsed.data)) {
    throw new MessageBodyError('getMessageById answered without a message (no "data" object)');
  }
  return toOpenedMessage(parsed.data, requestedId);
}
