/**
 * Fair share between tenants and between the batches of each tenant.
 *
 * Work waits in Redis, outside the job queue, in one list per batch; a dispatcher hands it to
 * the job queue a few jobs at a time, as workers free up, taking turns: one job of the next
 * tenant in a ring of tenants with waiting work, and of that tenant the next batch in its own
 * ring. A tenant with fourteen batches gets one turn in the ring of tenants, as a tenant with one
 * does, and its fourteen batches share that turn; a batch submitted late joins its ring at the
 * back and is served on its next turn, whatever is queued ahead of it.
 *
 * Only a few jobs are handed out ahead of need (`readyTarget`: dispatched, not yet started), so
 * the order in which work is dispatched is the order in which it starts. A tenant with
 * `maxInFlight` jobs dispatched and not finished is passed over until one finishes.
 *
 * Every decision is one Lua script (atomic: any number of processes dispatch at once). The keys
 * live under the deployment's prefix (`<prefix>:fair:...`) and name each other (a tenant's ring
 * names its batches), so, like the rest of Sift's keys, they need one Redis, not a cluster.
 *
 * Redis is not the truth: a flushed Redis loses the waiting work, and the reconciler queues it
 * again from PostgreSQL. Entries that lost their job (a process died between dispatching and
 * adding it) are found by `dispatchedBefore` and released by the caller.
 */
import type { Redis } from 'ioredis';

/** One unit of work: `id` is unique (a job ID); `payload` is what the dispatcher hands back. */
export interface FairEntry {
  id: string;
  tenant: string;
  batch: string;
  payload: string;
}

/** An entry handed out by {@link FairScheduler.take}. */
export type TakenEntry = Pick<FairEntry, 'id' | 'payload'>;

/** An entry dispatched and not finished, as the scheduler counts it against its tenant. */
export interface RunningEntry {
  id: string;
  tenant: string;
}

export interface TakeOptions {
  /** Entries dispatched and not yet started are topped up to this many. */
  readyTarget: number;
  /** Entries a tenant may have dispatched and not finished; 0: no limit. */
  maxInFlight: number;
  /** Entries that started since the last call (no longer waiting to start). */
  started?: string[];
  /** Entries that finished since the last call (no longer counted against their tenant). */
  finished?: RunningEntry[];
}

export interface FairScheduler {
  /** Queues entries at the back of their batch; an entry already waiting is not queued twice. Returns how many were added. */
  add(entries: FairEntry[]): Promise<number>;
  /** Records started and finished entries, then hands out the next entries, taking turns (see the module comment). */
  take(options: TakeOptions): Promise<TakenEntry[]>;
  /** Removes entries still waiting (not dispatched); for each ID, whether it was waiting. */
  remove(ids: string[]): Promise<boolean[]>;
  /** For each ID, whether it waits here (not dispatched yet). */
  waiting(ids: string[]): Promise<boolean[]>;
  /** Entries waiting, over all tenants. */
  backlog(): Promise<number>;
  /** Forgets dispatched entries (their job is gone or finished): they no longer count as ready nor against their tenant. */
  release(entries: RunningEntry[]): Promise<void>;
  /** Dispatched entries older than `ms`: `ready` not yet started, `running` not yet finished. */
  dispatchedBefore(ms: number): Promise<{ ready: string[]; running: RunningEntry[] }>;
  /** Each tenant's dispatched, unfinished entries. */
  inFlight(): Promise<Map<string, number>>;
}

// Keys, from ARGV[1] = base (`<prefix>:fair`):
//   base:queued                      hash  id -> payload         entries waiting
//   base:tenants                     list  ring of tenants with waiting entries
//   base:tenant:<t>                  list  ring of tenant t's batches with waiting entries
//   base:tenant:<t>:batch:<b>        list  ids of batch b, oldest first (removed ids are skipped)
//   base:ready                       zset  id -> ms               dispatched, not started
//   base:running:<t>                 zset  id -> ms               tenant t's dispatched, not finished
//   base:busy                        set   tenants with running entries
// Invariants: a batch is in its tenant's ring while its list is not empty, and a tenant is in
// the ring of tenants while its own ring is not empty.

