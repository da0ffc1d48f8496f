import type { MikroORM } from '@mikro-orm/postgresql';
import type { DeliveryRun } from '../queue/webhook.queue.js';
import type { Logger } from '../shared/logger.js';
import { sendWebhook, type SendRequest, type SendResult } from './webhook.sender.js';

export interface DeliveryPolicy {
  /** Per attempt, connection to answer. */
  timeoutMs: number;
  /** Attempts in all, the first included; the last failed one makes the delivery FAILED. */
  maxAttempts: number;
  /** Wait after the first failed attempt; doubled after each one... */
  backoffMs: number;
  /** ...up to this. */
  backoffMaxMs: number;
  /** Deliveries ending FAILED in a row that make their endpoint FAILING. */
  failingAfter: number;
  allowPrivate: boolean;
}

/**
 * The wait after failed attempt `attempt` (1 = the first): `backoffMs` doubled each time, capped at
 * `backoffMaxMs`, with ±20 % jitter so that the deliveries of one outage do not all come back at
 * once. With the defaults (1 min, 4 h, 14 attempts): 1, 2, 4, 8, 16, 32, 64, 128 min, then 4 h five
 * times: the last attempt comes about 24 h after the first.
 */
export function retryDelay(
  attempt: number,
  policy: Pick<DeliveryPolicy, 'backoffMs' | 'backoffMaxMs'>,
  random = Math.random,
): number {
  const base = Math.min(policy.backoffMs * 2 ** Math.min(attempt - 1, 30), policy.backoffMaxMs);
  return Math.round(base * (0.8 + 0.4 * random()));
}

interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  body: string;
  event_id: string;
  due_in_ms: number;
  endpoint_id: string;
  url: string;
  secret: string;
}

/**
 * Makes one attempt of one delivery and records it: DELIVERED on a 2xx; otherwise PENDING with the
 * time of its next attempt, or FAILED after the last one (and its endpoint FAILING after
 * `failingAfter` such deliveries in a row). Re-reads the row first, so a job run twice, or run for
 * a delivery already finished or deleted with its endpoint, does nothing; each write is guarded by
 * the attempt count it read, so two runs at once record one attempt.
 */
export class WebhookDeliverer {
  constructor(
    private readonly deps: {
      orm: MikroORM;
      logger: Logger;
      policy: DeliveryPolicy;
      send?: (request: SendRequest) => Promise<SendResult>;
    },
  ) {}

  async run(deliveryId: string): Promise<DeliveryRun> {
    const { orm, policy, logger } = this.deps;
    const em = orm.em.fork();
    const [row] = await em.execute<DeliveryRow[]>(
      `SELECT d.id, d.status, d.attempts, d.body, d.event_id, d.endpoint_id, e.url, e.secret,
              greatest(0, extract(epoch FROM d.next_attempt_at - now()) * 1000)::int AS due_in_ms
         FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
        WHERE d.id = ?`,
      [deliveryId],
    );
    if (!row || row.status !== 'PENDING') return { kind: 'done' };
    // Queued again before its time (the reconciler after a Redis flush): wait for it.
    if (row.due_in_ms > 1_000) return { kind: 'retry', delayMs: row.due_in_ms };

    const attempt = row.attempts + 1;
    const send = this.deps.send ?? sendWebhook;
    const result = await send({
      url: row.url,
      secret: row.secret,
      body: row.body,
      eventId: row.event_id,
      timeoutMs: policy.timeoutMs,
      allowPrivate: policy.allowPrivate,
    });
    const guard = 'WHERE id = ? AND status = ? AND attempts = ?';
    const guardArgs = [row.id, 'PENDING', row.attempts];

    if (result.ok) {
      // One statement (no BEGIN/COMMIT round trips): delivered, and its endpoint ACTIVE again.
      await em.execute(
        `WITH delivered AS (
           UPDATE webhook_delivery SET status = 'DELIVERED', attempts = ?, last_response_code = ?, last_error = NULL,
                  last_attempt_at = now(), delivered_at = now(), next_attempt_at = NULL, updated_at = now()
           ${guard} RETURNING endpoint_id)
         UPDATE webhook_endpoint SET consecutive_failures = 0, status = 'ACTIVE'
          WHERE id IN (SELECT endpoint_id FROM delivered) AND (consecutive_failures <> 0 OR status <> 'ACTIVE')`,
        [attempt, result.status, ...guardArgs],
      );
      return { kind: 'done' };
    }

    if (attempt >= policy.maxAttempts) {
      await em.execute(
        `WITH failed AS (
           UPDATE webhook_delivery SET status = 'FAILED', attempts = ?, last_response_code = ?, last_error = ?,
                  last_attempt_at = now(), next_attempt_at = NULL, updated_at = now()
           ${guard} RETURNING endpoint_id)
         UPDATE webhook_endpoint
            SET consecutive_failures = consecutive_failures + 1,
                status = CASE WHEN consecutive_failures + 1 >= ? THEN 'FAILING'::webhook_endpoint_status ELSE status END
          WHERE id IN (SELECT endpoint_id FROM failed)`,
        [attempt, result.status, result.error, ...guardArgs, policy.failingAfter],
      );
      logger.warn({ deliveryId, attempts: attempt, error: result.error }, 'webhook delivery failed for good');
      return { kind: 'done' };
    }

    const delayMs = retryDelay(attempt, policy);
    await em.execute(
      `UPDATE webhook_delivery SET attempts = ?, last_response_code = ?, last_error = ?, last_attempt_at = now(),
              next_attempt_at = now() + make_interval(secs => ?), updated_at = now()
       ${guard}`,
      [attempt, result.status, result.error, delayMs / 1000, ...guardArgs],
    );
    logger.debug({ deliveryId, attempt, delayMs, error: result.error }, 'webhook delivery will be retried');
    return { kind: 'retry', delayMs };
  }
}
