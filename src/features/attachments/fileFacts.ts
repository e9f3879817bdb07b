/** What the attachment list says about a file: its kind and a readable type (sizes: formatByteSize in src/i18n/format.ts). */
import type { TFunction } from 'i18next';
import { normalizeContentType } from '../../sdk/rules/attachments';
import { isolate } from '../../i18n/bidi';

export type PreviewKind = 'pdf' | 'image';

/** Raster formats every current browser shows in <img>. (SVG is offered as a download only.) */
const PREVIEWABLE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/avif']);

/** How a file can be previewed, judged by its declared type; null when only download is offered. */
export function previewKind(contentType: string): PreviewKind | null {
  const type = normalizeContentType(contentType);
  if (type === 'application/pdf') return 'pdf';
  if (PREVIEWABLE_IMAGES.has(type)) return 'image';
  return null;
}

/** 'application/pdf' → 'PDF-dokument', 'image/png' → 'PNG-bild'; other types as sent. */
export function fileTypeLabel(contentType: string, t: TFunction<'attachments'>): string {
  const type = normalizeContentType(contentType);
  if (type === '') return t('type.unknown');
  if (type === 'application/pdf') return t('type.pdf');
  if (type.startsWith('image/')) {
    const format = type.slice('image/'.length).replace(/^x-/, '').replace(/\+.*$/, '');
    return t('type.image', { format: isolate(format === 'jpeg' ? 'JPEG' : format.toUpperCase()) });
  }
  if (type === 'text/plain') return t('type.text');
  return type;
}
