/**
 * `deleteApplication`: erases a candidate's data and leaves none of it anywhere else.
 *
 * The original file goes with it, from PostgreSQL or from object storage; an object that cannot
 * be deleted fails the erasure as a whole (nothing erased, an error answered; erasing again retries).
 *
 * The erased application keeps an anonymous row (status, score, flags, dates, usage) so that counts
 * and credits still add up; its file, profile, evaluation, e-mail, file name, hashes and error go,
 * and so do its link to the application it duplicated (which would say whose resume it was) and
 * the notes of the decisions people made on it. The cached analysis it was scored with
 * goes too, whoever else shares it: the cache is a copy of the profile.
 *
 * Applications that copied the erased one's result (its duplicates, and any that read the same
 * cached analysis) do not keep the copy: each is analysed again from its own file, which the
 * recruiter did not delete. Erasing them along with it would lose uploads nobody asked to erase
 * (a recruiter tidying duplicates deletes one of two and keeps the other); keeping the copy would
 * keep the erased candidate's data. Their task runs again for them (as `retryFailed` does), a
 * credit each, refunded as usual when one ends a duplicate of another or FAILED. When the
 * organization lacks the credits they end FAILED with the reason (`retryFailed` runs them once it
 * has them); in a cancelled task, where nothing more is analysed, they end CANCELLED.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../queue/job.queue.js';
import { JobName, type JobItem } from '../queue/jobs.js';
import { publishQuietly, type ProgressPublisher } from '../processing/progress.js';
import { TaskState } from '../processing/processing-task.entity.js';
import { progressMessage, TASK_COLUMNS, type TaskRow } from '../processing/task-counters.js';
import { BadUserInputError, NotFoundError } from '../shared/errors.js';
import { isUuid } from '../shared/ids.js';
import type { Logger } from '../shared/logger.js';
import type { ResumeFiles } from '../storage/resume-files.js';
import { ApplicationStatus, FINAL_APPLICATION_STATUSES, SCORED_STATUSES } from './application.entity.js';

export interface ErasureDeps {
  em: EntityManager;
  organizationId: string;
  queue: JobQueue;
  progress: ProgressPublisher;
  logger: Logger;
  /** Original files: the erased one's bytes go from wherever they are kept. */
  files: ResumeFiles;
}

/** What an erasure did, beyond the erased application itself. */
export interface Erasure {
  applicationId: string;
  /** Applications that had copied its result, queued to be analysed again from their own files. */
  reanalysed: string[];
  /** Those that could not be: the organization had too few credits (FAILED, `retryFailed` runs them). */
  failed: string[];
  /** Those in a cancelled task (CANCELLED: nothing more of it is analysed). */
  cancelled: string[];
}

/** What the erased application's file name, and its decisions' notes, read afterwards. */
export const ERASED = '[erased]';

/** The reason a copy that could not be analysed again is FAILED with. */
export const REANALYSIS_NEEDS_CREDITS =
  'INSUFFICIENT_CREDITS: the application this one copied its result from was erased; analysing this ' +
  'file again needs a credit: add credits, then retryFailed';

type Fate = 'reanalysed' | 'failed' | 'cancelled';

interface Sharer {
  id: string;
  task_id: string;
  duplicate: boolean;
}

/**
 * Erases application `id` of the organization (see the module comment). Idempotent: erasing it
 * again changes nothing and answers the same. BAD_USER_INPUT while it is still being processed.
 */
