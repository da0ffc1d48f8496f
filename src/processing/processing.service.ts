import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { JobPostStatus } from '../job-posts/job-post.entity.js';
import { JobPostsService } from '../job-posts/job-posts.service.js';
import type { RubricDrafter } from '../analysis/rubric/drafter.js';
import { Organization } from '../organizations/organization.entity.js';
import { JobName, type JobItem } from '../queue/jobs.js';
import type { JobQueue } from '../queue/job.queue.js';
import { BadUserInputError, InsufficientCreditsError, NotFoundError } from '../shared/errors.js';
import { isUuid } from '../shared/ids.js';
import { keysetPage } from '../shared/keyset.js';
import type { Logger } from '../shared/logger.js';
import type { Page } from '../graphql/connection.js';
import type { ResumeFiles, StagedFiles } from '../storage/resume-files.js';
import { FINAL_TASK_STATES, ProcessingTask, TaskState } from './processing-task.entity.js';
import type { ResumeInput } from './processing.inputs.js';
import {
  acceptBatch,
  type AcceptedResume,
  type IntakeLimits,
  type IntakeOptions,
  type RefusedResume,
} from './resume-intake.js';
import { publishQuietly, type ProgressPublisher } from './progress.js';
import { progressMessage, TASK_COLUMNS, type TaskRow } from './task-counters.js';
import { queueDeliveries, type DeliveryQueue } from '../webhooks/webhook.outbox.js';
import { recordTaskEvent } from '../webhooks/webhook.payloads.js';
import { WebhookEvent } from '../webhooks/webhook.types.js';

export interface ProcessingDeps {
  em: EntityManager;
  organizationId: string;
  queue: JobQueue;
  progress: ProgressPublisher;
  limits: IntakeLimits;
  logger: Logger;
  /** Reads a job post's description into rubric items, for posts never read before. */
  drafter?: RubricDrafter;
  /** Where the original files go (PostgreSQL, in the batch's transaction; or object storage, before it). */
  files: ResumeFiles;
  /** Where webhook deliveries are queued after the commit that recorded them. */
  webhooks?: DeliveryQueue;
}

/** Batches of resumes: submission, and the tasks that track them. */
export class ProcessingService {
  constructor(private readonly deps: ProcessingDeps) {}

  async getTask(id: string): Promise<ProcessingTask> {
    const task = isUuid(id)
      ? await this.deps.em.findOne(ProcessingTask, { id, organization: this.deps.organizationId })
      : null;
    if (!task) throw new NotFoundError('ProcessingTask', id);
    return task;
  }

  listTasks(args: { first: number; after?: string | null; jobPostId?: string | null }): Promise<Page<ProcessingTask>> {
    const where: Record<string, unknown> = { organization: this.deps.organizationId };
    if (args.jobPostId != null) where.jobPost = isUuid(args.jobPostId) ? args.jobPostId : null;
    return keysetPage(this.deps.em, ProcessingTask, where, {
      field: 'createdAt',
      direction: 'DESC',
      isDate: true,
      first: args.first,
      after: args.after,
    });
  }

  /**
   * Checks the whole batch, then in one transaction reserves its credits and writes the task
   * and one application (with its original file) per accepted resume; only then queues one job per
   * application. Answers with the task, QUEUED.
   *
   * A file refused at intake (see `FILE_REFUSALS`; unless `strict`) is written in the same
   * transaction as a FAILED application with its reason, without its content and without a credit:
   * the task counts it as processed and failed from the start, and a task whose files were all
   * refused is COMPLETED at once.
   *
   * Under object storage (FILE_STORAGE=s3) the files are uploaded before the transaction, and
   * deleted again if it rolls back (not enough credits, an error); see `ResumeFiles`.
   */
  async submit(
    jobPostId: string,
    uploads: Promise<FileUpload>[],
    inline: ResumeInput[],
    options: IntakeOptions = {},
  ): Promise<ProcessingTask> {
    const { em, organizationId } = this.deps;
    const jobPosts = new JobPostsService(em, organizationId, this.deps.drafter);
    const post = await jobPosts.get(jobPostId);
    if (post.status !== JobPostStatus.OPEN) {
      throw new BadUserInputError(`Job post ${post.id} is closed`, { reason: 'JOB_POST_CLOSED' });
    }
    await jobPosts.ensureDerived(post);
    const { accepted, refused } = await acceptBatch(uploads, inline, this.deps.limits, options);

    const staged = await this.deps.files.stage(
      em,
      organizationId,
      accepted.map((r) => r.bytes),
    );
    const transaction = em.transactional(async (tx) => {
      // First: the uploaded objects are this batch's from here on (the sweep skips them).
      await staged.claim(tx);
      if (accepted.length) await reserveCredits(tx, organizationId, accepted.length);
      const now = new Date();
      const task = tx.create(ProcessingTask, {
        organization: organizationId,
        jobPost: post.id,
        total: accepted.length + refused.length,
        processed: refused.length,
        failed: refused.length,
        // Nothing to queue: no worker would ever finish it.
        ...(accepted.length === 0 && { state: TaskState.COMPLETED, startedAt: now, finishedAt: now }),
      });
      await tx.flush();
      const ids = { organizationId, jobPostId: post.id, taskId: task.id };
      const applicationIds = await insertApplications(tx, accepted, staged, ids);
      await insertRefused(tx, refused, ids);
      const deliveries =
        accepted.length === 0 ? await recordTaskEvent(tx, organizationId, WebhookEvent.TASK_COMPLETED, task.id) : [];
      return { task, applicationIds, deliveries };
    });
    // Nothing of a batch that did not commit may stay behind in object storage.
    const { task, applicationIds, deliveries } = await staged.committed(em, transaction);
    await queueDeliveries(this.deps.webhooks, this.deps.logger, deliveries);

    // Queued for fair share: this batch takes turns with the organization's other batches, and
    // the organization with the others (see queue/fair.scheduler.ts).
    const jobs: JobItem[] = applicationIds.map((applicationId) => ({
      name: JobName.AnalyzeResume,
      data: { applicationId, taskId: task.id, organizationId },
    }));
    try {
      if (jobs.length) await this.deps.queue.enqueue(jobs);
    } catch (error) {
      // Stored is accepted: the reconciler queues what is left PENDING without a job.
      this.deps.logger.error({ err: error, taskId: task.id }, 'enqueue failed; left to the reconciler');
    }
    return task;
  }

