/**
 * Reading a polled JSON answer without parsing it again when nothing changed.
 *
 * A polled list is large (a 10 000-message mailbox answers with ~9 MB of JSON) and almost always
 * the same as last time. Parsing it is one long main-thread task (~50–100 ms), and TanStack
 * Query's structural sharing then walks the whole result once more: the page stutters every
 * poll, e.g. while the user scrolls. So the body's SHA-256 — computed by the browser's crypto,
 * off the main thread — is compared with that of the value the cache holds, and an unchanged
 * answer gives back that very value: no parse, and the same reference, so nothing re-renders.
 */

/** Digest of the body each value was read from. Weak: forgotten with the cached value. */
const digests = new WeakMap<object, string>();

async function digestOf(body: ArrayBuffer): Promise<string | undefined> {
  // crypto.subtle exists in secure contexts only (https, localhost); without it, always parse.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    const hash = new Uint8Array(await subtle.digest('SHA-256', body));
    return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/**
 * `pick(JSON.parse(body))`, or `previous` itself when `previous` was read by this function from
 * a body with the same bytes. Throws like JSON.parse on a body that is not JSON.
 */
export async function readUnlessUnchanged(body: ArrayBuffer, previous: unknown, pick: (json: unknown) => unknown): Promise<unknown> {
  const digest = await digestOf(body);
  if (digest !== undefined && typeof previous === 'object' && previous !== null && digests.get(previous) === digest) return previous;
  const value = pick(JSON.parse(new TextDecoder().decode(body)));
  if (digest !== undefined && typeof value === 'object' && value !== null) digests.set(value, digest);
  return value;
}
