/**
 * What each event's `data` carries, read inside the transaction that made the change: IDs,
 * states, counters and scores, never candidate data (a receiver reads that through the API with
 * its key, and a candidate erased later stays erased in what was sent).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordWebhookEvent, type EventData } from './webhook.outbox.js';
import { WebhookEvent } from './webhook.types.js';

/** `data.task`: { id, jobPostId, state, total, processed, succeeded, failed, duplicates, createdAt, finishedAt }. */
function taskData(taskId: string): EventData {
  return {
    sql: `SELECT json_build_object('task', json_build_object(
            'id', t.id, 'jobPostId', t.job_post_id, 'state', t.state, 'total', t.total, 'processed', t.processed,
            'succeeded', t.succeeded, 'failed', t.failed, 'duplicates', t.duplicates,
            'createdAt', t.created_at, 'finishedAt', t.finished_at)) AS data
            FROM processing_task t WHERE t.id = ?`,
    params: [taskId],
  };
}

const APPLICATION_JSON = `json_build_object('id', a.id, 'taskId', a.task_id, 'jobPostId', a.job_post_id,
  'status', a.status, 'score', a.score, 'decisionSource', a.decision_source)`;

/** task.completed or task.cancelled, in the transaction that finished the task. */
export function recordTaskEvent(
  tx: EntityManager,
  organizationId: string,
  event: WebhookEvent.TASK_COMPLETED | WebhookEvent.TASK_CANCELLED,
  taskId: string,
): Promise<string[]> {
  return recordWebhookEvent(tx, organizationId, event, taskData(taskId));
}

/** application.decided, in the transaction that stored the analysis's decision. `data.application`: { id, taskId, jobPostId, status, score, decisionSource }. */
export function recordDecidedEvent(
  tx: EntityManager,
  organizationId: string,
  applicationId: string,
): Promise<string[]> {
  return recordWebhookEvent(tx, organizationId, WebhookEvent.APPLICATION_DECIDED, {
    sql: `SELECT json_build_object('application', ${APPLICATION_JSON}) AS data FROM application a WHERE a.id = ?`,
    params: [applicationId],
  });
}

/** The person's decision an application.overridden event carries (its note stays in the API). */
export interface OverrideEventData {
  id: string;
  fromStatus: string;
  toStatus: string;
  by: string;
  createdAt: string;
}

/** application.overridden, in the transaction that stored the person's decision: `data.application` and `data.override`. */
export function recordOverriddenEvent(
  tx: EntityManager,
  organizationId: string,
  applicationId: string,
  override: OverrideEventData,
): Promise<string[]> {
  return recordWebhookEvent(tx, organizationId, WebhookEvent.APPLICATION_OVERRIDDEN, {
    sql: `SELECT json_build_object('application', ${APPLICATION_JSON}, 'override', ?::json) AS data
            FROM application a WHERE a.id = ?`,
    params: [JSON.stringify(override), applicationId],
  });
}
