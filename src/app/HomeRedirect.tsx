import { Navigate } from 'react-router';
import { useSession } from '../auth/SessionContext';
import { paths } from '../routes/paths';

/** The start page is the first mailbox's inbox, or the explanation when there is none. */
export function HomeRedirect() {
  const first = useSession().user.functionAddresses[0];
  return <Navigate replace to={first ? paths.mailbox(first, 'inbox') : paths.noMailbox()} />;
}

/** Mailbox pages need a mailbox; a user without any gets the explanation instead of an empty list. */
export function RequireMailbox({ children }: { children: React.ReactNode }) {
  const { functionAddresses } = useSession().user;
  if (functionAddresses.length === 0) return <Navigate replace to={paths.noMailbox()} />;
  return <>{children}</>;
}
