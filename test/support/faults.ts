/**
 * Fault-injection support: a small Sift deployment made of real OS processes (API and worker
 * entry points) on a fresh database and a unique Redis prefix, the checks every faulted batch must
 * pass at the end, and a faulty LLM endpoint in front of the fake OpenAI server.
 *
 * Everything here waits on conditions (PostgreSQL rows, log lines, process exits), never on sleeps.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { databaseName } from '../../src/db/database-admin.js';
import { initOrm } from '../../src/db/orm.js';
import { OrganizationsService } from '../../src/organizations/organizations.service.js';
import { createJobQueue, workerName } from '../../src/queue/job.queue.js';
import { createLogger } from '../../src/shared/logger.js';
import { deleteKeysUnder } from '../../src/shared/redis-keys.js';
import {
  CreateJobPostDocument,
  createSiftClient,
  ProcessResumesDocument,
  TaskDocument,
  TaskProgressDocument,
  ViewerDocument,
  type SiftClient,
} from '@sift/sdk';
import { startFakeOpenAI, type FakeLatency, type FakeOpenAI } from './fake-openai.js';
import type { ProgressEvent } from './progress.js';
import { spawnSift, waitForLog } from './processes.js';
import { freshDatabase, uniquePrefix } from './test-app.js';

export const FINAL_STATUSES = ['SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED'] as const;
const SCORED_STATUSES = ['SHORTLISTED', 'REVIEW', 'REJECTED'];

/** How long a process may take to start (swc compiles on the fly; two test files share 2 cores). */
const START_TIMEOUT_MS = 60_000; // 1 minute
/** SIGTERM grace in `close()` before SIGKILL: a clean stop is tested elsewhere, not here. */
const STOP_GRACE_MS = 5_000; // 5 seconds

/** One spawned Sift process and everything it printed (for the report when a test fails). */
export interface SiftProcess {
  role: 'api' | 'worker';
  child: ChildProcess;
  /** stdout and stderr, interleaved, as printed. */
  output(): string;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | string | null>;
}

export interface ClusterOptions {
  apis: number;
  workers: number;
  /** Environment of every process, over the defaults (database, prefix, port, fake LLM). */
  env?: Record<string, string>;
  /** Extra environment of the workers only. */
  workerEnv?: Record<string, string>;
  /** The OpenAI-compatible endpoint the workers use. */
  llmUrl: string;
  /** Credits of the organization created for the test. */
  credits: number;
}

/** A deployment of real processes, an organization in it, and direct access to its stores. */
export interface SiftCluster {
  env: Record<string, string>;
  databaseUrl: string;
  prefix: string;
  apis: SiftProcess[];
  workers: SiftProcess[];
  /** GraphQL endpoints of the API processes, in order. */
  urls: string[];
  organizationId: string;
  /** An SDK client of the organization for each API process, in order. */
  clients: SiftClient[];
  /** A direct connection to the test's database (the test's own; never terminated by it). */
  sql: pg.Client;
  /** Starts one more worker process and waits until it consumes jobs. */
  addWorker(env?: Record<string, string>): Promise<SiftProcess>;
  /** The organization's credits, read from PostgreSQL. */
  credits(): Promise<number>;
  /** The last lines every process printed: for failure messages. */
  logs(lines?: number): string;
  /** Ends every process (SIGTERM, then SIGKILL), closes clients, drops the database and the Redis keys. */
  close(): Promise<void>;
}

function track(role: SiftProcess['role'], child: ChildProcess): SiftProcess {
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return { role, child, output: () => output, exited };
}

async function startProcess(role: SiftProcess['role'], env: Record<string, string>): Promise<SiftProcess> {
  const proc = track(role, spawnSift(role === 'api' ? 'src/main/api.ts' : 'src/main/worker.ts', [], env));
  try {
    await waitForLog(proc.child, role === 'api' ? /API listening/ : /worker started/, START_TIMEOUT_MS);
  } catch (error) {
    proc.child.kill('SIGKILL');
    const ended = await proc.exited;
    throw new Error(`${role} did not start (ended by ${ended}):\n${proc.output()}`, { cause: error });
  }
  return proc;
}

