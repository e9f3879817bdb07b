/**
 * Identical upstream reads that are in flight at the same moment share one call. Every user of
 * a mailbox polls the same list with the gateway's one service token, so the message service's
 * answer is the same for all of them; what each user may see is filtered afterwards, per user.
 * Nothing is kept once the call has answered: the next poll asks the message service again.
 */
export function singleFlight<T>(): (key: string, run: () => Promise<T>) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key, run) => {
    const pending = inFlight.get(key);
    if (pending) return pending;
    const started = run().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}
