/**
 * The function mailbox the current page is about: the `:mailbox` route parameter, accepted
 * only when it is one of the signed-in user's own mailboxes (the auth_id claim). The message
 * service would refuse anyway; checking here lets us explain instead of showing an API error.
 */
import { useParams } from 'react-router';
import { useSession } from '../../auth/SessionContext';

export type ActiveMailbox =
  /** The route names one of the user's mailboxes. */
  | { status: 'active'; mailbox: string; mailboxes: readonly string[] }
  /** The route names a mailbox the user may not act for; `fallback` is their first one, if any. */
  | { status: 'foreign'; requested: string; fallback: string | undefined; mailboxes: readonly string[] }
  /** The route has no :mailbox (e.g. the start page). */
  | { status: 'none'; mailboxes: readonly string[] };

export function useActiveMailbox(): ActiveMailbox {
  const { mailbox } = useParams();
  const mailboxes = useSession().user.functionAddresses;
  if (mailbox === undefined || mailbox === '') return { status: 'none', mailboxes };
  if (mailboxes.includes(mailbox)) return { status: 'active', mailbox, mailboxes };
  return { status: 'foreign', requested: mailbox, fallback: mailboxes[0], mailboxes };
}
