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

  async function hammer(limits: Omit<SharedRateLimitOptions, 'redis' | 'key'>, cost: number, ms: number, loops = 4) {
    const key = `sift-test:rl:${randomBytes(4).toString('hex')}`;
    const limiters = Array.from({ length: 3 }, () => {
      const redis = new Redis(url);
      connections.push(redis);
      return createSharedRateLimit({ redis, key, ...limits });
    });
    const started = Date.now();
    let granted = 0;
    await Promise.all(
      limiters.flatMap((limiter) =>
        Array.from({ length: loops }, async () => {
          while (Date.now() - started < ms) {
            await limiter.acquire(cost);
            if (Date.now() - started < ms) granted++;
          }
        }),
      ),
    );
    return { granted, seconds: (Date.now() - started) / 1000 };
  }

  it('never lets requests run faster than the budget, across processes, and does let them run', async () => {
    const rpm = 1_200; // 20 a second, at most one second's worth at once
    const { granted, seconds } = await hammer({ requestsPerMinute: rpm, tokensPerMinute: null }, 1, 1_500);
    const allowed = rpm / 60 + (rpm / 60) * seconds;
    expect(granted).toBeLessThanOrEqual(Math.ceil(allowed));
    expect(granted).toBeGreaterThan(allowed / 2);
  });

  it('counts tokens too, and corrects the estimate when the real usage is known', async () => {
    const tpm = 12_000; // 200 tokens a second
    const { granted, seconds } = await hammer({ requestsPerMinute: null, tokensPerMinute: tpm }, 50, 1_500, 1);
    expect(granted * 50).toBeLessThanOrEqual(Math.ceil(200 + 200 * seconds));
    expect(granted).toBeGreaterThan(0);

    const redis = new Redis(url);
    connections.push(redis);
    const key = `sift-test:rl:${randomBytes(4).toString('hex')}`;
    const limiter = createSharedRateLimit({ redis, key, requestsPerMinute: null, tokensPerMinute: tpm });
    await limiter.acquire(200); // the whole burst
    await limiter.settle(-200); // it used nothing after all: the budget is back
    const before = Date.now();
    await limiter.acquire(200);
    expect(Date.now() - before).toBeLessThan(500);
  });

  it("holds every process back during a provider's pause, and a shorter pause does not cut it short", async () => {
    const key = `sift-test:rl:${randomBytes(4).toString('hex')}`;
    const [a, b] = [new Redis(url), new Redis(url)];
    connections.push(a, b);
    const one = createSharedRateLimit({ redis: a, key, requestsPerMinute: null, tokensPerMinute: null });
    const other = createSharedRateLimit({ redis: b, key, requestsPerMinute: null, tokensPerMinute: null });
    await one.pause(400);
    await other.pause(50);
    const started = Date.now();
    await other.acquire(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
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
