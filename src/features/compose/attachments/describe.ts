/**
 * Words for file types, refusals and warnings, in the user's language. Kept apart from
 * the components so the exact sentences can be tested.
 */
import type { TFunction } from 'i18next';
import { canonicalType, type TypeMismatch } from '../../../sdk/fileSniffing';
import { normalizeContentType } from '../../../sdk/rules/attachments';
import { PDF_CONTENT_TYPE } from '../../../sdk/rules/limits';
import { formatByteSize, formatMegabytes } from '../../../i18n/format';
import { isolate } from '../../../i18n/bidi';

type TypeKey =
  | 'pdf' | 'png' | 'jpeg' | 'gif' | 'tiff' | 'webp' | 'text' | 'csv' | 'xml' | 'html'
  | 'word' | 'excel' | 'opendocument' | 'zip' | 'exe' | 'imageAny' | 'textAny' | 'any';

const TYPE_KEYS: Readonly<Record<string, TypeKey>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'image/tiff': 'tiff',
  'image/webp': 'webp',
  'text/plain': 'text',
  'text/csv': 'csv',
  'application/xml': 'xml',
  'text/html': 'html',
  'application/msword': 'word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/vnd.ms-excel': 'excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'excel',
  'application/vnd.oasis.opendocument.text': 'opendocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'opendocument',
  'application/zip': 'zip',
  'application/x-msdownload': 'exe',
  'image/*': 'imageAny',
  'text/*': 'textAny',
  '*/*': 'any',
};

function keyOf(mime: string): TypeKey | null {
  const raw = normalizeContentType(mime);
  return TYPE_KEYS[raw] ?? TYPE_KEYS[canonicalType(raw)] ?? null;
}

/** "PNG-bild"; an unknown type by its MIME name. */
export function typeName(t: TFunction<'compose', 'attachments'>, mime: string | null): string {
  if (mime === null || mime === '') return t('types.unknown.name');
  const key = keyOf(mime);
  return key ? t(`types.${key}.name`) : t('types.other.name', { mime: isolate(normalizeContentType(mime)) });
}

/** "en PNG-bild" (as in "ser ut som en PNG-bild"). */
export function typeIndefinite(t: TFunction<'compose', 'attachments'>, mime: string | null): string {
  if (mime === null || mime === '') return t('types.unknown.indefinite');
  const key = keyOf(mime);
  return key ? t(`types.${key}.indefinite`) : t('types.other.indefinite', { mime: isolate(normalizeContentType(mime)) });
}

/** "PDF, PNG-bild, JPEG-bild, text (TXT)": PDF first (always allowed), then the configured types, once each. */
export function allowedTypesText(t: TFunction<'compose', 'attachments'>, allowed: readonly string[]): string {
  const names: string[] = [];
  for (const mime of [PDF_CONTENT_TYPE, ...allowed]) {
    const name = typeName(t, mime);
    if (!names.includes(name)) names.push(name);
  }
  return names.join(', ');
}

export type Refusal =
  | { kind: 'empty'; fileName: string }
  | { kind: 'type'; fileName: string; detectedType: string }
  | { kind: 'too-big'; fileName: string; size: number; totalBytes: number; maxBytes: number }
  | { kind: 'duplicate'; fileName: string }
  | { kind: 'unreadable'; fileName: string };

export function refusalText(t: TFunction<'compose', 'attachments'>, language: string, refusal: Refusal, allowed: readonly string[]): string {
  const name = isolate(refusal.fileName);
  switch (refusal.kind) {
    case 'empty':
      return t('refused.empty', { name });
    case 'type':
      return t('refused.type', { name, type: typeIndefinite(t, refusal.detectedType), allowed: allowedTypesText(t, allowed) });
    case 'too-big':
      return t('refused.tooBig', {
        name,
        size: formatByteSize(refusal.size, language),
        total: formatMegabytes(refusal.totalBytes, language),
        over: formatByteSize(refusal.totalBytes - refusal.maxBytes, language),
        max: formatMegabytes(refusal.maxBytes, language),
      });
    case 'duplicate':
      return t('refused.duplicate', { name });
    case 'unreadable':
      return t('refused.unreadable', { name });
  }
}

export function warningText(t: TFunction<'compose', 'attachments'>, mismatch: TypeMismatch): string {
  switch (mismatch.kind) {
    case 'extension':
      return t('warning.extension', {
        extension: isolate(mismatch.extension),
        detected: typeIndefinite(t, mismatch.detected),
        detectedName: typeName(t, mismatch.detected),
      });
    case 'declared':
      return t('warning.declared', {
        claimed: typeName(t, mismatch.claimed),
        detected: typeIndefinite(t, mismatch.detected),
        detectedName: typeName(t, mismatch.detected),
      });
    case 'unrecognised':
      return t('warning.unrecognised', { extension: isolate(mismatch.extension), claimed: typeIndefinite(t, mismatch.claimed) });
  }
}
