/**
 * The outbox: an event becomes one delivery row per subscribed endpoint, written in the
 * transaction of the change it reports (it is sent if and only if the change committed), and is
 * queued only after the commit. A queueing that fails loses nothing: the delivery reconciler
 * queues PENDING rows that have no job.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../shared/logger.js';
import { EVENT_TYPE, type WebhookBody, type WebhookEvent } from './webhook.types.js';

/** What takes delivery IDs to send (the webhook queue). */
export interface DeliveryQueue {
  enqueue(deliveryIds: string[]): Promise<void>;
}

/** A SELECT giving one row with one `data` column (json): what an event's `data` is. */
export interface EventData {
  sql: string;
  params: unknown[];
}

/** `data` given as a value rather than read from the database. */
export function literalData(value: unknown): EventData {
  return { sql: 'SELECT ?::json AS data', params: [JSON.stringify(value)] };
}

/**
 * Records `event` for every endpoint of the organization subscribed to it, in `tx`; returns the
 * delivery IDs to queue after the commit. An organization without a subscribed endpoint pays one
 * indexed read per event; one with endpoints, that read (which also reads `data`) and one INSERT.
 */
export async function recordWebhookEvent(
  tx: EntityManager,
  organizationId: string,
  event: WebhookEvent,
  data: EventData,
): Promise<string[]> {
  const [row] = await tx.execute<{ data: unknown }[]>(
    `SELECT d.data FROM (${data.sql}) AS d
      WHERE EXISTS (SELECT 1 FROM webhook_endpoint WHERE organization_id = ? AND ? = ANY(events))`,
    [...data.params, organizationId, event],
  );
  if (!row) return [];
  const body: WebhookBody = {
    id: randomUUID(),
    type: EVENT_TYPE[event],
    createdAt: new Date().toISOString(),
    data: row.data,
  };
  const rows = await tx.execute<{ id: string }[]>(
    `INSERT INTO webhook_delivery (id, organization_id, endpoint_id, event_id, event, body, status, attempts,
                                   created_at, updated_at, next_attempt_at)
     SELECT gen_random_uuid(), e.organization_id, e.id, ?::uuid, ?::webhook_event, ?::text,
            'PENDING'::webhook_delivery_status, 0, now(), now(), now()
       FROM webhook_endpoint e
      WHERE e.organization_id = ? AND ? = ANY(e.events)
     RETURNING id`,
    [body.id, event, JSON.stringify(body), organizationId, event],
  );
  return rows.map((r) => r.id);
}

/** Queues recorded deliveries after the commit, logging instead of throwing (the reconciler catches up). */
export async function queueDeliveries(
  queue: DeliveryQueue | undefined,
  logger: Logger,
  deliveryIds: readonly string[],
): Promise<void> {
  if (!queue || !deliveryIds.length) return;
  try {
    await queue.enqueue([...deliveryIds]);
  } catch (error) {
    logger.warn(
      { err: error, count: deliveryIds.length },
      'could not queue webhook deliveries; left to the reconciler',
    );
  }
}
