import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import {
  Application,
  ApplicationStatus,
  FINAL_APPLICATION_STATUSES,
  SCORED_STATUSES,
} from '../applications/application.entity.js';
import { AnalyzerError, RateLimitedError } from '../analysis/analysis.errors.js';
import { DEFAULT_PAUSE_MS } from '../analysis/limited.analyzer.js';
import type { AnalysisResult, Analyzer, CandidateProfile } from '../analysis/analysis.types.js';
import { PROMPT_INJECTION_FLAG } from '../analysis/defences/injection.detector.js';
import { REDACTED } from '../analysis/defences/redaction.types.js';
import type { ExtractionFlag, ResumeMediaType } from '../extraction/extraction.types.js';
import {
  QueuePauseError,
  RetryLaterError,
  type JobContext,
  type JobOf,
  type JobName,
  type JobStatus,
} from '../queue/jobs.js';
import type { Metrics } from '../ops/metrics.js';
import type { Logger } from '../shared/logger.js';
import { FileMissingError } from '../storage/file.store.js';
import { ResumeFile } from '../storage/resume-file.entity.js';
import type { ResumeFiles } from '../storage/resume-files.js';
import {
  analysisCacheKey,
  readCachedAnalysis,
  readCachedAnalyzerFlags,
  writeCachedAnalysis,
} from './analysis-cache.js';
import { FINAL_TASK_STATES, TaskState } from './processing-task.entity.js';
import { publishQuietly, type ProgressPublisher } from './progress.js';
import { readResume, type TextExtractor } from './resume-reading.js';
import { countFinalApplication, markTaskRunning, progressMessage } from './task-counters.js';
import { queueDeliveries, type DeliveryQueue } from '../webhooks/webhook.outbox.js';
import { recordDecidedEvent, recordTaskEvent } from '../webhooks/webhook.payloads.js';
import { WebhookEvent } from '../webhooks/webhook.types.js';

export interface ResumeProcessorDeps {
  orm: MikroORM;
  analyzer: Analyzer;
  progress: ProgressPublisher;
  logger: Logger;
  /** Extraction (a pool of bounded reader processes in workers). */
  extractor: TextExtractor;
  /** Defences on the text before any analyzer sees it (injection, blind screening). */
  prepare: PrepareText;
  /** Original files, from PostgreSQL or object storage as each row says. */
  files: ResumeFiles;
  /** Extraction failures and reader deaths are counted there. */
  metrics?: Metrics;
  /** Where webhook deliveries recorded with a result are queued after its commit. */
  webhooks?: DeliveryQueue;
}

export type { TextExtractor };

/** Returns the text to analyse and flags to add; throws a non-retryable error to fail the resume. */
export type PrepareText = (
  text: string,
  options: { blindScreening: boolean; hiddenText: string },
) => { text: string; flags: string[] };

/** How long a resume waits before looking again at an identical one another worker is analysing. */
const DUPLICATE_WAIT_MS = 2_000;

/** The flag a duplicate carries, besides its own. */
const DUPLICATE_FLAG = 'DUPLICATE';

/**
 * Flags that describe one file rather than the analysis of its text: what extraction found in it
 * (hidden text, OCR, too little text), what the defences found in it, and being a duplicate. Two
 * files with the same visible text share an analysis, never these. Typed by `ExtractionFlag` so
 * that a new extraction flag cannot be forgotten here.
 */
const EXTRACTION_FLAGS: Record<ExtractionFlag | 'LOW_TEXT', true> = { HIDDEN_TEXT: true, OCR: true, LOW_TEXT: true };
const FILE_FLAGS: ReadonlySet<string> = new Set([
  ...Object.keys(EXTRACTION_FLAGS),
  PROMPT_INJECTION_FLAG,
  DUPLICATE_FLAG,
]);

