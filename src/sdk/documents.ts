/**
 * Reading a whole message's content (documents, text bodies, attachments) defensively: a
 * service may send documents without index or files without content, and the rest must still
 * show (B1.3.3: documents are presented in `index` order, "1" first).
 */
import type { ContentFile, DigitalDocument } from './model';

function indexOf(doc: DigitalDocument): number {
  const n = typeof doc.index === 'string' && doc.index.trim() !== '' ? Number(doc.index.trim()) : Number.NaN;
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
}

/** Documents in presentation order: by `index` ("1" first); those without one last, as received. */
export function documentsInOrder(documents: readonly DigitalDocument[] | undefined | null): DigitalDocument[] {
  if (!Array.isArray(documents)) return [];
  return documents
    .filter((doc): doc is DigitalDocument => typeof doc === 'object' && doc !== null)
    .map((doc, position) => ({ doc, position }))
    .sort((a, b) => indexOf(a.doc) - indexOf(b.doc) || a.position - b.position)
    .map(({ doc }) => doc);
}

/** The text bodies of a document (strings only). */
export function textBodiesOf(doc: DigitalDocument): string[] {
  return Array.isArray(doc.contentTextBody) ? doc.contentTextBody.filter((t): t is string => typeof t === 'string') : [];
}

/** The attachments of a document (objects only; their fields may still be missing). */
export function filesOf(doc: DigitalDocument): ContentFile[] {
  return Array.isArray(doc.contentFiles)
    ? doc.contentFiles.filter((f): f is ContentFile => typeof f === 'object' && f !== null)
    : [];
}

/** Size in bytes of base64 content once decoded, without decoding it; undefined if not a string. */
export function decodedSize(base64: unknown): number | undefined {
  if (typeof base64 !== 'string') return undefined;
  const clean = base64.replace(/\s+/g, '');
  if (clean === '') return 0;
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}
