/** With webhook.queue.ts (webhook deliveries' own queue), the only files that import BullMQ. */
import { DelayedError, Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { hostname } from 'node:os';
import type { Logger } from '../shared/logger.js';
import { createFairScheduler, type RunningEntry, type TakenEntry } from './fair.scheduler.js';
import {
  fairShareOf,
  jobIdOf,
  JobName,
  QueuePauseError,
  RetryLaterError,
  type JobHandlers,
  type JobItem,
  type JobStatus,
} from './jobs.js';

export const RESUME_QUEUE = 'resumes';

export interface JobQueueOptions {
  redisUrl: string;
  /** Key prefix: separates deployments (and tests) sharing one Redis. */
  prefix: string;
  attempts: number;
  logger: Logger;
  /**
   * Jobs handed to the workers ahead of need (dispatched, not yet started): enough to keep
   * workers busy between two dispatches, few enough that the order of dispatch (fair share) is
   * the order in which work starts. About one worker process's concurrency.
   */
  readyTarget: number;
  /** Jobs one organization may have dispatched and not finished, over every worker; 0: no limit. */
  maxInFlightPerTenant: number;
}

/** Where a job is, as BullMQ sees it; 'unknown' when Redis has no such job (flushed, removed). */
export type JobState = 'waiting' | 'active' | 'delayed' | 'prioritized' | 'completed' | 'failed' | 'unknown' | string;

export interface JobQueue {
  /**
   * Queues items for fair share: each waits in its batch's list until its organization's and
   * its batch's turn comes (see `fair.scheduler.ts`); an item already waiting is not queued twice.
   */
  enqueue(items: JobItem[]): Promise<void>;
  /** The state of each item's job ('waiting' for one still waiting its turn). */
  states(items: JobItem[]): Promise<JobState[]>;
  /** Queues items again: a finished job with the same ID is removed first so the add is not dropped. */
  requeue(items: JobItem[]): Promise<void>;
  /** Removes items' jobs that are waiting or delayed (cancellation); active ones finish and are discarded. */
  discard(items: JobItem[]): Promise<void>;
  /**
   * Jobs by state, as BullMQ counts them, except that `waiting` also counts the items waiting
   * their turn (`backlog`, not handed to BullMQ yet).
   */
  counts(): Promise<Record<string, number>>;
  /** Each organization's jobs dispatched and not finished. */
  inFlight(): Promise<Map<string, number>>;
  /**
   * Forgets dispatched items whose job is gone (Redis lost it, BullMQ failed it, a process died
   * before adding it) so that they no longer hold their organization's in-flight slots, then
   * dispatches. Returns how many were forgotten. Run by the reconciler.
   */
  repair(): Promise<number>;
  /** Jobs being processed now, each with the worker process that holds it (`workerName`). */
  active(): Promise<{ jobId: string; worker: string | null }[]>;
  /**
   * The creation time (ms since the epoch) of the job at the head of each state in BullMQ (the
   * longest waiting, running, failed; for delayed, the next due), or null when the state is empty.
   * Items still waiting their fair-share turn have no job yet and are not included.
   */
  oldest(states: readonly OldestState[]): Promise<Record<OldestState, number | null>>;
  /** The BullMQ queues themselves, for the queue dashboard (read-only there). */
  readonly bullQueues: readonly Queue[];
  startWorker(
    handlers: JobHandlers,
    options: { concurrency: number; lockMs?: number; stalledCheckMs?: number; observe?: JobObserver },
  ): JobWorker;
  dispose(): Promise<void>;
}

/**
 * How a job's run ended, as told to a {@link JobObserver}: the handler's status, put back for later
 * (`deferred`: RetryLaterError; `rate_limited`: a provider's 429 paused the queue; `retry`: it
 * threw and will run again), or `exhausted` (it threw on its last attempt).
 */
export type JobOutcome = JobStatus | 'deferred' | 'rate_limited' | 'retry' | 'exhausted';

/** Told about every run a worker makes (metrics). */
export type JobObserver = (event: { name: JobName; outcome: JobOutcome; seconds: number }) => void;

export interface JobWorker {
  /** Stops taking jobs and waits for the ones in flight. */
  close(): Promise<void>;
}

export type OldestState = 'waiting' | 'active' | 'delayed' | 'failed';

/** How a worker process names itself to BullMQ (a job's `processedBy`): host and PID. */
export function workerName(pid: number = process.pid, host: string = hostname()): string {
  return `${host}:${pid}`;
}

/** Times a job may lose its worker (crash, kill -9, a lock not renewed in time) before BullMQ fails it. */
const MAX_STALLED_COUNT = 3;
/** How often a worker process dispatches even when nothing happened (a lost trigger, a freed slot elsewhere). */
const DISPATCH_TICK_MS = 1_000; // 1 second
/** A dispatched item younger than this is never repaired: its job may still be on its way into BullMQ. */
const REPAIR_AFTER_MS = 10_000; // 10 seconds
/** States of a job that still holds its organization's slot. */
const LIVE: JobState[] = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'];

export function createJobQueue(options: JobQueueOptions): JobQueue {
  const { redisUrl, prefix, attempts, logger, readyTarget, maxInFlightPerTenant } = options;
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const fair = createFairScheduler({ redis: connection, prefix });
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

  /** Removes the items' jobs that are in one of `states` (one state read per job, all at once); returns those removed. */
  const removeWhere = async (items: JobItem[], states: JobState[]) => {
    const removed = await Promise.all(
      items.map(async (item) => {
        const id = jobIdOf(item);
        if (!states.includes(await queue.getJobState(id))) return false;
        await queue.remove(id);
        return true;
      }),
    );
    return items.filter((_, i) => removed[i]);
  };
  const runningOf = (item: JobItem): RunningEntry => ({ id: jobIdOf(item), tenant: fairShareOf(item).tenant });

  // Dispatching: one take at a time per process. A call while one runs is folded into a single
  // next run, which also carries every start and finish recorded meanwhile.
  const started: string[] = [];
  const finished: RunningEntry[] = [];
  let tail: Promise<void> = Promise.resolve();
  let next: Promise<void> | null = null;
  const addToQueue = async (taken: TakenEntry[]) => {
    const items = taken.map((t) => JSON.parse(t.payload) as JobItem);
    try {
      await queue.addBulk(items.map((item) => ({ name: item.name, data: item.data, opts: { jobId: jobIdOf(item) } })));
    } catch (error) {
      // Back in line (at the back of its batch); if even that fails, the reconciler finds them.
      await fair.release(items.map(runningOf)).catch(() => undefined);
      await fair.add(items.map(entryOf)).catch(() => undefined);
      throw error;
    }
  };
  const takeTurns = async () => {
    const starts = started.splice(0);
    const finishes = finished.splice(0);
    let taken: TakenEntry[];
    try {
      taken = await fair.take({ readyTarget, maxInFlight: maxInFlightPerTenant, started: starts, finished: finishes });
    } catch (error) {
      started.push(...starts);
      finished.push(...finishes);
      throw error;
    }
    if (taken.length) await addToQueue(taken);
  };
  const dispatch = (): Promise<void> => {
    next ??= tail.then(() => {
      next = null;
      return takeTurns();
    });
    tail = next.catch(() => undefined);
    return next;
  };
  const dispatchQuietly = () =>
    dispatch().catch((error: unknown) => logger.warn({ err: error }, 'dispatch failed; the next one retries'));

  return {
    async enqueue(items) {
      await fair.add(items.map(entryOf));
      await dispatch();
    },

    async states(items) {
      const waiting = await fair.waiting(items.map(jobIdOf));
      return Promise.all(items.map((item, i) => (waiting[i] ? 'waiting' : queue.getJobState(jobIdOf(item)))));
    },

    async requeue(items) {
      await removeWhere(items, ['completed', 'failed']);
      await this.enqueue(items);
    },

    async discard(items) {
      // Items still waiting their turn leave the line; those handed to BullMQ and not started are
      // removed from it. An active job is locked by its worker: it runs to the end and the handler
      // discards its result.
      const waiting = await fair.remove(items.map(jobIdOf));
      const dispatched = items.filter((_, i) => !waiting[i]);
      const removed = await removeWhere(dispatched, ['waiting', 'delayed', 'prioritized']);
      if (removed.length) {
        await fair.release(removed.map(runningOf));
        await dispatch();
      }
    },

    async counts() {
      const [counts, backlog] = await Promise.all([
        queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'),
        fair.backlog(),
      ]);
      return { ...counts, waiting: (counts.waiting ?? 0) + backlog, backlog };
    },

    inFlight: () => fair.inFlight(),

    async repair() {
      const { ready, running } = await fair.dispatchedBefore(REPAIR_AFTER_MS);
      const ids = [...new Set([...ready, ...running.map((r) => r.id)])];
      const states = new Map(await Promise.all(ids.map(async (id) => [id, await queue.getJobState(id)] as const)));
      // Gone (completed, failed, or never added): no longer ready nor in flight.
      const gone = running.filter((r) => !LIVE.includes(states.get(r.id)!));
      await fair.release(gone);
      // Started (or gone) without the start recorded: no longer waiting to start.
      started.push(...ready.filter((id) => !['waiting', 'prioritized'].includes(states.get(id)!)));
      if (gone.length)
        logger.warn({ count: gone.length }, 'fair share: released in-flight slots of jobs that were gone');
      await dispatch();
      return gone.length;
    },

    async active() {
      const jobs = await queue.getActive();
      return jobs.map((job) => ({ jobId: String(job.id), worker: job.processedBy ?? null }));
    },

    async oldest(states) {
      const heads = await Promise.all(states.map((state) => queue.getJobs([state], 0, 0, true)));
      return Object.fromEntries(states.map((state, i) => [state, heads[i]![0]?.timestamp ?? null])) as Record<
        OldestState,
        number | null
      >;
    },

    bullQueues: [queue],

    startWorker(handlers, { concurrency, lockMs, stalledCheckMs, observe }) {
      const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
      // The job leaves the line (its organization's slot stays taken until it ends): the next one is dispatched.
      const start = (job: Job) => {
        started.push(String(job.id));
        void dispatchQuietly();
      };
      // The job will not run again: its organization's slot is free.
      const end = async (job: Job) => {
        finished.push(runningOf({ name: job.name, data: job.data } as JobItem));
        await dispatchQuietly();
      };
      const worker = new Worker(
        RESUME_QUEUE,
        async (job: Job, token?: string) => {
          const name = job.name as JobName;
          const handler = handlers[name];
          if (!handler) throw new Error(`no handler for job ${job.name}`);
          const began = process.hrtime.bigint();
          const observed = (outcome: JobOutcome) =>
            observe?.({ name, outcome, seconds: Number(process.hrtime.bigint() - began) / 1e9 });
          start(job);
          const ctx = {
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
            stalls: job.stalledCounter ?? 0,
          };
          try {
            const status = await handler.run(job.data, ctx);
            await end(job);
            observed(status);
            return status;
          } catch (error) {
            if (error instanceof RetryLaterError) {
              logger.debug({ jobId: job.id, delayMs: error.delayMs, reason: error.message }, 'job deferred');
              await job.moveToDelayed(Date.now() + error.delayMs, token);
              observed('deferred');
              throw new DelayedError();
            }
            if (error instanceof QueuePauseError) {
              logger.warn({ jobId: job.id, retryAfterMs: error.retryAfterMs }, 'provider rate limit: queue paused');
              await worker.rateLimit(error.retryAfterMs);
              observed('rate_limited');
              throw Worker.RateLimitError();
            }
            if (ctx.attempt >= ctx.maxAttempts) {
              logger.error({ err: error, jobId: job.id }, 'job failed on its last attempt');
              await handler.exhausted(job.data, error as Error);
              await end(job);
              observed('exhausted');
              return 'done';
            }
            logger.warn({ err: error, jobId: job.id, attempt: ctx.attempt }, 'job failed; will retry');
            observed('retry');
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
      // Work queued before this worker started is dispatched now, and anything missed within a tick.
      void dispatchQuietly();
      const tick = setInterval(() => void dispatchQuietly(), DISPATCH_TICK_MS);
      tick.unref();
      const handle: JobWorker = {
        async close() {
          clearInterval(tick);
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
      await tail;
      await queue.close();
      await connection.quit().catch(() => undefined);
    },
  };
}

/** An item as the fair-share scheduler holds it while it waits its turn. */
function entryOf(item: JobItem) {
  return { id: jobIdOf(item), ...fairShareOf(item), payload: JSON.stringify({ name: item.name, data: item.data }) };
}

/** Startup check: every job in the catalogue has a handler. */
export function assertHandlers(handlers: Partial<JobHandlers>): asserts handlers is JobHandlers {
  for (const name of Object.values(JobName)) {
    if (!handlers[name]) throw new Error(`No handler registered for job "${name}"`);
  }
}
