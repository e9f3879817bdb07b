/**
 * Content rules for a sendMessage request (POST /sdk/messages), shared by the compose form
 * (to explain faults before sending) and the mock message service (to answer 400).
 *
 * Sources: B1.4.2 "Meddelanden" (API rules), B1.3.3 (field rules and their receipt codes),
 * MessageWithAttachments_3.0.xsd and MessageConstraints.sch.xml.
 *
 * Receipt coding, as B1.3.3 gives it: missing members, wrong JSON types and XSD/OpenAPI
 * length facets are SV/structure; schematron faults (empty element, UUID or timestamp
 * pattern, fixed roots, "0203:" ids, document without content, bad base64) are BV/invariant;
 * an over-long subject is BV/structure (as B1.3.3 codes it); a file type the recipient does
 * not take is BV/not-supported; a message over the size limit is BV/too-long.
 *
 * Rule ids: '<field>.required' (missing), '<field>.type' (wrong JSON type), '<field>.empty'
 * (blank), '<field>.max-length', plus specific ones: 'type.not-messages', 'id.uuid',
 * 'messageStatus.not-allowed', '<id>.uuid', 'creationDateTime.invalid' / '.not-utc',
 * '<sender|recipient>.participant-id', '<attention>.subOrganization.root.value',
 * 'digitalDocument.required', 'document.content-required', 'document.index.format',
 * 'document.index.required', 'attachment.type-not-allowed', 'attachment.content.base64',
 * 'message.too-long', 'request.structure'. Attention fields use their full name, e.g.
 * 'recipientAttention.subOrganization.extension.required'.
 */
import { isRecord } from './fields';
import { checkDocuments } from './documentRules';
import {
  checkConfidentiality,
  checkCreationDateTime,
  checkGeneratingSystem,
  checkLabel,
  checkMessageIds,
  checkNoMessageStatus,
  checkResourceId,
  checkResourceType,
} from './headerRules';
import { MAX_MESSAGE_BYTES_DEFAULT } from './limits';
import { checkAttentions, checkParticipants } from './partyRules';
import { SV_STRUCTURE, violation, type MessageRuleOptions, type RuleViolation } from './types';

export type { ReceiptCode, ReceiptReason, RuleViolation, MessageRuleOptions } from './types';
export { MAX_MESSAGE_BYTES_DEFAULT };

/**
 * All faults of a create-message request, in document order. Never throws, whatever the
 * input. An empty array means the service would accept the content.
 */
export function validateCreateMessage(request: unknown, options: MessageRuleOptions): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!isRecord(request) || !isRecord(request.data)) {
    out.push(violation('data', 'request.structure', 'request body must be an object with a data object', SV_STRUCTURE));
    return out;
  }
  const data = request.data;
  checkResourceType(data, out);
  checkResourceId(data, out);
  if (!isRecord(data.attributes)) {
    out.push(violation('data.attributes', 'request.structure', 'data.attributes must be an object', SV_STRUCTURE));
    return out;
  }
  const attrs = data.attributes;
  checkNoMessageStatus(attrs, out);
  checkCreationDateTime(attrs, out);
  checkMessageIds(attrs, out);
  checkLabel(attrs, out);
  checkConfidentiality(attrs, out);
  checkGeneratingSystem(attrs, out);
  checkParticipants(attrs, out);
  checkAttentions(attrs, out);
  checkDocuments(attrs, options, out);
  checkSize(request, options, out);
  return out;
}

/** UTF-8 bytes of JSON.stringify(request); 0 when it cannot be serialised. */
export function encodedMessageBytes(request: unknown): number {
  try {
    const json = JSON.stringify(request);
    return json === undefined ? 0 : new TextEncoder().encode(json).length;
  } catch {
    return 0;
  }
}

/**
 * "Meddelandet inklusive bifogade filer får ej överstiga 30 MB" (BV/too-long). We measure
 * the JSON request: close to the XML payload, since both carry the files as base64 text.
 */
function checkSize(request: unknown, options: MessageRuleOptions, out: RuleViolation[]): void {
  const bytes = encodedMessageBytes(request);
  if (bytes > options.maxMessageBytes) {
    out.push(
      violation('data', 'message.too-long', `message size ${bytes} bytes exceeds the limit of ${options.maxMessageBytes} bytes`, {
        code: 'BV',
        reason: 'too-long',
      }),
    );
  }
}
