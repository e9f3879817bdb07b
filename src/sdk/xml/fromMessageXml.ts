/**
 * Reads an SDK message document back into the API's shapes: a bare messagePayload (any
 * prefix or a default namespace), one inside an XHE envelope, or an AS4/SOAP submit request
 * whose payload value is the base64 of such an envelope (Digg's xhe_unencrypted.xml). The
 * envelopes are only looked through: their own data is not ours to read.
 *
 * Normalisation (so a read-write-read round trip compares equal): absent optional values are
 * left out rather than set to '', empty lists are left out, base64 content loses its line
 * breaks. Texts and ids are kept exactly as written (xs:string preserves whitespace).
 */
import { FUNCTIONAL_ADDRESS_ROOT, PARTICIPANT_ID_ROOT } from '../ids';
import type { Attention, ContentFile, DigitalDocument, InstanceIdentifier } from '../model';
import { MESSAGE_PAYLOAD_ELEMENT, SDK_MESSAGE_NAMESPACE } from './namespace';
import type { MessageXmlData, MessageXmlParseResult } from './types';
import { childrenNamed, findElement, parseXmlTree, type XmlElement } from './xmlTree';

const NS = SDK_MESSAGE_NAMESPACE;
/** A submit request wraps the envelope once; more nesting than this is not an SDK message. */
const MAX_WRAPPING = 2;

class Reader {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];

  children(element: XmlElement, local: string): XmlElement[] {
    return childrenNamed(element, NS, local);
  }

  optional(element: XmlElement, local: string): XmlElement | undefined {
    return this.children(element, local)[0];
  }

  required(element: XmlElement, local: string, path: string): XmlElement | undefined {
    const found = this.optional(element, local);
    if (!found) this.errors.push(`${path}/${local} is missing`);
    return found;
  }

  /** Text of an optional leaf; undefined when absent. */
  text(element: XmlElement, local: string): string | undefined {
    return this.optional(element, local)?.text;
  }

  requiredText(element: XmlElement, local: string, path: string): string {
    return this.required(element, local, path)?.text ?? '';
  }

  ii(element: XmlElement, path: string): InstanceIdentifier {
    return { root: this.requiredText(element, 'root', path), extension: this.requiredText(element, 'extension', path) };
  }

  /** Elements from other namespaces are the XSD's xs:any extensions: kept out, but said. */
  noteExtensions(element: XmlElement, path: string): void {
    for (const child of element.children) {
      if (child.ns !== NS) this.warnings.push(`${path}: extension element {${child.ns}}${child.local} is not read`);
    }
  }
}

function withLabel(ii: InstanceIdentifier, label: string | undefined): InstanceIdentifier {
  return label === undefined ? ii : { ...ii, label };
}

function readAttention(r: Reader, attention: XmlElement, path: string): Attention {
  r.noteExtensions(attention, path);
  const persons: InstanceIdentifier[] = [];
  r.children(attention, 'person').forEach((person, i) => {
    const personId = r.optional(person, 'personId');
    const label = r.text(person, 'label');
    // The API's person is an IIType: one without an id has no place there.
    if (!personId) r.warnings.push(`${path}/person[${i + 1}] has no personId and is not read`);
    else persons.push(withLabel(r.ii(personId, `${path}/person[${i + 1}]/personId`), label));
  });
  const subPath = `${path}/subOrganization`;
  const sub = r.required(attention, 'subOrganization', path);
  const orgId = sub ? r.required(sub, 'organizationId', subPath) : undefined;
  const subId = orgId ? r.ii(orgId, `${subPath}/organizationId`) : { root: FUNCTIONAL_ADDRESS_ROOT, extension: '' };
  const subLabel = sub ? r.text(sub, 'label') : undefined;
  const references = r.children(attention, 'reference').map((reference, i) => {
    const refPath = `${path}/reference[${i + 1}]`;
    const id = r.required(reference, 'referenceId', refPath);
    return withLabel(id ? r.ii(id, `${refPath}/referenceId`) : { root: '', extension: '' }, r.text(reference, 'label'));
  });
  return {
    subOrganization: subLabel === undefined ? subId : { ...subId, label: subLabel },
    ...(persons.length > 0 ? { attentionPerson: persons } : {}),
    ...(references.length > 0 ? { referenceId: references } : {}),
  };
}

interface PartyData {
  organization: string;
  label?: string;
  attention?: Attention;
}

function readParty(r: Reader, header: XmlElement, kind: 'recipient' | 'sender'): PartyData {
  const path = `messageHeader/${kind}`;
  const party = r.required(header, kind, 'messageHeader');
  if (!party) return { organization: '' };
  r.noteExtensions(party, path);
  const id = r.required(party, `${kind}ID`, path);
  const ii = id ? r.ii(id, `${path}/${kind}ID`) : { root: PARTICIPANT_ID_ROOT, extension: '' };
  if (id && ii.root !== PARTICIPANT_ID_ROOT) {
    r.warnings.push(`${path}/${kind}ID/root is "${ii.root}", not ${PARTICIPANT_ID_ROOT}`);
  }
  const label = r.text(party, 'label');
  const attentionElement = kind === 'recipient' ? r.required(party, 'attention', path) : r.optional(party, 'attention');
  return {
    organization: ii.extension,
    ...(label !== undefined ? { label } : {}),
    ...(attentionElement ? { attention: readAttention(r, attentionElement, `${path}/attention`) } : {}),
  };
}

