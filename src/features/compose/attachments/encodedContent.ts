/**
 * Encoded attachment text kept OUTSIDE the JS heap.
 *
 * Base64 of a 25 MB file is 33 MB of text. Holding it as a JS string on the page, and turning
 * that string into request bytes, costs the main thread hundreds of milliseconds and several
 * copies on the heap. So the encoder worker writes the base64 as ASCII bytes into a Blob (the
 * browser stores it; posting a Blob passes a reference, not the bytes), and the page gets a
 * short stand-in string for contentFiles[].content. prepareMessageBody (sending) splices the
 * Blob into the request body in place of the stand-in, so the service receives the real text.
 *
 * The stand-in is valid base64 (so form checks do not trip over it) but is NOT the content:
 * only the sending engine may turn a request holding stand-ins into a body; anything else that
 * needs the text calls contentText(). Stand-ins are released when their send ends and at
 * sign-out.
 */
import { registerStoreReset } from '../../../auth/resetRegistry';

const PREFIX = 'TUtCTE9C'; // base64 of "MKBLOB": recognisable in a dump
const store = new Map<string, Blob>();

registerStoreReset(() => store.clear());

/** Registers `blob` (ASCII base64) and returns its stand-in. */
export function deferContent(blob: Blob): string {
  const token = `${PREFIX}${crypto.randomUUID().replaceAll('-', '')}`; // 8 + 32 characters: a multiple of 4
  store.set(token, blob);
  return token;
}

export function isDeferredContent(content: string): boolean {
  return content.length === 40 && content.startsWith(PREFIX) && store.has(content);
}

/** The Blob behind a stand-in, or undefined for real text (or a released stand-in). */
export function deferredBlob(content: string): Blob | undefined {
  return content.length === 40 && content.startsWith(PREFIX) ? store.get(content) : undefined;
}

/** True for a string that looks like a stand-in but whose Blob is gone: sending it would send garbage. */
export function isReleasedContent(content: string): boolean {
  return content.length === 40 && content.startsWith(PREFIX) && /^[0-9a-f]{32}$/.test(content.slice(PREFIX.length)) && !store.has(content);
}

/** The base64 text, whether real or deferred (reads the Blob: for checks and tests, not for sending). */
export async function contentText(content: string): Promise<string> {
  const blob = deferredBlob(content);
  return blob ? blob.text() : content;
}

/** Frees the Blobs behind `contents` (their send has ended; a new send encodes again). */
export function releaseContents(contents: Iterable<string>): void {
  for (const content of contents) if (content.startsWith(PREFIX)) store.delete(content);
}
