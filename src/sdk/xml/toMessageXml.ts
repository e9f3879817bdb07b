/**
 * Writes a message as an SDK message document (messagePayload in
 * urn:riv:infrastructure:messaging:MessageWithAttachments:3) that validates against Digg's
 * XSD and meets the schematron rules, e.g. for filing in a case or records system (diarium).
 *
 * Decisions (the XSD wins over B1.3.3's example XML where they differ):
 * - Element order is the XSD's; files (ContentFiles) come before texts (ContentText) in a
 *   document, as the XSD's sequence demands.
 * - Optional values that are missing or blank are left out: the schematron forbids empty
 *   elements. Blank texts, people and references carrying nothing, and documents with neither
 *   text nor file are left out for the same reason.
 * - What the XSD requires but the data lacks, and what the rules forbid (a label over 256
 *   characters, an id that is not a UUID, content that is not base64), is refused with a
 *   MessageXmlExportError listing every problem. Nothing is shortened or invented, so a filed
 *   copy never silently differs from the message.
 * - Organisation and function names may come from the address book (options); a name from
 *   there that is too long is left out rather than refused, since it is not the message's.
 * - Characters XML 1.0 cannot carry (most C0 controls, lone surrogates) become U+FFFD.
 * - creationDateTime is kept as written when it already has the schematron's form
 *   (YYYY-MM-DDThh:mm:ss.sssZ); otherwise it is converted to that form in UTC.
 * - generatingSystem is an IIType without label in the XSD, so its label is not written.
 */
import { FUNCTIONAL_ADDRESS_ROOT, isUuid, PARTICIPANT_ID_ROOT } from '../ids';
import type { Attention, DigitalDocument, InstanceIdentifier } from '../model';
import { isBase64 } from '../rules/attachments';
import { characterCount, LABEL_MAX_LENGTH } from '../rules/limits';
import { MESSAGE_PAYLOAD_ELEMENT, SDK_MESSAGE_NAMESPACE, SDK_MESSAGE_PREFIX } from './namespace';
import { MessageXmlExportError, type MessageXmlData, type MessageXmlIssue, type MessageXmlOptions } from './types';
import { escapeXml, isXmlBlank } from './xmlText';

/** The XSD's maxLength on every label it restricts; the schematron's on messageHeader/label. */
const XML_LABEL_MAX_LENGTH = LABEL_MAX_LENGTH;

/** `base64` marks text already checked to be base64: nothing in it needs escaping. */
type OutNode = { name: string; text: string; base64?: true } | { name: string; children: OutNode[] };

const leaf = (name: string, text: string): OutNode => ({ name, text });
const branch = (name: string, children: OutNode[]): OutNode => ({ name, children });

/** Collects problems while the document is built, so the user sees all of them at once. */
class Collector {
  readonly issues: MessageXmlIssue[] = [];

  add(code: MessageXmlIssue['code'], path: string, subject?: string): undefined {
    this.issues.push(subject === undefined ? { code, path } : { code, path, subject });
    return undefined;
  }

  /** A value the XSD requires. */
  required(path: string, value: string | undefined, subject?: string): string | undefined {
    return isXmlBlank(value) ? this.add('missing', path, subject) : value;
  }

  /** An optional label from the message: left out when blank, refused when too long. */
  label(path: string, value: string | undefined): string | undefined {
    if (isXmlBlank(value) || value === undefined) return undefined;
    return characterCount(value) > XML_LABEL_MAX_LENGTH ? this.add('too-long', path) : value;
  }

  uuid(path: string, value: string | undefined): string | undefined {
    const present = this.required(path, value);
    if (present === undefined) return undefined;
    return isUuid(present.trim()) ? present.trim() : this.add('not-uuid', path);
  }
}

/** A name from a lookup (not from the message): used only when it fits. */
function lookedUpLabel(value: string | undefined): string | undefined {
  return !isXmlBlank(value) && value !== undefined && characterCount(value) <= XML_LABEL_MAX_LENGTH ? value : undefined;
}

// The schematron's timestamp pattern, with its unescaped "." read as the dot it means.
const SCHEMATRON_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,3}Z$/;
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * creationDateTime in the schematron's form. A value without a time zone is refused: which
 * instant it means is unknowable.
 */
export function toSchematronDateTime(value: string | undefined): string | undefined {
  const v = value?.trim() ?? '';
  if (!DATE_TIME_WITH_ZONE.test(v)) return undefined;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  // Keep the sender's own spelling when it already has the required form and means the same day.
  return SCHEMATRON_TIMESTAMP.test(v) && v.slice(0, 19) === iso.slice(0, 19) ? v : iso;
}

