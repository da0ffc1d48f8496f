/**
 * `sift screen`: a folder of resumes against a job post on any deployment, through the API only.
 * Uploads the folder in batches (one processResumes task each), follows every task's progress
 * through the taskProgress subscription, then prints the ranked shortlist and writes every file's
 * outcome to `--out`. The exit code says how it went (see exit-codes.ts).
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ApplicationsDocument,
  CreateJobPostDocument,
  JobPostDocument,
  ProcessResumesDocument,
  SiftApiError,
  TaskDocument,
  TaskProgressDocument,
  ViewerDocument,
  type ApplicationsQuery,
  type SiftClient,
  type TaskFieldsFragment,
} from './api.js';
import { connect, type ApiOptions } from './connection.js';
import { CliError, ExitCode, UsageError } from './exit-codes.js';
import { readJobPostFile } from './job-file.js';
import { batches, scanFolder, toUploads, type ResumeFile } from './resume-folder.js';
import { createProgress, type ProgressReporter, type TaskSnapshot } from './screen.progress.js';
import {
  formatTable,
  outputFormat,
  rankRows,
  writeResults,
  type ApplicationNode,
  type ResultRow,
} from './screen.results.js';

export interface ScreenOptions extends ApiOptions {
  dir: string;
  job?: string;
  jobId?: string;
  title?: string;
  out?: string;
  batchSize: number;
  top: number;
  strict?: boolean;
}

const FINAL_STATES = new Set(['COMPLETED', 'CANCELLED']);
/** How often a task is read when its progress stream is lost. */
const POLL_MS = 2_000; // 2 seconds
/** Tries of one request refused with RATE_LIMITED before giving up. */
const RATE_LIMITED_ATTEMPTS = 5;
/** Page size of the applications query (the API's maximum). */
const PAGE = 100;

export async function screen(options: ScreenOptions): Promise<ExitCode> {
  if (!options.job === !options.jobId) throw new UsageError('give exactly one of --job FILE and --job-id ID');
  if (options.title !== undefined && !options.job) throw new UsageError('--title goes with --job FILE');
  if (options.out) {
    outputFormat(options.out);
    const folder = path.dirname(path.resolve(options.out));
    await access(folder, constants.W_OK).catch(() => {
      throw new UsageError(`--out ${options.out}: cannot write in ${folder}`);
    });
  }
  const jobInput = options.job ? await readJobPostFile(options.job, options.title) : null;
  const { resumes, skipped } = await scanFolder(options.dir, options.job);
  for (const s of skipped) console.error(`skipped ${s.name}: ${s.reason}`);
  if (resumes.length === 0) throw new UsageError(`no resume files in ${options.dir}`);

  const { client, url, organization } = await connect(options);
  const sent: string[] = [];
  let progress: ProgressReporter | undefined;
  const onInterrupt = () => {
    progress?.stop();
    console.error(
      sent.length
        ? `\ninterrupted; these tasks keep running on the server (sift task cancel ID stops one): ${sent.join(' ')}`
        : '\ninterrupted; nothing was sent',
    );
    process.exit(ExitCode.INTERRUPTED);
  };
  process.once('SIGINT', onInterrupt);
  try {
    const jobPost = jobInput
      ? (await client.request(CreateJobPostDocument, { input: jobInput })).createJobPost
      : (await client.request(JobPostDocument, { id: options.jobId! })).jobPost;
    if (!jobPost) throw new CliError(`NOT_FOUND: job post ${options.jobId} not found`, ExitCode.REFUSED);
    const plan = batches(resumes, options.batchSize);
    console.error(
      `Screening ${resumes.length} resumes for "${jobPost.title}" (job post ${jobPost.id}) on ${url} as ${organization.name}, ` +
        `in ${plan.length} batch${plan.length === 1 ? '' : 'es'}`,
    );

    progress = createProgress(resumes.length);
    const names = new LocalNames();
    const watched: Promise<TaskFieldsFragment>[] = [];
    for (const [i, batch] of plan.entries()) {
      const task = await upload(client, jobPost.id, batch, names, options.strict ?? false, progress);
      sent.push(task.id);
      progress.note(`batch ${i + 1}/${plan.length}: ${batch.length} files sent, task ${task.id}`);
      const watching = watchTask(client, task, progress);
      // Awaited below; a stream that fails while later batches upload must not crash the process first.
      watching.catch(() => undefined);
      watched.push(watching);
    }
    const tasks = await Promise.all(watched);
    progress.stop();

    const applications: ApplicationNode[] = [];
    for (const task of tasks) applications.push(...(await taskApplications(client, task.id)));
    const rows = rankRows(applications, skipped, (a) => names.take(a.file.filename, a.file.sha256));
    console.log(formatTable(rows, options.top));
    console.log(`\n${summarise(rows)}`);
    const { viewer } = await patiently(() => client.request(ViewerDocument));
    console.log(
      `Job post ${jobPost.id}; task${tasks.length === 1 ? '' : 's'} ${sent.join(' ')}; credits left ${viewer.credits}`,
    );
    if (options.out) {
      await writeResults(options.out, rows, { jobPost: { id: jobPost.id, title: jobPost.title }, taskIds: sent });
      console.log(`Every file's outcome: ${options.out}`);
    }

    const cancelled = tasks.filter((t) => t.state !== 'COMPLETED');
    if (cancelled.length) {
      console.error(`task ${cancelled.map((t) => `${t.id} ended ${t.state}`).join(', ')}`);
      return ExitCode.TASK_NOT_COMPLETED;
    }
    return rows.some((r) => r.status === 'FAILED') ? ExitCode.SOME_FAILED : ExitCode.OK;
  } catch (error) {
    progress?.stop();
    if (sent.length) console.error(`tasks already sent keep running on the server: ${sent.join(' ')}`);
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    await client.close();
  }
}

