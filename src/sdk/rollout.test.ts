import { describe, expect, it } from 'vitest';
import { isTickable, MILESTONE_IDS, rolloutProgress, rolloutStatus, type ManualTick, type RolloutFacts } from './rollout';

const NOTHING: RolloutFacts = { mailboxes: [], passedConnectionTests: {}, trainingsHeld: undefined };
const sara = { sub: 'sara', name: 'Sara Nilsson' };
const tick = (milestone: ManualTick['milestone'], done = true): ManualTick => ({ milestone, done, by: sara, at: '2026-12-02T10:00:00.000Z' });
const stateOf = (facts: RolloutFacts, id: string, ticks: ManualTick[] = []) => rolloutStatus(facts, ticks).find((m) => m.id === id)?.state;

describe('rollout checklist', () => {
  it('lists the milestones of the rollout plans in order', () => {
    expect(MILESTONE_IDS).toEqual([
      'apply-qa',
      'register-mailboxes',
      'publish-address-book',
      'verify-qa-flows',
      'acceptance-test',
      'production-certificates',
      'activate-production',
      'go-live',
      'training-1',
      'training-2',
      'training-3',
    ]);
  });

  it('starts with nothing done; trainings are not available without a course server', () => {
    const statuses = rolloutStatus(NOTHING, []);
    expect(rolloutProgress(statuses)).toEqual({ done: 0, total: 11 });
    expect(statuses.filter((s) => s.state === 'unavailable').map((s) => s.id)).toEqual(['training-1', 'training-2', 'training-3']);
  });

  it('sees registered mailboxes, and publication only when every mailbox is published and matching', () => {
    const facts: RolloutFacts = {
      ...NOTHING,
      mailboxes: [
        { id: 'sdk:registrator:0203:malmo.se', published: true, matches: true },
        { id: 'sdk:ekonomi:0203:malmo.se', published: true, matches: false },
        { id: 'sdk:hr:0203:malmo.se', published: false, matches: false },
      ],
    };
    const statuses = rolloutStatus(facts, []);
    expect(stateOf(facts, 'register-mailboxes')).toBe('done');
    expect(stateOf(facts, 'publish-address-book')).toBe('open');
    expect(statuses.find((s) => s.id === 'publish-address-book')?.evidence).toEqual({
      kind: 'address-book',
      registered: 3,
      published: 2,
      matching: 1,
      missing: ['sdk:hr:0203:malmo.se'],
      mismatched: ['sdk:ekonomi:0203:malmo.se'],
    });
    const allGood: RolloutFacts = { ...facts, mailboxes: facts.mailboxes.map((m) => ({ ...m, published: true, matches: true })) };
    expect(stateOf(allGood, 'publish-address-book')).toBe('done');
  });

  it('needs a passed connection test in QA for the QA flows, and in PROD for the production activation', () => {
    const qa: RolloutFacts = { ...NOTHING, passedConnectionTests: { QA: { at: '2026-12-01T09:00:00Z', mailbox: 'sdk:registrator:0203:malmo.se' } } };
    expect(stateOf(qa, 'verify-qa-flows')).toBe('done');
    expect(stateOf(qa, 'activate-production')).toBe('open');
    const demoOnly: RolloutFacts = { ...NOTHING, passedConnectionTests: { DEMO: { at: '2026-12-01T09:00:00Z', mailbox: 'x' } } };
    expect(stateOf(demoOnly, 'verify-qa-flows')).toBe('open');
  });

  it('records hand ticks on manual milestones, with who and when; an untick opens it again', () => {
    const statuses = rolloutStatus(NOTHING, [tick('apply-qa'), tick('go-live', false)]);
    expect(statuses.find((s) => s.id === 'apply-qa')).toMatchObject({ state: 'done', tick: { by: sara, at: '2026-12-02T10:00:00.000Z' } });
    expect(statuses.find((s) => s.id === 'go-live')?.state).toBe('open');
  });

  it('lets what the MK sees decide automatic milestones: a hand tick does not make them done', () => {
    expect(stateOf(NOTHING, 'register-mailboxes', [tick('register-mailboxes')])).toBe('open');
    expect(isTickable('register-mailboxes', NOTHING)).toBe(false);
  });

  it('lets trainings be ticked by hand until the course server exists, then counts the trainings held', () => {
    expect(isTickable('training-1', NOTHING)).toBe(true);
    expect(stateOf(NOTHING, 'training-1', [tick('training-1')])).toBe('done');
    const withCourses: RolloutFacts = { ...NOTHING, trainingsHeld: { 2: { at: '2026-12-01T09:00:00.000Z', course: 'abc234' } } };
    expect(stateOf(withCourses, 'training-1', [tick('training-1')])).toBe('open');
    expect(stateOf(withCourses, 'training-2')).toBe('done');
    expect(rolloutStatus(withCourses, []).find((m) => m.id === 'training-1')?.evidence).toBeUndefined();
    expect(rolloutStatus(withCourses, []).find((m) => m.id === 'training-2')?.evidence).toEqual({ kind: 'training', number: 2, held: { at: '2026-12-01T09:00:00.000Z', course: 'abc234' } });
    expect(isTickable('training-1', withCourses)).toBe(false);
  });
});
