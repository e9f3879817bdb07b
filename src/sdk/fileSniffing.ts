/**
 * What a file really is, from its bytes, compared with what its name and the browser claim.
 *
 * A file's name and the browser's `File.type` (itself guessed from the name) are easy to get
 * wrong: a scan saved as "intyg.png" that is really a PDF, an .exe renamed .pdf. The recipient
 * checks the content type against the content (B1.3.3 rejection "Filtyp … stöds ej"), so the
 * client looks at the first bytes with `file-type` (magic numbers; the browser-safe core
 * entry) and a plain-text heuristic, and says so before sending.
 */
import { fileTypeFromBuffer } from 'file-type/core';
import { normalizeContentType } from './rules/attachments';

/** Enough for every signature file-type knows, including the first entries of Office zips. */
export const SNIFF_BYTES = 64 * 1024;

export const OCTET_STREAM = 'application/octet-stream';

/** File name extension → the content type it stands for. Lower case, without the dot. */
const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  gif: 'image/gif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
  bmp: 'image/bmp',
  heic: 'image/heic',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  text: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  xml: 'application/xml',
  json: 'application/json',
  rtf: 'application/rtf',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  msg: 'application/vnd.ms-outlook',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  zip: 'application/zip',
  '7z': 'application/x-7z-compressed',
  rar: 'application/x-rar-compressed',
  gz: 'application/gzip',
  exe: 'application/x-msdownload',
  dll: 'application/x-msdownload',
  msi: 'application/x-msi',
  eml: 'message/rfc822',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
};

/** Other spellings of the same type. */
const ALIASES: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
  'image/x-png': 'image/png',
  'text/xml': 'application/xml',
  'application/x-zip-compressed': 'application/zip',
  'application/x-msdos-program': 'application/x-msdownload',
  'application/x-dosexec': 'application/x-msdownload',
  'application/vnd.microsoft.portable-executable': 'application/x-msdownload',
};

/** Containers file-type may report for formats built on them (Office Open XML, OpenDocument, old Office). */
const CONTAINER_OF: Readonly<Record<string, readonly string[]>> = {
  'application/zip': [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation',
  ],
  'application/x-cfb': ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint', 'application/vnd.ms-outlook', 'application/x-msi'],
};

/** Types whose content is plain text, so the text heuristic cannot tell them apart. */
const TEXT_TYPES = new Set(['text/plain', 'text/csv', 'text/markdown', 'text/html', 'application/xml', 'application/json', 'image/svg+xml', 'application/rtf']);

export function canonicalType(contentType: string): string {
  const type = normalizeContentType(contentType);
  return ALIASES[type] ?? type;
}

/** 'Kallelse.PDF' → 'pdf'; '' when the name has no extension. */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The type a file name's extension stands for, or null when unknown. */
export function typeFromFileName(fileName: string): string | null {
  return EXTENSION_TYPES[fileExtension(fileName)] ?? null;
}

/** Whether two types name the same format, allowing for containers and for text formats the bytes cannot separate. */
export function sameFormat(detected: string, claimed: string): boolean {
  const a = canonicalType(detected);
  const b = canonicalType(claimed);
  if (a === b) return true;
  if (CONTAINER_OF[a]?.includes(b)) return true;
  return TEXT_TYPES.has(a) && TEXT_TYPES.has(b);
}

/**
 * Plain text: no NUL and (almost) no other control characters in the sample. UTF-8 and the
 * single-byte Swedish encodings (ISO 8859-1, Windows-1252) both pass; every binary format
 * file-type does not know has NULs or control bytes within its first kilobytes.
 */
export function looksLikePlainText(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) return false;
    // TAB LF VT FF CR and ESC occur in real text files; other C0 controls and DEL do not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) suspicious++;
  }
  return suspicious <= sample.length / 1000;
}

export interface SniffedType {
  /** Canonical MIME type found in the bytes. */
  mime: string;
  /** How it was found: a known signature, or the plain-text heuristic. */
  by: 'signature' | 'text';
}

/** The type found in a file's first bytes (pass at least SNIFF_BYTES when the file is larger), or null. */
export async function sniffFileType(head: Uint8Array): Promise<SniffedType | null> {
  if (head.length === 0) return null;
  // A copy in this realm: file-type checks `instanceof Uint8Array`, which fails for arrays made
  // by another realm's TextEncoder or FileReader (jsdom in tests). At most SNIFF_BYTES, so cheap.
  const found = await fileTypeFromBuffer(new Uint8Array(head)).catch(() => undefined);
  if (found) return { mime: canonicalType(found.mime), by: 'signature' };
  return looksLikePlainText(head) ? { mime: 'text/plain', by: 'text' } : null;
}

export type TypeMismatch =
  /** The name's extension says one format, the bytes another. */
  | { kind: 'extension'; extension: string; claimed: string; detected: string }
  /** The name has no telling extension, but the browser's declared type differs from the bytes. */
  | { kind: 'declared'; claimed: string; detected: string }
  /** The name claims a binary format the bytes do not show at all. */
  | { kind: 'unrecognised'; extension: string; claimed: string };

export interface ResolvedType {
  /** The type to send as contentType: what the bytes show, else what the name/browser claims. */
  contentType: string;
  /** The type found in the bytes (canonical), or null. */
  detectedType: string | null;
  /** The type the name or browser claims (canonical), or null when neither says anything. */
  claimedType: string | null;
  mismatch: TypeMismatch | null;
}

/**
 * Decides which type a file is sent as and whether the user must be warned. The bytes win:
 * the recipient checks the content, not the name. Where the bytes only show a container or
 * plain text and the name is a compatible, more specific format (.docx in a zip, .csv as
 * text), the name's type is kept.
 */
export function resolveFileType(fileName: string, declaredType: string, sniffed: SniffedType | null): ResolvedType {
  const extension = fileExtension(fileName);
  const byName = typeFromFileName(fileName);
  const declared = declaredType.trim() === '' ? null : canonicalType(declaredType);
  const usefulDeclared = declared === OCTET_STREAM ? null : declared;
  const claimed = byName ?? usefulDeclared;
  const detected = sniffed?.mime ?? null;

  if (detected === null) {
    const mismatch: TypeMismatch | null =
      byName !== null && !TEXT_TYPES.has(byName) ? { kind: 'unrecognised', extension, claimed: byName } : null;
    return { contentType: claimed ?? OCTET_STREAM, detectedType: null, claimedType: claimed, mismatch };
  }

  if (byName !== null) {
    if (sameFormat(detected, byName)) return { contentType: byName, detectedType: detected, claimedType: byName, mismatch: null };
    return { contentType: detected, detectedType: detected, claimedType: byName, mismatch: { kind: 'extension', extension, claimed: byName, detected } };
  }
  if (usefulDeclared !== null && !sameFormat(detected, usefulDeclared)) {
    return { contentType: detected, detectedType: detected, claimedType: usefulDeclared, mismatch: { kind: 'declared', claimed: usefulDeclared, detected } };
  }
  const contentType = usefulDeclared !== null && sameFormat(detected, usefulDeclared) ? usefulDeclared : detected;
  return { contentType, detectedType: detected, claimedType: usefulDeclared, mismatch: null };
}
