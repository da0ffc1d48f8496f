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

export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];
export type JobOf<N extends JobName> = JobPayloads[N];

/** What a handler reports for an expected outcome; it throws only to be retried. */
export type JobStatus = 'done' | 'skipped';

export interface JobContext {
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
}

export type JobHandlers = {
  [N in JobName]: {
    run(data: JobOf<N>, ctx: JobContext): Promise<JobStatus>;
    /** Called when the last attempt threw: the job will not run again. */
    exhausted(data: JobOf<N>, error: Error): Promise<void>;
  };
};

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
