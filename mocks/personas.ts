/**
 * Demo personas of the local development world. One list, used by the local IdP (account
 * chooser, claims), the seed data (whose mailboxes get messages) and the end-to-end tests.
 *
 * Function address identifiers follow the pattern sdk:<function>:<participantIdentifier>,
 * as in Digg's examples (sdk:inkorg001:0203:inera.se).
 */
import type { Role } from '../src/sdk/user';
import { parsePracticeAccount, PRACTICE_DOMAIN, PRACTICE_ORGANIZATION } from '../src/sdk/training/practice';
import { PRACTICE_AUTH_IDS } from './seed/practiceAddresses';

export type PersonaRole = Role;

export interface Persona {
  /** Login name; also the value of ?as= and login_hint. */
  id: string;
  name: string;
  givenName: string;
  familyName: string;
  email: string;
  /** Swedish description shown in the IdP's account chooser. */
  description: string;
  organization: { id: string; name: string };
  roles: PersonaRole[];
  /** Function addresses the person may act for (the urn:sdk.digg.se:auth_id claim; the gateway's demo grants). */
  functionAddresses: string[];
  /** IdP groups (the `groups` claim); the gateway's demo registry grants some mailboxes to a group. */
  groups: string[];
}

export const FA = {
  malmoBarnUnga: 'sdk:socialtjanst-barn-unga:0203:malmo.se',
  malmoAldreomsorg: 'sdk:aldreomsorg:0203:malmo.se',
  malmoRegistrator: 'sdk:registrator:0203:malmo.se',
  lundSocialtjanst: 'sdk:socialtjanst:0203:lund.se',
  lundOverformyndare: 'sdk:overformyndare:0203:lund.se',
  regionSkaneUtbildning: 'sdk:utbildning:0203:skane.se',
} as const;

export const PERSONAS: readonly Persona[] = [
  {
    id: 'anna',
    name: 'Anna Lindqvist',
    givenName: 'Anna',
    familyName: 'Lindqvist',
    email: 'anna.lindqvist@malmo.se',
    description: 'Handläggare, Malmö stad – två funktionsbrevlådor',
    organization: { id: '0203:malmo.se', name: 'Malmö stad' },
    roles: ['caseworker'],
    functionAddresses: [FA.malmoBarnUnga, FA.malmoAldreomsorg],
    groups: ['malmo-aldreomsorg'],
  },
  {
    id: 'maja',
    name: 'Maja Holm',
    givenName: 'Maja',
    familyName: 'Holm',
    email: 'maja.holm@malmo.se',
    description: 'Handläggare, Malmö stad – socialtjänsten barn och unga (Annas kollega)',
    organization: { id: '0203:malmo.se', name: 'Malmö stad' },
    roles: ['caseworker'],
    functionAddresses: [FA.malmoBarnUnga],
    groups: ['malmo-barn-unga'],
  },
  {
    id: 'erik',
    name: 'Erik Johansson',
    givenName: 'Erik',
    familyName: 'Johansson',
    email: 'erik.johansson@lund.se',
    description: 'Handläggare, Lunds kommun – socialtjänsten',
    organization: { id: '0203:lund.se', name: 'Lunds kommun' },
    roles: ['caseworker'],
    functionAddresses: [FA.lundSocialtjanst],
    groups: ['lund-socialtjanst'],
  },
  {
    id: 'sara',
    name: 'Sara Nilsson',
    givenName: 'Sara',
    familyName: 'Nilsson',
    email: 'sara.nilsson@malmo.se',
    description: 'Superanvändare och registrator, Malmö stad',
    organization: { id: '0203:malmo.se', name: 'Malmö stad' },
    roles: ['superuser', 'caseworker'],
    functionAddresses: [FA.malmoRegistrator],
    groups: ['malmo-registratur'],
  },
  {
    id: 'tove',
    name: 'Tove Persson',
    givenName: 'Tove',
    familyName: 'Persson',
    email: 'tove.persson@skane.se',
    description: 'Utbildare, Region Skåne – övningsbrevlåda',
    organization: { id: '0203:skane.se', name: 'Region Skåne' },
    roles: ['trainer'],
    functionAddresses: [FA.regionSkaneUtbildning],
    groups: [],
  },
  {
    id: 'nils',
    name: 'Nils Ek',
    givenName: 'Nils',
    familyName: 'Ek',
    email: 'nils.ek@lund.se',
    description: 'Nyanställd handläggare, Lunds kommun – ingen brevlåda ännu',
    organization: { id: '0203:lund.se', name: 'Lunds kommun' },
    roles: ['caseworker'],
    functionAddresses: [],
    groups: ['lund-socialtjanst-nyanstallda'],
  },
];