  /**
   * Stops a task: nothing more of it is analysed, applications not yet final end CANCELLED and are
   * refunded, and subscribers get a last CANCELLED event. Work in flight finishes and is discarded
   * (a worker only writes a result over PENDING or PROCESSING). Cancelling a finished task changes nothing.
   */
  async cancel(taskId: string): Promise<ProcessingTask> {
    const task = await this.getTask(taskId);
    if (FINAL_TASK_STATES.includes(task.state)) return task;
    const { em, organizationId } = this.deps;
    const { row, cancelled, deliveries } = await em.transactional(async (tx) => {
      // Applications before the task: the order in which workers lock them (no deadlock).
      const cancelled = await tx.execute<{ id: string }[]>(
        `UPDATE application SET status = 'CANCELLED', processed_at = now(), updated_at = date_trunc('milliseconds', now())
          WHERE task_id = ? AND status IN ('PENDING', 'PROCESSING') RETURNING id`,
        [task.id],
      );
      const rows = await tx.execute<TaskRow[]>(
        `UPDATE processing_task SET state = 'CANCELLED', finished_at = now()
          WHERE id = ? AND state IN ('QUEUED', 'RUNNING') ${TASK_RETURNING}`,
        [task.id],
      );
      // Finished meanwhile: then nothing was left to cancel either.
      if (!rows.length) return { row: null, cancelled: [], deliveries: [] };
      await tx.execute('UPDATE organization SET credits = credits + ? WHERE id = ?', [
        cancelled.length,
        organizationId,
      ]);
      const deliveries = await recordTaskEvent(tx, organizationId, WebhookEvent.TASK_CANCELLED, task.id);
      return { row: rows[0]!, cancelled, deliveries };
    });
    await queueDeliveries(this.deps.webhooks, this.deps.logger, deliveries);
    if (row) {
      await publishQuietly(
        this.deps.progress,
        this.deps.logger,
        progressMessage(row, null, `Task cancelled: ${cancelled.length} not analysed, refunded`),
      );
      await this.deps.queue.discard(cancelled.map(({ id }) => this.jobOf(id, task.id))).catch((error: unknown) => {
        this.deps.logger.warn({ err: error, taskId: task.id }, 'could not remove queued jobs; workers will skip them');
      });
    }
    await em.refresh(task);
    return task;
  }

  /**
   * Runs a task's FAILED applications again: their credits are reserved again (INSUFFICIENT_CREDITS
   * and nothing changed when short), the task counts them as not processed and is RUNNING until
   * they are final. A task with nothing to retry is returned unchanged.
   *
   * Only applications with a stored file are retried: a file refused at intake was never stored
   * (its bytes would be refused the same way again) and an erased one is gone, so they stay FAILED
   * with their reason, uncharged, and retrying cannot loop on them.
   */
  async retryFailed(taskId: string): Promise<ProcessingTask> {
    const task = await this.getTask(taskId);
    if (task.state === TaskState.CANCELLED) {
      throw new BadUserInputError(`Task ${task.id} was cancelled`, { reason: 'TASK_CANCELLED' });
    }
    const { em, organizationId } = this.deps;
    const { row, retried } = await em.transactional(async (tx) => {
      const failed = await tx.execute<{ id: string }[]>(
        `SELECT id FROM application WHERE task_id = ? AND status = 'FAILED' AND file_id IS NOT NULL FOR UPDATE`,
        [task.id],
      );
      if (!failed.length) return { row: null, retried: [] };
      await reserveCredits(tx, organizationId, failed.length);
      const retried = await tx.execute<{ id: string }[]>(
        `UPDATE application SET status = 'PENDING', error = NULL, flags = '{}', processed_at = NULL, updated_at = date_trunc('milliseconds', now())
          WHERE task_id = ? AND status = 'FAILED' AND file_id IS NOT NULL RETURNING id`,
        [task.id],
      );
      const rows = await tx.execute<TaskRow[]>(
        `UPDATE processing_task
            SET processed = processed - ?, failed = failed - ?, state = 'RUNNING', finished_at = NULL
          WHERE id = ? ${TASK_RETURNING}`,
        [retried.length, retried.length, task.id],
      );
      return { row: rows[0]!, retried };
    });
    if (row) {
      await publishQuietly(
        this.deps.progress,
        this.deps.logger,
        progressMessage(row, null, `Retrying ${retried.length} failed`),
      );
      try {
        await this.deps.queue.requeue(retried.map(({ id }) => this.jobOf(id, task.id)));
      } catch (error) {
        this.deps.logger.error({ err: error, taskId: task.id }, 'requeue failed; left to the reconciler');
      }
    }
    await em.refresh(task);
    return task;
  }

