/**
 * The course server's side of the simulated federation (ADR 0016): the simulator's control
 * routes (mocks/handlers/simControlRoutes.ts) next to its API at the message-service base URL.
 * A course only ever runs against the simulator: a real message service has no such routes,
 * so a training server pointed at one fails at its first course instead of sending anything.
 */
import type { Upstream } from '../mt/upstream';

export interface TrainingSim {
  clock(): Promise<{ now: string; speed: number }>;
  setClock(input: { advanceSeconds?: number; speed?: number }): Promise<void>;
  queueFault(mailbox: string, fault: { kind: 'reject'; code: 'BV' | 'SIG' | 'SV'; reason: string } | { kind: 'delay-receipt'; minutes: number }): Promise<void>;
  clearMailbox(mailbox: string): Promise<void>;
}

export class TrainingSimError extends Error {
  override name = 'TrainingSimError';
}

export function simOf(mt: Upstream): TrainingSim {
  const send = mt.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  const call = async (path: string, body?: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await send(`${mt.baseUrl}/__sim/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(mt.timeoutMs),
      });
    } catch {
      throw new TrainingSimError('The message-service simulator is not reachable.');
    }
    if (!response.ok) throw new TrainingSimError(`The message-service simulator answered HTTP ${response.status} to ${path} (courses run only against the simulator).`);
    return response.json();
  };
  return {
    clock: async () => (await call('clock')) as { now: string; speed: number },
    setClock: async (input) => void (await call('clock', input)),
    queueFault: async (mailbox, fault) => void (await call('faults', { mailbox, ...fault })),
    clearMailbox: async (mailbox) => void (await call('mailboxes/clear', { mailbox })),
  };
}
