/**
 * Rules for the resource envelope and the message header fields (B1.4.2 "Meddelanden",
 * B1.3.3 §4.3.2 MessageHeaderType, schematron patterns UUID/Timestamp/stringMaxLength).
 */
import { isIsoUtcDateTime, isUuid } from '../ids';
import { checkString, isAbsent, readObject, typeName, type Json } from './fields';
import { EXTENSION_MAX_LENGTH, LABEL_MAX_LENGTH } from './limits';
import { BV_INVARIANT, SV_STRUCTURE, violation, type RuleViolation } from './types';

const ATTRS = 'data.attributes';

/** data.type must be "messages" (JSON:API resource type). */
export function checkResourceType(data: Json, out: RuleViolation[]): void {
  if (data.type !== 'messages') {
    const was = typeof data.type === 'string' ? `'${data.type}'` : typeName(data.type);
    out.push(violation('data.type', 'type.not-messages', `data.type must be 'messages' (was ${was})`, SV_STRUCTURE));
  }
}

/** data.id may be left out; when given it is a UUID (RFC 4122). */
export function checkResourceId(data: Json, out: RuleViolation[]): void {
  if (!isAbsent(data.id) && !isUuid(data.id)) {
    out.push(violation('data.id', 'id.uuid', 'data.id must be a UUID (RFC 4122)', BV_INVARIANT));
  }
}

/** B1.4.2: "Vid skapande av meddelande ska API konsument (MK) inte sätta ett värde." */
export function checkNoMessageStatus(attrs: Json, out: RuleViolation[]): void {
  if (!isAbsent(attrs.messageStatus)) {
    out.push(
      violation(`${ATTRS}.messageStatus`, 'messageStatus.not-allowed', 'messageStatus is set by the message service, not by the client', SV_STRUCTURE),
    );
  }
}

/** messageId, conversationId, refToMessageId: optional on create, UUIDs when present (BV/invariant). */
export function checkMessageIds(attrs: Json, out: RuleViolation[]): void {
  for (const key of ['messageId', 'conversationId', 'refToMessageId'] as const) {
    const value = checkString(attrs, key, ATTRS, { rule: key }, out);
    if (value !== undefined && !isUuid(value)) {
      out.push(violation(`${ATTRS}.${key}`, `${key}.uuid`, `${key} is not a valid UUID`, BV_INVARIANT));
    }
  }
}

// Any zone (or none) at the end of an xs:dateTime. Swapping it for "Z" tells "a real date and
// time, but not in UTC" (BV/invariant) from "not a dateTime at all" (SV/structure), the two
// cases B1.3.3 codes differently.
const ZONE_SUFFIX = /(Z|[+-]\d{2}:\d{2})?$/;

/** creationDateTime: optional on create; ISO 8601 in UTC when present. */
export function checkCreationDateTime(attrs: Json, out: RuleViolation[]): void {
  const value = checkString(attrs, 'creationDateTime', ATTRS, { rule: 'creationDateTime' }, out);
  if (value === undefined || isIsoUtcDateTime(value)) return;
  const at = `${ATTRS}.creationDateTime`;
  if (isIsoUtcDateTime(value.replace(ZONE_SUFFIX, 'Z'))) {
    out.push(violation(at, 'creationDateTime.not-utc', "creationDateTime must be UTC, pattern YYYY-MM-DD'T'hh:mm:ss.s'Z'", BV_INVARIANT));
  } else {
    out.push(violation(at, 'creationDateTime.invalid', 'creationDateTime is not a valid dateTime', SV_STRUCTURE));
  }
}

/**
 * label: required by the API, never blank, at most 256 characters. B1.3.3 codes an over-long
 * subject as BV/structure (unlike the attention labels, which are SV/structure XSD facets).
 * The detail never contains the label itself (B1.3.3: content must not be returned).
 */
export function checkLabel(attrs: Json, out: RuleViolation[]): void {
  checkString(attrs, 'label', ATTRS, {
    rule: 'label',
    required: true,
    maxLength: LABEL_MAX_LENGTH,
    maxLengthReceipt: { code: 'BV', reason: 'structure' },
  }, out);
}

/** confidentiality: required boolean (the sender's secrecy assessment). */
export function checkConfidentiality(attrs: Json, out: RuleViolation[]): void {
  const value = attrs.confidentiality;
  const at = `${ATTRS}.confidentiality`;
  if (isAbsent(value)) {
    out.push(violation(at, 'confidentiality.required', 'confidentiality is required', SV_STRUCTURE));
  } else if (typeof value !== 'boolean') {
    out.push(violation(at, 'confidentiality.type', `confidentiality must be a boolean (was ${typeName(value)})`, SV_STRUCTURE));
  }
}

/** generatingSystem: optional IIType; when present root and extension are required. */
export function checkGeneratingSystem(attrs: Json, out: RuleViolation[]): void {
  const gs = readObject(attrs, 'generatingSystem', ATTRS, 'generatingSystem', false, out);
  if (!gs) return;
  const at = `${ATTRS}.generatingSystem`;
  checkString(gs, 'root', at, { rule: 'generatingSystem.root', required: true }, out);
  checkString(gs, 'extension', at, { rule: 'generatingSystem.extension', required: true, maxLength: EXTENSION_MAX_LENGTH }, out);
}