// ARGV: base, then id, tenant, batch, payload for each entry. Returns how many were added.
const ADD = `
local base = ARGV[1]
local queued, tenants = base .. ':queued', base .. ':tenants'
local added = 0
for i = 2, #ARGV, 4 do
  local id, tenant, batch, payload = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  if redis.call('HSETNX', queued, id, payload) == 1 then
    added = added + 1
    local batches = base .. ':tenant:' .. tenant
    if redis.call('RPUSH', batches .. ':batch:' .. batch, id) == 1 and not redis.call('LPOS', batches, batch) then
      if redis.call('RPUSH', batches, batch) == 1 and not redis.call('LPOS', tenants, tenant) then
        redis.call('RPUSH', tenants, tenant)
      end
    end
  end
end
return added
`;

// ARGV: base, ready target, per-tenant limit (0: none), number of started ids S, S started ids,
// then tenant, id of each finished entry. Returns id, payload of each entry taken, in order.
const TAKE = `
local base = ARGV[1]
local target, limit, nStarted = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local queued, tenants, ready = base .. ':queued', base .. ':tenants', base .. ':ready'
for i = 5, 4 + nStarted do redis.call('ZREM', ready, ARGV[i]) end
for i = 5 + nStarted, #ARGV, 2 do
  redis.call('ZREM', ready, ARGV[i + 1])
  redis.call('ZREM', base .. ':running:' .. ARGV[i], ARGV[i + 1])
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local free = target - redis.call('ZCARD', ready)
local taken = {}
local passed = 0 -- tenants in a row passed over at their limit
while free > 0 do
  local n = redis.call('LLEN', tenants)
  if n == 0 or passed >= n then break end
  local tenant = redis.call('LPOP', tenants)
  local batches = base .. ':tenant:' .. tenant
  local running = base .. ':running:' .. tenant
  if limit > 0 and redis.call('ZCARD', running) >= limit then
    redis.call('RPUSH', tenants, tenant)
    passed = passed + 1
  else
    local id, payload
    while not id do
      local batch = redis.call('LPOP', batches)
      if not batch then break end
      local list = batches .. ':batch:' .. batch
      local candidate = redis.call('LPOP', list)
      while candidate do
        payload = redis.call('HGET', queued, candidate)
        if payload then
          id = candidate
          break
        end
        candidate = redis.call('LPOP', list)
      end
      if redis.call('LLEN', list) > 0 then redis.call('RPUSH', batches, batch) end
    end
    if id then
      redis.call('HDEL', queued, id)
      redis.call('ZADD', ready, now, id)
      redis.call('ZADD', running, now, id)
      redis.call('SADD', base .. ':busy', tenant)
      taken[#taken + 1] = id
      taken[#taken + 1] = payload
      free = free - 1
      passed = 0
    end
    if redis.call('LLEN', batches) > 0 then redis.call('RPUSH', tenants, tenant) end
  end
end
return taken
`;

// ARGV: base, ids. Returns 1 for each id that was waiting (and is removed), else 0. Its id stays
// in its batch list and is skipped when reached.
const REMOVE = `
local queued = ARGV[1] .. ':queued'
local out = {}
for i = 2, #ARGV do out[#out + 1] = redis.call('HDEL', queued, ARGV[i]) end
return out
`;

// ARGV: base, then tenant, id of each entry to forget.
const RELEASE = `
local base = ARGV[1]
for i = 2, #ARGV, 2 do
  redis.call('ZREM', base .. ':ready', ARGV[i + 1])
  local running = base .. ':running:' .. ARGV[i]
  redis.call('ZREM', running, ARGV[i + 1])
  if redis.call('ZCARD', running) == 0 then redis.call('SREM', base .. ':busy', ARGV[i]) end
end
return 0
`;

