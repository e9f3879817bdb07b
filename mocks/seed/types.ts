/** Shapes of the seed data files (plain data, readable on their own). */
import type { DeliveryBehaviour } from '../addressBook/deliveryBehaviour';

export interface SeedOrganization {
  /** Stable key used by the seed; the resource id is derived from it. */
  key: string;
  participantIdentifier: string;
  name: string;
  alternateName?: string[];
  organizationNumber?: string;
  organizationType: 'O' | 'OU';
  /** Key of the parent organisation (OU only). */
  parent?: string;
}

export interface SeedFunctionAddress {
  identifier: string;
  name: string;
  description?: string;
  /** Key of the owning organisation in seed/organizations.ts. */
  organization: string;
  /** How this address answers messages; accepts when absent. */
  behaviour?: DeliveryBehaviour;
}
