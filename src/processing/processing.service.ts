import type { EntityManager } from '@mikro-orm/postgresql';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { Application } from '../applications/application.entity.js';
import { JobPostStatus } from '../job-posts/job-post.entity.js';
import { JobPostsService } from '../job-posts/job-posts.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { JobName, type JobItem } from '../queue/jobs.js';
import type { JobQueue } from '../queue/job.queue.js';
import { BadUserInputError, InsufficientCreditsError, NotFoundError } from '../shared/errors.js';
import { isUuid } from '../shared/ids.js';
import { keysetPage } from '../shared/keyset.js';
import type { Logger } from '../shared/logger.js';
import type { Page } from '../graphql/connection.js';
import { ResumeFile } from '../storage/resume-file.entity.js';
import { ProcessingTask } from './processing-task.entity.js';
import type { ResumeInput } from './processing.inputs.js';
import { acceptBatch, type AcceptedResume, type IntakeLimits } from './resume-intake.js';

export interface ProcessingDeps {
  em: EntityManager;
  organizationId: string;
  queue: JobQueue;
  limits: IntakeLimits;
  logger: Logger;
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
   * and one application (with its original file) per resume; only then queues one job per
   * application. Answers with the task, QUEUED.
   */
  async submit(jobPostId: string, uploads: Promise<FileUpload>[], inline: ResumeInput[]): Promise<ProcessingTask> {
    const { em, organizationId } = this.deps;
    const post = await new JobPostsService(em, organizationId).get(jobPostId);
    if (post.status !== JobPostStatus.OPEN) {
      throw new BadUserInputError(`Job post ${post.id} is closed`, { reason: 'JOB_POST_CLOSED' });
    }
    const resumes = await acceptBatch(uploads, inline, this.deps.limits);

    const { task, applicationIds } = await em.transactional(async (tx) => {
      await reserveCredits(tx, organizationId, resumes.length);
      const task = tx.create(ProcessingTask, { organization: organizationId, jobPost: post.id, total: resumes.length });
      const applicationIds = resumes.map((resume) => createApplication(tx, resume, task, organizationId, post.id));
      await tx.flush();
      return { task, applicationIds };
    });

    const jobs: JobItem[] = applicationIds.map((applicationId) => ({
      name: JobName.AnalyzeResume,
      data: { applicationId, taskId: task.id, organizationId },
    }));
    try {
      await this.deps.queue.enqueue(jobs);
    } catch (error) {
      // Stored is accepted: the reconciler queues what is left PENDING without a job.
      this.deps.logger.error({ err: error, taskId: task.id }, 'enqueue failed; left to the reconciler');
    }
    return task;
  }
}

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

function createApplication(
  em: EntityManager,
  resume: AcceptedResume,
  task: ProcessingTask,
  organizationId: string,
  jobPostId: string,
): string {
  const file = em.create(ResumeFile, { content: resume.bytes });
  const app = em.create(Application, {
    organization: organizationId,
    jobPost: jobPostId,
    task,
    fileName: resume.filename,
    mimeType: resume.mimeType,
    sizeBytes: resume.bytes.length,
    sha256: resume.sha256,
    file,
  });
  return app.id;
}
