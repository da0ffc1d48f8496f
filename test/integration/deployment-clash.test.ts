/**
 * Two deployments that share a Redis prefix by mistake would take each other's jobs. Each
 * deployment's ID is kept in its PostgreSQL database and in Redis under its prefix: a process
 * (API or worker) that finds another deployment's ID there refuses to start and says what to do;
 * a Redis that lost the ID (flushed) gets it back.
 */
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createContainer } from '../../src/container.js';
import { initOrm } from '../../src/db/orm.js';
import { deploymentKey, DeploymentClashError } from '../../src/deployment/deployment.identity.js';
import { createLogger } from '../../src/shared/logger.js';
import { spawnSift, stop, waitForLog } from '../support/processes.js';
import { eventually, freshDatabase, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Runs an entry point until it exits, or until it says it started (then it is stopped: a process
 * that should have refused to start must not be left running).
 */
async function startOrRefuse(entry: string, env: Record<string, string>) {
  const child = spawnSift(entry, [], env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const closed = once(child, 'close'); // output read to its end
  const started = await waitForLog(child, /API listening|worker started/, 60_000).then(
    () => true,
    () => false,
  );
  if (started) await stop(child);
  else await closed;
  return { started, code: child.exitCode, stdout, stderr };
}

describe('one deployment per Redis prefix', () => {
  let app: TestApp;
  let other: Awaited<ReturnType<typeof freshDatabase>>;
  let redis: Redis;

  beforeAll(async () => {
    // The reconciler's interval is also how often a running worker checks its ID in Redis.
    app = await startTestApp({ worker: true, env: { RECONCILE_INTERVAL_MS: '200' } });
    other = await freshDatabase(); // another deployment's database
    redis = new Redis(app.config.redisUrl);
  });

  afterAll(async () => {
    redis?.disconnect();
    await app?.close();
    await other?.drop();
  });

  const configFor = (databaseUrl: string) =>
    loadConfig(process.env, {
      DATABASE_URL: databaseUrl,
      REDIS_PREFIX: app.config.redisPrefix,
      LOG_LEVEL: 'silent',
    });

  async function idsIn(databaseUrl: string): Promise<string[]> {
    const orm = await initOrm(databaseUrl);
    try {
      const rows = await orm.em.fork().execute<{ id: string }[]>('SELECT id FROM deployment');
      return rows.map((r) => r.id);
    } finally {
      await orm.close(true);
    }
  }

  it('keeps one ID per deployment, in PostgreSQL and in Redis under the prefix', async () => {
    const key = deploymentKey(app.config.redisPrefix);
    expect(await redis.get(key)).toBe(app.container.deploymentId);
    expect(await idsIn(app.databaseUrl)).toEqual([app.container.deploymentId]);
    // Another process of the same deployment (same database, same prefix) starts and shares it.
    const again = await createContainer(configFor(app.databaseUrl), createLogger('silent'));
    try {
      expect(again.deploymentId).toBe(app.container.deploymentId);
    } finally {
      await again.dispose();
    }
    expect(await idsIn(app.databaseUrl)).toEqual([app.container.deploymentId]);
  });

  it("refuses to start a process of another deployment on this deployment's Redis prefix, naming both IDs", async () => {
    const error = await createContainer(configFor(other.url), createLogger('silent')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeploymentClashError);
    const [otherId] = await idsIn(other.url);
    expect(otherId).toBeTruthy();
    expect(otherId).not.toBe(app.container.deploymentId);
    const message = (error as Error).message;
    expect(message).toContain(app.container.deploymentId);
    expect(message).toContain(otherId);
    expect(message).toContain('REDIS_PREFIX');
    expect(message).toContain(deploymentKey(app.config.redisPrefix));
    // Nothing of the refused deployment was written to Redis.
    expect(await redis.get(deploymentKey(app.config.redisPrefix))).toBe(app.container.deploymentId);
  });

  it('refuses to start the API and the worker as processes: exit code 2 and the message on stderr', async () => {
    const [otherId] = await idsIn(other.url);
    const env = {
      DATABASE_URL: other.url,
      REDIS_PREFIX: app.config.redisPrefix,
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'production',
    };
    const [api, worker] = await Promise.all([
      startOrRefuse('src/main/api.ts', env),
      startOrRefuse('src/main/worker.ts', env),
    ]);
    for (const [name, run] of [
      ['api', api],
      ['worker', worker],
    ] as const) {
      expect(run.started, `${name} started:\n${run.stdout}`).toBe(false);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(`${name}: Deployment clash`);
      expect(run.stderr).toContain(app.container.deploymentId);
      expect(run.stderr).toContain(otherId!);
      expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    }
  }, 120_000);

  it('writes the ID again when Redis lost it: at start, and from a running worker', async () => {
    const key = deploymentKey(app.config.redisPrefix);
    // A flushed Redis (only this deployment's keys here): the running worker puts its ID back.
    await redis.del(key);
    await eventually(async () => ((await redis.get(key)) === app.container.deploymentId ? true : undefined));

    // Flushed again, and a process starts before the worker notices: it writes the ID itself.
    await redis.del(key);
    const started = await createContainer(configFor(app.databaseUrl), createLogger('silent'));
    try {
      expect(await redis.get(key)).toBe(app.container.deploymentId);
    } finally {
      await started.dispose();
    }
    // And the other deployment is still refused afterwards.
    await expect(createContainer(configFor(other.url), createLogger('silent'))).rejects.toBeInstanceOf(
      DeploymentClashError,
    );
  });
});