function portOf(api: SiftProcess): number {
  const line = api
    .output()
    .split('\n')
    .find((l) => /API listening/.test(l));
  return (JSON.parse(line!) as { port: number }).port;
}

/** Ends a process: SIGTERM, and SIGKILL when it is still there after the grace period. */
export async function terminate(proc: SiftProcess, graceMs = STOP_GRACE_MS): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

/**
 * For one describe block: a fake OpenAI server (with `latency`) and a cluster pointed at it,
 * started before the tests and closed after them, even when starting failed halfway.
 */
export function useCluster(
  latency: FakeLatency,
  options: Omit<ClusterOptions, 'llmUrl'>,
): { readonly cluster: SiftCluster } {
  let fake: FakeOpenAI | undefined;
  let cluster: SiftCluster | undefined;
  beforeAll(async () => {
    fake = await startFakeOpenAI(latency);
    cluster = await startCluster({ ...options, llmUrl: fake.url });
  });
  afterAll(async () => {
    await cluster?.close();
    await fake?.close();
  });
  return {
    get cluster() {
      if (!cluster) throw new Error('the cluster has not started');
      return cluster;
    },
  };
}

/** `kill -9`: no shutdown code runs, locks and connections are simply abandoned. */
export async function killHard(proc: SiftProcess): Promise<void> {
  proc.child.kill('SIGKILL');
  await proc.exited;
}

export async function startCluster(options: ClusterOptions): Promise<SiftCluster> {
  const db = await freshDatabase();
  const prefix = uniquePrefix();
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    REDIS_PREFIX: prefix,
    PORT: '0',
    HOST: '127.0.0.1',
    ANALYZER: 'openai',
    OPENAI_API_KEY: 'test',
    OPENAI_BASE_URL: options.llmUrl,
    ...options.env,
  };
  const workerEnv = { ...env, ...options.workerEnv };
  const all: SiftProcess[] = [];
  const clients: SiftClient[] = [];
  const sql = new pg.Client({ connectionString: db.url });
  let closed = false;

  const cluster: SiftCluster = {
    env,
    databaseUrl: db.url,
    prefix,
    apis: [],
    workers: [],
    urls: [],
    organizationId: '',
    clients,
    sql,
    async addWorker(extra = {}) {
      const proc = await startProcess('worker', { ...workerEnv, ...extra });
      all.push(proc);
      cluster.workers.push(proc);
      return proc;
    },
    async credits() {
      const { rows } = await sql.query<{ credits: number }>('SELECT credits FROM organization WHERE id = $1', [
        cluster.organizationId,
      ]);
      return rows[0]!.credits;
    },
    logs(lines = 40) {
      return all
        .map((p) => `--- ${p.role} pid ${p.child.pid}:\n${p.output().split('\n').slice(-lines).join('\n')}`)
        .join('\n');
    },
    async close() {
      if (closed) return;
      closed = true;
      if (process.env.FAULTS_VERBOSE) console.info(cluster.logs(Number(process.env.FAULTS_VERBOSE) || 200));
      await Promise.allSettled(clients.map((c) => c.close()));
      await Promise.allSettled(all.map((p) => terminate(p)));
      await sql.end().catch(() => undefined);
      await deleteRedisKeys(prefix).catch(() => undefined);
      await db.drop();
    },
  };

  try {
    await sql.connect();
    // Spawned all at once; if one does not start, the others are ended with it (close).
    const apiStarts = Array.from({ length: options.apis }, () => startProcess('api', env));
    const workerStarts = Array.from({ length: options.workers }, () => startProcess('worker', workerEnv));
    const started = await Promise.allSettled([...apiStarts, ...workerStarts]);
    for (const result of started) if (result.status === 'fulfilled') all.push(result.value);
    const failure = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    cluster.apis = all.filter((p) => p.role === 'api');
    cluster.workers = all.filter((p) => p.role === 'worker');
    cluster.urls = cluster.apis.map((api) => `http://127.0.0.1:${portOf(api)}/graphql`);

    const orm = await initOrm(db.url);
    try {
      const { organization, apiKey } = await new OrganizationsService(orm.em).create('Fault Test', options.credits);
      cluster.organizationId = organization.id;
      for (const url of cluster.urls) clients.push(createSiftClient({ url, apiKey }));
    } finally {
      await orm.close(true);
    }
    return cluster;
  } catch (error) {
    await cluster.close();
    throw error;
  }
}

