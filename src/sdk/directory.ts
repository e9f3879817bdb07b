/**
 * The SDK address book as lookups for the UI: display names of function addresses and of the
 * organisations that own them. Pure (no React, no HTTP) so it is easy to test and reuse.
 *
 * Organisations form a tree: a function address usually belongs to a unit (OU, e.g.
 * "Arbetsmarknads- och socialförvaltningen") of a participant organisation (O, e.g. "Malmö
 * stad"). Only the O is an SDK participant and it is what people recognise, so `organizationOf`
 * answers with the O and gives the unit separately.
 */
import type { FunctionAddress, Organization } from './model';

/** The whole SDK address book, as the address book endpoints give it. */
export interface AddressBook {
  addresses: FunctionAddress[];
  organizations: Organization[];
}

export interface OrganizationInfo {
  /** Resource id of the participant organisation (O) in the address book. */
  id: string;
  /** Participant identifier, e.g. 0203:malmo.se (what a message carries in sender/recipient). */
  participantIdentifier: string;
  /** Name of the participant organisation, e.g. "Malmö stad". */
  name: string;
  /** Name of the unit (OU) the function address belongs to, when it is not the O itself. */
  unit?: string;
}

export interface FunctionAddressDirectory {
  /** Display name of a function address; the identifier itself when the address book lacks it. */
  labelOf(identifier: string): string;
  /** True when the address book knows the function address. */
  has(identifier: string): boolean;
  /** The participant organisation (and unit) owning a function address, if known. */
  organizationOf(identifier: string): OrganizationInfo | undefined;
  /** Name of a participant organisation by its participant identifier (e.g. 0203:malmo.se). */
  organizationNameOf(participantIdentifier: string): string | undefined;
}

/** Parent chains are short; the limit only guards against a cycle in bad data. */
const MAX_DEPTH = 10;

export function buildDirectory(
  addresses: readonly FunctionAddress[],
  organizations: readonly Organization[],
): FunctionAddressDirectory {
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const addressById = new Map<string, FunctionAddress>();
  for (const address of addresses) {
    const identifier = address.attributes?.identifier;
    if (typeof identifier === 'string' && !addressById.has(identifier)) addressById.set(identifier, address);
  }
  const participantNames = new Map<string, string>();
  for (const org of organizations) {
    const attrs = org.attributes;
    // Units share the participant identifier of their O; only the O names the participant.
    if (attrs?.organizationType === 'O' && attrs.participantIdentifier && attrs.name) {
      participantNames.set(attrs.participantIdentifier, attrs.name);
    }
  }

  const topOf = (org: Organization): Organization => {
    let current = org;
    for (let depth = 0; depth < MAX_DEPTH && current.attributes.organizationType !== 'O'; depth++) {
      const parentId = current.relationships?.parent?.data?.id;
      const parent = parentId ? orgById.get(parentId) : undefined;
      if (!parent) break;
      current = parent;
    }
    return current;
  };

  const infoCache = new Map<string, OrganizationInfo | undefined>();

  return {
    labelOf(identifier) {
      const name = addressById.get(identifier)?.attributes.name;
      return name && name.trim() ? name : identifier;
    },
    has(identifier) {
      return addressById.has(identifier);
    },
    organizationOf(identifier) {
      if (infoCache.has(identifier)) return infoCache.get(identifier);
      const orgId = addressById.get(identifier)?.relationships?.organization?.data?.id;
      const org = orgId ? orgById.get(orgId) : undefined;
      let info: OrganizationInfo | undefined;
      if (org) {
        const top = topOf(org);
        info = {
          id: top.id,
          participantIdentifier: top.attributes.participantIdentifier,
          name: top.attributes.name,
          ...(top !== org ? { unit: org.attributes.name } : {}),
        };
      }
      infoCache.set(identifier, info);
      return info;
    },
    organizationNameOf(participantIdentifier) {
      return participantNames.get(participantIdentifier);
    },
  };
}

/** Used while the address book is loading or unavailable: every lookup falls back to ids. */
export const EMPTY_DIRECTORY: FunctionAddressDirectory = buildDirectory([], []);

const directoryOfBook = new WeakMap<AddressBook, FunctionAddressDirectory>();

/**
 * The directory of one address book answer, built once however many readers it has (the
 * mailbox names and the recipient search both read the same cached book).
 */
export function directoryOf(book: AddressBook): FunctionAddressDirectory {
  let directory = directoryOfBook.get(book);
  if (!directory) {
    directory = buildDirectory(book.addresses, book.organizations);
    directoryOfBook.set(book, directory);
  }
  return directory;
}

/**
 * The directory with the registry's names of the user's own mailboxes as a fallback: a mailbox
 * a superuser has just registered (or not yet published) is missing from the address-book
 * copy, and its owner should still see its name, not only its identifier. The address book
 * wins where it has a name: it is what every other organisation sees.
 */
export function withOwnMailboxNames(directory: FunctionAddressDirectory, names: ReadonlyMap<string, string>): FunctionAddressDirectory {
  if (names.size === 0) return directory;
  return {
    ...directory,
    labelOf(identifier) {
      const label = directory.labelOf(identifier);
      if (label !== identifier) return label;
      const own = names.get(identifier);
      return own && own.trim() ? own : identifier;
    },
  };
}
