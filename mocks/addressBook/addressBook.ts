/**
 * The simulated SDK address book: organisations and their function addresses, as the message
 * service checks them (recipient exists, sender owns its address) and as the address book API
 * lists them. Built once from plain seed data; never mutated.
 */
import type { FunctionAddress, Organization } from '../../src/sdk/model';
import { isPracticeMailbox } from '../../src/sdk/training/practice';
import { deriveUuid } from '../ids';
import type { SeedFunctionAddress, SeedOrganization } from '../seed/types';
import { ACCEPT, type DeliveryBehaviour } from './deliveryBehaviour';

export interface AddressBookOrganization {
  /** Resource id (JSON:API). */
  id: string;
  participantIdentifier: string;
  name: string;
  alternateName?: string[];
  organizationNumber?: string;
  organizationType: 'O' | 'OU';
  parentId?: string;
}

export interface AddressBookAddress {
  /** Resource id (JSON:API). */
  id: string;
  /** The function address, used as subOrganization.extension. */
  identifier: string;
  name: string;
  description?: string;
  organizationId: string;
  behaviour: DeliveryBehaviour;
}

export interface AddressBook {
  readonly organizations: readonly AddressBookOrganization[];
  readonly addresses: readonly AddressBookAddress[];
  findAddress(identifier: string): AddressBookAddress | undefined;
  /** The participant (organisation identifier) that owns a function address. */
  participantOf(identifier: string): string | undefined;
}

export function organizationResourceId(key: string): string {
  return deriveUuid(`organization:${key}`);
}

export function createAddressBook(
  organizations: readonly SeedOrganization[],
  addresses: readonly SeedFunctionAddress[],
): AddressBook {
  const orgs: AddressBookOrganization[] = organizations.map((o) => ({
    id: organizationResourceId(o.key),
    participantIdentifier: o.participantIdentifier,
    name: o.name,
    ...(o.alternateName ? { alternateName: [...o.alternateName] } : {}),
    ...(o.organizationNumber ? { organizationNumber: o.organizationNumber } : {}),
    organizationType: o.organizationType,
    ...(o.parent ? { parentId: organizationResourceId(o.parent) } : {}),
  }));
  const orgById = new Map(orgs.map((o) => [o.id, o]));

  const entries: AddressBookAddress[] = addresses.map((a) => {
    const organizationId = organizationResourceId(a.organization);
    if (!orgById.has(organizationId)) throw new Error(`Seed: ${a.identifier} names unknown organisation ${a.organization}`);
    return {
      id: deriveUuid(`address:${a.identifier}`),
      identifier: a.identifier,
      name: a.name,
      ...(a.description ? { description: a.description } : {}),
      organizationId,
      behaviour: a.behaviour ?? ACCEPT,
    };
  });
  const byIdentifier = new Map<string, AddressBookAddress>();
  for (const entry of entries) {
    if (byIdentifier.has(entry.identifier)) throw new Error(`Seed: duplicate function address ${entry.identifier}`);
    byIdentifier.set(entry.identifier, entry);
  }

  return {
    organizations: orgs,
    addresses: entries,
    findAddress: (identifier) => byIdentifier.get(identifier) ?? practiceMailboxEntry(identifier),
    participantOf(identifier) {
      const entry = byIdentifier.get(identifier) ?? practiceMailboxEntry(identifier);
      return entry ? orgById.get(entry.organizationId)?.participantIdentifier : undefined;
    },
  };
}

export function toOrganizationResource(org: AddressBookOrganization): Organization {
  return {
    type: 'organizations',
    id: org.id,
    attributes: {
      participantIdentifier: org.participantIdentifier,
      name: org.name,
      ...(org.alternateName ? { alternateName: org.alternateName } : {}),
      ...(org.organizationNumber ? { organizationNumber: org.organizationNumber } : {}),
      organizationType: org.organizationType,
    },
    relationships: {
      parent: { data: org.parentId ? { type: 'organizations', id: org.parentId } : null },
    },
  };
}

export function toAddressResource(entry: AddressBookAddress): FunctionAddress {
  return {
    type: 'addresses',
    id: entry.id,
    attributes: {
      identifier: entry.identifier,
      name: entry.name,
      ...(entry.description ? { description: entry.description } : {}),
    },
    relationships: { organization: { data: { type: 'organizations', id: entry.organizationId } } },
  };
}

/**
 * A participant's practice mailbox of a course (ADR 0016): known to the address book without
 * being listed, so courses need no change of the seed. Only when the practice organisation is
 * in the book.
 */
function practiceMailboxEntry(identifier: string): AddressBookAddress | undefined {
  if (!isPracticeMailbox(identifier)) return undefined;
  return { id: deriveUuid(`address:${identifier}`), identifier, name: `Övningsbrevlåda ${identifier.split(':')[1] ?? ''}`, organizationId: organizationResourceId(PRACTICE_ORG_KEY), behaviour: ACCEPT };
}

/** Key of the practice organisation in the seed (seed/practiceAddresses.ts). */
export const PRACTICE_ORG_KEY = 'ovning';