/**
 * What a stuck task looks like, for failure messages: its row, its applications not final, and
 * where each one's job is in Redis (BullMQ's lists and sets under the deployment's prefix).
 */
export async function diagnose(cluster: SiftCluster, taskId: string): Promise<string> {
  const { rows: task } = await cluster.sql.query('SELECT * FROM processing_task WHERE id = $1', [taskId]);
  const { rows: open } = await cluster.sql.query<{ id: string; status: string; attempts: number; updated_at: Date }>(
    `SELECT id, status::text AS status, attempts, updated_at FROM application
      WHERE task_id = $1 AND status NOT IN ('SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED') ORDER BY updated_at`,
    [taskId],
  );
  const { rows: connections } = await cluster.sql.query<{ state: string | null; n: number }>(
    `SELECT state, count(*)::int AS n FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() GROUP BY state`,
    [databaseName(cluster.databaseUrl)],
  );
  const redis = new Redis(loadConfig().redisUrl);
  try {
    const q = `${cluster.prefix}:resumes`;
    const lines = await Promise.all(
      open.slice(0, 20).map(async (app) => {
        const id = `app_${app.id}`;
        const [wait, active, delayed, prioritized, completed, failed, job, lock] = await Promise.all([
          redis.lpos(`${q}:wait`, id),
          redis.lpos(`${q}:active`, id),
          redis.zscore(`${q}:delayed`, id),
          redis.zscore(`${q}:prioritized`, id),
          redis.zscore(`${q}:completed`, id),
          redis.zscore(`${q}:failed`, id),
          redis.hmget(`${q}:${id}`, 'attemptsMade', 'stalledCounter', 'failedReason', 'finishedOn'),
          redis.exists(`${q}:${id}:lock`),
        ]);
        const where = Object.entries({ wait, active, delayed, prioritized, completed, failed })
          .filter(([, v]) => v !== null)
          .map(([k]) => k);
        return `${app.id} ${app.status} attempts=${app.attempts} updated=${app.updated_at.toISOString()} job=[${where.join(',') || 'none'}] lock=${lock} ${JSON.stringify(job)}`;
      }),
    );
    return `task ${JSON.stringify(task[0])}\nother connections to the database: ${JSON.stringify(connections)}\n${open.length} not final (now ${new Date().toISOString()}):\n${lines.join('\n')}`;
  } finally {
    redis.disconnect();
  }
}

/** Deletes this deployment's keys only: other test files share the Redis server. */
export function deleteRedisKeys(prefix: string): Promise<number> {
  return deleteKeysUnder(loadConfig().redisUrl, prefix);
}

/** Ends every other connection to the test's database (workers', the API's); returns how many. */
export async function terminateConnections(sql: pg.Client, databaseUrl: string): Promise<number> {
  const { rows } = await sql.query<{ terminated: boolean }>(
    `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [databaseName(databaseUrl)],
  );
  return rows.filter((r) => r.terminated).length;
}

/**
 * Resume texts that are all different (names, e-mails, skills, years), so none is a duplicate of
 * another; `tag` goes into each text for a faulty LLM to recognise (`Ref: <tag>-<i>`).
 */
export function resumeTexts(count: number, tag = 'R'): { filename: string; text: string }[] {
  const skills = ['TypeScript', 'Node.js', 'PostgreSQL', 'Redis', 'Kubernetes', 'React', 'Go', 'Python', 'AWS'];
  const first = ['Ada', 'Bruno', 'Chloe', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kira'];
  const last = ['Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Santos', 'Tanaka'];
  return Array.from({ length: count }, (_, i) => {
    const name = `${first[i % first.length]} ${last[(i * 7) % last.length]} ${tag}${i}`;
    const own = skills.filter((_, k) => (i + k) % 3 !== 0 || k === i % skills.length);
    const years = 1 + ((i * 5) % 14);
    return {
      filename: `${tag.toLowerCase()}-${i}.txt`,
      text: [
        name,
        `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
        `Ref: ${tag}-${i}`,
        '',
        'Summary',
        `Backend engineer with ${years} years of experience building services.`,
        `Skills: ${own.join(', ')}`,
        `${2025 - years} - Present  Engineer, Company ${i}`,
        '',
      ].join('\n'),
    };
  });
}

