/**
 * Rules for the message body: digitalDocument[] with text and files
 * (B1.3.3 §4.3.3, XSD MessageBodyType/DigitalDocumentType, schematron basesixtyfour).
 */
import { isAllowedAttachmentType, isBase64 } from './attachments';
import { checkString, isAbsent, isRecord, readArray, typeName, type Json } from './fields';
import { BV_INVARIANT, SV_STRUCTURE, violation, type MessageRuleOptions, type RuleViolation } from './types';

const DOCS = 'data.attributes.digitalDocument';
const POSITIVE_INTEGER = /^[1-9][0-9]*$/;

/** messageBody/documents is 1..*: at least one document (SV/structure). */
export function checkDocuments(attrs: Json, options: MessageRuleOptions, out: RuleViolation[]): void {
  const docs = readArray(attrs, 'digitalDocument', 'data.attributes', 'digitalDocument', out);
  if (docs === undefined) {
    if (isAbsent(attrs.digitalDocument)) out.push(violation(DOCS, 'digitalDocument.required', 'at least one digitalDocument is required', SV_STRUCTURE));
    return;
  }
  if (docs.length === 0) {
    out.push(violation(DOCS, 'digitalDocument.required', 'at least one digitalDocument is required', SV_STRUCTURE));
    return;
  }
  docs.forEach((doc, i) => checkDocument(doc, `${DOCS}[${i}]`, docs.length > 1, options, out));
}

function checkDocument(doc: unknown, path: string, several: boolean, options: MessageRuleOptions, out: RuleViolation[]): void {
  if (!isRecord(doc)) {
    out.push(violation(path, 'document.type', `digitalDocument item must be an object (was ${typeName(doc)})`, SV_STRUCTURE));
    return;
  }
  checkString(doc, 'documentId', path, { rule: 'document.documentId', required: true }, out);
  checkString(doc, 'documentName', path, { rule: 'document.documentName' }, out);
  checkIndex(doc, path, several, out);

  const texts = readArray(doc, 'contentTextBody', path, 'document.contentTextBody', out);
  texts?.forEach((text, i) => checkText(text, `${path}.contentTextBody[${i}]`, out));
  const files = readArray(doc, 'contentFiles', path, 'attachment.list', out);
  files?.forEach((file, i) => checkFile(file, `${path}.contentFiles[${i}]`, options, out));

  // "Ett meddelande (documents) SKA innehålla minst ett textmeddelande och eller en bifogad fil."
  if ((texts?.length ?? 0) + (files?.length ?? 0) === 0) {
    out.push(violation(path, 'document.content-required', 'a document must have contentTextBody or contentFiles', BV_INVARIANT));
  }
}

/**
 * index: digits, "1" first. B1.3.3: when several documents are sent the order "skall sättas",
 * so with more than one document every document needs an index.
 */
function checkIndex(doc: Json, path: string, several: boolean, out: RuleViolation[]): void {
  const index = checkString(doc, 'index', path, { rule: 'document.index' }, out);
  if (index !== undefined && !POSITIVE_INTEGER.test(index)) {
    out.push(violation(`${path}.index`, 'document.index.format', 'index must be a positive integer, "1" first', BV_INVARIANT));
  }
  if (several && isAbsent(doc.index)) {
    out.push(violation(`${path}.index`, 'document.index.required', 'index is required when there are several documents', BV_INVARIANT));
  }
}

function checkText(text: unknown, path: string, out: RuleViolation[]): void {
  if (typeof text !== 'string') {
    out.push(violation(path, 'document.contentTextBody.type', `text must be a string (was ${typeName(text)})`, SV_STRUCTURE));
  } else if (text.trim() === '') {
    out.push(violation(path, 'document.contentTextBody.empty', 'text is included but empty', BV_INVARIANT));
  }
}

function checkFile(file: unknown, path: string, options: MessageRuleOptions, out: RuleViolation[]): void {
  if (!isRecord(file)) {
    out.push(violation(path, 'attachment.type', `contentFiles item must be an object (was ${typeName(file)})`, SV_STRUCTURE));
    return;
  }
  checkString(file, 'fileName', path, { rule: 'attachment.fileName', required: true }, out);
  const contentType = checkString(file, 'contentType', path, { rule: 'attachment.contentType', required: true }, out);
  if (contentType !== undefined && !isAllowedAttachmentType(contentType, options.allowedAttachmentTypes)) {
    out.push(
      violation(`${path}.contentType`, 'attachment.type-not-allowed', `In contentType, the value '${contentType.slice(0, 100)}' is not allowed`, {
        code: 'BV',
        reason: 'not-supported',
      }),
    );
  }
  const content = checkString(file, 'content', path, { rule: 'attachment.content', required: true }, out);
  if (content !== undefined && !isBase64(content)) {
    out.push(violation(`${path}.content`, 'attachment.content.base64', 'content must be a valid base64 encoded string (RFC 4648)', BV_INVARIANT));
  }
}