function iiChildren(root: string, extension: string): OutNode[] {
  return [leaf('root', root), leaf('extension', extension)];
}

/**
 * An optional IIType (generatingSystem, personId, referenceId): left out when both parts are
 * blank, refused when only one is.
 */
function optionalIi(c: Collector, path: string, ii: InstanceIdentifier | undefined): OutNode[] | undefined {
  if (!ii || (isXmlBlank(ii.root) && isXmlBlank(ii.extension))) return undefined;
  const root = c.required(`${path}/root`, ii.root);
  const extension = c.required(`${path}/extension`, ii.extension);
  return root !== undefined && extension !== undefined ? iiChildren(root, extension) : undefined;
}

function attentionNode(
  c: Collector,
  path: string,
  attention: Attention | undefined,
  options: MessageXmlOptions,
): OutNode | undefined {
  const children: OutNode[] = [];
  (attention?.attentionPerson ?? []).forEach((person, i) => {
    const personPath = `${path}/person[${i + 1}]`;
    const personId = optionalIi(c, `${personPath}/personId`, person);
    const label = c.label(`${personPath}/label`, person.label);
    const parts = [...(personId ? [branch('personId', personId)] : []), ...(label !== undefined ? [leaf('label', label)] : [])];
    if (parts.length > 0) children.push(branch('person', parts));
  });

  const subPath = `${path}/subOrganization`;
  const sub = attention?.subOrganization;
  const extension = c.required(`${subPath}/organizationId/extension`, sub?.extension);
  // The root is a constant of the specification: fill it in when absent, refuse any other.
  const root = isXmlBlank(sub?.root) ? FUNCTIONAL_ADDRESS_ROOT : (sub?.root ?? '').trim();
  if (root !== FUNCTIONAL_ADDRESS_ROOT) c.add('wrong-root', `${subPath}/organizationId/root`);
  const subLabel =
    sub?.label !== undefined && !isXmlBlank(sub.label)
      ? c.label(`${subPath}/label`, sub.label)
      : extension !== undefined
        ? lookedUpLabel(options.functionAddressName?.(extension))
        : undefined;
  if (extension !== undefined) {
    children.push(
      branch('subOrganization', [
        branch('organizationId', iiChildren(FUNCTIONAL_ADDRESS_ROOT, extension)),
        ...(subLabel !== undefined ? [leaf('label', subLabel)] : []),
      ]),
    );
  }

  (attention?.referenceId ?? []).forEach((reference, i) => {
    const refPath = `${path}/reference[${i + 1}]`;
    const carriesNothing = isXmlBlank(reference.root) && isXmlBlank(reference.extension) && isXmlBlank(reference.label);
    if (carriesNothing) return;
    const refRoot = c.required(`${refPath}/referenceId/root`, reference.root);
    const ext = c.required(`${refPath}/referenceId/extension`, reference.extension);
    const label = c.label(`${refPath}/label`, reference.label);
    if (refRoot === undefined || ext === undefined) return;
    children.push(branch('reference', [branch('referenceId', iiChildren(refRoot, ext)), ...(label !== undefined ? [leaf('label', label)] : [])]));
  });

  return branch('attention', children);
}

function party(
  c: Collector,
  kind: 'recipient' | 'sender',
  data: MessageXmlData,
  options: MessageXmlOptions,
): OutNode {
  const path = `messageHeader/${kind}`;
  const organization = c.required(`${path}/${kind}ID/extension`, kind === 'recipient' ? data.recipient : data.sender);
  const ownLabel = kind === 'recipient' ? data.recipientLabel : data.senderLabel;
  const label = !isXmlBlank(ownLabel)
    ? c.label(`${path}/label`, ownLabel)
    : organization !== undefined
      ? lookedUpLabel(options.organizationName?.(organization.trim()))
      : undefined;
  const attention = kind === 'recipient' ? data.recipientAttention : data.senderAttention;
  // The recipient's attention (the function address) is required; the sender's is optional.
  const attentionOut = kind === 'recipient' || attention ? attentionNode(c, `${path}/attention`, attention, options) : undefined;
  return branch(kind, [
    branch(`${kind}ID`, iiChildren(PARTICIPANT_ID_ROOT, organization ?? '')),
    ...(label !== undefined ? [leaf('label', label)] : []),
    ...(attentionOut ? [attentionOut] : []),
  ]);
}

