/**
 * The practice organisations of courses (issue 11, ADR 0016): counterparts that scenarios send
 * from and participants send to. They exist only in the simulated federation (…ovning.sdk.se);
 * participants' own practice mailboxes are a family of addresses the address book recognises
 * (src/sdk/training/practice.ts) without listing them.
 */
import { PRACTICE_ORGANIZATION } from '../../src/sdk/training/practice';
import type { SeedFunctionAddress, SeedOrganization } from './types';

/** Organisation numbers in the right form, made up for practice (never a real organisation's). */
const org = (key: string, domain: string, name: string, organizationNumber: string): SeedOrganization => ({ key, participantIdentifier: `0203:${domain}`, name, organizationNumber, organizationType: 'O' });

export const PRACTICE_ORGANIZATIONS: readonly SeedOrganization[] = [
  { key: 'ovning', participantIdentifier: PRACTICE_ORGANIZATION.id, name: PRACTICE_ORGANIZATION.name, organizationNumber: '999000-0001', organizationType: 'O' },
  org('ovning-skolan', 'skolan.ovning.sdk.se', 'Övningsskolan', '999000-0002'),
  org('ovning-regionen', 'regionen.ovning.sdk.se', 'Övningsregionen', '999000-0003'),
  org('ovning-grannby', 'grannby.ovning.sdk.se', 'Grannby (övning)', '999000-0004'),
  org('ovning-storstad', 'storstad.ovning.sdk.se', 'Storstad (övning)', '999000-0005'),
  org('ovning-lillby', 'lillby.ovning.sdk.se', 'Lillby (övning)', '999000-0006'),
];

export const PRACTICE_FUNCTION_ADDRESSES: readonly SeedFunctionAddress[] = [
  { identifier: 'sdk:ifo-mottagning:0203:ovning.sdk.se', name: 'Socialtjänsten – mottagning (övning)', organization: 'ovning' },
  {
    identifier: 'sdk:ifo-gammal:0203:ovning.sdk.se',
    name: 'Socialtjänsten – gammal adress (övning)',
    organization: 'ovning',
    behaviour: {
      kind: 'reject',
      lines: [
        {
          responseCode: 'BV',
          statusReasonCode: 'RegelID-201',
          statusReason: 'Funktionsadressen används inte längre. Skicka till sdk:ifo-mottagning:0203:ovning.sdk.se.',
          lineId: '/Adressering/Mottagare',
        },
      ],
    },
  },
  { identifier: 'sdk:elevhalsa:0203:skolan.ovning.sdk.se', name: 'Elevhälsan (övning)', organization: 'ovning-skolan' },
  { identifier: 'sdk:vardcentral:0203:regionen.ovning.sdk.se', name: 'Vårdcentralen (övning)', organization: 'ovning-regionen' },
  { identifier: 'sdk:kvittens-uteblir:0203:regionen.ovning.sdk.se', name: 'Vårdcentralen – ny adress (övning, kvitto uteblir)', organization: 'ovning-regionen', behaviour: { kind: 'noReceipt' } },
  { identifier: 'sdk:socialtjanst:0203:grannby.ovning.sdk.se', name: 'Socialtjänsten Grannby (övning)', organization: 'ovning-grannby' },
  { identifier: 'sdk:socialtjanst:0203:storstad.ovning.sdk.se', name: 'Socialtjänsten Storstad (övning)', organization: 'ovning-storstad' },
  { identifier: 'sdk:socialtjanst:0203:lillby.ovning.sdk.se', name: 'Socialtjänsten Lillby (övning)', organization: 'ovning-lillby' },
];

/**
 * auth_id entries a backend uses to act for every practice function address (participants'
 * mailboxes are created per course, so they cannot be listed in a token).
 */
export const PRACTICE_AUTH_IDS = ['*:0203:ovning.sdk.se', '*.ovning.sdk.se'] as const;
