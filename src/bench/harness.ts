/**
 * A section's own Sift: a fresh database (`sift_bench_<section>`, migrated), its own Redis prefix,
 * API and worker processes, an organization with credits and a job post; all of it removed
 * afterwards, whatever happened.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { dropDatabase, ensureDatabase } from '../db/database-admin.js';
import { migrateUp } from '../db/migrate.js';
import { initOrm } from '../db/orm.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { deleteKeysUnder } from '../shared/redis-keys.js';
import { CreateJobPostDocument, createSiftClient, type SiftClient } from '@sift/sdk';
import { WebSocket } from 'ws';
import { benchJobPost } from './resumes.js';
import { startApi, startWorker, type SiftProcess } from './sift-process.js';

export interface Services {
  /** Any database URL on the server; each section swaps the database name. */
  databaseUrl: string;
  redisUrl: string;
}

export interface Org {
  organizationId: string;
  apiKey: string;
}

export interface SectionEnv {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly prefix: string;
  /** What every Sift process of this section gets. */
  readonly env: Record<string, string>;
  /** Organizations are made as the CLI makes them (its service), not through the API. */
  createOrganization(credits: number): Promise<Org>;
  startApi(env?: Record<string, string>): Promise<string>;
  startWorker(env?: Record<string, string>, name?: string): Promise<SiftProcess>;
  /** A client for `url` as `org`, closed with the section. */
  client(url: string, org: Org): SiftClient;
  /** Creates the samples' job post; returns its ID. */
  createJobPost(client: SiftClient): Promise<string>;
  /** Stops a process started by this section (and forgets it). */
  stop(process: SiftProcess): Promise<void>;
  /** Every process of the section (for their warning counts). */
  readonly processes: readonly SiftProcess[];
}

/**
 * Sift processes that did not stop cleanly on SIGTERM (killed, or a non-zero exit), over the
 * whole run: the bench reports them.
 */
export const stopProblems: string[] = [];

/** Runs `body` against a fresh database and Redis prefix, then removes them. */
export async function withSection<T>(
  services: Services,
  section: string,
  body: (env: SectionEnv) => Promise<T>,
  log: (line: string) => void = () => undefined,
  { tenantLimits = false }: { tenantLimits?: boolean } = {},
): Promise<T> {
  const url = new URL(services.databaseUrl);
  url.pathname = `/sift_bench_${section}`;
  const databaseUrl = url.toString();
  const prefix = `sift-bench-${section}`;
  // A run that was interrupted leaves its database and keys behind: start from nothing.
  await dropDatabase(databaseUrl);
  await deleteKeys(services.redisUrl, prefix);
  await ensureDatabase(databaseUrl);
  const orm = await initOrm(databaseUrl, { logger: () => undefined });
  await migrateUp(orm);

  const processes: SiftProcess[] = [];
  const clients: SiftClient[] = [];
  const env: Record<string, string> = { DATABASE_URL: databaseUrl, REDIS_URL: services.redisUrl, REDIS_PREFIX: prefix };
  // Sections measure what one organization can get out of Sift: its per-organization limits
  // (requests per minute, resumes in flight) would measure the limits instead. Off, unless asked.
  if (!tenantLimits) Object.assign(env, { ORG_MAX_REQUESTS_PER_MINUTE: '0', ORG_MAX_IN_FLIGHT: '0' });
  const sectionEnv: SectionEnv = {
    databaseUrl,
    redisUrl: services.redisUrl,
    prefix,
    env,
    async createOrganization(credits) {
      const { organization, apiKey } = await new OrganizationsService(orm.em).create(`Bench ${section}`, credits);
      return { organizationId: organization.id, apiKey };
    },
    async startApi(extra = {}) {
      const t0 = performance.now();
      const { process: p, url: apiUrl } = await startApi(`api-${section}`, { ...env, ...extra });
      processes.push(p);
      log(`API process ${p.pid} up in ${Math.round(performance.now() - t0)} ms`);
      return apiUrl;
    },
    async startWorker(extra = {}, name = `worker-${section}`) {
      const t0 = performance.now();
      const p = await startWorker(name, { ...env, ...extra });
      processes.push(p);
      log(`worker process ${p.pid} up in ${Math.round(performance.now() - t0)} ms`);
      return p;
    },
    client(apiUrl, org) {
      // The `ws` package, as when README's figures were measured (the SDK defaults to Node's WebSocket).
      const client = createSiftClient({ url: apiUrl, apiKey: org.apiKey, webSocketImpl: WebSocket });
      clients.push(client);
      return client;
    },
    async createJobPost(client) {
      const input = await benchJobPost();
      const { createJobPost } = await client.request(CreateJobPostDocument, { input: input as never });
      return createJobPost.id;
    },
    async stop(p) {
      processes.splice(processes.indexOf(p), 1);
      await stopRecorded(p, log);
    },
    processes,
  };

  try {
    return await body(sectionEnv);
  } finally {
    const t0 = performance.now();
    await Promise.allSettled(clients.map((c) => c.close()));
    // Workers first (they finish what is in flight), then the API: the same order as a deploy.
    for (const p of [...processes].reverse()) await stopRecorded(p, log);
    await orm.close(true);
    await dropDatabase(databaseUrl);
    await deleteKeys(services.redisUrl, prefix);
    log(`cleaned up in ${Math.round(performance.now() - t0)} ms`);
  }
}

async function stopRecorded(p: SiftProcess, log: (line: string) => void): Promise<void> {
  const { code, killed, ms } = await p.stop();
  const how = killed ? 'killed: SIGTERM did not stop it' : `exit ${code}`;
  if (killed || code !== 0) stopProblems.push(`${p.name}: ${how} after ${Math.round(ms)} ms`);
  log(`${p.name} (${p.pid}) stopped: ${how} after ${Math.round(ms)} ms`);
}

/** Removes every Redis key under `prefix:` (queues, rate-limit buckets). */
export const deleteKeys = deleteKeysUnder;

/** What the bench reads from the taskProgress subscription: no `application`, so no database read per event. */
export interface ProgressEvent {
  taskId: string;
  state: string;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  applicationId: string | null;
  applicationStatus: string | null;
  message: string | null;
  at: string;
}

export const LEAN_PROGRESS: TypedDocumentNode<{ taskProgress: ProgressEvent }, { taskId: string }> = parse(`
  subscription BenchProgress($taskId: ID!) {
    taskProgress(taskId: $taskId) {
      taskId state total processed succeeded failed applicationId applicationStatus message at
    }
  }
`);

export const FINAL_TASK_STATES = ['COMPLETED', 'CANCELLED'];
export const FINAL_APPLICATION_STATUSES = ['SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED', 'CANCELLED'];

/**
 * Follows a task to its final event; `onEvent` sees every event as it arrives (with the bench's
 * clock). Resolves with the last event and the time it arrived.
 */
export async function followTask(
  client: SiftClient,
  taskId: string,
  onEvent: (event: ProgressEvent, receivedAt: number) => void = () => undefined,
): Promise<{ last: ProgressEvent; at: number }> {
  let last: ProgressEvent | null = null;
  let at = 0;
  for await (const { taskProgress } of client.subscribe(LEAN_PROGRESS, { taskId })) {
    at = Date.now();
    last = taskProgress;
    onEvent(taskProgress, at);
    if (FINAL_TASK_STATES.includes(taskProgress.state)) break;
  }
  if (!last) throw new Error(`the progress of task ${taskId} ended without an event`);
  return { last, at };
}
