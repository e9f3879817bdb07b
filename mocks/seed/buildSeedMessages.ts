/**
 * Turns the seed messages (plain data, times relative to the clock's start) into outgoing
 * records of the senders' message services. Deliveries to the recipients follow from the
 * status timeline (store/delivery.ts), exactly as for messages sent through the API.
 */
import type { ContentFile, InstanceIdentifier, MessageAttributes } from '../../src/sdk/model';
import { FUNCTIONAL_ADDRESS_ROOT } from '../../src/sdk/ids';
import type { AddressBook } from '../addressBook/addressBook';
import { deriveUuid } from '../ids';
import type { OutgoingRecord, StoredMessage } from '../store/messageRecord';
import { minimalPdfBase64 } from './files/minimalPdf';
import { tinyPngBase64 } from './files/tinyPng';
import type { SeedAttachment, SeedMessage } from './seedMessage';

export const seedRecordId = (key: string): string => deriveUuid(`seed:record:${key}`);
export const seedMessageId = (key: string): string => deriveUuid(`seed:messageId:${key}`);

export function buildSeedMessages(seeds: readonly SeedMessage[], addressBook: AddressBook, base: Date): OutgoingRecord[] {
  const byKey = new Map(seeds.map((seed) => [seed.key, seed]));
  const conversationOf = (seed: SeedMessage): string => {
    const parent = seed.replyTo ? byKey.get(seed.replyTo) : undefined;
    if (seed.replyTo && !parent) throw new Error(`Seed ${seed.key}: replyTo unknown message ${seed.replyTo}`);
    return parent ? conversationOf(parent) : seedMessageId(seed.key);
  };

  return seeds.map((seed) => {
    const from = requireAddress(addressBook, seed.from, seed.key);
    const to = requireAddress(addressBook, seed.to, seed.key);
    const createdAt = new Date(base.getTime() - seed.sentAgo).toISOString();
    const message: StoredMessage = {
      creationDateTime: createdAt,
      messageId: seedMessageId(seed.key),
      conversationId: conversationOf(seed),
      ...(seed.replyTo ? { refToMessageId: seedMessageId(seed.replyTo) } : {}),
      confidentiality: seed.confidential,
      senderAttention: attention(seed.from, from.name, seed.senderPersons, seed.senderReferences),
      recipientAttention: attention(seed.to, to.name, seed.recipientPersons, seed.recipientReferences),
      sender: from.participant,
      recipient: to.participant,
      label: seed.label,
      digitalDocument: [
        {
          documentId: deriveUuid(`seed:document:${seed.key}`),
          index: '1',
          contentTextBody: [seed.body],
          ...(seed.attachments?.length ? { contentFiles: seed.attachments.map(contentFile) } : {}),
        },
      ],
    };
    return {
      direction: 'outgoing',
      id: seedRecordId(seed.key),
      message,
      scheduledAt: createdAt,
      delivery: seed.outcome ?? to.behaviour,
    };
  });
}

function requireAddress(addressBook: AddressBook, identifier: string, key: string) {
  const entry = addressBook.findAddress(identifier);
  const participant = addressBook.participantOf(identifier);
  if (!entry || !participant) throw new Error(`Seed ${key}: ${identifier} is not in the address book`);
  return { name: entry.name, participant, behaviour: entry.behaviour };
}

function attention(
  extension: string,
  label: string,
  persons: InstanceIdentifier[] | undefined,
  references: InstanceIdentifier[] | undefined,
): NonNullable<MessageAttributes['senderAttention']> {
  return {
    subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension, label },
    ...(persons?.length ? { attentionPerson: persons.map((p) => ({ ...p })) } : {}),
    ...(references?.length ? { referenceId: references.map((r) => ({ ...r })) } : {}),
  };
}

function contentFile(attachment: SeedAttachment): ContentFile {
  if ('pdf' in attachment) {
    return { fileName: attachment.fileName, contentType: 'application/pdf', content: minimalPdfBase64(attachment.pdf) };
  }
  if ('png' in attachment) {
    return { fileName: attachment.fileName, contentType: 'image/png', content: tinyPngBase64(attachment.png.width, attachment.png.height) };
  }
  return { fileName: attachment.fileName, contentType: attachment.contentType, content: utf8Base64(attachment.text) };
}

function utf8Base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
