/**
 * sendMessage as a message service does it (B1.4.2 §4.1, status SCHEDULED): content rules
 * (the domain's validateCreateMessage), the caller's right to the sending function address
 * (auth_id), the sender organisation, the address-book check of the recipient, duplicate ids.
 * Fields the client left out (id, messageId, conversationId, creationDateTime) are filled in.
 */
import type { CreateMessageAttributes, CreateMessageRequest } from '../../src/sdk/model';
import { badRequestProblem } from '../../src/sdk/problem';
import { validateCreateMessage, type RuleViolation } from '../../src/sdk/rules/validateMessage';
import type { AccessClaims } from '../auth/verifyToken';
import { forbiddenResponse, problemResponse } from '../http/problemResponses';
import type { OutgoingRecord, StoredMessage } from '../store/messageRecord';
import { mayActFor } from '../store/visibility';
import type { MockWorld } from '../world';

const SENDER_FA = 'data.attributes.senderAttention.subOrganization.extension';
const RECIPIENT_FA = 'data.attributes.recipientAttention.subOrganization.extension';

export type AcceptResult = { record: OutgoingRecord; response?: never } | { record?: never; response: Response };

export function acceptMessage(world: MockWorld, claims: AccessClaims, body: unknown, instance: string): AcceptResult {
  const now = world.clock.now();
  const rejectWith = (violations: RuleViolation[]): AcceptResult => ({
    response: problemResponse(badRequestProblem(violations, instance, now.toISOString()), { status: 400 }),
  });

  const violations = validateCreateMessage(body, world.limits);
  if (violations.length > 0) return rejectWith(violations);

  // Valid per the rules, so the shape is known from here on.
  const request = body as CreateMessageRequest;
  const attrs = request.data.attributes;
  const senderFa = attrs.senderAttention?.subOrganization.extension ?? '';
  const recipientFa = attrs.recipientAttention?.subOrganization.extension ?? '';

  if (!mayActFor(claims.authIds, senderFa)) {
    return {
      response: forbiddenResponse(
        'The access token does not give the right to send from this function address (auth_id).',
        instance,
        [{ typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'BV/forbidden: sender function address', detail: `Not in the token's auth_id: ${senderFa}`, in: SENDER_FA, dateTime: now.toISOString() }],
      ),
    };
  }

  const serviceViolations = [
    ...checkSender(world, attrs, senderFa),
    ...checkRecipient(world, attrs, recipientFa),
    ...checkDuplicates(world, request),
  ];
  if (serviceViolations.length > 0) return rejectWith(serviceViolations);

  const messageId = attrs.messageId ?? crypto.randomUUID();
  const recipientEntry = world.addressBook.findAddress(recipientFa);
  return {
    record: {
      direction: 'outgoing',
      id: request.data.id ?? crypto.randomUUID(),
      message: storedMessage(attrs, {
        messageId,
        conversationId: attrs.conversationId ?? messageId,
        creationDateTime: attrs.creationDateTime ?? now.toISOString(),
      }),
      scheduledAt: now.toISOString(),
      delivery: world.faults.take(senderFa) ?? (recipientEntry ? recipientEntry.behaviour : { kind: 'accept' }),
    },
  };
}

/** B1.4.2: the client must be entitled to the sending organisation; it owns the function address. */
function checkSender(world: MockWorld, attrs: CreateMessageAttributes, senderFa: string): RuleViolation[] {
  const owner = world.addressBook.participantOf(senderFa);
  if (!owner) {
    return [serviceViolation(SENDER_FA, 'senderAttention.subOrganization.extension.not-found', `sending function address ${senderFa} is not in the address book`, 'not-found')];
  }
  if (owner.toLowerCase() !== attrs.sender.toLowerCase()) {
    return [serviceViolation('data.attributes.sender', 'sender.not-owner', `sender must be ${owner}, the organisation owning the sending function address`, 'forbidden')];
  }
  return [];
}

/** MT's address-book check at SCHEDULED: the function address exists and belongs to `recipient`. */
function checkRecipient(world: MockWorld, attrs: CreateMessageAttributes, recipientFa: string): RuleViolation[] {
  const owner = world.addressBook.participantOf(recipientFa);
  if (!owner) {
    return [serviceViolation(RECIPIENT_FA, 'recipientAttention.subOrganization.extension.not-found', `function address ${recipientFa} is not in the address book`, 'not-found')];
  }
  if (owner.toLowerCase() !== attrs.recipient.toLowerCase()) {
    return [serviceViolation(RECIPIENT_FA, 'recipientAttention.subOrganization.extension.not-found', `function address ${recipientFa} does not belong to recipient ${attrs.recipient}`, 'not-found')];
  }
  return [];
}

function checkDuplicates(world: MockWorld, request: CreateMessageRequest): RuleViolation[] {
  const out: RuleViolation[] = [];
  const { messageId } = request.data.attributes;
  const records = world.store.all();
  if (messageId !== undefined && records.some((r) => r.direction === 'outgoing' && r.message.messageId.toLowerCase() === messageId.toLowerCase())) {
    out.push(serviceViolation('data.attributes.messageId', 'messageId.duplicate', 'a message with this messageId has already been sent', 'duplicate'));
  }
  const id = request.data.id;
  if (id !== undefined && records.some((r) => r.id.toLowerCase() === id.toLowerCase())) {
    out.push(serviceViolation('data.id', 'id.duplicate', 'a message with this id already exists', 'duplicate'));
  }
  return out;
}

function serviceViolation(path: string, rule: string, detail: string, reason: RuleViolation['receipt']['reason']): RuleViolation {
  return { in: path, rule, detail, receipt: { code: 'BV', reason } };
}

/** Only the contract's fields are kept: nothing else a client sends is echoed back. */
function storedMessage(
  attrs: CreateMessageAttributes,
  filled: { messageId: string; conversationId: string; creationDateTime: string },
): StoredMessage {
  return structuredClone({
    creationDateTime: filled.creationDateTime,
    messageId: filled.messageId,
    conversationId: filled.conversationId,
    ...(attrs.refToMessageId !== undefined ? { refToMessageId: attrs.refToMessageId } : {}),
    confidentiality: attrs.confidentiality,
    ...(attrs.generatingSystem !== undefined ? { generatingSystem: attrs.generatingSystem } : {}),
    ...(attrs.recipientAttention !== undefined ? { recipientAttention: attrs.recipientAttention } : {}),
    ...(attrs.senderAttention !== undefined ? { senderAttention: attrs.senderAttention } : {}),
    sender: attrs.sender,
    recipient: attrs.recipient,
    label: attrs.label,
    ...(attrs.digitalDocument !== undefined ? { digitalDocument: attrs.digitalDocument } : {}),
  });
}
