/**
 * A file name that is safe to hand to the browser's download (and later to a file system),
 * made from the untrusted fileName and contentType of an attachment.
 *
 * What it protects against: path traversal ("../../x", "a\\b"), control characters, names that
 * look different from what they are (bidi overrides such as "\u202Egpj.exe" shown as "exe.jpg",
 * invisible marks), hidden files (leading dots), Windows device names (CON, NUL, COM1 …),
 * trailing dots and spaces (Windows drops them, changing the extension), characters Windows
 * forbids, and names too long for file systems. The extension is kept when it fits the content
 * type, else one matching the type is added; when nothing usable is left the name is "bilaga".
 */
import { normalizeContentType } from './rules/attachments';

export const FALLBACK_FILE_NAME = 'bilaga';
/** Most file systems allow 255 bytes per name; leave room for "(1)" suffixes browsers add. */
export const MAX_FILE_NAME_LENGTH = 120;

/** Extensions for the content types attachments usually have (first one is the preferred). */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/tiff': ['tif', 'tiff'],
  'image/bmp': ['bmp'],
  'image/svg+xml': ['svg'],
  'text/plain': ['txt', 'text'],
  'text/csv': ['csv'],
  'text/xml': ['xml'],
  'application/xml': ['xml'],
  'application/json': ['json'],
  'application/zip': ['zip'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
};

// C0 and C1 controls, DEL.
// oxlint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidi embeddings/overrides/isolates and marks, zero-width and other invisible format characters,
// BOM, and the Unicode "tag" and variation-selector ranges' lookalikes that render as nothing.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u206f\u00ad\u061c\u180e\ufeff\ufff9-\ufffb]|\u034f/g;
// Path separators and characters Windows forbids in names; look-alike slashes (fraction and
// division slash, fullwidth solidus/reverse solidus) would read as folders.
const FORBIDDEN = /[/\\:*?"<>|\u2044\u2215\u29f8\u29f9\uff0f\uff3c]/g;
// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (with superscript digits too), with or without extension.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .replace(/\.{2,}/g, '.') // no '..' left to read as "parent folder"
    .replace(/_{2,}/g, '_')
    .replace(/\s+/g, ' ');
}

/** Leading dots make hidden files; trailing dots and spaces vanish on Windows (changing the type). */
function trimEdges(text: string): string {
  return text.replace(/^[.\s_]+/, '').replace(/[.\s_]+$/, '');
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair (emoji stay whole). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

export function safeFileName(name: unknown, contentType: unknown = ''): string {
  const known = EXTENSIONS[normalizeContentType(typeof contentType === 'string' ? contentType : '')];

  let base = clean(typeof name === 'string' ? name : '').trim();
  const dot = base.lastIndexOf('.');
  // Only a short alphanumeric tail counts as an extension ("beslut v2.0 slutlig" has none).
  let extension = dot >= 0 && /^[a-z0-9]{1,10}$/i.test(base.slice(dot + 1)) ? base.slice(dot + 1).toLowerCase() : '';
  if (extension) base = base.slice(0, dot);
  // What was a folder path reads as one name: "a/../b" → "a_b".
  base = trimEdges(base.replace(/[_.]*_[_.]*/g, '_'));
  if (known && !known.includes(extension)) {
    // The name's extension does not match what the file is: keep it readable in the name and
    // end with the type's own extension, so the file opens with the program for what it is.
    if (extension) base = base ? `${base}_${extension}` : extension;
    extension = known[0] ?? '';
  }

  const suffix = extension ? `.${extension}` : '';
  base = trimEdges(cut(base, MAX_FILE_NAME_LENGTH - suffix.length - 1));
  if (base === '') base = FALLBACK_FILE_NAME;
  else if (RESERVED.test(base.split('.')[0]?.trim() ?? '')) base = `_${base}`;
  return `${base}${suffix}`;
}

/**
 * A file name as the UI shows it: the text as sent, minus control characters and bidi/invisible
 * formatting, so "\u202Egpj.exe" reads as the "gpj.exe" it is and not as "exe.jpg".
 */
export function displayFileName(name: unknown): string {
  return typeof name === 'string' ? name.replace(CONTROL, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() : '';
}
