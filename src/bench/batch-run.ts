/** Submitting a batch through the API and following it to its final event, timed. */
import { ProcessResumesDocument, type SiftClient } from '@sift/sdk';
import { followTask, type ProgressEvent } from './harness.js';

export interface InlineResume {
  filename: string;
  text?: string;
  contentBase64?: string;
}

export interface BatchRun {
  taskId: string;
  /** Mutation sent to task returned. */
  submitMs: number;
  /** Mutation sent to the final event received. */
  wallMs: number;
  /** Mutation sent (bench clock, ms since epoch). */
  startedAt: number;
  last: ProgressEvent;
}

/**
 * Sends `resumes` in one processResumes mutation and follows the task over graphql-ws until its
 * final event. The subscription starts after the mutation answers: its first event is a snapshot,
 * so nothing that happened in between is missed.
 */
export async function runBatch(
  client: SiftClient,
  jobPostId: string,
  resumes: InlineResume[],
  onEvent?: (event: ProgressEvent, receivedAt: number) => void,
): Promise<BatchRun> {
  const startedAt = Date.now();
  const t0 = performance.now();
  const { processResumes: task } = await client.request(ProcessResumesDocument, { jobPostId, resumes });
  const submitMs = performance.now() - t0;
  const { last } = await followTask(client, task.id, onEvent);
  return { taskId: task.id, submitMs, wallMs: performance.now() - t0, startedAt, last };
}

/** "1,000 scored, 0 failed" or what went wrong. */
export function outcome(run: BatchRun): string {
  return `${run.last.succeeded} scored, ${run.last.failed} failed, ${run.last.state}`;
}