type Outcome =
  /** `fromCache`: the result was read from the analysis cache, not analysed by this run. */
  | { kind: 'scored'; result: AnalysisResult; textHash: string; analysisKey: string; fromCache: boolean }
  /** `flags`: the duplicate's own (see {@link duplicateFlags}), not its primary's. */
  | { kind: 'duplicate'; of: string; textHash: string; flags: string[] }
  | { kind: 'failed'; reason: string; flags: string[] };

type Payload = JobOf<JobName.AnalyzeResume>;

/**
 * The worker side of one application: extract, defend, deduplicate, analyse (or reuse a cached
 * analysis), store, count, publish. Defending comes before deduplicating so that a duplicate's
 * flags are its own file's. Safe to run more than once: it re-reads the application first, and
 * only the run that moves it into a final state counts it and refunds it.
 */
export class ResumeProcessor {
  constructor(private readonly deps: ResumeProcessorDeps) {}

  async run({ applicationId }: Payload, ctx: JobContext): Promise<JobStatus> {
    const em = this.deps.orm.em.fork();
    const app = await em.findOne(Application, { id: applicationId }, { populate: ['jobPost', 'task'] });
    if (!app || FINAL_APPLICATION_STATUSES.includes(app.status)) return 'skipped';
    if (FINAL_TASK_STATES.includes(app.task.getEntity().state)) return 'skipped';

    await this.markProcessing(em, app);
    const outcome = await this.analyse(em, app, ctx);
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
      `UPDATE application SET status = 'PROCESSING', attempts = attempts + 1, updated_at = date_trunc('milliseconds', now())
        WHERE id = ? AND status IN ('PENDING', 'PROCESSING') RETURNING id`,
      [app.id],
    );
    const task = await markTaskRunning(em, app.task.id);
    if (rows.length && app.status === ApplicationStatus.PENDING) {
      await publishQuietly(
        this.deps.progress,
        this.deps.logger,
        progressMessage(task, { id: app.id, status: ApplicationStatus.PROCESSING }, null),
      );
    }
  }

  private async analyse(em: EntityManager, app: Application, ctx: JobContext): Promise<Outcome> {
    const file = app.file ? await em.findOne(ResumeFile, { id: app.file.id }) : null;
    if (!file) return { kind: 'failed', reason: 'the original file is gone', flags: [] };
    // An outage of object storage throws: the job is retried, as for any transient error.
    const content = await this.deps.files.read(em, file).catch((error: unknown) => {
      if (error instanceof FileMissingError) return null;
      throw error;
    });
    if (!content) return { kind: 'failed', reason: 'the original file is gone from its storage', flags: [] };
    const read = await readResume(this.deps, em, { id: file.id, content }, app.mimeType as ResumeMediaType, ctx);
    if (read.kind === 'failed') return read;
    const { extracted } = read;

    const textHash = hashText(extracted.text);
    const post = app.jobPost.getEntity();
    // The defences run before deduplication: what they find (an injection in this file's visible
    // or hidden text) belongs to this file, whichever of two identical files is analysed first.
    let prepared: { text: string; flags: string[] };
    try {
      prepared = this.deps.prepare(extracted.text, {
        blindScreening: post.blindScreening,
        hiddenText: extracted.hiddenText,
      });
    } catch (error: unknown) {
      if (error instanceof Error && !isRetryable(error)) {
        return { kind: 'failed', reason: `${codeOf(error)}: ${error.message}`, flags: [] };
      }
      throw error;
    }
    const ownFlags = [...extracted.flags, ...prepared.flags];

    const claim = await claimText(em, app, textHash);
    if (claim.kind === 'duplicate') {
      const flags = await duplicateFlags(em, ownFlags, claim.primary);
      return { kind: 'duplicate', of: claim.primary.id, textHash, flags };
    }
    if (claim.kind === 'wait') {
      throw new RetryLaterError(DUPLICATE_WAIT_MS, `an identical resume (${claim.of}) is being analysed`);
    }

    const { analyzer } = this.deps;
    const key = analysisCacheKey({
      textHash: hashText(prepared.text),
      jobPostId: post.id,
      revision: post.revision,
      analyzer: analyzer.name,
      model: analyzer.model,
      promptVersion: analyzer.promptVersion ?? '1',
    });
    let result = await readCachedAnalysis(em, key);
    const fromCache = result !== null;
    if (!result) {
      try {
        result = await analyzer.analyze(prepared.text, post.toRubric());
      } catch (error: unknown) {
        if (error instanceof RateLimitedError) {
          throw new QueuePauseError(error.retryAfterMs ?? DEFAULT_PAUSE_MS, error.message);
        }
        // Permanent errors fail at once; some retryable ones (malformed output) only deserve a few tries.
        const tooMany = error instanceof AnalyzerError && error.maxRetries !== null && ctx.attempt > error.maxRetries;
        if (error instanceof AnalyzerError && (!error.retryable || tooMany)) {
          return { kind: 'failed', reason: `${error.code}: ${error.message}`, flags: [] };
        }
        throw error;
      }
      await writeCachedAnalysis(em, key, result);
    }
    const flags = [...new Set([...ownFlags, ...result.flags])];
    const profile = withoutRedactions(result.profile);
    return { kind: 'scored', result: { ...result, profile, flags }, textHash, analysisKey: key, fromCache };
  }

  private async finish(em: EntityManager, app: Application, outcome: Outcome): Promise<void> {
    const published = await em.transactional(async (tx) => {
      await assertSourceKept(tx, outcome);
      const moved = await moveToFinal(tx, app.id, outcome);
      if (!moved) return null; // another run finished it first, or the task was cancelled
      // Webhooks (the outbox): recorded with the result, so sent if and only if it committed; the
      // decision before the task's counters, whose row every application of the batch locks in turn.
      const organizationId = app.organization.id;
      const deliveries = SCORED_STATUSES.includes(moved) ? await recordDecidedEvent(tx, organizationId, app.id) : [];
      const task = await countFinalApplication(tx, app.task.id, {
        succeeded: outcome.kind !== 'failed',
        duplicate: outcome.kind === 'duplicate',
      });
      if (outcome.kind !== 'scored') {
        // One credit per resume analysed: failed and duplicate resumes are refunded.
        await tx.execute('UPDATE organization SET credits = credits + 1 WHERE id = ?', [app.organization.id]);
      }
      // The update that counted the task's last application is the one that completed it.
      if (task.state === TaskState.COMPLETED && task.processed === task.total) {
        deliveries.push(...(await recordTaskEvent(tx, organizationId, WebhookEvent.TASK_COMPLETED, task.id)));
      }
      return { task, status: moved, deliveries };
    });
    if (!published) return;
    const { task, status, deliveries } = published;
    await queueDeliveries(this.deps.webhooks, this.deps.logger, deliveries);
    const final = FINAL_TASK_STATES.includes(task.state);
    await publishQuietly(
      this.deps.progress,
      this.deps.logger,
      progressMessage(
        task,
        { id: app.id, status },
        final ? `Task ${task.state.toLowerCase()}: ${task.succeeded} scored, ${task.failed} failed` : null,
      ),
    );
  }
}