/** Creates a job post and submits `resumes` through the API at `client`; returns the task's ID. */
export async function submitBatch(
  client: SiftClient,
  resumes: { filename: string; text: string }[],
): Promise<{ jobPostId: string; taskId: string }> {
  const { createJobPost } = await client.request(CreateJobPostDocument, {
    input: {
      title: 'Backend engineer',
      description: 'Node.js services on PostgreSQL and Redis',
      mustHaveSkills: ['Node.js', 'PostgreSQL'],
      niceToHaveSkills: ['Redis', 'Kubernetes'],
      minYearsExperience: 3,
    },
  });
  const { processResumes } = await client.request(ProcessResumesDocument, { jobPostId: createJobPost.id, resumes });
  return { jobPostId: createJobPost.id, taskId: processResumes.id };
}

export interface StatusCounts {
  total: number;
  pending: number;
  processing: number;
  final: number;
}

/** Where a task's applications are, straight from PostgreSQL. */
export async function statusCounts(sql: pg.Client, taskId: string): Promise<StatusCounts> {
  const { rows } = await sql.query<StatusCounts>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
            count(*) FILTER (WHERE status = 'PROCESSING')::int AS processing,
            count(*) FILTER (WHERE status IN ('SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED'))::int AS final
       FROM application WHERE task_id = $1`,
    [taskId],
  );
  return rows[0]!;
}

/**
 * Polls until `check` returns something other than undefined; fails after `timeoutMs` with
 * `describe()` (say what was being waited for and what the state was).
 */
export async function waitUntil<T>(
  check: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 50, describe }: { timeoutMs: number; intervalMs?: number; describe: () => string },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Waits until the batch is in the middle: some applications final, and some not even started. */
export async function waitForMidBatch(
  cluster: SiftCluster,
  taskId: string,
  {
    finalAtLeast,
    pendingAtLeast,
    timeoutMs = 60_000,
  }: { finalAtLeast: number; pendingAtLeast: number; timeoutMs?: number },
): Promise<StatusCounts> {
  let last: StatusCounts | null = null;
  return waitUntil(
    async () => {
      last = await statusCounts(cluster.sql, taskId);
      if (last.final >= finalAtLeast && last.pending >= pendingAtLeast && last.processing > 0) return last;
      if (last.pending < pendingAtLeast && last.final >= finalAtLeast) {
        throw new Error(
          `the batch went past the middle before the fault (${JSON.stringify(last)}): slow the fake LLM down`,
        );
      }
      return undefined;
    },
    { timeoutMs, intervalMs: 20, describe: () => `mid-batch state; last ${JSON.stringify(last)}\n${cluster.logs()}` },
  );
}

/**
 * Waits until `worker` holds at least `atLeast` jobs in flight (BullMQ's `processedBy`), so that a
 * fault aimed at that process lands on work it has started. Returns how many it held.
 */
export async function waitForJobsHeldBy(
  cluster: SiftCluster,
  worker: SiftProcess,
  { atLeast, timeoutMs = 60_000 }: { atLeast: number; timeoutMs?: number },
): Promise<number> {
  const queue = createJobQueue({
    redisUrl: loadConfig().redisUrl,
    prefix: cluster.prefix,
    attempts: 1,
    logger: createLogger('silent'),
    // Only read from: it never dispatches.
    readyTarget: 1,
    maxInFlightPerTenant: 0,
  });
  const name = workerName(worker.child.pid);
  let held = 0;
  try {
    return await waitUntil(
      async () => {
        held = (await queue.active()).filter((job) => job.worker === name).length;
        return held >= atLeast ? held : undefined;
      },
      { timeoutMs, intervalMs: 20, describe: () => `${name} holding ${atLeast} jobs; last ${held}\n${cluster.logs()}` },
    );
  } finally {
    await queue.dispose();
  }
}

/** The subscriber waited for the task's final event in vain. */
export class ProgressTimeoutError extends Error {
  constructor(taskId: string, timeoutMs: number, events: number) {
    super(`no final event for task ${taskId} within ${timeoutMs} ms (${events} events)`);
    this.name = 'ProgressTimeoutError';
  }
}

/** What one subscriber of a task's progress received, and how its stream ended. */
export interface FollowedProgress {
  events: ProgressEvent[];
  /** Why the stream ended before the task's final event (an error event, a timeout), or null. */
  error: unknown;
}

export interface ProgressFollower {
  /** Resolves with the first event (the snapshot): the subscription is live from then on. */
  subscribed: Promise<void>;
  /** Resolves when the stream ends, normally or not; never rejects. */
  done: Promise<FollowedProgress>;
}

/**
 * Subscribes to a task's progress and keeps every event. Unlike `collectProgress`, an error does
 * not lose what came before it: the result says how the stream ended, and the caller decides.
 */
export function followProgress(client: SiftClient, taskId: string, timeoutMs: number): ProgressFollower {
  const events: ProgressEvent[] = [];
  const iterator = client.subscribe(TaskProgressDocument, { taskId });
  let onFirst!: () => void;
  const subscribed = new Promise<void>((resolve) => (onFirst = resolve));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<FollowedProgress>((resolve) => {
    timer = setTimeout(() => {
      void iterator.return?.();
      resolve({ events, error: new ProgressTimeoutError(taskId, timeoutMs, events.length) });
    }, timeoutMs);
  });
  const consume = (async (): Promise<FollowedProgress> => {
    try {
      for await (const { taskProgress } of iterator) {
        events.push(taskProgress);
        onFirst();
      }
      return { events, error: null };
    } catch (error) {
      return { events, error };
    }
  })();
  const done = Promise.race([consume, timeout]).finally(() => {
    clearTimeout(timer);
    onFirst(); // a stream that failed at once must not leave a waiter hanging
  });
  return { subscribed, done };
}

export interface SettledTask {
  total: number;
  succeeded: number;
  failed: number;
  duplicates: number;
  /** FAILED applications: their ID, reason and attempts. */
  failures: { id: string; fileName: string; error: string | null; attempts: number }[];
  /** The most runs any application took (1 when nothing was ever retried). */
  maxAttempts: number;
  /** Every application's ID and final status. */
  statuses: Map<string, string>;
}

/**
 * The end state every faulted batch must reach, checked against PostgreSQL and through the API:
 * every application final and counted once; the task COMPLETED with counters equal to a direct
 * count by status; credits moved by exactly the resumes analysed (FAILED and duplicates refunded);
 * every FAILED application with a reason; the subscriber's stream intact, its counters monotonic,
 * ending on the final state.
 *
 * When the subscriber's stream broke, the stored state is still checked first (after waiting for
 * the task to finish), so a failure says which of the two went wrong.
 */
export async function expectSettled(
  cluster: SiftCluster,
  {
    taskId,
    filenames,
    creditsBefore,
    progress,
    client = cluster.clients[0]!,
  }: {
    taskId: string;
    filenames: string[];
    creditsBefore: number;
    progress: FollowedProgress;
    client?: SiftClient;
  },
): Promise<SettledTask> {
  const { sql } = cluster;
  const total = filenames.length;
  if (progress.error) {
    await waitUntil(
      async () => {
        const { rows } = await sql.query(`SELECT 1 FROM processing_task WHERE id = $1 AND state = 'COMPLETED'`, [
          taskId,
        ]);
        return rows.length ? true : undefined;
      },
      {
        // A subscriber that timed out gave the task its time already; a broken stream did not.
        timeoutMs: progress.error instanceof ProgressTimeoutError ? 1_000 : 30_000,
        describe: () => `task COMPLETED (the subscriber's stream ended with ${String(progress.error)})`,
      },
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await diagnose(cluster, taskId)}\n${cluster.logs()}`);
    });
  }
  const { rows: apps } = await sql.query<{
    id: string;
    file_name: string;
    status: string;
    error: string | null;
    attempts: number;
    duplicate_of_id: string | null;
  }>(
    `SELECT id, file_name, status::text AS status, error, attempts, duplicate_of_id
       FROM application WHERE task_id = $1 ORDER BY file_name`,
    [taskId],
  );

  // One application per resume submitted: none lost, none duplicated by a retry.
  expect(apps.map((a) => a.file_name).sort()).toEqual([...filenames].sort());
  const notFinal = apps.filter((a) => !(FINAL_STATUSES as readonly string[]).includes(a.status));
  expect(notFinal, 'applications not final').toEqual([]);
  const failures = apps
    .filter((a) => a.status === 'FAILED')
    .map((a) => ({ id: a.id, fileName: a.file_name, error: a.error, attempts: a.attempts }));
  for (const failure of failures) expect(failure.error, `reason of FAILED ${failure.fileName}`).toBeTruthy();
  const succeeded = apps.filter((a) => SCORED_STATUSES.includes(a.status)).length;
  const duplicates = apps.filter((a) => a.duplicate_of_id !== null).length;

  // The task's counters equal a direct count by status: each application counted exactly once.
  const { rows: tasks } = await sql.query(
    `SELECT state::text AS state, total, processed, succeeded, failed, duplicates, finished_at IS NOT NULL AS finished
       FROM processing_task WHERE id = $1`,
    [taskId],
  );
  const expected = { state: 'COMPLETED', total, processed: total, succeeded, failed: failures.length, duplicates };
  expect(tasks[0]).toEqual({ ...expected, finished: true });
  expect(succeeded + failures.length).toBe(total);
  const { task } = await client.request(TaskDocument, { id: taskId });
  expect(task).toMatchObject(expected);
  // The tally the triggers keep (totalCount, job-post counts) agrees with a direct count too.
  const { rows: tallied } = await sql.query<{ status: string; n: string }>(
    `SELECT status::text AS status, sum(n)::text AS n FROM application_tally WHERE task_id = $1
      GROUP BY status HAVING sum(n) <> 0 ORDER BY status`,
    [taskId],
  );
  const byStatus = new Map<string, number>();
  for (const a of apps) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  expect(Object.fromEntries(tallied.map((r) => [r.status, Number(r.n)]))).toEqual(
    Object.fromEntries([...byStatus].sort(([a], [b]) => a.localeCompare(b))),
  );

  // One credit per resume analysed: charged for all at submission, refunded for FAILED and duplicates.
  const analysed = total - failures.length - duplicates;
  expect(await cluster.credits()).toBe(creditsBefore - analysed);
  expect((await client.request(ViewerDocument)).viewer.credits).toBe(creditsBefore - analysed);

  // The subscriber followed the task to its end: a snapshot, counters that never went back, the final state last.
  const { events } = progress;
  expect(progress.error, `the subscriber's stream broke after ${events.length} events`).toBeNull();
  expect(events.length).toBeGreaterThan(1);
  expect(events[0]!.message).toBe('snapshot');
  expectMonotonic(events);
  expect(events.at(-1)).toMatchObject(expected);
  expect(events.slice(0, -1).every((e) => e.state === 'QUEUED' || e.state === 'RUNNING')).toBe(true);

  return {
    total,
    succeeded,
    failed: failures.length,
    duplicates,
    failures,
    maxAttempts: Math.max(...apps.map((a) => a.attempts)),
    statuses: new Map(apps.map((a) => [a.id, a.status])),
  };
}

