/**
 * Checks a batch of files before they join the message: empty files, duplicates and the size
 * budget at once (sizes are known), then each file's real type from its first bytes.
 */
import { OCTET_STREAM, canonicalType, resolveFileType, SNIFF_BYTES, sniffFileType, typeFromFileName, type TypeMismatch } from '../../../sdk/fileSniffing';
import { isAllowedAttachmentType } from '../../../sdk/rules/attachments';
import { attachmentBytes, contentFileBytes } from './budget';
import type { Refusal } from './describe';
import type { DraftAttachment } from './types';

/** What the browser or the name says the file is, before looking at the bytes. */
export function declaredTypeOf(file: File): string {
  const declared = file.type.trim() === '' ? null : canonicalType(file.type);
  return declared && declared !== OCTET_STREAM ? declared : (typeFromFileName(file.name) ?? declared ?? OCTET_STREAM);
}

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

export interface AdditionPlan {
  /** New attachments in status 'checking', in the order given. */
  accepted: DraftAttachment[];
  refusals: Refusal[];
}

/**
 * Which files may join: not empty, not already attached, and the message stays within
 * `maxBytes` (files are taken in order; a file that does not fit is refused, later smaller
 * ones may still fit). `usedBytes` is the encoded size of the message with `existing`.
 */
export function planAdditions(
  files: readonly File[],
  existing: readonly DraftAttachment[],
  budget: { usedBytes: number; maxBytes: number },
  newId: () => string,
): AdditionPlan {
  const accepted: DraftAttachment[] = [];
  const refusals: Refusal[] = [];
  let total = budget.usedBytes;
  for (const file of files) {
    const fileName = file.name;
    if (file.size === 0) {
      refusals.push({ kind: 'empty', fileName });
      continue;
    }
    if ([...existing, ...accepted].some((a) => sameFile(a.file, file))) {
      refusals.push({ kind: 'duplicate', fileName });
      continue;
    }
    const declaredType = declaredTypeOf(file);
    const bytes = contentFileBytes(fileName, declaredType, file.size);
    if (total + bytes > budget.maxBytes) {
      refusals.push({ kind: 'too-big', fileName, size: file.size, totalBytes: total + bytes, maxBytes: budget.maxBytes });
      continue;
    }
    total += bytes;
    accepted.push({ id: newId(), file, fileName, declaredType, detectedType: null, size: file.size, status: 'checking' });
  }
  return { accepted, refusals };
}

export type Inspection =
  | { attachment: DraftAttachment; mismatch: TypeMismatch | null; refusal?: never }
  | { attachment?: never; mismatch?: never; refusal: Refusal };

/**
 * Reads the first bytes and decides the type it is sent as. Refused when that type is not
 * allowed (PDF always is). A name/content mismatch is returned for the caller to word.
 */
export async function inspectAttachment(attachment: DraftAttachment, allowedTypes: readonly string[]): Promise<Inspection> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await attachment.file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    return { refusal: { kind: 'unreadable', fileName: attachment.fileName } };
  }
  const resolved = resolveFileType(attachment.fileName, attachment.file.type, await sniffFileType(head));
  if (!isAllowedAttachmentType(resolved.contentType, allowedTypes)) {
    return { refusal: { kind: 'type', fileName: attachment.fileName, detectedType: resolved.contentType } };
  }
  return {
    attachment: { ...attachment, detectedType: resolved.detectedType, contentType: resolved.contentType, status: 'ready' },
    mismatch: resolved.mismatch,
  };
}

/** Sum of the bytes `attachments` add to a message. */
export function attachmentsBytes(attachments: readonly DraftAttachment[]): number {
  return attachments.reduce((sum, a) => sum + attachmentBytes(a), 0);
}
