/**
 * The mock world's simulated clock.
 *
 * Virtual time = start + realElapsed × speed + manual advances. Every time-dependent answer of
 * the mock service (message status progression, creationDateTime of new messages) reads this
 * clock, so tests can freeze it (speed 0) and move it by hand, and trainers can run a demo faster
 * than real time. No timers are involved: state is derived from `now()` when it is read.
 */
export interface SimClock {
  now(): Date;
  /** Moves virtual time forward (or back, with a negative value) by `ms` milliseconds. */
  advance(ms: number): void;
  /** Changes how fast virtual time runs from now on; 0 freezes it. */
  setSpeed(speed: number): void;
  readonly speed: number;
  /** Back to the configured start (or real "now" when no start was given) and speed. */
  reset(): void;
  snapshot(): ClockSnapshot;
}

/** JSON-safe clock state, so a browser reload can continue where it left off. */
export interface ClockSnapshot {
  /** Virtual time when the snapshot was taken (ISO 8601, UTC). */
  virtualNow: string;
  speed: number;
  /** Real time (epoch ms) when the snapshot was taken. */
  takenAtReal: number;
}

export interface SimClockOptions {
  start?: Date;
  speed?: number;
  /** Source of real time; injectable for tests of the clock itself. */
  realNow?: () => number;
}

export function createSimClock(options: SimClockOptions = {}): SimClock {
  const realNow = options.realNow ?? (() => Date.now());
  const initialSpeed = options.speed ?? 1;
  assertSpeed(initialSpeed);

  // Virtual time is anchored: at real time `anchorReal` it was `anchorVirtual`.
  let anchorReal = realNow();
  let anchorVirtual = options.start?.getTime() ?? anchorReal;
  let speed = initialSpeed;

  const virtualNowMs = (): number => anchorVirtual + (realNow() - anchorReal) * speed;

  return {
    now: () => new Date(virtualNowMs()),
    advance(ms: number) {
      if (!Number.isFinite(ms)) throw new RangeError(`advance: not a finite number: ${ms}`);
      anchorVirtual += ms;
    },
    setSpeed(next: number) {
      assertSpeed(next);
      anchorVirtual = virtualNowMs();
      anchorReal = realNow();
      speed = next;
    },
    get speed() {
      return speed;
    },
    reset() {
      anchorReal = realNow();
      anchorVirtual = options.start?.getTime() ?? anchorReal;
      speed = initialSpeed;
    },
    snapshot: () => ({
      virtualNow: new Date(virtualNowMs()).toISOString(),
      speed,
      takenAtReal: realNow(),
    }),
  };
}

/**
 * A clock continuing from a snapshot. Real time that passed since the snapshot (e.g. the
 * sign-in redirect in the browser demo) counts as elapsed time at the saved speed.
 */
export function restoreSimClock(snapshot: ClockSnapshot, realNow: () => number = () => Date.now()): SimClock {
  const elapsed = Math.max(0, realNow() - snapshot.takenAtReal) * snapshot.speed;
  return createSimClock({
    start: new Date(Date.parse(snapshot.virtualNow) + elapsed),
    speed: snapshot.speed,
    realNow,
  });
}

function assertSpeed(speed: number): void {
  if (!Number.isFinite(speed) || speed < 0) throw new RangeError(`speed must be a finite number ≥ 0, got ${speed}`);
}
