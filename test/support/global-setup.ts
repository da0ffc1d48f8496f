/**
 * Before any test: PostgreSQL and Redis must answer. If not, say exactly what is missing and how
 * to get it, instead of letting every test time out.
 */
import { Redis } from 'ioredis';
import { loadConfig } from '../../src/config.js';
import { canConnect } from '../../src/db/database-admin.js';
import { ensureSdkBuilt } from './sdk-build.js';
import { ensureServerBuilt } from './server-build.js';

export default async function setup(): Promise<void> {
  ensureSdkBuilt();
  ensureServerBuilt();
  const config = loadConfig();
  const problems: string[] = [];
  if (!(await canConnect(config.databaseUrl))) {
    problems.push(
      `PostgreSQL is not reachable at ${redact(config.databaseUrl)}. Start it (Debian: apt-get install -y postgresql && pg_ctlcluster 15 main start), or set DATABASE_URL.`,
    );
  }
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    problems.push(
      `Redis is not reachable at ${config.redisUrl}. Start it (Debian: apt-get install -y redis-server && redis-server --daemonize yes), or set REDIS_URL.`,
    );
  } finally {
    redis.disconnect();
  }
  if (problems.length) throw new Error(`The tests need real services:\n- ${problems.join('\n- ')}`);
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
