/**
 * The session as features see it, with the user's function mailboxes taken from the MK
 * gateway's registry (GET /mk/me) instead of the token's auth_id claim. While the first answer
 * is on its way nothing is shown (one short request); if it fails, the token's list is used —
 * the gateway still checks the grant on every request, so that can show a mailbox but never
 * open one without a grant.
 */
import { useMemo, type ReactNode } from 'react';
import { useMyMailboxIds } from '../api/endpoints/me';
import { SessionProvider, useSession } from '../auth/SessionContext';

export function GrantedSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const { data: ids, isPending } = useMyMailboxIds();
  const granted = useMemo(() => (ids ? { ...session, user: { ...session.user, functionAddresses: ids } } : session), [session, ids]);
  return isPending ? null : <SessionProvider value={granted}>{children}</SessionProvider>;
}
