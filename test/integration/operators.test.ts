import { readFile } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsList } from '../../migrations/index.js';
import { initOrm, ormOptions } from '../../src/db/orm.js';
import {
  CreateJobPostDocument,
  ProcessResumesDocument,
  SiftApiError,
  TaskDocument,
  TaskProgressDocument,
} from '@sift/sdk';
import { BAD } from '../support/files.js';
import { parseExposition, valueOf, has } from '../support/prometheus.js';
import { collectProgress } from '../support/progress.js';
import { eventually, startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const ADMIN_TOKEN = 'operator-token-0123456789abcdef';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const resume = (i: number) =>
  `Candidate ${String.fromCharCode(65 + i)} Example\ncandidate${i}@example.com\n` +
  `Backend engineer: TypeScript, Node.js, PostgreSQL.\n${2012 + i} - Present  Engineer, Example Co\n`;

describe('operators: health, readiness, metrics, the queue dashboard and request IDs on the API', () => {
  let app: TestApp;
  let base: string;
  let org: TestOrg;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { ADMIN_TOKEN } });
    base = new URL(app.server.url).origin;
    org = await app.createOrg(100);
  });

  afterAll(async () => {
    await app?.close();
  });

  const metrics = async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseExposition(await res.text());
  };

  it('says it is alive on /healthz and ready on /readyz', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: { postgres: { ok: true }, redis: { ok: true }, migrations: { ok: true } },
    });
  });

  it('is not ready while a migration is pending, and ready again once it is applied', async () => {
    // snapshot: false, or the migrator would rewrite migrations/.snapshot-sift.json from this database.
    const orm = await initOrm(app.databaseUrl, {
      migrations: { ...ormOptions(app.databaseUrl).migrations, snapshot: false },
    });
    try {
      const last = migrationsList.at(-1)!.name;
      await orm.migrator.down(); // the database of a deployment whose last migration was not run
      const res = await fetch(`${base}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as {
        ready: boolean;
        checks: Record<string, { ok: boolean; pending?: string[] }>;
      };
      expect(body.ready).toBe(false);
      expect(body.checks.migrations).toMatchObject({ ok: false, pending: [last] });
      expect(body.checks.postgres!.ok).toBe(true);
      expect(body.checks.redis!.ok).toBe(true);
    } finally {
      await orm.migrator.up();
      await orm.close();
    }
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('gives every request an ID: a sane incoming X-Request-Id is kept, anything else replaced', async () => {
    const generated = await fetch(`${base}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(UUID);
    const again = await fetch(`${base}/healthz`);
    expect(again.headers.get('x-request-id')).not.toBe(generated.headers.get('x-request-id'));

    const kept = await fetch(`${base}/healthz`, { headers: { 'X-Request-Id': 'edge-7f3a.42' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-7f3a.42');
    for (const bad of ['has spaces in it', 'x'.repeat(200), '<script>']) {
      const replaced = await fetch(`${base}/healthz`, { headers: { 'X-Request-Id': bad } });
      expect(replaced.headers.get('x-request-id')).toMatch(UUID);
    }
    // Refusals carry it too (401 before the body is read, GraphQL answers).
    const refused = await fetch(app.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'refused-1' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toBe('refused-1');
  });

  it('serves the queue dashboard only with the admin token, from its own assets', async () => {
    const page = `${base}/admin/queues`;
    const none = await fetch(page);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect((await fetch(page, { headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(401);
    expect((await fetch(page, { headers: { authorization: `Bearer ${ADMIN_TOKEN}x` } })).status).toBe(401);
    // An organization's API key is not an admin credential.
    expect((await fetch(page, { headers: { authorization: `Bearer ${org.apiKey}` } })).status).toBe(401);

    const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const ok = await fetch(page, { headers: bearer });
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).toContain('Sift queues');
    // Nothing from another origin: every script and stylesheet is served from here.
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(ok.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]*static\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await fetch(new URL(asset, `${page}/`), { headers: bearer });
      expect(res.status, asset).toBe(200);
    }
    const basic = { authorization: `Basic ${Buffer.from(`ops:${ADMIN_TOKEN}`).toString('base64')}` };
    const api = await fetch(`${page}/api/queues`, { headers: basic });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: { name: string; readOnlyMode: boolean }[] };
    expect(queues.map((q) => [q.name, q.readOnlyMode])).toEqual([
      ['resumes', true],
      ['webhooks', true],
    ]);
    // Read-only: the queue cannot be paused, emptied or its jobs retried from here.
    for (const action of ['pause', 'empty', 'retry/failed']) {
      const refused = await fetch(`${page}/api/queues/resumes/${action}`, { method: 'PUT', headers: basic });
      expect(refused.status, action).toBe(405);
    }
    expect(await app.container.queue.bullQueues[0]!.isPaused()).toBe(false);
    // Assets are behind the token too.
    expect((await fetch(new URL(assets[0]!, `${page}/`))).status).toBe(401);
  });

  it('exposes the named metric families with the figures of a small batch', async () => {
    const before = await metrics();
    const { createJobPost } = await org.client.request(CreateJobPostDocument, {
      input: { title: 'Backend', description: 'Node.js backend', mustHaveSkills: ['Node.js'] },
    });
    const encrypted = (await readFile(path.join(BAD, 'encrypted.pdf'))).toString('base64');
    const { processResumes: task } = await org.client.request(ProcessResumesDocument, {
      jobPostId: createJobPost.id,
      resumes: [
        ...[0, 1, 2].map((i) => ({ filename: `c${i}.txt`, text: resume(i) })),
        { filename: 'locked.pdf', contentBase64: encrypted },
      ],
    });
    const events = await collectProgress(org.client, task.id);
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 4, succeeded: 3, failed: 1 });
    // An error with a code: a task that is not there.
    await expect(org.client.request(TaskDocument, { id: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow(
      SiftApiError,
    );

    // The job's end is recorded just after its last event is published, and the gauges read from
    // PostgreSQL and Redis are cached for a few seconds: wait for both to show the batch.
    const after = await eventually(async () => {
      const samples = await metrics();
      const jobs = valueOf(samples, 'sift_job_duration_seconds_count', { outcome: 'done' });
      const final = ['SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED'].map((status) =>
        valueOf(samples, 'sift_resumes', { status }),
      );
      return jobs >= 4 && final.reduce((a, b) => a + b, 0) >= 4 ? samples : undefined;
    });
    const grew = (name: string, labels: Record<string, string> = {}) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);

    // Requests and errors by operation (name and type), per transport.
    expect(
      grew('sift_graphql_operations_total', { operation: 'CreateJobPost', type: 'mutation', transport: 'http' }),
    ).toBe(1);
    expect(grew('sift_graphql_operations_total', { operation: 'ProcessResumes', type: 'mutation' })).toBe(1);
    expect(
      grew('sift_graphql_operations_total', { operation: 'TaskProgress', type: 'subscription', transport: 'ws' }),
    ).toBe(1);
    expect(grew('sift_graphql_errors_total', { operation: 'Task', type: 'query', code: 'NOT_FOUND' })).toBe(1);
    expect(grew('sift_graphql_operation_duration_seconds_count', { operation: 'CreateJobPost' })).toBe(1);
    expect(
      grew('sift_http_requests_total', { route: '/graphql', method: 'POST', status: '200' }),
    ).toBeGreaterThanOrEqual(2);
    // Resumes per status (the whole deployment: this app's database).
    expect(valueOf(after, 'sift_resumes', { status: 'FAILED' })).toBe(1);
    const scored = ['SHORTLISTED', 'REVIEW', 'REJECTED'].reduce(
      (n, status) => n + valueOf(after, 'sift_resumes', { status }),
      0,
    );
    expect(scored).toBe(3);
    expect(valueOf(after, 'sift_resumes', { status: 'PENDING' })).toBe(0);
    // Jobs and analyses.
    expect(grew('sift_job_duration_seconds_count', { job: 'analyze-resume', outcome: 'done' })).toBe(4);
    expect(grew('sift_analysis_duration_seconds_count', { analyzer: 'local', outcome: 'ok' })).toBe(3);
    // The encrypted file: an extraction failure, by reason.
    expect(grew('sift_extraction_failures_total', { reason: 'ENCRYPTED' })).toBe(1);
    // Progress reached the subscriber: each message timed from the worker's change to here.
    expect(grew('sift_progress_fanout_seconds_count')).toBeGreaterThanOrEqual(4);
    expect(valueOf(after, 'sift_progress_subscribers')).toBe(0);
    // The queue, by state, and how old its oldest jobs are.
    for (const state of ['waiting', 'active', 'delayed', 'failed']) {
      expect(after.some((s) => s.name === 'sift_queue_jobs' && s.labels.state === state)).toBe(true);
      expect(after.some((s) => s.name === 'sift_queue_oldest_job_age_seconds' && s.labels.state === state)).toBe(true);
    }
    expect(valueOf(after, 'sift_queue_jobs', { state: 'waiting' })).toBe(0);
    // The LLM families are declared even with the local analyzer (no samples until a model is called).
    expect(has(after, 'process_cpu_user_seconds_total')).toBe(true);
    expect(has(after, 'nodejs_eventloop_lag_seconds')).toBe(true);
  });
});

describe('operators: without ADMIN_TOKEN, and with Redis unreachable', () => {
  let app: TestApp;
  let base: string;
  let proxy: RedisProxy;

  beforeAll(async () => {
    proxy = await startRedisProxy();
    app = await startTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}` } });
    base = new URL(app.server.url).origin;
  });

  afterAll(async () => {
    await proxy?.start();
    await app?.close();
    await proxy?.stop();
  });

  it('counts taskProgress subscribers while their streams are open', async () => {
    // No worker in this app: the task stays queued and its stream open until the client ends it.
    const org = await app.createOrg(10);
    const { createJobPost } = await org.client.request(CreateJobPostDocument, {
      input: { title: 'Watched', description: 'Node.js', mustHaveSkills: ['Node.js'] },
    });
    const { processResumes: task } = await org.client.request(ProcessResumesDocument, {
      jobPostId: createJobPost.id,
      resumes: [{ filename: 'a.txt', text: resume(5) }],
    });
    const subscribers = async () =>
      valueOf(parseExposition(await (await fetch(`${base}/metrics`)).text()), 'sift_progress_subscribers');
    expect(await subscribers()).toBe(0);
    const streams = [0, 1].map(() => org.client.subscribe(TaskProgressDocument, { taskId: task.id }));
    for (const stream of streams)
      expect((await stream.next()).value).toMatchObject({ taskProgress: { message: 'snapshot' } });
    expect(await subscribers()).toBe(2);
    for (const stream of streams) await stream.return?.();
    await eventually(async () => ((await subscribers()) === 0 ? true : undefined));
  });

  it('does not mount the queue dashboard at all', async () => {
    expect((await fetch(`${base}/admin/queues`)).status).toBe(404);
    expect((await fetch(`${base}/admin/queues`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(
      404,
    );
  });

  it('answers /readyz with 503 saying Redis is unreachable, and 200 once it is back', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    await proxy.stop();
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { ready: boolean; checks: Record<string, { ok: boolean; error?: string }> };
    expect(body.ready).toBe(false);
    expect(body.checks.redis!.ok).toBe(false);
    expect(body.checks.redis!.error).toEqual(expect.any(String));
    expect(body.checks.postgres!.ok).toBe(true);
    // Alive all the same: a restart would not bring Redis back.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await proxy.start();
    await eventually(async () => ((await fetch(`${base}/readyz`)).status === 200 ? true : undefined));
  });
});

interface RedisProxy {
  port: number;
  /** Closes the port and every connection through it: Redis is unreachable. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/** A TCP proxy to the test Redis that can be cut and restored, as a network partition would. */
async function startRedisProxy(): Promise<RedisProxy> {
  const target = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 6379), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await start();
  return {
    get port() {
      return port;
    },
    start,
    async stop() {
      const closing = server;
      server = null;
      if (!closing) return;
      const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
