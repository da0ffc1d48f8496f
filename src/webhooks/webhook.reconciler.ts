import type { MikroORM } from '@mikro-orm/postgresql';
import type { WebhookQueue } from '../queue/webhook.queue.js';
import type { Logger } from '../shared/logger.js';
import { Periodic } from '../shared/periodic.js';

/** Deliveries looked at per sweep (most overdue first), and finished ones deleted per sweep. */
const SWEEP_LIMIT = 1_000;

/**
 * Queues again PENDING deliveries overdue by `staleAfterMs` whose job Redis does not hold live
 * (flushed or restarted empty, a crash between commit and queueing, a job BullMQ gave up on), and
 * deletes finished deliveries older than `retentionDays`. Harmless when run by every worker at
 * once: job IDs are stable and the deliverer re-reads the row.
 */
export class WebhookReconciler {
  private readonly periodic: Periodic;

  constructor(
    private readonly options: {
      orm: MikroORM;
      queue: WebhookQueue;
      logger: Logger;
      intervalMs: number;
      staleAfterMs: number;
      /** 0: finished deliveries are kept for ever. */
      retentionDays: number;
    },
  ) {
    this.periodic = new Periodic(
      options.intervalMs,
      () => this.sweep(),
      (error) => options.logger.warn({ err: error }, 'webhook reconciler sweep failed'),
    );
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** One pass; returns how many deliveries were queued again and how many old ones deleted. */
  async sweep(): Promise<{ requeued: number; pruned: number }> {
    const { orm, queue, logger, staleAfterMs, retentionDays } = this.options;
    const em = orm.em.fork();
    const pruned = retentionDays
      ? await em.execute<{ id: string }[]>(
          `DELETE FROM webhook_delivery WHERE id IN (
             SELECT id FROM webhook_delivery
              WHERE status IN ('DELIVERED', 'FAILED') AND updated_at < now() - make_interval(days => ?)
              LIMIT ?)
           RETURNING id`,
          [retentionDays, SWEEP_LIMIT],
        )
      : [];
    const rows = await em.execute<{ id: string }[]>(
      `SELECT id FROM webhook_delivery
        WHERE status = 'PENDING' AND next_attempt_at < now() - make_interval(secs => ?)
        ORDER BY next_attempt_at LIMIT ?`,
      [staleAfterMs / 1000, SWEEP_LIMIT],
    );
    const ids = rows.map((r) => r.id);
    const states = await queue.states(ids);
    const lost = ids.filter((_, i) => ['unknown', 'completed', 'failed'].includes(states[i]!));
    if (lost.length) {
      await queue.requeue(lost);
      logger.warn({ count: lost.length }, 'webhook reconciler queued deliveries that had no live job');
    }
    return { requeued: lost.length, pruned: pruned.length };
  }
}