/**
 * A persona by login name; also the practice accounts of courses (deltagare-<code>-<nn>, ADR
 * 0016), made up on demand: the course server decides what such an account may do.
 */
export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((p) => p.id === id) ?? practicePersona(id);
}

function practicePersona(id: string): Persona | undefined {
  const account = parsePracticeAccount(id);
  if (!account) return undefined;
  return {
    id,
    name: account.name,
    givenName: 'Deltagare',
    familyName: String(account.number),
    email: `${id}@${PRACTICE_DOMAIN}`,
    description: `Övningskonto i kurs ${account.code}`,
    organization: { ...PRACTICE_ORGANIZATION },
    roles: ['practice', 'caseworker'],
    functionAddresses: [account.mailbox],
    groups: [],
  };
}

/** The organisations the demo's MK backend serves: those of the personas (Malmö, Lund, Region Skåne). */
export const DEMO_ORGANIZATIONS: readonly string[] = [...new Set(PERSONAS.map((p) => p.organization.id))];

/**
 * Confidential client for system-to-system use (client credentials grant), as an MK backend
 * would call the message service. Development values only; documented in the README.
 */
export const SYSTEM_CLIENT = {
  clientId: 'mk-backend',
  clientSecret: 'mk-backend-dev-secret',
  /**
   * The function addresses this backend may act for: every function address of the
   * organisations it serves (`*:<organisation>`, as the simulator's mayActFor reads it), and of
   * the practice organisations. An MK backend acts for its organisations' function addresses —
   * a fixed list would leave out every mailbox a superuser registers in the console later; the
   * MK gateway decides per user which of them she may use.
   */
  functionAddresses: [...DEMO_ORGANIZATIONS.map((organization) => `*:${organization}`), ...PRACTICE_AUTH_IDS],
} as const;

/**
 * Grants the MK gateway's demo registry gives to IdP groups (the rest go to the person): Anna
 * has Äldreomsorg through her group, Erik Socialtjänsten in Lund, Maja Socialtjänsten barn och
 * unga (which Anna has through a grant to her person: the shared mailbox of both, one grant of
 * each kind). Nils's group has none.
 */
export const GROUP_GRANTS: readonly { group: string; mailbox: string }[] = [
  { group: 'malmo-aldreomsorg', mailbox: FA.malmoAldreomsorg },
  { group: 'malmo-barn-unga', mailbox: FA.malmoBarnUnga },
  { group: 'lund-socialtjanst', mailbox: FA.lundSocialtjanst },
];

/** Audience (resource indicator) of every access token of the local IdP: the SDK API (the MK gateway's audience in the demo). */
export const API_AUDIENCE = 'urn:sdk-mk:api';

/** The public browser client (Authorization Code + PKCE). */
export const BROWSER_CLIENT_ID = 'sdk-meddelandeklient';

/** Scopes per API operation (B1.4.2 §5.1): the IdP grants them, the mock service demands them. */
export { OPERATION_SCOPES, SDK_SCOPES } from '../src/sdk/scopes';

/** Claim names used by the local IdP. The app reads them through config.json. */
export const CLAIMS = {
  authId: 'urn:sdk.digg.se:auth_id',
  roles: 'urn:sdk-mk:roles',
  organizationId: 'urn:sdk-mk:organization_id',
  organizationName: 'urn:sdk-mk:organization_name',
  groups: 'groups',
} as const;
