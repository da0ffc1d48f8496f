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

/** A job to queue. */
export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

/**
 * Who a job's work is for, as fair share sees it (see `fair.scheduler.ts`): jobs take turns
 * between tenants (organizations), then between the batches (tasks) of each tenant.
 */
export function fairShareOf(item: JobItem): { tenant: string; batch: string } {
  switch (item.name) {
    case JobName.AnalyzeResume:
      return { tenant: item.data.organizationId, batch: item.data.taskId };
    default: {
      const never: never = item.name;
      throw new Error(`unknown job ${String(never)}`);
    }
  }
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