/**
 * What every single-fault test does around its fault: `count` distinct text resumes (named after
 * `tag`) submitted through the first API, followed from before the fault, `fault` run once the
 * subscription is live, then the end state checked (`expectSettled`). Returns what the fault
 * returned, beside the settled task.
 */
export async function faultedBatch<T = void>(
  cluster: SiftCluster,
  {
    tag,
    count,
    timeoutMs,
    fault,
  }: { tag: string; count: number; timeoutMs: number; fault?: (taskId: string) => Promise<T> },
): Promise<{ taskId: string; settled: SettledTask; faulted: T }> {
  const resumes = resumeTexts(count, tag);
  const creditsBefore = await cluster.credits();
  const client = cluster.clients[0]!;
  const { taskId } = await submitBatch(client, resumes);
  const follower = followProgress(client, taskId, timeoutMs);
  await follower.subscribed;
  const faulted = (await fault?.(taskId)) as T;
  const progress = await follower.done;
  if (progress.error) console.error(`${tag}: ${await diagnose(cluster, taskId)}`);
  const settled = await expectSettled(cluster, {
    taskId,
    filenames: resumes.map((r) => r.filename),
    creditsBefore,
    progress,
  });
  return { taskId, settled, faulted };
}

/** Counters of a progress stream never decrease, and never exceed the total. */
export function expectMonotonic(events: ProgressEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1]!, events[i]!];
    const where = `event ${i}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`;
    expect(b.processed, where).toBeGreaterThanOrEqual(a.processed);
    expect(b.succeeded, where).toBeGreaterThanOrEqual(a.succeeded);
    expect(b.failed, where).toBeGreaterThanOrEqual(a.failed);
    expect(b.duplicates, where).toBeGreaterThanOrEqual(a.duplicates);
    expect(b.processed, where).toBeLessThanOrEqual(b.total);
    expect(b.succeeded + b.failed, where).toBe(b.processed);
  }
}

