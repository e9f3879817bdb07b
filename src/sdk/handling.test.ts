import { describe, expect, it } from 'vitest';
import { applyHandlingAction, availableHandlingActions, matchesHandlingFilter, UNASSIGNED, type HandlingSnapshot } from './handling';

const anna = { sub: 'anna', name: 'Anna Lindqvist' };
const maja = { sub: 'maja', name: 'Maja Holm' };
const annas: HandlingSnapshot = { state: 'open', assignee: anna };
const handled: HandlingSnapshot = { state: 'handled', assignee: anna };

describe('handling rules', () => {
  it('takes an unassigned message and refuses one someone else has', () => {
    expect(applyHandlingAction(UNASSIGNED, { kind: 'take' }, maja)).toEqual({ ok: true, event: 'took', next: { state: 'open', assignee: maja } });
    expect(applyHandlingAction(annas, { kind: 'take' }, maja)).toEqual({ ok: false, reason: 'taken-by-other' });
    expect(applyHandlingAction(annas, { kind: 'take' }, anna)).toEqual({ ok: false, reason: 'already-yours' });
  });

  it('hands over by assigning, releases, handles keeping the assignee and reopens', () => {
    expect(applyHandlingAction(annas, { kind: 'assign', to: maja }, anna)).toMatchObject({ ok: true, next: { assignee: maja } });
    expect(applyHandlingAction(annas, { kind: 'release' }, maja)).toMatchObject({ ok: true, next: UNASSIGNED });
    expect(applyHandlingAction(UNASSIGNED, { kind: 'release' }, maja)).toEqual({ ok: false, reason: 'not-assigned' });
    expect(applyHandlingAction(annas, { kind: 'handle' }, anna)).toMatchObject({ ok: true, next: handled });
    expect(applyHandlingAction(handled, { kind: 'take' }, maja)).toEqual({ ok: false, reason: 'already-handled' });
    expect(applyHandlingAction(handled, { kind: 'reopen' }, maja)).toMatchObject({ ok: true, next: annas, event: 'reopened' });
    expect(applyHandlingAction(annas, { kind: 'reopen' }, maja)).toEqual({ ok: false, reason: 'not-handled' });
  });

  it('offers only the actions that can succeed', () => {
    expect(availableHandlingActions(UNASSIGNED, anna)).toEqual(['take', 'assign', 'handle']);
    expect(availableHandlingActions(annas, anna)).toEqual(['assign', 'release', 'handle']);
    expect(availableHandlingActions(annas, maja)).toEqual(['assign', 'release', 'handle']);
    expect(availableHandlingActions(handled, maja)).toEqual(['reopen']);
  });

  it('filters Mine, Unassigned, Handled and All', () => {
    expect(matchesHandlingFilter(annas, 'mine', 'anna')).toBe(true);
    expect(matchesHandlingFilter(annas, 'mine', 'maja')).toBe(false);
    expect(matchesHandlingFilter(UNASSIGNED, 'unassigned', 'maja')).toBe(true);
    expect(matchesHandlingFilter(handled, 'mine', 'anna')).toBe(false);
    expect(matchesHandlingFilter(handled, 'handled', 'maja')).toBe(true);
    expect(matchesHandlingFilter(handled, 'all', 'maja')).toBe(true);
  });
});
