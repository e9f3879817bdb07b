/**
 * The MK gateway in the local development world: its configuration pointing at the local IdP
 * and the simulator, and the demo registry built from the personas (grants to the person, or to
 * an IdP group per GROUP_GRANTS; Sara administers the registrator mailbox, Tove's training
 * mailbox is hers to send from).
 */
import { createSeedAddressBook } from '../mocks/seed';
import { GROUP_GRANTS, PERSONAS, SDK_SCOPES, SYSTEM_CLIENT } from '../mocks/personas';
import { API_AUDIENCE } from '../mocks/idp/configuration';
import { readConfig, type GatewayConfig } from '../gateway/config';
import type { RegistrySeed } from '../gateway/registry/seed';
import { IDP_ISSUER, MT_SIM_ORIGIN, PORTS } from './ports';

export function demoRegistrySeed(): RegistrySeed {
  const addressBook = createSeedAddressBook();
  const mailboxIds = [...new Set(PERSONAS.flatMap((p) => p.functionAddresses))];
  const mailboxes = mailboxIds.map((id) => ({
    id,
    name: addressBook.findAddress(id)?.name ?? id,
    organizationId: addressBook.participantOf(id) ?? id.split(':').slice(2).join(':'),
  }));
  const grants: RegistrySeed['grants'] = GROUP_GRANTS.map(({ group, mailbox }) => ({
    mailboxId: mailbox,
    subjectKind: 'group' as const,
    subject: group,
    level: 'send' as const,
  }));
  for (const persona of PERSONAS) {
    for (const mailbox of persona.functionAddresses) {
      const viaGroup = GROUP_GRANTS.some((g) => g.mailbox === mailbox && persona.groups.includes(g.group));
      if (viaGroup) continue;
      grants.push({
        mailboxId: mailbox,
        subjectKind: 'person',
        subject: persona.id,
        level: persona.roles.includes('superuser') ? 'admin' : 'send',
      });
    }
  }
  // The demo IdP's people: the console can find and grant them before they have signed in.
  const people = PERSONAS.map((p) => ({ sub: p.id, name: p.name, organizationId: p.organization.id, groups: [...p.groups] }));
  return { mailboxes, grants, people };
}

/** The demo's gateway configuration; the process environment may override any variable. */
export function demoGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return readConfig({
    PORT: String(PORTS.gateway),
    OIDC_ISSUER: IDP_ISSUER,
    OIDC_AUDIENCE: API_AUDIENCE,
    MT_BASE_URL: `${MT_SIM_ORIGIN}/api`,
    MT_TOKEN_URL: `${IDP_ISSUER}/token`,
    MT_CLIENT_ID: SYSTEM_CLIENT.clientId,
    MT_CLIENT_SECRET: SYSTEM_CLIENT.clientSecret,
    MT_SCOPES: SDK_SCOPES.join(' '),
    ADDRESS_BOOK_URL: `${MT_SIM_ORIGIN}/api/addressbook`,
    LOG_LEVEL: 'warn',
    // The demo's own port and host stay fixed (PORT and HOST are too generic to take from a shell).
    ...Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== undefined && v !== '' && k !== 'PORT' && k !== 'HOST')),
  });
}
