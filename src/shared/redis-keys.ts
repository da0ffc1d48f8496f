/**
 * Keys under a Redis prefix: what a deployment (or a test, or a bench section) leaves in a Redis
 * it shares with others. SCAN and UNLINK, not KEYS and DEL: neither blocks the server on a large
 * keyspace, and other deployments' keys are never touched.
 */
import { Redis } from 'ioredis';

/** Keys read per SCAN step. */
const SCAN_COUNT = 1_000;

/** The SCAN pattern of every key under `prefix:`, with the prefix's own glob characters escaped. */
function patternOf(prefix: string): string {
  return `${prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`;
}

/** Every key under `prefix:` (SCAN may return a key twice: each is listed once). */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const keys = new Set<string>();
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', patternOf(prefix), 'COUNT', SCAN_COUNT);
    cursor = next;
    for (const key of batch) keys.add(key);
  } while (cursor !== '0');
  return [...keys];
}

/** Deletes every key under `prefix:`; returns how many there were. Opens its own connection to `redisUrl`. */
export async function deleteKeysUnder(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', patternOf(prefix), 'COUNT', SCAN_COUNT);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
