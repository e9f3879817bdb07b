/**
 * The superuser console's sections (issue 9, ADR 0013): one line each. The console page lists
 * them in this order in its navigation and mounts each at /konsol/<segment>/*; a section's
 * code (and its own text namespaces, when it has any beyond 'console') loads only when it is
 * opened. Nav labels are in the 'console' namespace under `sections.<id>`.
 */
import type { ComponentType } from 'react';
import type { NamespaceName } from '../../i18n';

export type ConsoleSectionId = 'mailboxes' | 'access' | 'log' | 'addressBook' | 'connectionTest' | 'retention' | 'status' | 'rollout';

export interface ConsoleSection {
  id: ConsoleSectionId;
  /** The URL segment under /konsol/ (Swedish, as the app's other paths). */
  segment: string;
  /** The section's component; rendered inside the console frame. */
  load: () => Promise<ComponentType>;
  /** On-demand namespaces the section needs besides 'console'. */
  namespaces?: readonly NamespaceName[];
}

export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  { id: 'mailboxes', segment: 'funktionsbrevlador', load: () => import('./mailboxes/MailboxesSection').then((m) => m.MailboxesSection) },
  { id: 'access', segment: 'behorigheter', load: () => import('./access/AccessSection').then((m) => m.AccessSection) },
  { id: 'log', segment: 'logg', load: () => import('./log/LogSection').then((m) => m.LogSection) },
  { id: 'addressBook', segment: 'adressbok', namespaces: ['consoleConnection'], load: () => import('./connection/AddressBookSection').then((m) => m.AddressBookSection) },
  { id: 'connectionTest', segment: 'anslutningstest', namespaces: ['consoleConnection'], load: () => import('./connection/ConnectionTestSection').then((m) => m.ConnectionTestSection) },
  { id: 'status', segment: 'driftstatus', namespaces: ['consoleConnection'], load: () => import('./connection/StatusSection').then((m) => m.StatusSection) },
  { id: 'retention', segment: 'gallring', load: () => import('./retention/RetentionSection').then((m) => m.RetentionSection), namespaces: ['consoleRetention'] },
  { id: 'rollout', segment: 'inforande', load: () => import('./rollout/RolloutSection').then((m) => m.RolloutSection), namespaces: ['consoleRollout'] },
];
