/** The composer's attachments, before and after encoding. */

export interface DraftAttachment {
  /** Stable key for lists and updates (not sent). */
  id: string;
  /** The picked file. Lives in memory only: a File cannot be kept in sessionStorage. */
  file: File;
  fileName: string;
  /** What the browser said (File.type, guessed from the name), or the name's type, canonical. */
  declaredType: string;
  /** What the bytes show (file-type signature or plain-text check), or null when unknown. */
  detectedType: string | null;
  /** The type it is sent as (contentType): the bytes' type, or the name's more specific compatible type. Set once checked. */
  contentType?: string;
  size: number;
  status: 'checking' | 'ready' | 'encoding' | 'encoded' | 'error';
  /** Shown next to the file; the file may still be sent (e.g. name and content disagree). */
  warning?: string;
  error?: string;
  /** Only after encoding. */
  base64?: string;
}

/** The encoded JSON message must stay within maxBytes (config.maxMessageBytes). */
export interface MessageBudget {
  maxBytes: number;
  /** The encoded size of the whole message including every attachment (encodedBytesWithFiles). */
  usedBytes: number;
}

/** One entry of digitalDocument[].contentFiles, as encodeAttachments returns it. */
export interface EncodedAttachment {
  fileName: string;
  contentType: string;
  content: string;
}

/** The type an attachment is sent as. */
export function attachmentContentType(attachment: DraftAttachment): string {
  return attachment.contentType ?? attachment.detectedType ?? attachment.declaredType;
}
