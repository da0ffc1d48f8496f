import { Redis } from 'ioredis';
import { RateLimitedError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

/**
 * API requests per organization and minute, counted in Redis so that every API process shares
 * one count: HTTP requests and WebSocket operations alike. A fixed window that opens with an
 * organization's first request and lasts a minute; past the limit, requests are refused with
 * RATE_LIMITED until the window closes (`retryAfterSeconds`).
 *
 * Redis being unreachable must not take the API down with it: the limiter then lets requests
 * through (and says so in the log) rather than refusing every tenant.
 */
export interface RequestLimiter {
  /** Counts one request of the organization; throws RateLimitedError past the limit. */
  take(organizationId: string): Promise<void>;
  dispose(): Promise<void>;
}

export interface RequestLimiterOptions {
  redisUrl: string;
  /** Key prefix of the deployment. */
  prefix: string;
  /** Requests per organization per minute; 0: no limit (nothing is counted). */
  perMinute: number;
  logger: Logger;
}

const WINDOW_MS = 60_000; // 1 minute

// KEYS[1] the organization's counter; ARGV[1] window in ms. Returns { count, ms left in the window }.
// The expiry is set with the first request, atomically: a counter can never outlive its window.
const COUNT = `
local n = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return { n, left }
`;

export function createRequestLimiter({ redisUrl, prefix, perMinute, logger }: RequestLimiterOptions): RequestLimiter {
  if (perMinute === 0) return { take: async () => undefined, dispose: async () => undefined };
  // Its own connection, quick to give up: a request waits at most about a second on a Redis that is gone.
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000, // 1 second
  });
  redis.on('error', () => undefined); // reported per request below
  redis.defineCommand('siftCountRequest', { numberOfKeys: 1, lua: COUNT });
  const count = (redis as unknown as { siftCountRequest(key: string, windowMs: number): Promise<[number, number]> })
    .siftCountRequest;

  return {
    async take(organizationId) {
      let n: number;
      let leftMs: number;
      try {
        [n, leftMs] = await count.call(redis, `${prefix}:requests:${organizationId}`, WINDOW_MS);
      } catch (error) {
        logger.warn({ err: error, organizationId }, 'request limit not checked: Redis did not answer');
        return;
      }
      if (n > perMinute) {
        const retryAfterSeconds = Math.max(1, Math.ceil(leftMs / 1000));
        throw new RateLimitedError(
          `This organization made more than ${perMinute} requests in a minute; try again in ${retryAfterSeconds} s`,
          retryAfterSeconds,
          { limit: perMinute, window: 'MINUTE' },
        );
      }
    },
    async dispose() {
      if (redis.status === 'wait') return redis.disconnect(); // never connected
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
