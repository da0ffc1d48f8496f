/**
 * The webhook deliveries' own BullMQ queue, beside the resumes' (see job.queue.ts): its own
 * name, jobs and worker concurrency, so that a slow or failing receiver never takes a screening
 * slot. A job carries a delivery ID only; the delivery's row in PostgreSQL holds its attempts and
 * schedule, so a job lost with Redis is queued again by the reconciler and resumes where it was.
 */
import { DelayedError, Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../shared/logger.js';
import { workerName, type JobState, type JobWorker } from './job.queue.js';

export const WEBHOOK_QUEUE = 'webhooks';

/** What a delivery handler reports: done (delivered, failed for good, or nothing to do), or try again later. */
export type DeliveryRun = { kind: 'done' } | { kind: 'retry'; delayMs: number };

export interface WebhookQueue {
  /** Queues deliveries; one already queued is not queued twice (stable job IDs). */
  enqueue(deliveryIds: string[]): Promise<void>;
  /** The state of each delivery's job ('unknown' when Redis has none). */
  states(deliveryIds: string[]): Promise<JobState[]>;
  /** Queues deliveries again, removing a finished job with the same ID first. */
  requeue(deliveryIds: string[]): Promise<void>;
  startWorker(run: (deliveryId: string) => Promise<DeliveryRun>, options: { concurrency: number }): JobWorker;
  dispose(): Promise<void>;
  /** The BullMQ queue itself, for the read-only dashboard. */
  readonly bullQueues: readonly Queue[];
}

/** A job that throws (PostgreSQL unreachable, a bug) is retried this often by BullMQ, then left to the reconciler. */
const JOB_ATTEMPTS = 5;

export const deliveryJobId = (deliveryId: string) => `whd_${deliveryId}`;

export function createWebhookQueue(options: { redisUrl: string; prefix: string; logger: Logger }): WebhookQueue {
  const { redisUrl, prefix, logger } = options;
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(WEBHOOK_QUEUE, {
    connection: connection as unknown as ConnectionOptions,
    prefix,
    defaultJobOptions: {
      attempts: JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: 1_000 }, // 1 s, 2 s, 4 s...
      removeOnComplete: { age: 3_600, count: 1_000 },
      removeOnFail: { age: 24 * 3_600 },
    },
  });
  const workers = new Set<JobWorker>();
  const add = (ids: string[]) =>
    queue.addBulk(ids.map((id) => ({ name: 'deliver', data: { deliveryId: id }, opts: { jobId: deliveryJobId(id) } })));

  return {
    bullQueues: [queue],
    async enqueue(ids) {
      if (ids.length) await add(ids);
    },

    states(ids) {
      return Promise.all(ids.map((id) => queue.getJobState(deliveryJobId(id))));
    },

    async requeue(ids) {
      for (const id of ids) {
        const state = await queue.getJobState(deliveryJobId(id));
        if (state === 'completed' || state === 'failed') await queue.remove(deliveryJobId(id));
      }
      await this.enqueue(ids);
    },

    startWorker(run, { concurrency }) {
      const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
      const worker = new Worker(
        WEBHOOK_QUEUE,
        async (job: Job<{ deliveryId: string }>, token?: string) => {
          const outcome = await run(job.data.deliveryId);
          if (outcome.kind === 'done') return 'done';
          // The delivery's own schedule (kept in PostgreSQL), not BullMQ's attempts.
          await job.moveToDelayed(Date.now() + outcome.delayMs, token);
          throw new DelayedError();
        },
        {
          connection: workerConnection as unknown as ConnectionOptions,
          prefix,
          concurrency,
          autorun: true,
          name: workerName(),
        },
      );
      worker.on('error', (error) => logger.error({ err: error }, 'webhook worker error'));
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
