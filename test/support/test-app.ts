import { randomBytes } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { loadConfig, type Config } from '../../src/config.js';
import { createContainer, type Container } from '../../src/container.js';
import { dropDatabase, ensureDatabase } from '../../src/db/database-admin.js';
import { migrateUp } from '../../src/db/migrate.js';
import { initOrm } from '../../src/db/orm.js';
import { createSchema } from '../../src/graphql/schema.js';
import { startApiServer, type ApiServer } from '../../src/graphql/server.js';
import type { JobWorker } from '../../src/queue/job.queue.js';
import { createSiftClient, type SiftClient } from '@sift/sdk';
import { createLogger } from '../../src/shared/logger.js';
import { deleteKeysUnder } from '../../src/shared/redis-keys.js';

/** A fresh database with every migration applied; dropped by the returned function. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(loadConfig().databaseUrl);
  base.pathname = `/sift_test_${randomBytes(6).toString('hex')}`;
  const url = base.toString();
  await ensureDatabase(url);
  const orm = await initOrm(url);
  await migrateUp(orm);
  await orm.close();
  return { url, drop: () => dropDatabase(url) };
}

export function uniquePrefix(): string {
  return `sift-test-${randomBytes(5).toString('hex')}`;
}

export interface TestOrg {
  organizationId: string;
  apiKey: string;
  client: SiftClient;
}

export interface TestApp {
  config: Config;
  container: Container;
  server: ApiServer;
  databaseUrl: string;
  /** A new organization with `credits`, and an SDK client authenticated as it. */
  createOrg(credits?: number, name?: string): Promise<TestOrg>;
  startWorker(): JobWorker;
  close(): Promise<void>;
}

/**
 * The real thing on a free port: PostgreSQL (own database), Redis (own prefix), Apollo and
 * graphql-ws. Pass `worker: true` to also consume jobs in this process. `close()` leaves nothing
 * behind: the database is dropped (unless it was given) and every Redis key under the prefix goes.
 */
export async function startTestApp(
  options: { worker?: boolean; env?: Record<string, string>; databaseUrl?: string } = {},
): Promise<TestApp> {
  const db = options.databaseUrl ? null : await freshDatabase();
  const databaseUrl = options.databaseUrl ?? db!.url;
  const config = loadConfig(process.env, {
    DATABASE_URL: databaseUrl,
    REDIS_PREFIX: uniquePrefix(),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  const container = await createContainer(config, createLogger(config.logLevel));
  const schema: GraphQLSchema = await createSchema(container.bus.typeGraphqlPubSub);
  const server = await startApiServer(container, schema);
  if (options.worker) container.startWorker();
  const clients: SiftClient[] = [];

  return {
    config,
    container,
    server,
    databaseUrl,
    async createOrg(credits = 1_000, name = 'Test Org') {
      const { organization, apiKey } = await container.organizations.create(name, credits);
      const client = createSiftClient({ url: server.url, apiKey });
      clients.push(client);
      return { organizationId: organization.id, apiKey, client };
    },
    startWorker: () => container.startWorker(),
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await server.close();
      // Workers, queues and pub/sub first: nothing writes under the prefix once they are closed.
      await container.dispose();
      await deleteKeysUnder(config.redisUrl, config.redisPrefix);
      await db?.drop();
    },
  };
}

/** Waits until `check` returns a value other than undefined, polling PostgreSQL-backed state. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
