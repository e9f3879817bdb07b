/**
 * The rollout checklist (Införande, issue 9 part 8; ADR 0017): the milestones of connecting an
 * organisation to SDK, in the order of the rollout plans, and how each one's status is found.
 * Automatic milestones are derived from what the MK sees in its own data (the registry, the
 * address-book copy, connection tests, trainings on the course server); the others are ticked
 * by hand, with who and when. An automatic milestone whose source does not exist yet (the
 * course server) is "not available" and may be ticked by hand meanwhile. Pure.
 */

export const ROLLOUT_MILESTONES = [
  { id: 'apply-qa', check: 'manual' },
  { id: 'register-mailboxes', check: 'automatic' },
  { id: 'publish-address-book', check: 'automatic' },
  { id: 'verify-qa-flows', check: 'automatic' },
  { id: 'acceptance-test', check: 'manual' },
  { id: 'production-certificates', check: 'manual' },
  { id: 'activate-production', check: 'automatic' },
  { id: 'go-live', check: 'manual' },
  { id: 'training-1', check: 'automatic' },
  { id: 'training-2', check: 'automatic' },
  { id: 'training-3', check: 'automatic' },
] as const satisfies readonly { id: string; check: 'automatic' | 'manual' }[];

export type MilestoneId = (typeof ROLLOUT_MILESTONES)[number]['id'];
export type MilestoneCheck = 'automatic' | 'manual';
/** done / open, or unavailable: automatic, but its source does not exist (yet). */
export type MilestoneState = 'done' | 'open' | 'unavailable';
export type RolloutEnvironment = 'DEMO' | 'QA' | 'PROD';

export const MILESTONE_IDS: readonly MilestoneId[] = ROLLOUT_MILESTONES.map((m) => m.id);

export function isMilestoneId(value: unknown): value is MilestoneId {
  return typeof value === 'string' && (MILESTONE_IDS as readonly string[]).includes(value);
}

/** What the MK knows about the organisation, read from its own data. */
export interface RolloutFacts {
  /** The organisation's active function mailboxes in the registry, with the address-book check. */
  mailboxes: readonly { id: string; published: boolean; matches: boolean }[];
  /**
   * The newest passed connection test per environment; undefined when connection tests are not
   * known to this gateway (then the milestones that need them are open, never done).
   */
  passedConnectionTests: Partial<Record<RolloutEnvironment, { at: string; mailbox: string }>> | undefined;
  /**
   * Trainings 1–3 held on the course server for the organisation: when first held, and the
   * course; undefined while there is no course server.
   */
  trainingsHeld: Partial<Record<1 | 2 | 3, TrainingHeld>> | undefined;
}

export interface TrainingHeld {
  at: string;
  course: string;
}

export interface ManualTick {
  milestone: MilestoneId;
  done: boolean;
  by: { sub: string; name: string | null };
  at: string;
}

/** What an automatic check saw, for the explanation next to the status. */
export type MilestoneEvidence =
  | { kind: 'mailboxes'; registered: number }
  | { kind: 'address-book'; registered: number; published: number; matching: number; missing: string[]; mismatched: string[] }
  | { kind: 'connection-test'; environment: RolloutEnvironment; passed: { at: string; mailbox: string } | null; known: boolean }
  | { kind: 'training'; number: 1 | 2 | 3; held: TrainingHeld }
  | { kind: 'course-server-unavailable' };

export interface MilestoneStatus {
  id: MilestoneId;
  check: MilestoneCheck;
  state: MilestoneState;
  /** Whether a superuser may tick it by hand (manual ones; automatic ones whose source is missing). */
  tickable: boolean;
  evidence?: MilestoneEvidence;
  /** The hand tick that decided the state, when one did. */
  tick?: ManualTick;
}

function connectionTestMilestone(facts: RolloutFacts, environment: RolloutEnvironment): Pick<MilestoneStatus, 'state' | 'evidence'> {
  const passed = facts.passedConnectionTests?.[environment] ?? null;
  return {
    state: passed ? 'done' : 'open',
    evidence: { kind: 'connection-test', environment, passed, known: facts.passedConnectionTests !== undefined },
  };
}

function automatic(id: MilestoneId, facts: RolloutFacts): Pick<MilestoneStatus, 'state' | 'evidence'> {
  switch (id) {
    case 'register-mailboxes':
      return { state: facts.mailboxes.length > 0 ? 'done' : 'open', evidence: { kind: 'mailboxes', registered: facts.mailboxes.length } };
    case 'publish-address-book': {
      const published = facts.mailboxes.filter((m) => m.published);
      const matching = published.filter((m) => m.matches);
      return {
        state: facts.mailboxes.length > 0 && matching.length === facts.mailboxes.length ? 'done' : 'open',
        evidence: {
          kind: 'address-book',
          registered: facts.mailboxes.length,
          published: published.length,
          matching: matching.length,
          missing: facts.mailboxes.filter((m) => !m.published).map((m) => m.id),
          mismatched: published.filter((m) => !m.matches).map((m) => m.id),
        },
      };
    }
    case 'verify-qa-flows':
      return connectionTestMilestone(facts, 'QA');
    case 'activate-production':
      return connectionTestMilestone(facts, 'PROD');
    case 'training-1':
    case 'training-2':
    case 'training-3': {
      const number = Number(id.slice(-1)) as 1 | 2 | 3;
      if (!facts.trainingsHeld) return { state: 'unavailable', evidence: { kind: 'course-server-unavailable' } };
      // Evidence only when held: an open training has nothing on the course server to show yet.
      const held = facts.trainingsHeld[number];
      return held ? { state: 'done', evidence: { kind: 'training', number, held } } : { state: 'open' };
    }
    default:
      return { state: 'open' };
  }
}

/**
 * Every milestone's status, in checklist order. A hand tick decides a manual milestone, and an
 * automatic one only while its automatic check is unavailable (what the MK can see wins).
 */
export function rolloutStatus(facts: RolloutFacts, ticks: readonly ManualTick[]): MilestoneStatus[] {
  const tickOf = new Map(ticks.map((t) => [t.milestone, t]));
  return ROLLOUT_MILESTONES.map(({ id, check }): MilestoneStatus => {
    const tick = tickOf.get(id);
    if (check === 'manual') return { id, check, state: tick?.done ? 'done' : 'open', tickable: true, ...(tick ? { tick } : {}) };
    const derived = automatic(id, facts);
    if (derived.state !== 'unavailable') return { id, check, tickable: false, ...derived };
    return { id, check, tickable: true, ...derived, state: tick?.done ? 'done' : 'unavailable', ...(tick ? { tick } : {}) };
  });
}

/** Whether a milestone may be ticked by hand given the facts (manual, or automatic without its source). */
export function isTickable(id: MilestoneId, facts: RolloutFacts): boolean {
  return rolloutStatus(facts, []).find((m) => m.id === id)?.tickable ?? false;
}

/** How far the rollout has come: milestones done of all. */
export function rolloutProgress(statuses: readonly MilestoneStatus[]): { done: number; total: number } {
  return { done: statuses.filter((s) => s.state === 'done').length, total: statuses.length };
}