// ARGV: base, age in ms. Returns { ready ids }, { tenant, id, tenant, id, ... } of entries
// dispatched at least that long ago.
const DISPATCHED_BEFORE = `
local base = ARGV[1]
local time = redis.call('TIME')
local before = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) - tonumber(ARGV[2])
local running = {}
for _, tenant in ipairs(redis.call('SMEMBERS', base .. ':busy')) do
  local key = base .. ':running:' .. tenant
  if redis.call('ZCARD', key) == 0 then redis.call('SREM', base .. ':busy', tenant) end
  for _, id in ipairs(redis.call('ZRANGEBYSCORE', key, '-inf', before)) do
    running[#running + 1] = tenant
    running[#running + 1] = id
  end
end
return { redis.call('ZRANGEBYSCORE', base .. ':ready', '-inf', before), running }
`;

// ARGV: base. Returns tenant, count of each tenant with running entries.
const IN_FLIGHT = `
local base = ARGV[1]
local out = {}
for _, tenant in ipairs(redis.call('SMEMBERS', base .. ':busy')) do
  out[#out + 1] = tenant
  out[#out + 1] = redis.call('ZCARD', base .. ':running:' .. tenant)
end
return out
`;

/** Entries per script call: bounds one call's arguments and the time Redis spends on it. */
const CHUNK = 500;

type Scripts = {
  [K in 'fairAdd' | 'fairTake' | 'fairRemove' | 'fairRelease' | 'fairDispatchedBefore' | 'fairInFlight']: (
    ...args: (string | number)[]
  ) => Promise<unknown>;
};

/** Fair-share scheduling on `redis`, under `<prefix>:fair`. */
export function createFairScheduler({ redis, prefix }: { redis: Redis; prefix: string }): FairScheduler {
  const base = `${prefix}:fair`;
  for (const [name, lua] of Object.entries({
    fairAdd: ADD,
    fairTake: TAKE,
    fairRemove: REMOVE,
    fairRelease: RELEASE,
    fairDispatchedBefore: DISPATCHED_BEFORE,
    fairInFlight: IN_FLIGHT,
  })) {
    if (!(name in redis)) redis.defineCommand(name, { numberOfKeys: 0, lua });
  }
  const scripts = redis as unknown as Scripts;
  const chunks = <T>(items: T[]) =>
    Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

  return {
    async add(entries) {
      let added = 0;
      for (const chunk of chunks(entries)) {
        const args = chunk.flatMap((e) => [e.id, e.tenant, e.batch, e.payload]);
        added += Number(await scripts.fairAdd(base, ...args));
      }
      return added;
    },

    async take({ readyTarget, maxInFlight, started = [], finished = [] }) {
      const flat = (await scripts.fairTake(
        base,
        readyTarget,
        maxInFlight,
        started.length,
        ...started,
        ...finished.flatMap((e) => [e.tenant, e.id]),
      )) as string[];
      const taken: TakenEntry[] = [];
      for (let i = 0; i < flat.length; i += 2) taken.push({ id: flat[i]!, payload: flat[i + 1]! });
      return taken;
    },

    async remove(ids) {
      const out: boolean[] = [];
      for (const chunk of chunks(ids)) {
        out.push(...((await scripts.fairRemove(base, ...chunk)) as number[]).map((n) => n === 1));
      }
      return out;
    },

    async waiting(ids) {
      const out: boolean[] = [];
      for (const chunk of chunks(ids)) {
        if (!chunk.length) continue;
        const found = await redis.hmget(`${base}:queued`, ...chunk);
        out.push(...found.map((v) => v !== null));
      }
      return out;
    },

    async backlog() {
      return redis.hlen(`${base}:queued`);
    },

    async release(entries) {
      for (const chunk of chunks(entries)) {
        if (chunk.length) await scripts.fairRelease(base, ...chunk.flatMap((e) => [e.tenant, e.id]));
      }
    },

    async dispatchedBefore(ms) {
      const [ready, flat] = (await scripts.fairDispatchedBefore(base, Math.max(0, Math.round(ms)))) as [
        string[],
        string[],
      ];
      const running: RunningEntry[] = [];
      for (let i = 0; i < flat.length; i += 2) running.push({ tenant: flat[i]!, id: flat[i + 1]! });
      return { ready, running };
    },

    async inFlight() {
      const flat = (await scripts.fairInFlight(base)) as (string | number)[];
      const counts = new Map<string, number>();
      for (let i = 0; i < flat.length; i += 2) counts.set(String(flat[i]), Number(flat[i + 1]));
      return counts;
    },
  };
}
