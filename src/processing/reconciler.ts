import type { MikroORM } from '@mikro-orm/postgresql';
import { foldTally } from '../applications/tally.js';
import type { JobQueue } from '../queue/job.queue.js';
import { JobName, type JobItem } from '../queue/jobs.js';
import type { Logger } from '../shared/logger.js';
import { publishQuietly, type ProgressPublisher } from './progress.js';
import { progressMessage, TASK_COLUMNS, type TaskRow } from './task-counters.js';
import { queueDeliveries, type DeliveryQueue } from '../webhooks/webhook.outbox.js';
import { recordTaskEvent } from '../webhooks/webhook.payloads.js';
import { WebhookEvent } from '../webhooks/webhook.types.js';
import { Periodic } from '../shared/periodic.js';

export interface ReconcilerOptions {
  orm: MikroORM;
  queue: JobQueue;
  progress: ProgressPublisher;
  logger: Logger;
  /** Time between sweeps. */
  intervalMs: number;
  /** An application untouched for this long is checked for a live job. */
  staleAfterMs: number;
  /**
   * Ends an application whose job BullMQ gave up on (it lost its worker again and again: a
   * resume that crashes workers): FAILED with the reason, never queued again.
   */
  failLost(item: JobItem, reason: string): Promise<void>;
  /** Where task.completed deliveries are queued after the sweep's commit. */
  webhooks?: DeliveryQueue;
}

export interface SweepResult {
  /** Applications queued again because Redis had no live job for them. */
  requeued: number;
  /** Applications failed because BullMQ gave up on their job. */
  failed: number;
  /** Tasks finished because all their applications were final. */
  finished: number;
  /** Groups of the application tally folded into one row each. */
  folded: number;
  /** In-flight slots released because their job was gone (see JobQueue.repair). */
  released: number;
}

/** Applications checked per sweep (oldest first); the rest wait for the next sweep. */
const SWEEP_LIMIT = 5_000;
/** Any fixed number: the advisory lock that keeps concurrent sweeps (several workers) apart. */
const SWEEP_LOCK = 727_001;

/**
 * Brings back work that fell between PostgreSQL (the truth) and Redis (the queue): applications
 * left PENDING or PROCESSING with no live job (Redis flushed or restarted empty, a crash between
 * commit and enqueue) are queued again, tasks whose applications are all final are finished,
 * in-flight slots of jobs that are gone are released (see `JobQueue.repair`), and the application
 * tally is folded (see `foldTally`).
 * Runs in every worker process; a PostgreSQL advisory lock makes one sweep run at a time, and
 * everything it does is idempotent anyway (stable job IDs, guarded state changes).
 */
export class Reconciler {
  private readonly periodic: Periodic;

  constructor(private readonly options: ReconcilerOptions) {
    this.periodic = new Periodic(
      options.intervalMs,
      () => this.sweep(),
      (error) => options.logger.warn({ err: error }, 'reconciler sweep failed'),
    );
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** One pass; returns what it did (nothing when another process holds the sweep lock). */
  async sweep(): Promise<SweepResult> {
    const { orm, queue, logger } = this.options;
    const em = orm.em.fork();
    const result = await em.transactional(async (tx) => {
      const [lock] = await tx.execute<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock(?) AS locked', [
        SWEEP_LOCK,
      ]);
      if (!lock?.locked) return null;

      const stale = await tx.execute<{ id: string; task_id: string; organization_id: string }[]>(
        `SELECT a.id, a.task_id, a.organization_id FROM application a
           JOIN processing_task t ON t.id = a.task_id
          WHERE a.status IN ('PENDING', 'PROCESSING') AND t.state IN ('QUEUED', 'RUNNING')
            AND a.updated_at < now() - make_interval(secs => ?)
          ORDER BY a.updated_at LIMIT ?`,
        [this.options.staleAfterMs / 1000, SWEEP_LIMIT],
      );
      const items: JobItem[] = stale.map((row) => ({
        name: JobName.AnalyzeResume,
        data: { applicationId: row.id, taskId: row.task_id, organizationId: row.organization_id },
      }));
      const states = await queue.states(items);
      const lost = items.filter((_, i) => ['unknown', 'completed'].includes(states[i]!));
      if (lost.length) {
        await queue.requeue(lost);
        logger.warn({ count: lost.length }, 'reconciler queued applications that had no live job');
      }
      const given = items.filter((_, i) => states[i] === 'failed');
      for (const item of given) {
        await this.options.failLost(item, 'the job lost its worker too many times');
      }
      // Organizations' in-flight slots held by jobs that are gone would never free up otherwise.
      const released = await queue.repair();

      const finished = await tx.execute<(TaskRow & { organization_id: string })[]>(
        `UPDATE processing_task t SET state = 'COMPLETED', finished_at = now()
          WHERE t.state IN ('QUEUED', 'RUNNING')
            AND NOT EXISTS (SELECT 1 FROM application a WHERE a.task_id = t.id AND a.status IN ('PENDING', 'PROCESSING'))
          RETURNING ${TASK_COLUMNS}, organization_id`,
      );
      const deliveries: string[] = [];
      for (const task of finished) {
        deliveries.push(...(await recordTaskEvent(tx, task.organization_id, WebhookEvent.TASK_COMPLETED, task.id)));
      }
      const folded = await foldTally(tx);
      return { requeued: lost.length, failed: given.length, finished, folded, released, deliveries };
    });
    if (!result) return { requeued: 0, failed: 0, finished: 0, folded: 0, released: 0 };
    await queueDeliveries(this.options.webhooks, logger, result.deliveries);
    for (const task of result.finished) {
      logger.warn({ taskId: task.id }, 'reconciler finished a task whose applications were all final');
      await publishQuietly(
        this.options.progress,
        logger,
        progressMessage(task, null, `Task completed: ${task.succeeded} scored, ${task.failed} failed`),
      );
    }
    const { deliveries: _deliveries, ...counts } = result;
    return { ...counts, finished: result.finished.length };
  }
}
