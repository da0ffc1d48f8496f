import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createSharedRateLimit, type SharedRateLimitOptions } from './rate-limiter.js';

// Several "processes" (each its own Redis connection) sharing one budget.
describe('the shared rate limit', () => {
  const url = loadConfig().redisUrl;
  const connections: Redis[] = [];
  afterAll(() => connections.forEach((c) => c.disconnect()));

  /** Limiters sharing one new key, each with its own connection: one per "process". */
  function limiters(n: number, limits: Omit<SharedRateLimitOptions, 'redis' | 'key'>) {
    const key = `sift-test:rl:${randomBytes(4).toString('hex')}`;
    const made = Array.from({ length: n }, () => {
      const redis = new Redis(url);
      connections.push(redis);
      return createSharedRateLimit({ redis, key, ...limits });
    });
    return { key, limiters: made, redis: connections.at(-1)! };
  }

  /**
   * `total` acquires of `cost`, spread over `loops` callers on each of three limiters; resolves
   * with when each was granted (ms after the start, in order) once all were.
   */
  async function hammer(limits: Omit<SharedRateLimitOptions, 'redis' | 'key'>, cost: number, total: number, loops = 4) {
    const { limiters: three } = limiters(3, limits);
    const started = Date.now();
    let left = total;
    const grants: number[] = [];
    await Promise.all(
      three.flatMap((limiter) =>
        Array.from({ length: loops }, async () => {
          while (left > 0) {
            left--;
            await limiter.acquire(cost);
            grants.push(Date.now() - started);
          }
        }),
      ),
    );
    return grants;
  }

  // A budget is a lower bound on time: `total` requests at `rate` a second after a burst of one
  // second's worth cannot all be granted sooner than (total - burst) / rate seconds, however fast
  // the machine. No upper bound: a loaded machine only makes them later. The throughput reached
  // is a figure for `npm run bench` (section guards).
  it('never lets requests run faster than the budget, across processes, and does let them all run', async () => {
    const rpm = 2_400; // 40 a second, at most one second's worth (40) at once
    const total = 100;
    const grants = await hammer({ requestsPerMinute: rpm, tokensPerMinute: null }, 1, total);
    expect(grants).toHaveLength(total);
    const perSecond = rpm / 60;
    // Redis counts whole milliseconds: a few of slack over 60 refills.
    expect(grants.at(-1)!).toBeGreaterThanOrEqual(((total - perSecond) / perSecond) * 1_000 - 20);
  }, 30_000);

  it('counts tokens too, and corrects the estimate when the real usage is known', async () => {
    const tpm = 12_000; // 200 tokens a second
    const grants = await hammer({ requestsPerMinute: null, tokensPerMinute: tpm }, 50, 10, 1);
    expect(grants).toHaveLength(10);
    // 500 tokens: 200 at once, then 300 at 200 a second.
    expect(grants.at(-1)!).toBeGreaterThanOrEqual(1_500 - 20);

    const {
      key,
      limiters: [limiter],
      redis,
    } = limiters(1, { requestsPerMinute: null, tokensPerMinute: tpm });
    await limiter!.acquire(200); // the whole burst
    const tokens = async () => Number(await redis.hget(`${key}:tpm`, 'tokens'));
    expect(await tokens()).toBeLessThan(1);
    // It used nothing after all: the budget is back in the bucket, so the next acquire takes it
    // at once (the script waits only while the bucket holds less than the cost).
    await limiter!.settle(-200);
    expect(await tokens()).toBeGreaterThanOrEqual(200);
    await limiter!.acquire(200);
  }, 30_000);

  it("holds every process back during a provider's pause, and a shorter pause does not cut it short", async () => {
    const {
      limiters: [one, other],
    } = limiters(2, { requestsPerMinute: null, tokensPerMinute: null });
    // Timed from before the pause is set, so that a slow machine only makes it look longer: a
    // pause is a lower bound on time, never an upper one.
    const before = Date.now();
    await one!.pause(400);
    await other!.pause(50);
    await other!.acquire(1);
    expect(Date.now() - before).toBeGreaterThanOrEqual(400 - 5);
  });

  it('costs nothing when no limit is set', async () => {
    const limiter = createSharedRateLimit({
      redis: new Redis(url, { lazyConnect: true }),
      key: 'unused',
      requestsPerMinute: null,
      tokensPerMinute: null,
    });
    await limiter.acquire(1_000_000);
    await limiter.settle(5);
  });
});