function messageHeader(c: Collector, data: MessageXmlData, options: MessageXmlOptions): OutNode {
  const children: OutNode[] = [];
  const created = toSchematronDateTime(data.creationDateTime);
  if (created === undefined) c.add('bad-date-time', 'messageHeader/creationDateTime');
  children.push(leaf('creationDateTime', created ?? ''));
  children.push(leaf('messageId', c.uuid('messageHeader/messageId', data.messageId) ?? ''));
  children.push(leaf('conversationId', c.uuid('messageHeader/conversationId', data.conversationId) ?? ''));
  if (!isXmlBlank(data.refToMessageId)) {
    children.push(leaf('refToMessageId', c.uuid('messageHeader/refToMessageId', data.refToMessageId) ?? ''));
  }
  const label = c.label('messageHeader/label', data.label);
  if (label !== undefined) children.push(leaf('label', label));
  if (typeof data.confidentiality !== 'boolean') c.add('missing', 'messageHeader/confidentiality');
  children.push(leaf('confidentiality', data.confidentiality === true ? 'true' : 'false'));
  const generatingSystem = optionalIi(c, 'messageHeader/generatingSystem', data.generatingSystem);
  if (generatingSystem) children.push(branch('generatingSystem', generatingSystem));
  children.push(party(c, 'recipient', data, options));
  children.push(party(c, 'sender', data, options));
  return branch('messageHeader', children);
}

function documentNode(c: Collector, doc: DigitalDocument, position: number): OutNode | undefined {
  const path = `messageBody/documents[${position}]`;
  const subject = isXmlBlank(doc.documentName) ? undefined : doc.documentName;
  const files = (doc.contentFiles ?? []).map((file, i) => {
    const filePath = `${path}/ContentFiles[${i + 1}]`;
    const fileName = c.required(`${filePath}/fileName`, file.fileName);
    const shownAs = fileName ?? subject;
    const contentType = c.required(`${filePath}/contentType`, file.contentType, shownAs);
    const raw = typeof file.content === 'string' ? file.content : '';
    const content = /\s/.test(raw) ? raw.replace(/\s+/g, '') : raw;
    const valid = content !== '' && isBase64(content);
    if (content === '') c.add('missing', `${filePath}/content`, shownAs);
    else if (!valid) c.add('not-base64', `${filePath}/content`, shownAs);
    // Skipping the escape pass for checked base64 saves a scan of a file's worth of text.
    const contentNode: OutNode = valid ? { name: 'content', text: content, base64: true } : leaf('content', content);
    return branch('ContentFiles', [leaf('fileName', fileName ?? ''), leaf('contentType', contentType ?? ''), contentNode]);
  });
  const texts = (doc.contentTextBody ?? [])
    .filter((text) => typeof text === 'string' && !isXmlBlank(text))
    .map((text) => branch('ContentText', [leaf('characterSequence', text)]));
  // B1.3.3: a document carries at least one text or file; one with neither carries nothing.
  if (files.length === 0 && texts.length === 0) return undefined;

  const documentId = c.required(`${path}/documentID`, doc.documentId, subject);
  return branch('documents', [
    leaf('documentID', documentId ?? ''),
    ...(subject !== undefined ? [leaf('documentName', subject)] : []),
    ...(!isXmlBlank(doc.index) && doc.index !== undefined ? [leaf('index', doc.index)] : []),
    ...files,
    ...texts,
  ]);
}

function messageBody(c: Collector, data: MessageXmlData): OutNode {
  const documents = (data.digitalDocument ?? [])
    .map((doc, i) => documentNode(c, doc, i + 1))
    .filter((d): d is OutNode => d !== undefined);
  if (documents.length === 0) c.add('no-content', 'messageBody/documents');
  return branch('messageBody', documents);
}

function serialise(node: OutNode, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const tag = `${SDK_MESSAGE_PREFIX}:${node.name}`;
  const declaration = depth === 0 ? ` xmlns:${SDK_MESSAGE_PREFIX}="${escapeXml(SDK_MESSAGE_NAMESPACE)}"` : '';
  if ('text' in node) {
    out.push(`${pad}<${tag}${declaration}>${node.base64 ? node.text : escapeXml(node.text)}</${tag}>`);
    return;
  }
  out.push(`${pad}<${tag}${declaration}>`);
  for (const child of node.children) serialise(child, depth + 1, out);
  out.push(`${pad}</${tag}>`);
}

/**
 * The message as an SDK message XML document (UTF-8). Throws MessageXmlExportError, listing
 * every problem, when the data cannot make a document that validates.
 */
export function toMessageXml(data: MessageXmlData, options: MessageXmlOptions = {}): string {
  const c = new Collector();
  const header = messageHeader(c, data, options);
  const body = messageBody(c, data);
  if (c.issues.length > 0) throw new MessageXmlExportError(c.issues);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serialise(branch(MESSAGE_PAYLOAD_ELEMENT, [branch('message', [header, body])]), 0, out);
  return `${out.join('\n')}\n`;
}