/**
 * A copy (a duplicate's result, or a result read from the cache) may only be stored while its
 * source still exists: `deleteApplication` may have erased it since it was read. The source is
 * locked (FOR SHARE) until this transaction ends, so an erasure either comes after, and finds the
 * copy to analyse again, or came before, and this run starts over and analyses its own file.
 */
async function assertSourceKept(tx: EntityManager, outcome: Outcome): Promise<void> {
  let gone = false;
  if (outcome.kind === 'duplicate') {
    const [primary] = await tx.execute<{ erased: boolean }[]>(
      'SELECT erased_at IS NOT NULL AS erased FROM application WHERE id = ? FOR SHARE',
      [outcome.of],
    );
    gone = !primary || primary.erased;
  } else if (outcome.kind === 'scored' && outcome.fromCache) {
    const rows = await tx.execute('SELECT 1 FROM analysis_cache WHERE key = ? FOR SHARE', [outcome.analysisKey]);
    gone = rows.length === 0;
  }
  if (gone) throw new RetryLaterError(0, 'the result it copied was erased meanwhile: analysing its own file');
}

/** Blind screening hides identity from the analyzer: what it read of the redaction markers is no profile. */
function withoutRedactions(profile: CandidateProfile): CandidateProfile {
  const keep = (value: string | null) => (value && !value.includes(REDACTED) ? value : null);
  return {
    ...profile,
    name: keep(profile.name),
    email: keep(profile.email),
    phone: keep(profile.phone),
    location: keep(profile.location),
    links: profile.links.filter((link) => !link.includes(REDACTED)),
  };
}