/**
 * A request that waits out RATE_LIMITED refusals (a large folder makes many requests: an upload
 * per batch, a page per 100 results): sent again after the `retryAfterSeconds` the server names.
 */
export async function patiently<T>(send: () => Promise<T>, progress?: ProgressReporter): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const limited = error instanceof SiftApiError && error.code === 'RATE_LIMITED';
      if (!limited || attempt === RATE_LIMITED_ATTEMPTS) throw error;
      const seconds = Number(error.errors[0]?.extensions?.retryAfterSeconds ?? 1);
      const message = `rate limited by the server; sending again in ${seconds} s`;
      if (progress) progress.note(message);
      else console.error(message);
      await sleep(seconds * 1_000);
    }
  }
}

/** One batch as one processResumes call. */
async function upload(
  client: SiftClient,
  jobPostId: string,
  batch: ResumeFile[],
  names: LocalNames,
  strict: boolean,
  progress: ProgressReporter,
): Promise<TaskFieldsFragment> {
  const uploads = await toUploads(batch);
  uploads.forEach((u, i) => names.add(batch[i]!.name, u.content));
  const variables = { jobPostId, files: uploads.map(() => null), strict };
  return (await patiently(() => client.upload(ProcessResumesDocument, variables, uploads), progress)).processResumes;
}

/**
 * A task's progress until it is final: from the subscription, or, when the stream is lost (a
 * proxy that drops WebSockets, a restarted API), by reading the task every POLL_MS.
 */
async function watchTask(
  client: SiftClient,
  task: TaskFieldsFragment,
  progress: ProgressReporter,
): Promise<TaskFieldsFragment> {
  progress.update(task.id, task);
  let last: TaskSnapshot = task;
  try {
    for await (const { taskProgress: event } of client.subscribe(TaskProgressDocument, { taskId: task.id })) {
      last = event;
      progress.update(task.id, event);
    }
  } catch (error) {
    if (error instanceof SiftApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) throw error;
    progress.note(`progress stream of task ${task.id} lost (${(error as Error).message}); reading the task instead`);
  }
  for (;;) {
    const { task: now } = await patiently(() => client.request(TaskDocument, { id: task.id }), progress);
    if (!now) throw new CliError(`NOT_FOUND: task ${task.id} is gone`, ExitCode.REFUSED);
    progress.update(task.id, now);
    if (FINAL_STATES.has(now.state)) return now;
    if (FINAL_STATES.has(last.state)) return now;
    await sleep(POLL_MS);
  }
}

/** Every application of a task, best score first. */
async function taskApplications(client: SiftClient, taskId: string): Promise<ApplicationNode[]> {
  const nodes: ApplicationNode[] = [];
  let after: string | null = null;
  do {
    const { applications }: ApplicationsQuery = await patiently(() =>
      client.request(ApplicationsDocument, {
        filter: { taskId },
        orderBy: { field: 'SCORE', direction: 'DESC' },
        first: PAGE,
        after,
      }),
    );
    nodes.push(...applications.edges.map((e) => e.node));
    after = applications.pageInfo.hasNextPage ? applications.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

function summarise(rows: ResultRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const order = ['SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED', 'CANCELLED', 'PENDING', 'PROCESSING', 'SKIPPED'];
  const parts = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s.toLowerCase()}`);
  return `${rows.length} files: ${parts.join(', ')}`;
}

/**
 * The server keeps a file's base name only; the user knows it by its path in the folder. Names
 * are matched back by (base name, SHA-256), in order for identical copies.
 */
class LocalNames {
  private readonly byKey = new Map<string, string[]>();

  add(name: string, content: Uint8Array): void {
    const key = `${path.basename(name)}\0${createHash('sha256').update(content).digest('hex')}`;
    const list = this.byKey.get(key) ?? [];
    list.push(name);
    this.byKey.set(key, list);
  }

  take(filename: string, sha256: string): string {
    return this.byKey.get(`${filename}\0${sha256}`)?.shift() ?? filename;
  }
}
