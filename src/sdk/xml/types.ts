/**
 * The data an SDK message document carries, in the API's shapes (MessageAttributes), plus the
 * two organisation names the API model has no field for.
 */
import type { MessageAttributes } from '../model';

/**
 * What toMessageXml writes and fromMessageXml reads. MessageAttributes fits as it is: the
 * service-side fields (messageStatus, events) are not part of the document and are ignored.
 */
export type MessageXmlData = Omit<MessageAttributes, 'messageStatus' | 'events'> & {
  /** recipient/label: the receiving organisation's name (B1.3.3: the address book's name). */
  recipientLabel?: string;
  /** sender/label: the sending organisation's name. */
  senderLabel?: string;
};

export interface MessageXmlOptions {
  /**
   * Name of an organisation by participant identifier (e.g. 0203:malmo.se), for
   * recipient/label and sender/label when the data has none. Unknown → the label is left out
   * (the XSD makes it optional; writing the identifier again as a "name" would mislead).
   */
  organizationName?(participantIdentifier: string): string | undefined;
  /** Name of a function address, for subOrganization/label when the message gives none. */
  functionAddressName?(identifier: string): string | undefined;
}

export type MessageXmlIssueCode =
  /** A value the XSD requires is missing or blank. */
  | 'missing'
  /** Longer than the XSD/schematron allow (256 characters). */
  | 'too-long'
  /** messageId, conversationId or refToMessageId is not a UUID (schematron). */
  | 'not-uuid'
  /** creationDateTime is not a date-time with a time zone. */
  | 'bad-date-time'
  /** A file's content is not base64. */
  | 'not-base64'
  /** An IIType root other than the one the schematron demands. */
  | 'wrong-root'
  /** The message has no document with text or a file. */
  | 'no-content';

export interface MessageXmlIssue {
  code: MessageXmlIssueCode;
  /** Where, as an XPath-like path in the document: messageBody/documents[1]/ContentFiles[2]/content. */
  path: string;
  /** A name the user recognises (a file name, a document name), when there is one. */
  subject?: string;
}

/** Thrown by toMessageXml when the data cannot become a document that validates. */
export class MessageXmlExportError extends Error {
  readonly issues: readonly MessageXmlIssue[];

  constructor(issues: readonly MessageXmlIssue[]) {
    super(`The message cannot be written as SDK message XML: ${issues.map((i) => `${i.path}: ${i.code}`).join('; ')}`);
    this.name = 'MessageXmlExportError';
    this.issues = issues;
  }
}

export type MessageXmlParseResult =
  | { ok: true; message: MessageXmlData; warnings: string[] }
  | { ok: false; errors: string[] };
