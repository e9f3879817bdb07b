/**
 * A message as the reader shows it: fetched whole (getMessageById), its documents in `index`
 * order and every attachment already decoded from base64 into a Blob — off the main thread, so a
 * 25 MB attachment never freezes the page. The raw base64 never reaches React state.
 */
import type { MessageAttributes } from './model';

export interface OpenedFile {
  /** Stable within the message: `${documentIndex}:${fileIndex}`. */
  key: string;
  fileName: string;
  contentType: string;
  /** Decoded size in bytes (0 when it could not be decoded). */
  size: number;
  /** The decoded bytes; null when the service sent something that is not base64, or nothing. */
  blob: Blob | null;
  problem?: 'empty' | 'not-base64';
}

export interface OpenedDocument {
  documentId: string;
  documentName?: string;
  index?: string;
  /** contentTextBody, in order. */
  texts: string[];
  files: OpenedFile[];
}

export interface OpenedMessage {
  id: string;
  attributes: Omit<MessageAttributes, 'digitalDocument'>;
  /** In `index` order (documents without a usable index last, in the order sent). */
  documents: OpenedDocument[];
}
