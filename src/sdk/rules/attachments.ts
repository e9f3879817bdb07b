/**
 * Attachment helpers shared by the content rules and the UI's file picker (B1.3.3 §4.3.3.3).
 */
import { PDF_CONTENT_TYPE } from './limits';

/** 'Application/PDF; name=x.pdf' → 'application/pdf'. */
export function normalizeContentType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * PDF is always allowed ("Alla deltagarorganisationer ska stödja filtypen PDF"); other types
 * only when listed. List entries may be exact ('image/png'), 'image/*' or '*' + '/*'.
 */
export function isAllowedAttachmentType(contentType: string, allowed: readonly string[]): boolean {
  const type = normalizeContentType(contentType);
  if (type === '') return false;
  if (type === PDF_CONTENT_TYPE) return true;
  const major = type.split('/')[0];
  return allowed.some((entry) => {
    const e = normalizeContentType(entry);
    return e === type || e === '*/*' || (e.endsWith('/*') && e.slice(0, -2) === major);
  });
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const WHITESPACE = /[\s]/;

/**
 * RFC 4648 base64 (standard alphabet, padded). Line breaks and spaces are ignored, as in
 * xs:base64Binary. Empty input is not valid base64 content.
 */
export function isBase64(text: string): boolean {
  const compact = WHITESPACE.test(text) ? text.replace(/\s+/g, '') : text;
  return compact.length > 0 && compact.length % 4 === 0 && BASE64.test(compact);
}
