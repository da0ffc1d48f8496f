import type { MikroORM } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';

/** How long one dependency may take to answer before it counts as unreachable. */
const CHECK_TIMEOUT_MS = 2_000; // 2 seconds

export interface ReadinessReport {
  ready: boolean;
  checks: {
    postgres: Check;
    redis: Check;
    /** Applied when every migration this build knows of is in the database. */
    migrations: Check & { pending?: string[] };
  };
}

interface Check {
  ok: boolean;
  /** What is wrong, when not ok. */
  error?: string;
}

export interface Readiness {
  check(): Promise<ReadinessReport>;
  dispose(): void;
}

/**
 * Whether this process can do its work: PostgreSQL and Redis answer, and no migration is pending
 * (a process newer than its database would fail on a missing column). Redis is asked on a
 * connection of its own that never queues commands: when Redis is away the answer is immediate.
 */
export function createReadiness({ orm, redisUrl }: { orm: MikroORM; redisUrl: string }): Readiness {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: CHECK_TIMEOUT_MS,
  });
  redis.on('error', () => undefined); // reported by check(), not as an unhandled error

  const postgres = async () => {
    await orm.em.getConnection().execute('SELECT 1');
  };
  const ping = async () => {
    if (redis.status === 'wait' || redis.status === 'end') await redis.connect();
    await redis.ping();
  };
  const migrations = async () => (await orm.migrator.getPending()).map((m) => m.name);

  return {
    async check() {
      const [pg, rd, pending] = await Promise.all([settle(postgres()), settle(ping()), settle(migrations())]);
      const migrationCheck: ReadinessReport['checks']['migrations'] = pending.ok
        ? pending.value.length
          ? { ok: false, error: `${pending.value.length} pending: run the migrations`, pending: pending.value }
          : { ok: true }
        : { ok: false, error: pending.error };
      const checks = {
        postgres: pg.ok ? { ok: true } : { ok: false, error: pg.error },
        redis: rd.ok ? { ok: true } : { ok: false, error: rd.error },
        migrations: migrationCheck,
      };
      return { ready: checks.postgres.ok && checks.redis.ok && checks.migrations.ok, checks };
    },
    dispose() {
      redis.disconnect();
    },
  };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: string };

/** The promise's value, or its error's message; a promise slower than CHECK_TIMEOUT_MS fails. */
async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return { ok: true, value: await Promise.race([promise, timeout]) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
