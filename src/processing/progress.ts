import type { ApplicationStatus } from '../applications/application.entity.js';
import type { Logger } from '../shared/logger.js';
import type { TaskState } from './processing-task.entity.js';

/**
 * What a worker publishes on Redis when an application changes state: serialisable, small,
 * and carrying the task counters as they were right after the change was committed.
 */
export interface ProgressMessage {
  taskId: string;
  state: TaskState;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  duplicates: number;
  applicationId: string | null;
  applicationStatus: ApplicationStatus | null;
  message: string | null;
  /** ISO time of the change. */
  at: string;
}

/** The Redis channel of one task's progress (prefixed: deployments may share a Redis). */
export function progressTopic(prefix: string, taskId: string): string {
  return `${prefix}:task-progress:${taskId}`;
}

export interface ProgressPublisher {
  publish(message: ProgressMessage): Promise<void>;
}

/**
 * Publishes, logging instead of throwing: progress is a view of PostgreSQL, and subscribers
 * resynchronise from it, so a lost event is not fatal.
 */
export async function publishQuietly(
  progress: ProgressPublisher,
  logger: Logger,
  message: ProgressMessage,
): Promise<void> {
  try {
    await progress.publish(message);
  } catch (error) {
    logger.warn({ err: error, taskId: message.taskId }, 'could not publish progress');
  }
}