/** Errors that say so (`retryable: false`) fail the resume at once instead of being retried. */
function isRetryable(error: Error): boolean {
  return (error as { retryable?: unknown }).retryable !== false;
}

function codeOf(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error.name;
}

/** Hash of the normalised text: the same resume uploaded twice has the same hash. */
export function hashText(text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

const NO_USAGE = JSON.stringify({ promptTokens: 0, completionTokens: 0, costUsd: 0 });

/**
 * The status and decision source a final write sets, given the AI's `decision` (SQL): a person's
 * latest decision on the application outlives an analysis that runs again (its source was
 * erased), so only an application nobody decided on takes the AI's. `id` is the row's id column.
 */
function decidedBy(id: string, decision: string): string {
  const latest = `SELECT o.to_status FROM decision_override o WHERE o.application_id = ${id}
                   ORDER BY o.created_at DESC, o.id DESC LIMIT 1`;
  return `status = coalesce((${latest}), ${decision}),
          decision_source = CASE WHEN EXISTS (SELECT 1 FROM decision_override o WHERE o.application_id = ${id})
                            THEN 'HUMAN'::decision_source ELSE 'AI'::decision_source END`;
}

/**
 * Moves a PENDING or PROCESSING application into the outcome's final state; returns that state,
 * or null when it was no longer PENDING or PROCESSING (finished by another run, or cancelled).
 */
async function moveToFinal(tx: EntityManager, id: string, outcome: Outcome): Promise<ApplicationStatus | null> {
  const open = `status IN ('PENDING', 'PROCESSING')`;
  let rows: { status: ApplicationStatus }[];
  if (outcome.kind === 'scored') {
    const { result } = outcome;
    rows = await tx.execute(
      `UPDATE application
          SET ${decidedBy('application.id', '?::application_status')}, score = ?, candidate = ?::jsonb,
              evaluation = ?::jsonb, flags = ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), error = NULL,
              usage = ?::jsonb, email = ?, text_hash = ?, analyzer = ?, analysis_key = ?,
              processed_at = now(), updated_at = date_trunc('milliseconds', now())
        WHERE id = ? AND ${open} RETURNING status`,
      [
        result.decision,
        result.evaluation.score,
        JSON.stringify(result.profile),
        JSON.stringify(result.evaluation),
        JSON.stringify(result.flags),
        JSON.stringify(result.usage),
        result.profile.email?.toLowerCase() ?? null,
        outcome.textHash,
        `${result.analyzer}:${result.model}`,
        outcome.analysisKey,
        id,
      ],
    );
  } else if (outcome.kind === 'duplicate') {
    // The same resume, already judged for this job post: its result, linked, not charged, with
    // this file's own flags (see duplicateFlags).
    rows = await tx.execute(
      `UPDATE application a
          SET ${decidedBy('a.id', 'p.status')}, score = p.score, candidate = p.candidate,
              evaluation = p.evaluation, flags = ARRAY(SELECT jsonb_array_elements_text(?::jsonb)),
              error = NULL, usage = ?::jsonb, email = p.email, text_hash = ?,
              analyzer = p.analyzer, analysis_key = p.analysis_key, duplicate_of_id = p.id,
              processed_at = now(), updated_at = date_trunc('milliseconds', now())
         FROM application p
        WHERE a.id = ? AND p.id = ? AND a.${open} RETURNING a.status`,
      [JSON.stringify(outcome.flags), NO_USAGE, outcome.textHash, id, outcome.of],
    );
  } else {
    rows = await tx.execute(
      `UPDATE application
          SET status = 'FAILED', flags = ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), error = ?,
              processed_at = now(), updated_at = date_trunc('milliseconds', now())
        WHERE id = ? AND ${open} RETURNING status`,
      [JSON.stringify(outcome.flags), outcome.reason, id],
    );
  }
  return rows[0]?.status ?? null;
}

/** The application a duplicate copies its result from: as the claim read it. */
interface Primary {
  id: string;
  /** Key of the analysis it was scored with (null only if erased since). */
  analysisKey: string | null;
  flags: string[];
}

type Claim = { kind: 'primary' } | { kind: 'duplicate'; primary: Primary } | { kind: 'wait'; of: string };

/**
 * Decides, under a lock on (job post, text hash), whether this application is the first with its
 * text for its job post (it claims the hash and is analysed), a duplicate of one already judged,
 * or must wait for one still being analysed. Failed and cancelled ones do not count.
 *
 * A file whose hidden text carries an injection still deduplicates onto its clean twin (and the
 * other way round): hidden text is never analysed, so both get the same analysis of the same
 * visible text, and re-analysing would only spend a credit on the same answer. What differs is
 * the flags, and those are each file's own (see {@link duplicateFlags}).
 */
async function claimText(em: EntityManager, app: Application, textHash: string): Promise<Claim> {
  return em.transactional(async (tx) => {
    await tx.execute('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`${app.jobPost.id}:${textHash}`]);
    const [first] = await tx.execute<
      { id: string; status: ApplicationStatus; analysis_key: string | null; flags: string[] | null }[]
    >(
      `SELECT id, status, analysis_key, flags FROM application
        WHERE job_post_id = ? AND text_hash = ? AND id <> ? AND duplicate_of_id IS NULL
          AND status NOT IN ('FAILED', 'CANCELLED')
        ORDER BY created_at, id LIMIT 1`,
      [app.jobPost.id, textHash, app.id],
    );
    if (!first) {
      await tx.execute('UPDATE application SET text_hash = ? WHERE id = ?', [textHash, app.id]);
      return { kind: 'primary' } as const;
    }
    if (!SCORED_STATUSES.includes(first.status)) return { kind: 'wait', of: first.id } as const;
    const primary = { id: first.id, analysisKey: first.analysis_key, flags: first.flags ?? [] };
    return { kind: 'duplicate', primary } as const;
  });
}

/**
 * A duplicate's flags: its own extraction and defence flags (`own`: HIDDEN_TEXT, LOW_TEXT,
 * PROMPT_INJECTION_SUSPECTED found in this file), the flags the analyzer raised on the shared
 * analysis (e.g. UNVERIFIED_EVIDENCE: they belong to the analysed text, which is the same), and
 * DUPLICATE. Never the primary's own file flags: a clean file must not show its injected twin's
 * HIDDEN_TEXT, nor an injected one lose its warning because its clean twin came first.
 *
 * The analyzer's flags are read from the cached analysis the primary was scored with; should that
 * be gone, from the primary's flags less every flag that describes a file ({@link FILE_FLAGS}).
 */
async function duplicateFlags(em: EntityManager, own: string[], primary: Primary): Promise<string[]> {
  const cached = primary.analysisKey ? await readCachedAnalyzerFlags(em, primary.analysisKey) : null;
  const analyzerFlags = cached ?? primary.flags.filter((f) => !FILE_FLAGS.has(f));
  return [...new Set([...own, ...analyzerFlags, DUPLICATE_FLAG])].sort();
}
