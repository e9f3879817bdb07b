/**
 * The demo registry built from the personas: grants to the person, or to an IdP group per
 * GROUP_GRANTS; Sara administers the registrator mailbox, Tove's training mailbox is hers to
 * send from. The same seed fills the gateway of `npm start` (scripts/gatewayDemo.ts), of the
 * in-browser demo and of the in-process gateway of component tests.
 */
import type { RegistrySeed } from '../../gateway/registry/seed';
import { GROUP_GRANTS, PERSONAS } from '../personas';
import { createSeedAddressBook } from '../seed';

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