export async function eraseApplication(deps: ErasureDeps, id: string): Promise<Erasure> {
  const { em, organizationId } = deps;
  if (!isUuid(id)) throw new NotFoundError('Application', id);
  const done = await em.transactional(async (tx) => {
    // Locks in the order workers take them (application, task, organization): no deadlock.
    const [app] = await tx.execute<
      {
        status: ApplicationStatus;
        file_id: string | null;
        analysis_key: string | null;
        duplicate_of_id: string | null;
      }[]
    >(
      `SELECT status, file_id, analysis_key, duplicate_of_id FROM application
        WHERE id = ? AND organization_id = ? FOR UPDATE`,
      [id, organizationId],
    );
    if (!app) throw new NotFoundError('Application', id);
    if (!FINAL_APPLICATION_STATUSES.includes(app.status)) {
      throw new BadUserInputError(`Application ${id} is still being processed: cancel its task or wait`, {
        reason: 'APPLICATION_IN_PROGRESS',
      });
    }

    // The cache first: a worker about to store a copy read from it locks the entry (FOR SHARE),
    // so either its copy is committed before the search below finds it, or it finds the entry
    // gone and analyses its own file.
    if (app.analysis_key) await tx.execute('DELETE FROM analysis_cache WHERE key = ?', [app.analysis_key]);
    // A duplicate copied its result from another application; nothing was copied from it.
    const sharers = app.duplicate_of_id
      ? []
      : await tx.execute<Sharer[]>(
          `SELECT id, task_id, duplicate_of_id IS NOT NULL AS duplicate FROM application
            WHERE organization_id = ? AND id <> ? AND erased_at IS NULL
              AND status IN (SELECT jsonb_array_elements_text(?::jsonb)::application_status)
              AND (duplicate_of_id = ? OR analysis_key = ?)
            ORDER BY id FOR UPDATE`,
          [organizationId, id, JSON.stringify(SCORED_STATUSES), id, app.analysis_key],
        );

    await tx.execute(
      `UPDATE application
          SET candidate = NULL, evaluation = NULL, email = NULL, text_hash = NULL, file_id = NULL,
              analysis_key = NULL, duplicate_of_id = NULL, file_name = ?, sha256 = '', error = NULL,
              erased_at = coalesce(erased_at, now()), updated_at = date_trunc('milliseconds', now())
        WHERE id = ?`,
      [ERASED, id],
    );
    // Under object storage the object is deleted before the commit: if it cannot be, this throws,
    // nothing is erased and the erasure is not reported done (see ResumeFiles.erase).
    if (app.file_id) await deps.files.erase(tx, app.file_id);
    // Who decided, when and from what to what stay; the words, which may name the candidate, go.
    await tx.execute('UPDATE decision_override SET note = ? WHERE application_id = ?', [ERASED, id]);

    if (!sharers.length) return { tasks: [] as TaskRow[], fates: new Map<Fate, Sharer[]>() };
    const fates = await decideFates(tx, organizationId, sharers);
    for (const [fate, apps] of fates) await resetCopies(tx, fate, apps);
    const tasks = await recount(tx, fates);
    return { tasks, fates };
  });

  const of = (fate: Fate) => (done.fates.get(fate) ?? []).map((s) => s.id);
  const erasure: Erasure = {
    applicationId: id,
    reanalysed: of('reanalysed'),
    failed: of('failed'),
    cancelled: of('cancelled'),
  };
  await announce(deps, done.tasks, done.fates);
  return erasure;
}

/**
 * What becomes of each copy: in a cancelled task, CANCELLED; otherwise analysed again, a credit
 * each reserved now (all or none), or FAILED when the organization has too few.
 */
async function decideFates(tx: EntityManager, organizationId: string, sharers: Sharer[]): Promise<Map<Fate, Sharer[]>> {
  const taskIds = [...new Set(sharers.map((s) => s.task_id))].sort();
  const tasks = await tx.execute<{ id: string; state: TaskState }[]>(
    `SELECT id, state FROM processing_task
      WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) ORDER BY id FOR UPDATE`,
    [JSON.stringify(taskIds)],
  );
  const cancelledTasks = new Set(tasks.filter((t) => t.state === TaskState.CANCELLED).map((t) => t.id));
  const cancelled = sharers.filter((s) => cancelledTasks.has(s.task_id));
  const live = sharers.filter((s) => !cancelledTasks.has(s.task_id));
  const fates = new Map<Fate, Sharer[]>();
  if (cancelled.length) fates.set('cancelled', cancelled);
  if (live.length) {
    const reserved = await tx.execute<{ credits: number }[]>(
      'UPDATE organization SET credits = credits - ? WHERE id = ? AND credits >= ? RETURNING credits',
      [live.length, organizationId, live.length],
    );
    fates.set(reserved.length ? 'reanalysed' : 'failed', live);
  }
  return fates;
}

const NEXT_STATUS: Record<Fate, ApplicationStatus> = {
  reanalysed: ApplicationStatus.PENDING,
  failed: ApplicationStatus.FAILED,
  cancelled: ApplicationStatus.CANCELLED,
};

