import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../../src/db/orm.js';
import { OrganizationsService } from '../../src/organizations/organizations.service.js';
import { CreateJobPostDocument, ProcessResumesDocument, createSiftClient } from '@sift/sdk';
import { BAD } from '../support/files.js';
import { collectProgress } from '../support/progress.js';
import { parseExposition, valueOf } from '../support/prometheus.js';
import { spawnSift, stop, waitForLog } from '../support/processes.js';
import { eventually, freshDatabase, uniquePrefix } from '../support/test-app.js';

/** How long a process may take to start (swc compiles on the fly; other test files share the cores). */
const START_TIMEOUT_MS = 60_000; // 1 minute

describe('operators: a worker process answers on its health port, the API logs each request with its ID', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let api: ChildProcess;
  let worker: ChildProcess;
  let apiUrl: string;
  let health: string;
  let apiOutput = '';

  beforeAll(async () => {
    db = await freshDatabase();
    const env = {
      DATABASE_URL: db.url,
      REDIS_PREFIX: uniquePrefix(),
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'production',
    };
    api = spawnSift('src/main/api.ts', [], env);
    api.stdout!.on('data', (chunk: Buffer) => (apiOutput += chunk.toString()));
    worker = spawnSift('src/main/worker.ts', [], { ...env, WORKER_HEALTH_PORT: '0', WORKER_CONCURRENCY: '2' });
    // Both at once: a log line printed before its wait began would be missed.
    const [workerLine, apiLine] = await Promise.all([
      waitForLog(worker, /worker started/, START_TIMEOUT_MS),
      waitForLog(api, /API listening/, START_TIMEOUT_MS),
    ]);
    const started = JSON.parse(workerLine) as { healthPort: number };
    expect(started.healthPort).toBeGreaterThan(0);
    health = `http://127.0.0.1:${started.healthPort}`;
    const { port } = JSON.parse(apiLine) as { port: number };
    apiUrl = `http://127.0.0.1:${port}/graphql`;
  }, 2 * START_TIMEOUT_MS);

  afterAll(async () => {
    if (api) await stop(api);
    if (worker) await stop(worker);
    await db?.drop();
  });

  it('says the worker is alive and ready, and 404s anything else', async () => {
    const alive = await fetch(`${health}/healthz`);
    expect(alive.status).toBe(200);
    expect(await alive.json()).toEqual({ ok: true });
    const ready = await fetch(`${health}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });
    expect((await fetch(`${health}/graphql`)).status).toBe(404);
    expect((await fetch(`${health}/admin/queues`)).status).toBe(404);
  });

  it("exposes the worker's own metrics after a batch: jobs, analyses, extraction failures by reason", async () => {
    const orm = await initOrm(db.url);
    const { apiKey } = await new OrganizationsService(orm.em.fork()).create('Operators', 20);
    await orm.close();
    const client = createSiftClient({ url: apiUrl, apiKey });
    const { createJobPost } = await client.request(CreateJobPostDocument, {
      input: { title: 'Backend', description: 'Node.js backend', mustHaveSkills: ['Node.js'] },
    });
    const encrypted = (await readFile(path.join(BAD, 'encrypted.pdf'))).toString('base64');
    const { processResumes: task } = await client.request(ProcessResumesDocument, {
      jobPostId: createJobPost.id,
      resumes: [
        ...[0, 1].map((i) => ({
          filename: `c${i}.txt`,
          text:
            `Candidate ${'AB'[i]} Example\ncandidate${i}@example.com\n` +
            `Backend engineer: TypeScript, Node.js, PostgreSQL.\n${2014 + i} - Present  Engineer, Example Co\n`,
        })),
        { filename: 'locked.pdf', contentBase64: encrypted },
      ],
    });
    const events = await collectProgress(client, task.id);
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', succeeded: 2, failed: 1 });
    await client.close();

    const samples = await eventually(async () => {
      const res = await fetch(`${health}/metrics`);
      expect(res.status).toBe(200);
      const parsed = parseExposition(await res.text());
      // Jobs are counted as they end; the queue gauges are read from Redis and cached a few seconds.
      const ended = valueOf(parsed, 'sift_job_duration_seconds_count', { outcome: 'done' }) >= 3;
      return ended && valueOf(parsed, 'sift_queue_jobs', { state: 'active' }) === 0 ? parsed : undefined;
    });
    expect(valueOf(samples, 'sift_job_duration_seconds_count', { job: 'analyze-resume', outcome: 'done' })).toBe(3);
    expect(valueOf(samples, 'sift_analysis_duration_seconds_count', { analyzer: 'local', outcome: 'ok' })).toBe(2);
    expect(valueOf(samples, 'sift_extraction_failures_total', { reason: 'ENCRYPTED' })).toBe(1);
    expect(valueOf(samples, 'sift_resumes', { status: 'FAILED' })).toBe(1);
    expect(valueOf(samples, 'sift_queue_jobs', { state: 'active' })).toBe(0);
    expect(valueOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    // The worker serves no GraphQL: it counts none.
    expect(valueOf(samples, 'sift_graphql_operations_total')).toBe(0);
  });

  it('logs each API request with its request ID, and never the Authorization header', async () => {
    const res = await fetch(apiUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer sk_not_a_real_key_but_a_secret_all_the_same',
        'x-request-id': 'trace-operators-1',
      },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-request-id')).toBe('trace-operators-1');
    const line = await eventually(async () => apiOutput.split('\n').find((l) => l.includes('trace-operators-1')));
    const logged = JSON.parse(line) as {
      reqId: string;
      req: { method: string; url: string; headers: Record<string, string> };
      res: { statusCode: number };
    };
    expect(logged.reqId).toBe('trace-operators-1');
    expect(logged.req).toMatchObject({ method: 'POST', url: '/graphql' });
    expect(logged.res.statusCode).toBe(401);
    expect(logged.req.headers.authorization).toBe('[redacted]');
    expect(apiOutput).not.toContain('sk_not_a_real_key');
  });

  it('stops cleanly on SIGTERM, health port included', async () => {
    expect(await stop(worker)).toBe(0);
    await expect(fetch(`${health}/healthz`)).rejects.toThrow();
  });
});
