/**
 * The address-book check of a function mailbox: is it published in SDK Adressbok, and do the
 * name and description there match the MK's registry? Digg has no API for publishing, so when
 * something is missing or differs the result lists the exact values to enter in Digg's
 * administration. Whitespace differences (leading, trailing, runs of spaces) do not count;
 * case does (the address book shows names as entered).
 */

export interface RegistryMailboxFacts {
  /** The function address identifier, e.g. sdk:registrator:0203:malmo.se. */
  id: string;
  /** The organisation's participant identifier, e.g. 0203:malmo.se. */
  organizationId: string;
  name: string;
  description?: string | null;
}

export interface AddressBookEntryFacts {
  identifier: string;
  name: string;
  description?: string | null;
}

export type AddressBookField = 'name' | 'description';

export type AddressBookState = 'missing' | 'differs' | 'matches';

export interface ValuesToEnter {
  /** Funktionsadress */
  identifier: string;
  /** Organisation (participant identifier) */
  organization: string;
  /** Namn */
  name: string;
  /** Beskrivning ('' when the registry has none) */
  description: string;
}

export interface AddressBookCheck {
  mailboxId: string;
  state: AddressBookState;
  /** The fields that differ (empty unless state is 'differs'). */
  differences: AddressBookField[];
  /** What the address book holds now, when published. */
  published?: { name: string; description: string };
  /** What to enter in Digg's administration; absent when everything matches. */
  toEnter?: ValuesToEnter;
}

const normalize = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

export function checkAddressBookEntry(mailbox: RegistryMailboxFacts, entry: AddressBookEntryFacts | undefined): AddressBookCheck {
  const toEnter: ValuesToEnter = {
    identifier: mailbox.id,
    organization: mailbox.organizationId,
    name: normalize(mailbox.name),
    description: normalize(mailbox.description),
  };
  if (!entry) return { mailboxId: mailbox.id, state: 'missing', differences: [], toEnter };
  const published = { name: normalize(entry.name), description: normalize(entry.description) };
  const differences: AddressBookField[] = [];
  if (published.name !== toEnter.name) differences.push('name');
  if (published.description !== toEnter.description) differences.push('description');
  return differences.length === 0
    ? { mailboxId: mailbox.id, state: 'matches', differences, published }
    : { mailboxId: mailbox.id, state: 'differs', differences, published, toEnter };
}

/** Checks every mailbox against the entries (matched on the identifier, case-insensitively). */
export function checkAddressBook(mailboxes: readonly RegistryMailboxFacts[], entries: readonly AddressBookEntryFacts[]): AddressBookCheck[] {
  const byId = new Map(entries.map((e) => [e.identifier.toLowerCase(), e]));
  return mailboxes.map((m) => checkAddressBookEntry(m, byId.get(m.id.toLowerCase())));
}
