/**
 * The simulated SDK address book: organisations and their function addresses, as the message
 * service checks them (recipient exists, sender owns its address) and as the address book API
 * lists them. Built once from plain seed data; the seed itself is never mutated.
 *
 * Publications (development-only, the simulator's control route): a trainer can publish an
 * address the seed does not have (e.g. a mailbox just registered in the console) or unpublish a
 * seeded one. Unpublished addresses drop out of the address book's listing only; the simulated
 * federation still routes their messages, so the demo's inboxes keep working.
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

/** The trainer's changes to the seed's publications (JSON, part of the world's snapshot). */
export interface PublicationState {
  /** Addresses published beyond the seed. */
  published: { identifier: string; name: string; description?: string }[];
  /** Lower-cased identifiers of seed addresses taken out of the listing. */
  unpublished: string[];
}

export type PublishResult = { ok: true; entry: AddressBookAddress } | { ok: false; reason: 'unknown-organization' | 'malformed' };

export interface AddressBook {
  readonly organizations: readonly AddressBookOrganization[];
  /** The seed's addresses (the federation's routing); see listedAddresses() for the listing. */
  readonly addresses: readonly AddressBookAddress[];
  /** What the address book API lists: the seed minus unpublished, plus published. */
  listedAddresses(): readonly AddressBookAddress[];
  /** Publishes (or republishes, with new name/description) an address. */
  publish(address: { identifier: string; name: string; description?: string }): PublishResult;
  /** Takes an address out of the listing; false when it was not listed. */
  unpublish(identifier: string): boolean;
  publications(): PublicationState;
  /** Replaces the publications (snapshot restore, reset with an empty state). */
  restorePublications(state: PublicationState): void;
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

  // Publications beyond the seed, by lower-cased identifier, and seed addresses taken out.
  const extra = new Map<string, AddressBookAddress>();
  const hidden = new Set<string>();
  // Practice mailboxes of a course (ADR 0016) are addresses of their practice organisation without a seed entry.
  const find = (identifier: string) => extra.get(identifier.toLowerCase()) ?? byIdentifier.get(identifier) ?? practiceMailboxEntry(identifier);
  const seedHas = (identifier: string) => entries.some((e) => e.identifier.toLowerCase() === identifier.toLowerCase());

  const publish = (address: { identifier: string; name: string; description?: string }): PublishResult => {
    const match = /^sdk:[^:]+:(.+)$/.exec(address.identifier.trim());
    const name = address.name.trim();
    if (!match?.[1] || name === '') return { ok: false, reason: 'malformed' };
    const participant = match[1].toLowerCase();
    const org =
      orgs.find((o) => o.organizationType === 'O' && o.participantIdentifier.toLowerCase() === participant) ??
      orgs.find((o) => o.participantIdentifier.toLowerCase() === participant);
    if (!org) return { ok: false, reason: 'unknown-organization' };
    const identifier = address.identifier.trim();
    const key = identifier.toLowerCase();
    hidden.delete(key);
    const seeded = entries.find((e) => e.identifier.toLowerCase() === key);
    const description = address.description?.trim();
    // A seed address republished with the seed's own values needs no extra entry.
    if (seeded && seeded.name === name && (seeded.description ?? '') === (description ?? '')) {
      extra.delete(key);
      return { ok: true, entry: seeded };
    }
    const entry: AddressBookAddress = {
      id: seeded?.id ?? deriveUuid(`address:${key}`),
      identifier: seeded?.identifier ?? identifier,
      name,
      ...(description ? { description } : {}),
      organizationId: seeded?.organizationId ?? org.id,
      behaviour: seeded?.behaviour ?? ACCEPT,
    };
    extra.set(key, entry);
    return { ok: true, entry };
  };

  return {
    organizations: orgs,
    addresses: entries,
    listedAddresses: () => [
      ...entries.filter((e) => !hidden.has(e.identifier.toLowerCase())).map((e) => extra.get(e.identifier.toLowerCase()) ?? e),
      ...[...extra.values()].filter((e) => !seedHas(e.identifier)),
    ],
    publish,
    unpublish(identifier) {
      const key = identifier.trim().toLowerCase();
      const wasListed = extra.has(key) || (seedHas(key) && !hidden.has(key));
      extra.delete(key);
      if (seedHas(key)) hidden.add(key);
      return wasListed;
    },
    publications: () => ({
      published: [...extra.values()].map((e) => ({ identifier: e.identifier, name: e.name, ...(e.description ? { description: e.description } : {}) })),
      unpublished: [...hidden],
    }),
    restorePublications(state) {
      extra.clear();
      hidden.clear();
      for (const address of state.published) publish(address);
      for (const identifier of state.unpublished) if (seedHas(identifier)) hidden.add(identifier.toLowerCase());
    },
    findAddress: find,
    participantOf(identifier) {
      const entry = find(identifier);
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
