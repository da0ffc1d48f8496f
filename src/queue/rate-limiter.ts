import type { Redis } from 'ioredis';

/**
 * A rate limit shared by every process that uses the same Redis and key: requests per minute and
 * tokens per minute, as two token buckets taken together atomically (a Lua script, Redis's clock).
 *
 * A provider's 429 pauses everyone: `pause(ms)` holds every acquire back until it ends.
 *
 * Each bucket holds at most one second's worth of its per-minute budget (and at least one
 * request's cost), refilled continuously: so N processes together never run faster than the
 * budget (any 60-second window sees at most the budget plus one second's worth) and, given enough
 * concurrency, reach it.
 */
export interface SharedRateLimit {
  /** Waits until one request of about `tokens` tokens may start, then takes it from the budget. */
  acquire(tokens: number): Promise<void>;
  /** Corrects the token budget once the real usage is known (`actual - estimated`, may be negative). */
  settle(tokenDelta: number): Promise<void>;
  /** Holds every process back for `ms` (the provider answered 429 with a Retry-After). */
  pause(ms: number): Promise<void>;
}

export interface SharedRateLimitOptions {
  redis: Redis;
  key: string;
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
}

const MINUTE_MS = 60_000;
/** How much of the per-minute budget may be spent at once. */
const BURST_MS = 1_000;
/** Never sleep longer than this between tries: the budget may be refilled by settle(). */
const MAX_WAIT_MS = 1_000;

// KEYS[1] request bucket, KEYS[2] token bucket, KEYS[3] pause. ARGV: rpm, tpm (0 = no limit), cost in tokens.
// Returns 0 when taken, else the milliseconds to wait before trying again.
const TAKE = `
local paused = redis.call('PTTL', KEYS[3])
if paused > 0 then return paused end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function state(key, perMinute, cost)
  local capacity = math.max(cost, perMinute * ${BURST_MS} / ${MINUTE_MS})
  local rate = perMinute / ${MINUTE_MS}
  local v = redis.call('HMGET', key, 'tokens', 'ts')
  local tokens = tonumber(v[1]) or capacity
  local ts = tonumber(v[2]) or now
  tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
  local wait = 0
  if tokens < cost then wait = math.ceil((cost - tokens) / rate) end
  return tokens, wait
end
local rpm = tonumber(ARGV[1]); local tpm = tonumber(ARGV[2]); local cost = tonumber(ARGV[3])
local rTokens, rWait, tTokens, tWait = 0, 0, 0, 0
if rpm > 0 then rTokens, rWait = state(KEYS[1], rpm, 1) end
if tpm > 0 then tTokens, tWait = state(KEYS[2], tpm, cost) end
local wait = math.max(rWait, tWait)
if wait == 0 then
  if rpm > 0 then rTokens = rTokens - 1 end
  if tpm > 0 then tTokens = tTokens - cost end
end
if rpm > 0 then redis.call('HSET', KEYS[1], 'tokens', rTokens, 'ts', now); redis.call('PEXPIRE', KEYS[1], ${2 * MINUTE_MS}) end
if tpm > 0 then redis.call('HSET', KEYS[2], 'tokens', tTokens, 'ts', now); redis.call('PEXPIRE', KEYS[2], ${2 * MINUTE_MS}) end
return wait
`;

// KEYS[1] pause; ARGV[1] milliseconds. Only ever lengthens a pause another process set.
const PAUSE = `
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
return 0
`;

// KEYS[1] token bucket; ARGV[1] delta (positive: more was used than estimated).
const SETTLE = `
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HINCRBYFLOAT', KEYS[1], 'tokens', -tonumber(ARGV[1])) end
return 0
`;

export function createSharedRateLimit(options: SharedRateLimitOptions): SharedRateLimit {
  const { redis, key } = options;
  const rpm = options.requestsPerMinute ?? 0;
  const tpm = options.tokensPerMinute ?? 0;
  const keys = [`${key}:rpm`, `${key}:tpm`, `${key}:paused`];
  return {
    async acquire(tokens) {
      // A request larger than a whole minute's budget could never pass: it takes the whole bucket instead.
      const cost = Math.max(1, Math.min(Math.ceil(tokens), tpm || Infinity));
      for (;;) {
        const wait = Number(await redis.eval(TAKE, 3, ...keys, rpm, tpm, cost));
        if (wait <= 0) return;
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, MAX_WAIT_MS)));
      }
    },
    async pause(ms) {
      await redis.eval(PAUSE, 1, keys[2]!, Math.max(1, Math.ceil(ms)));
    },
    async settle(tokenDelta) {
      if (!tpm || !tokenDelta) return;
      await redis.eval(SETTLE, 1, keys[1]!, Math.round(tokenDelta));
    },
  };
}
