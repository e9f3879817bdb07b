/**
 * The session as features see it, with the user's function mailboxes taken from the MK
 * gateway's registry (GET /mk/me) instead of the token's auth_id claim. While the first answer
 * is on its way nothing is shown (one short request); if it fails, the token's list is used —
 * the gateway still checks the grant on every request, so that can show a mailbox but never
 * open one without a grant.
 */
import { useMemo, type ReactNode } from 'react';
import { SessionProvider, useSession } from '../auth/SessionContext';
import { useMyMailboxes } from '../api/endpoints/me';

export function GrantedSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const mine = useMyMailboxes();
  const key = mine.data?.map((m) => m.id).join('\n');
  const granted = useMemo(
    () => (key === undefined ? session : { ...session, user: { ...session.user, functionAddresses: key === '' ? [] : key.split('\n') } }),
    [session, key],
  );
  if (mine.isPending) return null;
  return <SessionProvider value={granted}>{children}</SessionProvider>;
}
