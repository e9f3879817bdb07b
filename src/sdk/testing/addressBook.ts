/** Test helper: address-book entries (organisations and function addresses) as the service sends them. */
import type { FunctionAddress, Organization } from '../model';

export function organization(
  id: string,
  name: string,
  options: { participant?: string; parent?: string; attributes?: Partial<Organization['attributes']> } = {},
): Organization {
  const { participant = '0203:malmo.se', parent, attributes = {} } = options;
  return {
    type: 'organizations',
    id,
    attributes: { participantIdentifier: participant, name, organizationType: parent ? 'OU' : 'O', ...attributes },
    relationships: { parent: { data: parent ? { type: 'organizations', id: parent } : null } },
  };
}

export function functionAddress(identifier: string, name: string, organizationId: string): FunctionAddress {
  return {
    type: 'addresses',
    id: `a-${identifier}`,
    attributes: { identifier, name },
    relationships: { organization: { data: { type: 'organizations', id: organizationId } } },
  };
}
