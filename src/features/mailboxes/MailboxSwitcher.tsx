/**
 * The user's function mailboxes (from the auth_id claim) as navigation, with the address
 * book's name of each and the identifier as secondary text, and below it whom the user is
 * acting for in the active mailbox.
 */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/bidi';
import './mailboxes.css';
import { useSession } from '../../auth/SessionContext';
import { useHandlingCounts } from '../../api/endpoints/handlingCounts';
import { paths, type MailboxView } from '../../routes/paths';
import { UnreadBadge } from './UnreadBadge';
import { useActiveMailbox } from './useActiveMailbox';
import { useCurrentView } from './useCurrentView';
import { useFunctionAddressDirectory, type FunctionAddressDirectoryResult } from './useFunctionAddressDirectory';
import { useInboxWatch } from './useInboxWatch';
import { usePolledInbox } from './usePolledInbox';

export function MailboxSwitcher() {
  const { t } = useTranslation('mailboxes');
  const active = useActiveMailbox();
  const view = useCurrentView();
  const directory = useFunctionAddressDirectory();
  const activeMailbox = active.status === 'active' ? active.mailbox : undefined;
  const watch = useInboxWatch(active.mailboxes, usePolledInbox(activeMailbox), directory.labelOf);
  // Shared mailboxes (MK gateway): how many received messages nobody has taken yet.
  const handling = useHandlingCounts().data;

  return (
    <div className="mailbox-switcher">
      <h2 id="mailbox-switcher-heading" className="mailbox-switcher__heading">
        {t('switcher.heading')}
      </h2>
      {active.mailboxes.length === 0 ? (
        <p>{t('switcher.none')}</p>
      ) : (
        <ul className="mailbox-switcher__list" aria-labelledby="mailbox-switcher-heading">
          {active.mailboxes.map((identifier) => (
            <MailboxSwitcherItem
              key={identifier}
              identifier={identifier}
              label={directory.labelOf(identifier)}
              view={view}
              isActive={identifier === activeMailbox}
              badge={
                <>
                  <UnreadBadge count={watch.unread(identifier)} />
                  <UnassignedCount count={handling?.get(identifier)?.unassigned} />
                </>
              }
            />
          ))}
        </ul>
      )}
      {activeMailbox ? <SendingAs mailbox={activeMailbox} directory={directory} /> : null}
      {/* Always present, so screen readers notice when text appears (role status, polite). */}
      <output className="visually-hidden">{watch.announcement}</output>
    </div>
  );
}

/** "3 ej tilldelade": received messages of a shared mailbox that nobody has taken. Nothing for 0. */
function UnassignedCount({ count }: { count: number | undefined }) {
  const { t } = useTranslation('mailboxes');
  return count ? <span className="mailbox-switcher__unassigned">{t('switcher.unassigned', { count })}</span> : null;
}

interface MailboxSwitcherItemProps {
  identifier: string;
  label: string;
  view: MailboxView;
  isActive: boolean;
  /** Rendered after the names, e.g. an unread count. */
  badge: ReactNode;
}

function MailboxSwitcherItem({ identifier, label, view, isActive, badge }: MailboxSwitcherItemProps) {
  const { pathname } = useLocation();
  const to = paths.mailbox(identifier, view);
  // "page" when the link leads to exactly this page; "true" inside the mailbox (e.g. a message).
  const current = isActive ? (samePath(pathname, to) ? 'page' : 'true') : undefined;
  return (
    <li className="mailbox-switcher__item">
      <Link to={to} aria-current={current} title={identifier} className="mailbox-switcher__link">
        <span className="mailbox-switcher__label">{label}</span>
        {badge}
        {label !== identifier ? <span className="mailbox-switcher__identifier">{identifier}</span> : null}
      </Link>
    </li>
  );
}

function SendingAs({ mailbox, directory }: { mailbox: string; directory: FunctionAddressDirectoryResult }) {
  const { t } = useTranslation('mailboxes');
  const { user } = useSession();
  // The user's own organisation (from the sign-in) stands in until the address book answers.
  const organization = directory.organizationOf(mailbox)?.name ?? user.organization.name;
  const fn = directory.labelOf(mailbox);
  return (
    <p className="mailbox-switcher__sending-as">
      {organization ? t('switcher.sendingAs', { function: isolate(fn), organization: isolate(organization) }) : t('switcher.sendingAsFunction', { function: isolate(fn) })}
    </p>
  );
}

function samePath(pathname: string, to: string): boolean {
  const decode = (p: string) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  };
  return decode(pathname) === decode(to);
}
