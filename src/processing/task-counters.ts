import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationStatus } from '../applications/application.entity.js';
import type { ProgressMessage } from './progress.js';
import { TaskState } from './processing-task.entity.js';

export interface TaskRow {
  id: string;
  state: TaskState;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  duplicates: number;
}

/** The columns of a {@link TaskRow}, for RETURNING and SELECT lists. */
export const TASK_COLUMNS = 'id, state, total, processed, succeeded, failed, duplicates';
const RETURNING = `RETURNING ${TASK_COLUMNS}`;

/** Marks the task RUNNING (once: later jobs only read it) and returns its counters. */
export async function markTaskRunning(em: EntityManager, taskId: string): Promise<TaskRow> {
  const started = await em.execute<TaskRow[]>(
    `UPDATE processing_task SET state = 'RUNNING', started_at = coalesce(started_at, now())
      WHERE id = ? AND state = 'QUEUED' ${RETURNING}`,
    [taskId],
  );
  if (started[0]) return started[0];
  const rows = await em.execute<TaskRow[]>(`SELECT ${TASK_COLUMNS} FROM processing_task WHERE id = ?`, [taskId]);
  return rows[0]!;
}

/**
 * Counts one application as final, in the caller's transaction. Call it only when this
 * transaction moved the application into a final state, so each application counts once.
 * The task becomes COMPLETED with its last application.
 */
export async function countFinalApplication(
  em: EntityManager,
  taskId: string,
  outcome: { succeeded: boolean; duplicate?: boolean },
): Promise<TaskRow> {
  const rows = await em.execute<TaskRow[]>(
    `UPDATE processing_task
        SET processed = processed + 1,
            succeeded = succeeded + ?,
            failed = failed + ?,
            duplicates = duplicates + ?,
            state = CASE
              WHEN state = 'CANCELLED' THEN state
              WHEN processed + 1 >= total THEN 'COMPLETED'::task_state
              ELSE 'RUNNING'::task_state END,
            started_at = coalesce(started_at, now()),
            finished_at = CASE WHEN processed + 1 >= total THEN now() ELSE finished_at END
      WHERE id = ? ${RETURNING}`,
    [outcome.succeeded ? 1 : 0, outcome.succeeded ? 0 : 1, outcome.duplicate ? 1 : 0, taskId],
  );
  return rows[0]!;
}

export function progressMessage(
  task: TaskRow,
  application: { id: string; status: ApplicationStatus } | null,
  message: string | null,
): ProgressMessage {
  return {
    taskId: task.id,
    state: task.state,
    total: task.total,
    processed: task.processed,
    succeeded: task.succeeded,
    failed: task.failed,
    duplicates: task.duplicates,
    applicationId: application?.id ?? null,
    applicationStatus: application?.status ?? null,
    message,
    at: new Date().toISOString(),
  };
}
