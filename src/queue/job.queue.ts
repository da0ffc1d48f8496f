/** The one file that imports BullMQ. */
import { DelayedError, Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { hostname } from 'node:os';
import type { Logger } from '../shared/logger.js';
import { jobIdOf, JobName, QueuePauseError, RetryLaterError, type JobHandlers, type JobItem } from './jobs.js';

export const RESUME_QUEUE = 'resumes';

export interface JobQueueOptions {
  redisUrl: string;
  /** Key prefix: separates deployments (and tests) sharing one Redis. */
  prefix: string;
  attempts: number;
  logger: Logger;
}

/** Where a job is, as BullMQ sees it; 'unknown' when Redis has no such job (flushed, removed). */
export type JobState = 'waiting' | 'active' | 'delayed' | 'prioritized' | 'completed' | 'failed' | 'unknown' | string;

export interface JobQueue {
  enqueue(items: JobItem[]): Promise<void>;
  /** The state of each item's job. */
  states(items: JobItem[]): Promise<JobState[]>;
  /** Queues items again: a finished job with the same ID is removed first so the add is not dropped. */
  requeue(items: JobItem[]): Promise<void>;
  /** Removes items' jobs that are waiting or delayed (cancellation); active ones finish and are discarded. */
  discard(items: JobItem[]): Promise<void>;
  /** Jobs not yet finished (waiting, delayed, active, prioritized). */
  counts(): Promise<Record<string, number>>;
  /** Jobs being processed now, each with the worker process that holds it (`workerName`). */
  active(): Promise<{ jobId: string; worker: string | null }[]>;
  startWorker(
    handlers: JobHandlers,
    options: { concurrency: number; lockMs?: number; stalledCheckMs?: number },
  ): JobWorker;
  dispose(): Promise<void>;
}

export interface JobWorker {
  /** Stops taking jobs and waits for the ones in flight. */
  close(): Promise<void>;
}

/** How a worker process names itself to BullMQ (a job's `processedBy`): host and PID. */
export function workerName(pid: number = process.pid, host: string = hostname()): string {
  return `${host}:${pid}`;
}

const ENQUEUE_CHUNK = 500;
/** Times a job may lose its worker (crash, kill -9, a lock not renewed in time) before BullMQ fails it. */
const MAX_STALLED_COUNT = 3;

export function createJobQueue({ redisUrl, prefix, attempts, logger }: JobQueueOptions): JobQueue {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(RESUME_QUEUE, {
    connection: connection as unknown as ConnectionOptions,
    prefix,
    defaultJobOptions: {
      attempts,
      backoff: { type: 'exponential', delay: 1_000 }, // 1 s, 2 s, 4 s...
      removeOnComplete: { age: 3_600, count: 1_000 },
      removeOnFail: { age: 24 * 3_600 },
    },
  });
  const workers = new Set<JobWorker>();

  /** Removes the items' jobs that are in one of `states` (one state read per job, all at once). */
  const removeWhere = (items: JobItem[], states: JobState[]) =>
    Promise.all(
      items.map(async (item) => {
        const id = jobIdOf(item);
        if (states.includes(await queue.getJobState(id))) await queue.remove(id);
      }),
    );

  return {
    async enqueue(items) {
      for (let i = 0; i < items.length; i += ENQUEUE_CHUNK) {
        await queue.addBulk(
          items.slice(i, i + ENQUEUE_CHUNK).map((item) => ({
            name: item.name,
            data: item.data,
            opts: { jobId: jobIdOf(item), ...(item.priority ? { priority: item.priority } : {}) },
          })),
        );
      }
    },

    async states(items) {
      return Promise.all(items.map((item) => queue.getJobState(jobIdOf(item))));
    },

    async requeue(items) {
      await removeWhere(items, ['completed', 'failed']);
      await this.enqueue(items);
    },

    async discard(items) {
      // An active job is locked by its worker: it runs to the end and the handler discards its result.
      await removeWhere(items, ['waiting', 'delayed', 'prioritized']);
    },

    async counts() {
      return queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed');
    },

    async active() {
      const jobs = await queue.getActive();
      return jobs.map((job) => ({ jobId: String(job.id), worker: job.processedBy ?? null }));
    },

    startWorker(handlers, { concurrency, lockMs, stalledCheckMs }) {
      const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
      const worker = new Worker(
        RESUME_QUEUE,
        async (job: Job, token?: string) => {
          const name = job.name as JobName;
          const handler = handlers[name];
          if (!handler) throw new Error(`no handler for job ${job.name}`);
          const ctx = {
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
            stalls: job.stalledCounter ?? 0,
          };
          try {
            return await handler.run(job.data, ctx);
          } catch (error) {
            if (error instanceof RetryLaterError) {
              logger.debug({ jobId: job.id, delayMs: error.delayMs, reason: error.message }, 'job deferred');
              await job.moveToDelayed(Date.now() + error.delayMs, token);
              throw new DelayedError();
            }
            if (error instanceof QueuePauseError) {
              logger.warn({ jobId: job.id, retryAfterMs: error.retryAfterMs }, 'provider rate limit: queue paused');
              await worker.rateLimit(error.retryAfterMs);
              throw Worker.RateLimitError();
            }
            if (ctx.attempt >= ctx.maxAttempts) {
              logger.error({ err: error, jobId: job.id }, 'job failed on its last attempt');
              await handler.exhausted(job.data, error as Error);
              return 'done';
            }
            logger.warn({ err: error, jobId: job.id, attempt: ctx.attempt }, 'job failed; will retry');
            throw error;
          }
        },
        {
          connection: workerConnection as unknown as ConnectionOptions,
          prefix,
          concurrency,
          autorun: true,
          // Recorded on each job it takes (processedBy): which process holds a job, in Redis.
          name: workerName(),
          // No real limit: it makes BullMQ honour rateLimit() (a provider's 429) in every worker, not only this one.
          limiter: { max: 1_000_000, duration: 1_000 },
          // A job whose worker died goes back to the queue; a job that kills its workers again and
          // again ends failed, and the reconciler then fails its application with the reason.
          maxStalledCount: MAX_STALLED_COUNT,
          ...(lockMs ? { lockDuration: lockMs } : {}),
          ...(stalledCheckMs ? { stalledInterval: stalledCheckMs } : {}),
        },
      );
      worker.on('error', (error) => logger.error({ err: error }, 'worker error'));
      const handle: JobWorker = {
        async close() {
          workers.delete(handle);
          await worker.close();
          await workerConnection.quit().catch(() => undefined);
        },
      };
      workers.add(handle);
      return handle;
    },

    async dispose() {
      await Promise.all([...workers].map((w) => w.close()));
      await queue.close();
      await connection.quit().catch(() => undefined);
    },
  };
}

/** Startup check: every job in the catalogue has a handler. */
export function assertHandlers(handlers: Partial<JobHandlers>): asserts handlers is JobHandlers {
  for (const name of Object.values(JobName)) {
    if (!handlers[name]) throw new Error(`No handler registered for job "${name}"`);
  }
}
