/**
 * Handling of a received message in a shared function mailbox (issue 10, ADR 0011): who has
 * taken it and whether it is handled. The rules live here, once, for the gateway (which
 * enforces them) and the client (which offers only the actions that can succeed).
 *
 * A message is open and unassigned until someone takes it or is assigned it. Handled keeps the
 * assignee (who handled it stays visible); reopening makes it open again with the same one.
 */

export type HandlingState = 'open' | 'handled';
export type HandlingActionKind = 'take' | 'assign' | 'release' | 'handle' | 'reopen';
export type HandlingEventKind = 'took' | 'assigned' | 'released' | 'handled' | 'reopened';

export const HANDLING_ACTIONS: readonly HandlingActionKind[] = ['take', 'assign', 'release', 'handle', 'reopen'];

export interface HandlingPerson {
  sub: string;
  name: string | null;
}

export interface HandlingSnapshot {
  state: HandlingState;
  assignee: HandlingPerson | null;
}

export type HandlingAction =
  | { kind: 'take' | 'release' | 'handle' | 'reopen' }
  | { kind: 'assign'; to: HandlingPerson };

/** Why an action cannot apply to the current state (the answer is a conflict naming it). */
export type HandlingRefusal = 'taken-by-other' | 'already-yours' | 'not-assigned' | 'already-handled' | 'not-handled';

export type HandlingOutcome =
  | { ok: true; next: HandlingSnapshot; event: HandlingEventKind }
  | { ok: false; reason: HandlingRefusal };

const EVENT_OF: Record<HandlingActionKind, HandlingEventKind> = {
  take: 'took',
  assign: 'assigned',
  release: 'released',
  handle: 'handled',
  reopen: 'reopened',
};

/**
 * The state after `action` by `actor`, or why it does not apply. Taking a message someone else
 * has is refused (assign it instead: a deliberate hand-over, not a silent overwrite); a handled
 * message must be reopened before it is taken, assigned or released.
 */
export function applyHandlingAction(current: HandlingSnapshot, action: HandlingAction, actor: HandlingPerson): HandlingOutcome {
  const done = (next: HandlingSnapshot): HandlingOutcome => ({ ok: true, next, event: EVENT_OF[action.kind] });
  if (action.kind === 'reopen') {
    return current.state === 'handled' ? done({ ...current, state: 'open' }) : { ok: false, reason: 'not-handled' };
  }
  if (current.state === 'handled') return { ok: false, reason: 'already-handled' };
  switch (action.kind) {
    case 'take':
      if (current.assignee?.sub === actor.sub) return { ok: false, reason: 'already-yours' };
      if (current.assignee) return { ok: false, reason: 'taken-by-other' };
      return done({ state: 'open', assignee: actor });
    case 'assign':
      if (current.assignee?.sub === action.to.sub) return { ok: false, reason: 'already-yours' };
      return done({ state: 'open', assignee: action.to });
    case 'release':
      return current.assignee ? done({ state: 'open', assignee: null }) : { ok: false, reason: 'not-assigned' };
    case 'handle':
      return done({ state: 'handled', assignee: current.assignee });
  }
}

/** Which actions can succeed now, for `actor` (the client's buttons and shortcuts). */
export function availableHandlingActions(current: HandlingSnapshot, actor: HandlingPerson): HandlingActionKind[] {
  const someone: HandlingPerson = { sub: `${actor.sub}\u0000other`, name: null };
  return HANDLING_ACTIONS.filter((kind) => {
    const action: HandlingAction = kind === 'assign' ? { kind, to: someone } : { kind };
    return applyHandlingAction(current, action, actor).ok;
  });
}

/** The filters of a mailbox's list (Mine, Unassigned, Handled, All). */
export type HandlingFilter = 'mine' | 'unassigned' | 'handled' | 'all';

export function matchesHandlingFilter(current: HandlingSnapshot, filter: HandlingFilter, me: string): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'handled':
      return current.state === 'handled';
    case 'mine':
      return current.state === 'open' && current.assignee?.sub === me;
    case 'unassigned':
      return current.state === 'open' && current.assignee === null;
  }
}

export const UNASSIGNED: HandlingSnapshot = { state: 'open', assignee: null };

/** Longest internal note, in characters. */
export const MAX_NOTE_LENGTH = 4000;
