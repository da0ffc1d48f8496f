import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { deleteKeysUnder } from '../shared/redis-keys.js';
import { createFairScheduler, type FairEntry, type FairScheduler, type RunningEntry } from './fair.scheduler.js';

/** `count` entries of one batch, named `<batch>-<i>`; the tenant is the batch name up to its first digit. */
function batch(name: string, count: number, tenant = name.replace(/\d.*$/, '')): FairEntry[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${name}-${i}`, tenant, batch: name, payload: `{"i":${i}}` }));
}

/** The batch an entry ID belongs to. */
const batchOf = (id: string) => id.slice(0, id.lastIndexOf('-'));
const tenantOf = (id: string) => id.replace(/\d.*$/, '');

/** Run-length order of batches ("A92 B80 A8"), to read a failure. */
function runs(ids: string[], of: (id: string) => string = batchOf): string {
  const out: [string, number][] = [];
  for (const id of ids) {
    const key = of(id);
    if (out.at(-1)?.[0] === key) out.at(-1)![1]++;
    else out.push([key, 1]);
  }
  return out.map(([k, n]) => `${k}×${n}`).join(' ');
}

describe('fair share between tenants and their batches', () => {
  const url = loadConfig().redisUrl;
  const prefixes: string[] = [];
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(url);
  });
  afterAll(async () => {
    redis.disconnect();
    await Promise.all(prefixes.map((p) => deleteKeysUnder(url, p)));
  });

  function scheduler(): FairScheduler {
    const prefix = `sift-test-fair-${randomBytes(4).toString('hex')}`;
    prefixes.push(prefix);
    return createFairScheduler({ redis, prefix });
  }

  /**
   * A worker with one slot: takes the next entry when the last one started and finished, `count`
   * times (or until nothing is left); returns the IDs in the order they were taken.
   */
  async function drain(fair: FairScheduler, count = Infinity, maxInFlight = 0): Promise<string[]> {
    const order: string[] = [];
    let last: RunningEntry | null = null;
    while (order.length < count) {
      const done = last ? [last] : [];
      const [next] = await fair.take({ readyTarget: 1, maxInFlight, started: done.map((d) => d.id), finished: done });
      if (!next) break;
      order.push(next.id);
      last = { id: next.id, tenant: tenantOf(next.id) };
    }
    if (last) await fair.take({ readyTarget: 0, maxInFlight, started: [last.id], finished: [last] });
    return order;
  }

  it('gives another tenant every other turn, however many batches the first one queued first', async () => {
    const fair = scheduler();
    // The case: A's 14 batches of 20 all finished before B's one batch of 5 started.
    for (let b = 1; b <= 14; b++) await fair.add(batch(`A${b}`, 20));
    await fair.add(batch('B1', 5));
    const order = await drain(fair);
    expect(order).toHaveLength(285);
    const tenants = order.map(tenantOf);
    // A, B, A, B...: B's five are taken second, fourth... tenth, not after A's 280.
    expect(tenants.slice(0, 10).join(''), runs(order, tenantOf)).toBe('ABABABABAB');
    expect(tenants.slice(10).every((t) => t === 'A')).toBe(true);
  });

  it("gives each batch of a tenant its turn within the tenant's turns", async () => {
    const fair = scheduler();
    for (let b = 1; b <= 14; b++) await fair.add(batch(`A${b}`, 20));
    const order = await drain(fair, 28);
    // Fourteen batches, one job each per round: every batch has started after fourteen jobs.
    expect(new Set(order.slice(0, 14).map(batchOf)).size, runs(order)).toBe(14);
    expect(new Set(order.slice(14, 28).map(batchOf)).size, runs(order)).toBe(14);
    // Within a batch, first in, first out.
    const a1 = order.filter((id) => batchOf(id) === 'A1');
    expect(a1).toEqual(['A1-0', 'A1-1']);
  });

  it('lets a batch submitted while another of its tenant runs take turns with it at once', async () => {
    const fair = scheduler();
    await fair.add(batch('A1', 200));
    const before = await drain(fair, 92);
    expect(before.every((id) => batchOf(id) === 'A1')).toBe(true);
    // Today: A92 B80 A8 B20 A100, because the new batch's first chunks outranked the running one's.
    await fair.add(batch('A2', 100));
    const after = await drain(fair);
    expect(after).toHaveLength(208);
    const alternating = after.slice(0, 200).map(batchOf);
    for (let i = 0; i < alternating.length; i += 2) {
      expect(alternating.slice(i, i + 2).sort(), `${i}: ${runs(after)}`).toEqual(['A1', 'A2']);
    }
    expect(after.slice(200).every((id) => batchOf(id) === 'A1')).toBe(true);
  });

  it('serves a tenant that arrives late after one job of each tenant ahead of it', async () => {
    const fair = scheduler();
    await fair.add([...batch('A1', 50), ...batch('B1', 50), ...batch('C1', 50)]);
    await drain(fair, 4);
    await fair.add(batch('D1', 3));
    const order = await drain(fair, 12);
    // D joined the ring at its back: one turn each for the three ahead of it, then D.
    const firstD = order.findIndex((id) => tenantOf(id) === 'D');
    expect(firstD, runs(order, tenantOf)).toBeLessThanOrEqual(3);
    expect(order.filter((id) => tenantOf(id) === 'D')).toHaveLength(3);
  });

  it('passes over a tenant at its in-flight limit until one of its jobs finishes, and serves the others', async () => {
    const fair = scheduler();
    await fair.add([...batch('A1', 10), ...batch('A2', 10), ...batch('B1', 10)]);
    // Ten free slots, a limit of two in flight per tenant: two of A's (one per batch), two of B's.
    const first = await fair.take({ readyTarget: 10, maxInFlight: 2 });
    expect(first.map((e) => e.id).sort()).toEqual(['A1-0', 'A2-0', 'B1-0', 'B1-1']);
    expect(Object.fromEntries(await fair.inFlight())).toEqual({ A: 2, B: 2 });
    // All started, none finished: nothing more for either.
    const started = first.map((e) => e.id);
    expect(await fair.take({ readyTarget: 10, maxInFlight: 2, started })).toEqual([]);
    // One of A's finishes: one more of A's, and B is still held.
    const next = await fair.take({ readyTarget: 10, maxInFlight: 2, finished: [{ id: 'A1-0', tenant: 'A' }] });
    expect(next.map((e) => e.id)).toEqual(['A1-1']);
    expect(Object.fromEntries(await fair.inFlight())).toEqual({ A: 2, B: 2 });
    // No limit: the rest of the ten slots fill up, in turns.
    const rest = (await fair.take({ readyTarget: 10, maxInFlight: 0, started: ['A1-1'] })).map((e) => e.id);
    expect(rest).toHaveLength(10);
    expect(runs(rest, tenantOf)).toMatch(/^([AB]×1 ?){10}$/);
  });

  it('hands out only what is ready to start: no more than `readyTarget` dispatched and not started', async () => {
    const fair = scheduler();
    await fair.add(batch('A1', 10));
    expect(await fair.take({ readyTarget: 3, maxInFlight: 0 })).toHaveLength(3);
    expect(await fair.take({ readyTarget: 3, maxInFlight: 0 })).toHaveLength(0);
    // Two start: two more may be handed out.
    expect(await fair.take({ readyTarget: 3, maxInFlight: 0, started: ['A1-0', 'A1-1'] })).toHaveLength(2);
    expect(await fair.backlog()).toBe(5);
  });

  it('queues an entry once, skips removed ones, and says which are waiting', async () => {
    const fair = scheduler();
    expect(await fair.add(batch('A1', 4))).toBe(4);
    expect(await fair.add(batch('A1', 4))).toBe(0); // already waiting: not again
    expect(await fair.remove(['A1-1', 'A1-2', 'nope'])).toEqual([true, true, false]);
    expect(await fair.waiting(['A1-0', 'A1-1', 'A1-3'])).toEqual([true, false, true]);
    expect(await fair.backlog()).toBe(2);
    const taken = await fair.take({ readyTarget: 10, maxInFlight: 0 });
    expect(taken).toEqual([
      { id: 'A1-0', payload: '{"i":0}' },
      { id: 'A1-3', payload: '{"i":3}' },
    ]);
    expect(await fair.waiting(['A1-0'])).toEqual([false]);
    // Taken, then queued again (the reconciler found its job lost): it waits again, once.
    expect(await fair.add(batch('A1', 1))).toBe(1);
    expect(await fair.backlog()).toBe(1);
  });

  it('lists dispatched entries for repair and forgets the ones released', async () => {
    const fair = scheduler();
    await fair.add([...batch('A1', 2), ...batch('B1', 1)]);
    await fair.take({ readyTarget: 3, maxInFlight: 0 });
    const dispatched = await fair.dispatchedBefore(0);
    expect(dispatched.ready.sort()).toEqual(['A1-0', 'A1-1', 'B1-0']);
    expect(dispatched.running.map((r) => `${r.tenant}:${r.id}`).sort()).toEqual(['A:A1-0', 'A:A1-1', 'B:B1-0']);
    expect((await fair.dispatchedBefore(60_000)).running).toEqual([]);
    await fair.release([{ id: 'A1-0', tenant: 'A' }]);
    expect(Object.fromEntries(await fair.inFlight())).toEqual({ A: 1, B: 1 });
    expect((await fair.dispatchedBefore(0)).ready.sort()).toEqual(['A1-1', 'B1-0']);
  });
});
