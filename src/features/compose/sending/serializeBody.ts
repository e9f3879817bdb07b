/**
 * The request body of sendMessage. A message may carry ~40 MB of base64 text; turning that into
 * the body in one go (JSON.stringify, or a Blob of one huge string) blocks the main thread for
 * hundreds of milliseconds and copies it once more on the heap. Base64 never needs JSON
 * escaping, so large contents are left out of the JSON text and added as Blob parts of about
 * 1 MB each, one per task: the page stays responsive and the browser holds the bytes outside
 * the JS heap. Contents that are stand-ins for encoder Blobs (attachments/encodedContent.ts)
 * are spliced in as those Blobs, with no conversion at all. The body is built once per
 * message and reused by every retry.
 */
import type { CreateMessageRequest } from '../../../sdk/model';
import { deferredBlob, isReleasedContent } from '../attachments/encodedContent';

/** Below this much attachment text a plain JSON string is simpler and just as fast. */
export const BLOB_BODY_THRESHOLD = 1024 * 1024;
const SLICE_CHARS = 1024 * 1024;

export interface BodyOptions {
  threshold?: number;
  sliceChars?: number;
  /** Awaited between slices (default: a 0 ms timer, so other tasks can run). */
  between?(): Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function contentsOf(request: CreateMessageRequest): string[] {
  const out: string[] = [];
  for (const document of request.data.attributes.digitalDocument ?? []) {
    for (const file of document.contentFiles ?? []) if (typeof file.content === 'string') out.push(file.content);
  }
  return out;
}

function isContentFile(holder: unknown): boolean {
  return typeof holder === 'object' && holder !== null && 'fileName' in holder && 'contentType' in holder;
}

/** The JSON text as a string, or as a Blob with the large contents added in slices. Same bytes either way. */
export async function prepareMessageBody(request: CreateMessageRequest, options: BodyOptions = {}): Promise<string | Blob> {
  const threshold = options.threshold ?? BLOB_BODY_THRESHOLD;
  const contents = contentsOf(request);
  const released = contents.find(isReleasedContent);
  if (released !== undefined) throw new Error('An attachment was encoded for an earlier send and has been released; encode it again.');
  const deferred = contents.some((c) => deferredBlob(c) !== undefined);
  const total = contents.reduce((sum, c) => sum + c.length, 0);
  if (!deferred && (total < threshold || typeof Blob === 'undefined')) return JSON.stringify(request);

  // A marker that cannot occur in the JSON text: JSON.stringify escapes NUL, so it appears
  // only where the replacer put it.
  const marker = `\u0000mk-content-${Math.random().toString(36).slice(2)}\u0000`;
  const spliced: Array<string | Blob> = [];
  const json = JSON.stringify(request, function (this: unknown, key, value: unknown) {
    if (key !== 'content' || typeof value !== 'string' || !isContentFile(this)) return value;
    const blob = deferredBlob(value);
    if (blob || value.length >= 1024) {
      spliced.push(blob ?? value);
      return marker;
    }
    return value;
  });
  const pieces = json.split(JSON.stringify(marker));
  const sliceChars = options.sliceChars ?? SLICE_CHARS;
  const between = options.between ?? nextTask;
  const parts: BlobPart[] = [];
  for (const [i, piece] of pieces.entries()) {
    parts.push(piece);
    const content = spliced[i];
    if (content === undefined) continue;
    parts.push('"');
    if (typeof content !== 'string') parts.push(content); // by reference: no bytes are copied here
    else {
      for (let start = 0; start < content.length; start += sliceChars) {
        // Each slice becomes bytes in its own short task.
        parts.push(new Blob([content.slice(start, start + sliceChars)]));
        await between();
      }
    }
    parts.push('"');
  }
  return new Blob(parts, { type: 'application/json' });
}