  private jobOf(applicationId: string, taskId: string): JobItem {
    return { name: JobName.AnalyzeResume, data: { applicationId, taskId, organizationId: this.deps.organizationId } };
  }
}

const TASK_RETURNING = `RETURNING ${TASK_COLUMNS}`;

async function reserveCredits(em: EntityManager, organizationId: string, n: number): Promise<void> {
  const rows = await em.execute<{ credits: number }[]>(
    'UPDATE organization SET credits = credits - ? WHERE id = ? AND credits >= ? RETURNING credits',
    [n, organizationId, n],
  );
  if (rows.length === 0) {
    const org = await em.findOneOrFail(Organization, { id: organizationId });
    throw new InsufficientCreditsError(n, org.credits);
  }
}

/** Rows per INSERT: bounds the size of one statement (files travel inside it). */
const INSERT_CHUNK = 250;

/**
 * Writes one original file and one PENDING application per resume, set-based (a statement per
 * chunk, not a row at a time). Times are cut to milliseconds, as cursors carry them.
 */
async function insertApplications(
  tx: EntityManager,
  resumes: AcceptedResume[],
  files: StagedFiles,
  ids: { organizationId: string; jobPostId: string; taskId: string },
): Promise<string[]> {
  const rows = resumes.map((resume, i) => ({ id: randomUUID(), fileId: files.ids[i]!, resume }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    // The file rows (with their bytes when PostgreSQL keeps them: binary parameters of one multi-row INSERT).
    await files.write(tx, i, i + chunk.length);
    await tx.execute(
      `INSERT INTO application (id, organization_id, job_post_id, task_id, flags, file_name, mime_type, size_bytes,
                                sha256, file_id, created_at, updated_at)
       SELECT x.id, ?, ?, ?, '{}', x.name, x.mime, x.size, x.sha256, x.file_id,
              date_trunc('milliseconds', now()), date_trunc('milliseconds', now())
         FROM jsonb_to_recordset(?::jsonb)
           AS x(id uuid, file_id uuid, name text, mime text, size int, sha256 text)`,
      [
        ids.organizationId,
        ids.jobPostId,
        ids.taskId,
        JSON.stringify(
          chunk.map(({ id, fileId, resume }) => ({
            id,
            file_id: fileId,
            name: resume.filename,
            mime: resume.mimeType,
            size: resume.bytes.length,
            sha256: resume.sha256,
          })),
        ),
      ],
    );
  }
  return rows.map((r) => r.id);
}

/**
 * Writes one FAILED application per refused file, set-based: no file row (the content is not
 * kept: nothing will read it, and it may be an executable or a bomb), no credit, final at once.
 */
async function insertRefused(
  tx: EntityManager,
  refused: RefusedResume[],
  ids: { organizationId: string; jobPostId: string; taskId: string },
): Promise<void> {
  for (let i = 0; i < refused.length; i += INSERT_CHUNK) {
    const chunk = refused.slice(i, i + INSERT_CHUNK);
    await tx.execute(
      `INSERT INTO application (id, organization_id, job_post_id, task_id, status, flags, error, file_name, mime_type,
                                size_bytes, sha256, processed_at, created_at, updated_at)
       SELECT x.id, ?, ?, ?, 'FAILED', '{}', x.error, x.name, x.mime, x.size, x.sha256, now(),
              date_trunc('milliseconds', now()), date_trunc('milliseconds', now())
         FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, error text, name text, mime text, size int, sha256 text)`,
      [
        ids.organizationId,
        ids.jobPostId,
        ids.taskId,
        JSON.stringify(
          chunk.map((r) => ({
            id: randomUUID(),
            error: r.error,
            name: r.filename,
            mime: r.mimeType,
            size: r.sizeBytes,
            sha256: r.sha256,
          })),
        ),
      ],
    );
  }
}
