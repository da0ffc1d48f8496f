/**
 * The job catalogue: every background job Sift runs, its name and its payload.
 * Payloads carry IDs only, never resume text: handlers re-read state from PostgreSQL.
 */
export enum JobName {
  AnalyzeResume = 'analyze-resume',
}

export interface JobPayloads {
  [JobName.AnalyzeResume]: { applicationId: string; taskId: string; organizationId: string };
}

/**
 * A job to queue. `priority` (1 = first; none = before all prioritised jobs) orders work between
 * batches: see {@link fairShare}.
 */
export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName] & { priority?: number };

/** Jobs of one batch that share a priority level. */
export const FAIR_SHARE_CHUNK = 20;

/**
 * The priority of the `index`-th job of a batch: the first {@link FAIR_SHARE_CHUNK} jobs of every
 * batch share level 1, the next ones level 2, and so on. A small batch submitted while a big one
 * runs therefore waits for at most one chunk of it, not for all of it: batches (and so tenants)
 * take turns, chunk by chunk.
 */
export function fairShare(index: number): number {
  return 1 + Math.floor(index / FAIR_SHARE_CHUNK);
}
export type JobOf<N extends JobName> = JobPayloads[N];

/** What a handler reports for an expected outcome; it throws only to be retried. */
export type JobStatus = 'done' | 'skipped';

export interface JobContext {
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  /** Times the job lost its worker (a process that died or hung holding it): BullMQ's stalled count. */
  stalls: number;
}

export type JobHandlers = {
  [N in JobName]: {
    run(data: JobOf<N>, ctx: JobContext): Promise<JobStatus>;
    /** Called when the last attempt threw: the job will not run again. */
    exhausted(data: JobOf<N>, error: Error): Promise<void>;
  };
};

/**
 * Thrown by a handler to run the job again after `delayMs` without using up an attempt (e.g.
 * waiting for an identical resume that another worker is analysing).
 */
export class RetryLaterError extends Error {
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'RetryLaterError';
  }
}

/**
 * Thrown by a handler when a shared provider answered 429: the whole queue pauses for
 * `retryAfterMs` (every worker process), and the job goes back to wait without using up an attempt.
 */
export class QueuePauseError extends Error {
  constructor(
    readonly retryAfterMs: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'QueuePauseError';
  }
}

/** A stable job ID per item: BullMQ drops an add whose ID is already queued. */
export function jobIdOf(item: JobItem): string {
  switch (item.name) {
    case JobName.AnalyzeResume:
      return `app_${item.data.applicationId}`;
    default: {
      const never: never = item.name;
      throw new Error(`unknown job ${String(never)}`);
    }
  }
}
