/**
 * What each event's `data` carries, read inside the transaction that made the change: IDs,
 * states, counters and scores, never candidate data (a receiver reads that through the API with
 * its key, and a candidate erased later stays erased in what was sent).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordWebhookEvent } from './webhook.outbox.js';
import { WebhookEvent } from './webhook.types.js';

export interface TaskEventData {
  task: {
    id: string;
    jobPostId: string;
    state: string;
    total: number;
    processed: number;
    succeeded: number;
    failed: number;
    duplicates: number;
    createdAt: string;
    finishedAt: string | null;
  };
}

export interface ApplicationEventData {
  application: {
    id: string;
    taskId: string;
    jobPostId: string;
    status: string;
    score: number | null;
    decisionSource: string | null;
  };
}

export interface OverrideEventData extends ApplicationEventData {
  override: { id: string; fromStatus: string; toStatus: string; by: string; createdAt: string };
}

async function taskData(tx: EntityManager, taskId: string): Promise<TaskEventData> {
  const [task] = await tx.execute<TaskEventData['task'][]>(
    `SELECT id, job_post_id AS "jobPostId", state, total, processed, succeeded, failed, duplicates,
            to_json(created_at) #>> '{}' AS "createdAt", to_json(finished_at) #>> '{}' AS "finishedAt"
       FROM processing_task WHERE id = ?`,
    [taskId],
  );
  return { task: task! };
}

async function applicationData(tx: EntityManager, applicationId: string): Promise<ApplicationEventData> {
  const [application] = await tx.execute<ApplicationEventData['application'][]>(
    `SELECT id, task_id AS "taskId", job_post_id AS "jobPostId", status, score, decision_source AS "decisionSource"
       FROM application WHERE id = ?`,
    [applicationId],
  );
  return { application: application! };
}

/** task.completed or task.cancelled, in the transaction that finished the task. */
export function recordTaskEvent(
  tx: EntityManager,
  organizationId: string,
  event: WebhookEvent.TASK_COMPLETED | WebhookEvent.TASK_CANCELLED,
  taskId: string,
): Promise<string[]> {
  return recordWebhookEvent(tx, organizationId, event, () => taskData(tx, taskId));
}

/** application.decided, in the transaction that stored the analysis's decision. */
export function recordDecidedEvent(
  tx: EntityManager,
  organizationId: string,
  applicationId: string,
): Promise<string[]> {
  return recordWebhookEvent(tx, organizationId, WebhookEvent.APPLICATION_DECIDED, () =>
    applicationData(tx, applicationId),
  );
}

/** application.overridden, in the transaction that stored the person's decision. */
export function recordOverriddenEvent(
  tx: EntityManager,
  organizationId: string,
  applicationId: string,
  override: OverrideEventData['override'],
): Promise<string[]> {
  return recordWebhookEvent(tx, organizationId, WebhookEvent.APPLICATION_OVERRIDDEN, async () => ({
    ...(await applicationData(tx, applicationId)),
    override,
  }));
}
