import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { Application, ApplicationStatus, FINAL_APPLICATION_STATUSES } from '../applications/application.entity.js';
import type { AnalysisResult, Analyzer } from '../analysis/analysis.types.js';
import { extractText, ExtractionError } from '../extraction/resume.extractor.js';
import type { ResumeMediaType } from '../extraction/extraction.types.js';
import type { JobContext, JobOf, JobName, JobStatus } from '../queue/jobs.js';
import type { Logger } from '../shared/logger.js';
import { ResumeFile } from '../storage/resume-file.entity.js';
import { FINAL_TASK_STATES } from './processing-task.entity.js';
import type { ProgressPublisher } from './progress.js';
import { countFinalApplication, markTaskRunning, progressMessage } from './task-counters.js';

export interface ResumeProcessorDeps {
  orm: MikroORM;
  analyzer: Analyzer;
  progress: ProgressPublisher;
  logger: Logger;
  extractionTimeoutMs: number;
}

type Outcome =
  { kind: 'scored'; result: AnalysisResult; textHash: string } | { kind: 'failed'; reason: string; flags: string[] };

type Payload = JobOf<JobName.AnalyzeResume>;

/**
 * The worker side of one application: extract, analyse, store, count, publish.
 * Safe to run more than once: it re-reads the application first, and only the run that moves
 * it into a final state counts it and refunds it.
 */
export class ResumeProcessor {
  constructor(private readonly deps: ResumeProcessorDeps) {}

  async run({ applicationId }: Payload, _ctx: JobContext): Promise<JobStatus> {
    const em = this.deps.orm.em.fork();
    const app = await em.findOne(Application, { id: applicationId }, { populate: ['jobPost', 'task'] });
    if (!app || FINAL_APPLICATION_STATUSES.includes(app.status)) return 'skipped';
    if (FINAL_TASK_STATES.includes(app.task.getEntity().state)) return 'skipped';

    await this.markProcessing(em, app);
    const outcome = await this.analyse(em, app);
    await this.finish(em, app, outcome);
    return 'done';
  }

  /** The last attempt threw (a bug, or the database gone for minutes): FAILED with the reason. */
  async exhausted({ applicationId }: Payload, error: Error): Promise<void> {
    const em = this.deps.orm.em.fork();
    const app = await em.findOne(Application, { id: applicationId });
    if (!app || FINAL_APPLICATION_STATUSES.includes(app.status)) return;
    await this.finish(em, app, { kind: 'failed', reason: `processing error: ${error.message}`, flags: [] });
  }

  private async markProcessing(em: EntityManager, app: Application): Promise<void> {
    const rows = await em.execute<{ id: string }[]>(
      `UPDATE application SET status = 'PROCESSING', attempts = attempts + 1, updated_at = now()
        WHERE id = ? AND status IN ('PENDING', 'PROCESSING') RETURNING id`,
      [app.id],
    );
    const task = await markTaskRunning(em, app.task.id);
    if (rows.length && app.status === ApplicationStatus.PENDING) {
      await this.publish(progressMessage(task, { id: app.id, status: ApplicationStatus.PROCESSING }, null));
    }
  }

  private async analyse(em: EntityManager, app: Application): Promise<Outcome> {
    const file = app.file ? await em.findOne(ResumeFile, { id: app.file.id }) : null;
    if (!file) return { kind: 'failed', reason: 'the original file is gone', flags: [] };
    let text: string;
    try {
      const extracted = await extractText(file.content, app.mimeType as ResumeMediaType, {
        timeoutMs: this.deps.extractionTimeoutMs,
      });
      text = extracted.text;
    } catch (error: unknown) {
      if (error instanceof ExtractionError) {
        return {
          kind: 'failed',
          reason: `${error.failure}: ${error.message}`,
          flags: error.failure === 'LOW_TEXT' ? ['LOW_TEXT'] : [],
        };
      }
      throw error;
    }
    const post = app.jobPost.getEntity();
    const result = await this.deps.analyzer.analyze(text, post.toRubric());
    return { kind: 'scored', result, textHash: hashText(text) };
  }

  private async finish(em: EntityManager, app: Application, outcome: Outcome): Promise<void> {
    const status =
      outcome.kind === 'scored' ? (outcome.result.decision as ApplicationStatus) : ApplicationStatus.FAILED;
    const published = await em.transactional(async (tx) => {
      const moved = await tx.execute<{ id: string }[]>(
        `UPDATE application
            SET status = ?, score = ?, candidate = ?::jsonb, evaluation = ?::jsonb, flags = ARRAY(SELECT jsonb_array_elements_text(?::jsonb)),
                error = ?, usage = ?::jsonb, decision_source = ?, email = ?, text_hash = ?, analyzer = ?,
                processed_at = now(), updated_at = now()
          WHERE id = ? AND status IN ('PENDING', 'PROCESSING') RETURNING id`,
        outcome.kind === 'scored'
          ? [
              status,
              outcome.result.evaluation.score,
              JSON.stringify(outcome.result.profile),
              JSON.stringify(outcome.result.evaluation),
              JSON.stringify(outcome.result.flags),
              null,
              JSON.stringify(outcome.result.usage),
              'AI',
              outcome.result.profile.email?.toLowerCase() ?? null,
              outcome.textHash,
              `${outcome.result.analyzer}:${outcome.result.model}`,
              app.id,
            ]
          : [
              status,
              null,
              null,
              null,
              JSON.stringify(outcome.flags),
              outcome.reason,
              null,
              null,
              null,
              null,
              null,
              app.id,
            ],
      );
      if (!moved.length) return null; // another run finished it first
      const task = await countFinalApplication(tx, app.task.id, { succeeded: outcome.kind === 'scored' });
      if (outcome.kind === 'failed') {
        // One credit per resume analysed: a resume that could not be processed is refunded.
        await tx.execute('UPDATE organization SET credits = credits + 1 WHERE id = ?', [app.organization.id]);
      }
      return task;
    });
    if (!published) return;
    const final = FINAL_TASK_STATES.includes(published.state);
    await this.publish(
      progressMessage(
        published,
        { id: app.id, status },
        final
          ? `Task ${published.state.toLowerCase()}: ${published.succeeded} scored, ${published.failed} failed`
          : null,
      ),
    );
  }

  private async publish(message: Parameters<ProgressPublisher['publish']>[0]): Promise<void> {
    try {
      await this.deps.progress.publish(message);
    } catch (error) {
      // Progress is a view of PostgreSQL: subscribers resynchronise from it, so a lost event is not fatal.
      this.deps.logger.warn({ err: error, taskId: message.taskId }, 'could not publish progress');
    }
  }
}

/** Hash of the normalised text: the same resume uploaded twice has the same hash. */
export function hashText(text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}
