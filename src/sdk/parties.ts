/**
 * Display names of the parties of a message, from the address book with the message's own
 * data as fallback (the address book may not know an old or foreign function address).
 */
import type { FunctionAddressDirectory } from './directory';

export interface PartyFields {
  /** Organisation (participant identifier). */
  organization: string | undefined;
  /** Function address identifier. */
  functionAddress: string | undefined;
  /** The label the message itself gives the function address, if any. */
  functionLabel: string | undefined;
}

export interface PartyNames {
  organization: string | undefined;
  functionName: string | undefined;
}

export function partyNames(party: PartyFields, directory: FunctionAddressDirectory): PartyNames {
  const { organization, functionAddress, functionLabel } = party;
  const orgFromAddress = functionAddress ? directory.organizationOf(functionAddress)?.name : undefined;
  const orgFromParticipant = organization ? directory.organizationNameOf(organization) : undefined;
  const functionName =
    functionAddress && directory.has(functionAddress)
      ? directory.labelOf(functionAddress)
      : (functionLabel ?? functionAddress);
  return { organization: orgFromAddress ?? orgFromParticipant ?? organization, functionName };
}

/**
 * One line for a list: "Malmö stad – Socialtjänsten barn och unga" (organisation first, as for
 * a sender) or "Socialtjänsten barn och unga, Malmö stad" (function first, as for a recipient).
 * Undefined when nothing is known.
 */
export function partyText(
  party: PartyFields,
  directory: FunctionAddressDirectory,
  order: 'organization-first' | 'function-first' = 'organization-first',
): string | undefined {
  return namesText(partyNames(party, directory), order);
}

/** partyText from names already looked up. */
export function namesText(names: PartyNames, order: 'organization-first' | 'function-first' = 'organization-first'): string | undefined {
  const parts = (
    order === 'organization-first' ? [names.organization, names.functionName] : [names.functionName, names.organization]
  ).filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(order === 'organization-first' ? ' – ' : ', ') : undefined;
}
