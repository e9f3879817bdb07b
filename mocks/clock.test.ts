// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSimClock, restoreSimClock } from './clock';

const START = new Date('2026-03-02T09:00:00.000Z');

function fakeRealTime() {
  let t = 1_000_000;
  return { now: () => t, pass: (ms: number) => (t += ms) };
}

describe('simulated clock', () => {
  it('runs at the given speed from the start', () => {
    const real = fakeRealTime();
    const clock = createSimClock({ start: START, speed: 10, realNow: real.now });
    real.pass(1000);
    expect(clock.now().getTime()).toBe(START.getTime() + 10_000);
  });

  it('is frozen at speed 0 and moves only by advance', () => {
    const real = fakeRealTime();
    const clock = createSimClock({ start: START, speed: 0, realNow: real.now });
    real.pass(60_000);
    expect(clock.now()).toEqual(START);
    clock.advance(5000);
    expect(clock.now().getTime()).toBe(START.getTime() + 5000);
  });

  it('changing speed keeps the time reached so far', () => {
    const real = fakeRealTime();
    const clock = createSimClock({ start: START, speed: 2, realNow: real.now });
    real.pass(1000);
    clock.setSpeed(0);
    real.pass(1000);
    expect(clock.now().getTime()).toBe(START.getTime() + 2000);
    expect(clock.speed).toBe(0);
  });

  it('reset returns to the start and the initial speed', () => {
    const real = fakeRealTime();
    const clock = createSimClock({ start: START, speed: 1, realNow: real.now });
    clock.advance(99_000);
    clock.setSpeed(5);
    clock.reset();
    expect(clock.now()).toEqual(START);
    expect(clock.speed).toBe(1);
  });

  it('continues from a snapshot, counting real time passed since at the saved speed', () => {
    const real = fakeRealTime();
    const clock = createSimClock({ start: START, speed: 3, realNow: real.now });
    const snapshot = clock.snapshot();
    real.pass(2000);
    const restored = restoreSimClock(JSON.parse(JSON.stringify(snapshot)), real.now);
    expect(restored.now().getTime()).toBe(START.getTime() + 6000);
    expect(restored.speed).toBe(3);
  });

  it('refuses negative or non-numeric speeds', () => {
    expect(() => createSimClock({ speed: -1 })).toThrow(RangeError);
    expect(() => createSimClock().setSpeed(Number.NaN)).toThrow(RangeError);
  });
});