function readBoolean(r: Reader, value: string | undefined, path: string): boolean {
  const v = value?.trim();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  r.errors.push(`${path} is not a boolean`);
  return false;
}

function readDocument(r: Reader, doc: XmlElement, position: number): DigitalDocument {
  const path = `messageBody/documents[${position}]`;
  r.noteExtensions(doc, path);
  const documentName = r.text(doc, 'documentName');
  const index = r.text(doc, 'index');
  const files: ContentFile[] = r.children(doc, 'ContentFiles').map((file, i) => {
    const filePath = `${path}/ContentFiles[${i + 1}]`;
    return {
      fileName: r.requiredText(file, 'fileName', filePath),
      contentType: r.requiredText(file, 'contentType', filePath),
      content: r.requiredText(file, 'content', filePath).replace(/\s+/g, ''),
    };
  });
  const texts = r.children(doc, 'ContentText').map((text, i) => r.requiredText(text, 'characterSequence', `${path}/ContentText[${i + 1}]`));
  return {
    documentId: r.requiredText(doc, 'documentID', path),
    ...(documentName !== undefined ? { documentName } : {}),
    ...(index !== undefined ? { index } : {}),
    ...(texts.length > 0 ? { contentTextBody: texts } : {}),
    ...(files.length > 0 ? { contentFiles: files } : {}),
  };
}

function readPayload(r: Reader, payload: XmlElement): MessageXmlData {
  const message = r.required(payload, 'message', MESSAGE_PAYLOAD_ELEMENT);
  const header = message ? r.required(message, 'messageHeader', 'message') : undefined;
  const body = message ? r.required(message, 'messageBody', 'message') : undefined;
  if (!message || !header || !body) return emptyMessage();
  r.noteExtensions(message, 'message');
  r.noteExtensions(header, 'messageHeader');
  r.noteExtensions(body, 'messageBody');

  const refToMessageId = r.text(header, 'refToMessageId');
  const generatingSystem = r.optional(header, 'generatingSystem');
  const recipient = readParty(r, header, 'recipient');
  const sender = readParty(r, header, 'sender');
  const documents = r.children(body, 'documents');
  if (documents.length === 0) r.errors.push('messageBody/documents is missing');

  return {
    creationDateTime: r.requiredText(header, 'creationDateTime', 'messageHeader').trim(),
    messageId: r.requiredText(header, 'messageId', 'messageHeader'),
    conversationId: r.requiredText(header, 'conversationId', 'messageHeader'),
    ...(refToMessageId !== undefined ? { refToMessageId } : {}),
    // The API requires a label; a document without one reads as ''.
    label: r.text(header, 'label') ?? '',
    confidentiality: readBoolean(r, r.required(header, 'confidentiality', 'messageHeader')?.text, 'messageHeader/confidentiality'),
    ...(generatingSystem ? { generatingSystem: r.ii(generatingSystem, 'messageHeader/generatingSystem') } : {}),
    recipient: recipient.organization,
    ...(recipient.label !== undefined ? { recipientLabel: recipient.label } : {}),
    ...(recipient.attention ? { recipientAttention: recipient.attention } : {}),
    sender: sender.organization,
    ...(sender.label !== undefined ? { senderLabel: sender.label } : {}),
    ...(sender.attention ? { senderAttention: sender.attention } : {}),
    digitalDocument: documents.map((doc, i) => readDocument(r, doc, i + 1)),
  };
}

function emptyMessage(): MessageXmlData {
  return { creationDateTime: '', messageId: '', conversationId: '', confidentiality: false, label: '', sender: '', recipient: '' };
}

const isPayload = (e: XmlElement) => e.ns === NS && e.local === MESSAGE_PAYLOAD_ELEMENT;

/** The base64 values of a submit request's payload parts (…/payload/value). */
function wrappedPayloads(root: XmlElement): string[] {
  const found: string[] = [];
  const walk = (e: XmlElement) => {
    if (e.local === 'payload') {
      for (const value of e.children.filter((c) => c.local === 'value')) found.push(value.text.replace(/\s+/g, ''));
    }
    e.children.forEach(walk);
  };
  walk(root);
  return found;
}

function decodeBase64Utf8(base64: string): string | undefined {
  try {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function findPayload(xml: string, depth: number): { payload: XmlElement } | { error: string } {
  const tree = parseXmlTree(xml);
  if ('error' in tree) return tree;
  const payload = findElement(tree.root, isPayload);
  if (payload) return { payload };
  if (depth < MAX_WRAPPING) {
    for (const value of wrappedPayloads(tree.root)) {
      const inner = decodeBase64Utf8(value);
      if (inner === undefined) continue;
      const found = findPayload(inner, depth + 1);
      if ('payload' in found) return found;
    }
  }
  return { error: `no ${MESSAGE_PAYLOAD_ELEMENT} element in namespace ${NS}` };
}

/** Reads an SDK message document. Never throws: problems come back as `errors`. */
export function fromMessageXml(xml: string): MessageXmlParseResult {
  const found = findPayload(xml, 0);
  if ('error' in found) return { ok: false, errors: [found.error] };
  const r = new Reader();
  const message = readPayload(r, found.payload);
  return r.errors.length > 0 ? { ok: false, errors: r.errors } : { ok: true, message, warnings: r.warnings };
}
