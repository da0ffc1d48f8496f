/**
 * `npm run demo` as a real process: it works in the database DATABASE_URL names (created when
 * missing), and leaves no Redis key behind, whether it ends or is interrupted with Ctrl-C.
 */
import { Redis } from 'ioredis';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { dropDatabase } from '../../src/db/database-admin.js';
import { runSift, spawnSift } from '../support/processes.js';
import { eventually, uniquePrefix } from '../support/test-app.js';

const DEMO = 'src/demo/demo.ts';
/** Per test: the demo starts Node with the swc loader, an API and a worker (seconds on a loaded machine). */
const SLOW = 180_000;
const base = loadConfig();
const databases: string[] = [];
const redis = new Redis(base.redisUrl);

function namedDatabase(): string {
  const url = new URL(base.databaseUrl);
  url.pathname = `/sift_test_demo_${randomBytes(5).toString('hex')}`;
  databases.push(url.toString());
  return url.toString();
}

/** Every key whose name starts with `prefix` (the demo's own prefix starts with REDIS_PREFIX). */
async function keysStartingWith(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

async function organizations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ name: string }>('SELECT name FROM organization')).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const url of databases) await dropDatabase(url);
  redis.disconnect();
});

describe('npm run demo', () => {
  it(
    'uses the database DATABASE_URL names and deletes its Redis keys when it ends',
    async () => {
      const databaseUrl = namedDatabase();
      const prefix = uniquePrefix();
      const run = await runSift(DEMO, ['--limit', '3', '--top', '3'], {
        DATABASE_URL: databaseUrl,
        REDIS_PREFIX: prefix,
        LOG_LEVEL: 'silent',
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Sift demo: 3 resumes');
      expect(run.stdout).toMatch(/Task [0-9a-f-]{36}: COMPLETED/);
      expect(await organizations(databaseUrl)).toEqual(['Demo Recruiting']);
      expect(await keysStartingWith(prefix)).toEqual([]);
    },
    SLOW,
  );

  it(
    'stops on Ctrl-C, and deletes its Redis keys then too',
    async () => {
      const databaseUrl = namedDatabase();
      const prefix = uniquePrefix();
      const child = spawnSift(DEMO, [], { DATABASE_URL: databaseUrl, REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' });
      let stdout = '';
      const exited = once(child, 'exit') as Promise<[number | null]>;
      // Interrupted once the batch is on its way (the line is printed before the upload).
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('Sift demo: 24 resumes')) resolve();
        });
        void exited.then(([code]) => reject(new Error(`demo exited with ${code} before its batch:\n${stdout}`)));
      });
      // The run works under REDIS_PREFIX (so the check below can fail), then is interrupted.
      await eventually(async () => ((await keysStartingWith(prefix)).length > 0 ? true : undefined));
      child.kill('SIGINT');
      const [code] = await exited;
      expect(code, stdout).toBe(130);
      expect(stdout).toContain("Interrupted: stopping and deleting the demo's Redis keys");
      expect(await organizations(databaseUrl)).toEqual(['Demo Recruiting']);
      expect(await keysStartingWith(prefix)).toEqual([]);
    },
    SLOW,
  );
});
