/**
 * Where a user's read message ids are kept: localStorage under a key derived from the user's
 * subject by SHA-256, so the key does not show in plain text who uses this browser
 * (docs/decisions/0006-read-state.md).
 */
export const READ_STATE_KEY_PREFIX = 'sdk-mk-read:';

/** Separates this use of the hash from any other hash of the same subject. */
const HASH_CONTEXT = 'sdk-mk read-state v1\n';

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function readStateStorageKey(subject: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(HASH_CONTEXT + subject));
  return READ_STATE_KEY_PREFIX + toHex(digest);
}