/** What a faulty LLM endpoint does with one request. */
export type LlmFault =
  | { kind: 'forward' }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  /** Reads the request and never answers: the client's timeout ends it. */
  | { kind: 'hang' };

export interface FaultyLlmRequest {
  /** The `Ref:` tag of the resume in the prompt (see {@link resumeTexts}), or null. */
  ref: string | null;
  /** How many requests for this ref came before this one. */
  seen: number;
  /** Requests received before this one, for any resume. */
  index: number;
}

export interface FaultyLlm {
  url: string;
  /** Every request, with what was done to it and when (ms since the epoch). */
  log: { ref: string | null; fault: LlmFault['kind']; status: number | null; at: number }[];
  close(): Promise<void>;
}

/**
 * An OpenAI-compatible endpoint that decides per request, from the resume it carries, whether to
 * answer with an error status, hang, or pass the request to the fake OpenAI server at `target`.
 */
export async function startFaultyLlm(
  target: string,
  decide: (request: FaultyLlmRequest) => LlmFault,
): Promise<FaultyLlm> {
  const seen = new Map<string, number>();
  const log: FaultyLlm['log'] = [];
  let index = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const ref = /Ref: ([\w-]+)/.exec(body.toString('utf8'))?.[1] ?? null;
    const count = ref ? (seen.get(ref) ?? 0) : 0;
    if (ref) seen.set(ref, count + 1);
    const fault = decide({ ref, seen: count, index: index++ });
    const entry = { ref, fault: fault.kind, status: null as number | null, at: Date.now() };
    log.push(entry);
    switch (fault.kind) {
      case 'hang':
        return;
      case 'status':
        entry.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        res.end(
          JSON.stringify({ error: { message: `faulty ${fault.status}`, type: 'fault', param: null, code: null } }),
        );
        return;
      case 'forward': {
        const upstream = await fetch(`${target}${req.url!.replace(/^\/v1/, '')}`, {
          method: req.method,
          headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
          body,
        });
        entry.status = upstream.status;
        res.writeHead(upstream.status, { 'content-type': 'application/json' });
        res.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      default: {
        const never: never = fault;
        throw new Error(`unknown fault ${JSON.stringify(never)}`);
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) res.writeHead(502).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    log,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