/** Drops the copied result of `apps`: profile, evaluation, score, e-mail, link and flags. */
async function resetCopies(tx: EntityManager, fate: Fate, apps: Sharer[]): Promise<void> {
  await tx.execute(
    `UPDATE application
        SET status = ?::application_status, candidate = NULL, evaluation = NULL, score = NULL, email = NULL,
            text_hash = NULL, analysis_key = NULL, duplicate_of_id = NULL, flags = '{}', decision_source = NULL,
            error = ?, processed_at = CASE WHEN ? THEN NULL ELSE now() END,
            updated_at = date_trunc('milliseconds', now())
      WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid)`,
    [
      NEXT_STATUS[fate],
      fate === 'failed' ? REANALYSIS_NEEDS_CREDITS : null,
      fate === 'reanalysed',
      JSON.stringify(apps.map((a) => a.id)),
    ],
  );
}

/**
 * The tasks' counters, as if the copies had never been counted as scored: analysed again, they
 * are not processed yet (and the task RUNNING until they are); FAILED, they count as failed;
 * CANCELLED, as not processed (as `cancelTask` leaves them). None is a duplicate any more.
 */
async function recount(tx: EntityManager, fates: Map<Fate, Sharer[]>): Promise<TaskRow[]> {
  const byTask = new Map<string, { task: string; n: number; unprocessed: number; failures: number; dups: number }>();
  for (const [fate, apps] of fates) {
    for (const app of apps) {
      const row = byTask.get(app.task_id) ?? { task: app.task_id, n: 0, unprocessed: 0, failures: 0, dups: 0 };
      row.n++;
      if (fate === 'failed') row.failures++;
      else row.unprocessed++;
      if (app.duplicate) row.dups++;
      byTask.set(app.task_id, row);
    }
  }
  const reopened = new Set((fates.get('reanalysed') ?? []).map((a) => a.task_id));
  return tx.execute<TaskRow[]>(
    `UPDATE processing_task t
        SET processed = t.processed - x.unprocessed, succeeded = t.succeeded - x.n, failed = t.failed + x.failures,
            duplicates = t.duplicates - x.dups,
            state = CASE WHEN x.reopen THEN 'RUNNING'::task_state ELSE t.state END,
            finished_at = CASE WHEN x.reopen THEN NULL ELSE t.finished_at END
       FROM jsonb_to_recordset(?::jsonb) AS x(task uuid, n int, unprocessed int, failures int, dups int, reopen boolean)
      WHERE t.id = x.task
      RETURNING ${TASK_COLUMNS}`,
    [JSON.stringify([...byTask.values()].map((row) => ({ ...row, reopen: reopened.has(row.task) })))],
  );
}

/** After the commit: each touched task's counters to its subscribers, and the jobs of the copies. */
async function announce(deps: ErasureDeps, tasks: TaskRow[], fates: Map<Fate, Sharer[]>): Promise<void> {
  const { logger, progress, queue, organizationId } = deps;
  for (const task of tasks) {
    const told = [...fates].flatMap(([fate, apps]) => {
      const n = apps.filter((a) => a.task_id === task.id).length;
      return n ? [`${n} ${FATE_WORDS[fate]}`] : [];
    });
    const message = `An application they copied their result from was erased: ${told.join(', ')}`;
    await publishQuietly(progress, logger, progressMessage(task, null, message));
  }
  const reanalysed = fates.get('reanalysed') ?? [];
  if (!reanalysed.length) return;
  const jobs: JobItem[] = reanalysed.map((a) => ({
    name: JobName.AnalyzeResume,
    data: { applicationId: a.id, taskId: a.task_id, organizationId },
  }));
  try {
    // A finished job with the same ID is removed first, so the add is not dropped.
    await queue.requeue(jobs);
  } catch (error) {
    // They are PENDING in a RUNNING task: the reconciler queues them.
    logger.error({ err: error, applicationIds: reanalysed.map((a) => a.id) }, 'requeue failed; left to the reconciler');
  }
}

const FATE_WORDS: Record<Fate, string> = {
  reanalysed: 'to be analysed again from their own files',
  failed: 'FAILED (no credits left to analyse them again)',
  cancelled: 'CANCELLED (the task was cancelled)',
};
