/**
 * Defensive readers for data from the service, which may be malformed: a value is used only if
 * it has the expected shape, else undefined (and the caller shows a note or a fallback).
 */

/** A string with something in it; blank or non-strings read as missing. */
export function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A plain object (not null, not an array). */
export function readRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
