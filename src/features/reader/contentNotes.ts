/**
 * What was wrong with an opened message's content, for the reader's notes: no documents,
 * empty documents, attachments that could not be decoded. (The header's notes come from
 * src/sdk/messageHeader.ts.)
 */
import type { OpenedMessage } from '../../sdk/openedMessage';

export type ContentNote =
  | { code: 'no-documents' }
  | { code: 'empty-document'; position: number; name: string | undefined }
  | { code: 'bad-files'; count: number };

export function contentNotes(message: Pick<OpenedMessage, 'documents'>): ContentNote[] {
  const documents = Array.isArray(message.documents) ? message.documents : [];
  if (documents.length === 0) return [{ code: 'no-documents' }];
  const notes: ContentNote[] = [];
  let badFiles = 0;
  documents.forEach((doc, i) => {
    const hasText = doc.texts.some((text) => text.trim() !== '');
    if (!hasText && doc.files.length === 0) {
      notes.push({ code: 'empty-document', position: i + 1, name: doc.documentName?.trim() || undefined });
    }
    badFiles += doc.files.filter((file) => file.problem !== undefined).length;
  });
  if (badFiles > 0) notes.push({ code: 'bad-files', count: badFiles });
  return notes;
}
