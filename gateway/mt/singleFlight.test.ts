// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { singleFlight } from './singleFlight';

describe('singleFlight', () => {
  it('runs identical calls that overlap once, and the next call again', async () => {
    const once = singleFlight<number>();
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = async () => {
      calls += 1;
      await gate;
      return calls;
    };
    const both = Promise.all([once('a', run), once('a', run)]);
    const other = once('b', run);
    release();
    expect(await both).toEqual([2, 2]);
    expect(await other).toBe(2);
    expect(calls).toBe(2);
    expect(await once('a', run)).toBe(3);
  });

  it('a failed call is not kept: the next one runs anew', async () => {
    const once = singleFlight<string>();
    await expect(once('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await once('a', () => Promise.resolve('up'))).toBe('up');
  });
});
