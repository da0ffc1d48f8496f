/**
 * One deployment, one Redis prefix. A deployment's ID lives in its PostgreSQL database (the
 * truth) and in Redis under its prefix (`<prefix>:deployment`). A process that finds another ID
 * there shares its Redis prefix with another deployment (whose workers would take its jobs and
 * leave its resumes PENDING, and the other way round): it refuses to start and says what to do.
 */
import { TableNotFoundException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** Another deployment's ID is in Redis under this deployment's prefix. */
export class DeploymentClashError extends Error {
  constructor(
    readonly redisId: string,
    readonly databaseId: string,
    where: { redisUrl: string; databaseUrl: string; key: string; prefix: string },
  ) {
    const redis = displayUrl(where.redisUrl);
    super(
      [
        `Deployment clash: another Sift deployment uses Redis ${redis} under the prefix "${where.prefix}".`,
        `  Redis ${redis}, key "${where.key}": deployment ${redisId}`,
        `  PostgreSQL ${displayUrl(where.databaseUrl)}: deployment ${databaseId}`,
        "Two deployments sharing a Redis prefix take each other's jobs. Give each deployment its own REDIS_PREFIX (or its own Redis).",
        `If this database replaced the one of deployment ${redisId} (a restore, a move), stop that deployment, delete the key (redis-cli DEL ${where.key}) and start again.`,
      ].join('\n'),
    );
    this.name = 'DeploymentClashError';
  }
}

/** The deployment's identity could not be checked (no migrations, Redis unreachable). */
export class DeploymentCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeploymentCheckError';
  }
}

export interface DeploymentWhere {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
}

/** Any fixed number: the advisory lock under which the first process writes the ID. */
const DEPLOYMENT_LOCK = 727_002;

export function deploymentKey(prefix: string): string {
  return `${prefix}:deployment`;
}

/**
 * The deployment's ID, checked against Redis: written to PostgreSQL on the first start, and to
 * Redis when Redis has none (a first start, or a flushed Redis). Throws DeploymentClashError when
 * Redis holds another deployment's ID.
 */
export async function claimDeployment(orm: MikroORM, where: DeploymentWhere): Promise<string> {
  const id = await databaseDeploymentId(orm);
  // Its own connection, which gives up after some tries (about 20 s) rather than wait for ever.
  const redis = new Redis(where.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 20 });
  redis.on('error', () => undefined); // the failed command reports it
  try {
    await assertDeployment(redis, id, where);
  } catch (error) {
    if (error instanceof DeploymentClashError) throw error;
    throw new DeploymentCheckError(
      `Could not check the deployment ID in Redis ${displayUrl(where.redisUrl)}: ${(error as Error).message}`,
    );
  } finally {
    redis.disconnect();
  }
  return id;
}

/**
 * Writes `id` under the prefix unless an ID is there; throws DeploymentClashError when another
 * is. Running processes call it again now and then: a Redis flushed under them gets the ID back,
 * so that a clashing deployment started later is refused.
 */
export async function assertDeployment(redis: Redis, id: string, where: DeploymentWhere): Promise<void> {
  const key = deploymentKey(where.prefix);
  for (;;) {
    if ((await redis.set(key, id, 'NX')) === 'OK') return;
    const found = await redis.get(key);
    if (found === id) return;
    // Deleted between the two commands: write it again.
    if (found !== null) throw new DeploymentClashError(found, id, { ...where, key });
  }
}

/** The ID in PostgreSQL, written by the first process to start (under a lock: two first starts write one). */
async function databaseDeploymentId(orm: MikroORM): Promise<string> {
  try {
    return await orm.em.fork().transactional(async (tx) => {
      await tx.execute('SELECT pg_advisory_xact_lock(?)', [DEPLOYMENT_LOCK]);
      const [row] = await tx.execute<{ id: string }[]>('SELECT id FROM deployment ORDER BY created_at, id LIMIT 1');
      if (row) return row.id;
      const id = randomUUID();
      await tx.execute('INSERT INTO deployment (id, created_at) VALUES (?, now())', [id]);
      return id;
    });
  } catch (error) {
    if (error instanceof TableNotFoundException) {
      throw new DeploymentCheckError(
        `The database ${displayUrl(orm.config.get('clientUrl') ?? '')} has no "deployment" table: apply the migrations first (npm run migrate).`,
      );
    }
    throw error;
  }
}

/** A connection URL without its password. */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
