// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSimClock } from './clock';
import { FA } from './personas';
import { seedRecordId } from './seed';
import { STATUS_TIMELINE } from './store/progression';
import { messageAttributesAt } from './store/messageView';
import { createMockWorld, restoreMockWorld } from './world';

const START = new Date('2026-03-02T09:00:00.000Z');
const frozenWorld = () => createMockWorld({ clock: createSimClock({ start: START, speed: 0 }) });

describe('mock world', () => {
  it('is seeded deterministically: same records on every creation', () => {
    expect(frozenWorld().snapshot().records).toEqual(frozenWorld().snapshot().records);
  });

  it('seeds a few dozen messages across the persona mailboxes, dated in the last weeks', () => {
    const world = frozenWorld();
    const records = world.store.all();
    expect(records.length).toBeGreaterThan(36);
    const countFor = (mailbox: string) =>
      records.filter(
        (r) =>
          (r.direction === 'incoming' && r.message.recipientAttention?.subOrganization.extension === mailbox) ||
          (r.direction === 'outgoing' && r.message.senderAttention?.subOrganization.extension === mailbox),
      ).length;
    const empty = Object.values(FA).filter((mailbox) => countFor(mailbox) === 0);
    expect(empty).toEqual([]);
    const ages = records.map((r) => START.getTime() - Date.parse(r.message.creationDateTime));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThan(30 * 24 * 3600_000);
  });

  it('round-trips through a JSON snapshot: clock, messages and later progression', () => {
    const world = frozenWorld();
    world.clock.advance(1234);
    world.store.remove(seedRecordId('malmo-forhandsbedomning-bup'));
    const json = JSON.stringify(world.snapshot());

    const restored = restoreMockWorld(JSON.parse(json));
    expect(restored.clock.now().toISOString()).toBe(world.clock.now().toISOString());
    expect(restored.clock.speed).toBe(0);
    expect(restored.snapshot().records).toEqual(world.snapshot().records);
    expect(restored.store.get(seedRecordId('malmo-forhandsbedomning-bup'))).toBeUndefined();

    // Progression continues the same way in the restored world.
    const pending = seedRecordId('malmo-fraga-lund-pagaende');
    for (const w of [world, restored]) w.clock.advance(STATUS_TIMELINE.receiptAfterMs);
    const statusIn = (w: typeof world) => {
      const record = w.store.get(pending);
      return record ? messageAttributesAt(record, w.clock.now()).messageStatus : undefined;
    };
    expect(statusIn(restored)).toBe('ACCEPTED');
    expect(statusIn(restored)).toBe(statusIn(world));
  });

  it('restores into an existing world, whose clock object stays the same', () => {
    const source = frozenWorld();
    source.clock.advance(60_000);
    const target = createMockWorld({ clock: createSimClock({ start: new Date('2030-01-01T00:00:00Z'), speed: 0 }), seed: false });
    const clock = target.clock;
    target.restore(source.snapshot());
    expect(target.clock).toBe(clock);
    expect(clock.now().toISOString()).toBe(source.clock.now().toISOString());
    expect(target.store.all()).toHaveLength(source.store.all().length);
  });

  it('refuses something that is not a snapshot', () => {
    expect(() => restoreMockWorld({ hello: 'world' })).toThrow(/snapshot/);
    expect(() => restoreMockWorld(null)).toThrow(/snapshot/);
    expect(() => frozenWorld().restore({ ...frozenWorld().snapshot(), version: 99 })).toThrow(/snapshot/);
  });

  it('reset goes back to the seed and the clock start', () => {
    const world = frozenWorld();
    const seeded = world.snapshot().records;
    world.clock.advance(3_600_000);
    world.store.remove(seeded[0]?.id ?? '');
    world.reset();
    expect(world.clock.now().toISOString()).toBe(START.toISOString());
    expect(world.snapshot().records).toEqual(seeded);
  });

  it('tells listeners about every change', () => {
    const world = frozenWorld();
    let changes = 0;
    world.onChange(() => changes++);
    world.store.remove(seedRecordId('malmo-forhandsbedomning-bup'));
    expect(changes).toBe(1);
    world.clock.advance(STATUS_TIMELINE.receiptAfterMs);
    // Two seed messages on their way at the start arrive; each delivery changes two records.
    world.settle();
    expect(changes).toBe(5);
  });

  it('can start empty, with the address book still in place', () => {
    const world = createMockWorld({ seed: false });
    expect(world.store.all()).toEqual([]);
    expect(world.addressBook.findAddress(FA.malmoBarnUnga)?.name).toBe('Socialtjänsten barn och unga');
    world.reset();
    expect(world.store.all()).toEqual([]);
  });
});
