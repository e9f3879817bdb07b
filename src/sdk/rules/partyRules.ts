/**
 * Rules for addressing: sender/recipient organisations and their attention blocks
 * (B1.3.3 §4.3.2.1–4.3.2.3, schematron subOrgRoot and OrganizationIdentifier).
 */
import { FUNCTIONAL_ADDRESS_ROOT, isParticipantIdentifier } from '../ids';
import { checkString, readArray, readObject, isRecord, typeName, type Json } from './fields';
import { ATTENTION_LABEL_MAX_LENGTH, EXTENSION_MAX_LENGTH } from './limits';
import { BV_INVARIANT, SV_STRUCTURE, violation, type RuleViolation } from './types';

const ATTRS = 'data.attributes';

/**
 * sender / recipient: required organisation ids "0203:<domain>". A malformed id is a
 * schematron fault (BV/invariant, "value should be set to 0203:domain-example.se").
 */
export function checkParticipants(attrs: Json, out: RuleViolation[]): void {
  for (const key of ['sender', 'recipient'] as const) {
    const value = checkString(attrs, key, ATTRS, { rule: key, required: true }, out);
    if (value !== undefined && !isParticipantIdentifier(value)) {
      out.push(
        violation(`${ATTRS}.${key}`, `${key}.participant-id`, `${key} must be an organisation id like '0203:example.se'`, BV_INVARIANT),
      );
    }
  }
}

/**
 * recipientAttention and senderAttention are both required when sending: the recipient's
 * function address is how the message is routed (XSD 1..1), and B1.4.2 says the service
 * checks that the client may represent the sending function address, so it must be given.
 */
export function checkAttentions(attrs: Json, out: RuleViolation[]): void {
  for (const key of ['recipientAttention', 'senderAttention'] as const) {
    const attention = readObject(attrs, key, ATTRS, key, true, out);
    if (attention) checkAttention(attention, `${ATTRS}.${key}`, key, out);
  }
}

function checkAttention(attention: Json, path: string, rule: string, out: RuleViolation[]): void {
  const subOrg = readObject(attention, 'subOrganization', path, `${rule}.subOrganization`, true, out);
  if (subOrg) checkSubOrganization(subOrg, `${path}.subOrganization`, `${rule}.subOrganization`, out);
  for (const key of ['attentionPerson', 'referenceId'] as const) {
    const items = readArray(attention, key, path, `${rule}.${key}`, out);
    items?.forEach((item, i) => checkInstanceIdentifier(item, `${path}.${key}[${i}]`, `${rule}.${key}`, out));
  }
}

/** Function address: root fixed (BV/invariant), extension from the address book, label ≤ 256. */
function checkSubOrganization(subOrg: Json, path: string, rule: string, out: RuleViolation[]): void {
  const root = checkString(subOrg, 'root', path, { rule: `${rule}.root`, required: true }, out);
  if (root !== undefined && root !== FUNCTIONAL_ADDRESS_ROOT) {
    out.push(violation(`${path}.root`, `${rule}.root.value`, `root must be set to '${FUNCTIONAL_ADDRESS_ROOT}'`, BV_INVARIANT));
  }
  checkString(subOrg, 'extension', path, { rule: `${rule}.extension`, required: true, maxLength: EXTENSION_MAX_LENGTH }, out);
  checkString(subOrg, 'label', path, { rule: `${rule}.label`, maxLength: ATTENTION_LABEL_MAX_LENGTH }, out);
}

/**
 * A person or reference (IIType + label) in a request: root, extension and label all required.
 * Digg's MT/MK API requires the label (personDef, referenceDef) although B1.3.3 and the XSD
 * make it optional; this rule is for sending only: a received message without one is still
 * read and shown (messageHeader). The composer fills it in (references.withLabel).
 */
function checkInstanceIdentifier(item: unknown, path: string, rule: string, out: RuleViolation[]): void {
  if (!isRecord(item)) {
    out.push(violation(path, `${rule}.type`, `item must be an object (was ${typeName(item)})`, SV_STRUCTURE));
    return;
  }
  checkString(item, 'root', path, { rule: `${rule}.root`, required: true }, out);
  checkString(item, 'extension', path, { rule: `${rule}.extension`, required: true, maxLength: EXTENSION_MAX_LENGTH }, out);
  checkString(item, 'label', path, { rule: `${rule}.label`, required: true, maxLength: ATTENTION_LABEL_MAX_LENGTH }, out);
}
