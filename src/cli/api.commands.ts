/**
 * `sift task show|cancel|retry ID` and `sift job create|list`: operations of the public API on a
 * deployment, with an organization's API key (`--url`, `--api-key` or SIFT_URL, SIFT_API_KEY).
 * Readable text by default; `--json` prints the API's answer as JSON instead.
 */
import {
  CancelTaskDocument,
  CreateJobPostDocument,
  JobPostsDocument,
  RetryFailedDocument,
  TaskDocument,
  type JobPostsQuery,
  type TaskFieldsFragment,
} from './api.js';
import { connect, type ApiOptions, type Connection } from './connection.js';
import { CliError, ExitCode, UsageError } from './exit-codes.js';
import { readJobPostFile, type JobPostFileInput } from './job-file.js';
import { clip, table } from './table.js';

export interface OutputOptions extends ApiOptions {
  json?: boolean;
}

async function withConnection(options: ApiOptions, fn: (c: Connection) => Promise<void>): Promise<ExitCode> {
  const connection = await connect(options);
  try {
    await fn(connection);
    return ExitCode.OK;
  } finally {
    await connection.client.close();
  }
}

function print(options: OutputOptions, json: unknown, text: () => string): void {
  console.log(options.json ? JSON.stringify(json, null, 2) : text());
}

function describeTask(task: TaskFieldsFragment & { jobPost?: { id: string; title: string } }): string {
  const lines: [string, string | number | null | undefined][] = [
    ['task', task.id],
    ['job post', task.jobPost ? `${task.jobPost.id} (${task.jobPost.title})` : undefined],
    ['state', task.state],
    ['files', task.total],
    ['processed', task.processed],
    ['scored', task.succeeded],
    ['failed', task.failed],
    ['duplicates', task.duplicates],
    ['created', task.createdAt],
    ['started', task.startedAt ?? '-'],
    ['finished', task.finishedAt ?? '-'],
  ];
  return lines
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${`${k}:`.padEnd(12)}${v}`)
    .join('\n');
}

export function taskShow(id: string, options: OutputOptions): Promise<ExitCode> {
  return withConnection(options, async ({ client }) => {
    const { task } = await client.request(TaskDocument, { id });
    if (!task) throw new CliError(`NOT_FOUND: task ${id} not found`, ExitCode.REFUSED);
    print(options, task, () => {
      const usage = `usage:      ${task.usage.promptTokens} prompt + ${task.usage.completionTokens} completion tokens, $${task.usage.costUsd.toFixed(4)}`;
      return `${describeTask(task)}\n${usage}`;
    });
  });
}

export function taskCancel(id: string, options: OutputOptions): Promise<ExitCode> {
  return withConnection(options, async ({ client }) => {
    const { cancelTask } = await client.request(CancelTaskDocument, { id });
    print(options, cancelTask, () => describeTask(cancelTask));
  });
}

export function taskRetry(id: string, options: OutputOptions): Promise<ExitCode> {
  return withConnection(options, async ({ client }) => {
    const { retryFailed } = await client.request(RetryFailedDocument, { taskId: id });
    print(options, retryFailed, () => describeTask(retryFailed));
  });
}

export interface JobCreateOptions extends OutputOptions {
  file?: string;
  title?: string;
  description?: string;
}

export async function jobCreate(options: JobCreateOptions): Promise<ExitCode> {
  let input: JobPostFileInput;
  if (options.file) {
    if (options.description !== undefined) throw new UsageError('give --file FILE or --description, not both');
    input = await readJobPostFile(options.file, options.title);
  } else {
    if (!options.title?.trim() || !options.description?.trim()) {
      throw new UsageError('give --file FILE, or both --title and --description');
    }
    input = { title: options.title, description: options.description };
  }
  return withConnection(options, async ({ client }) => {
    const { createJobPost: post } = await client.request(CreateJobPostDocument, { input });
    print(options, post, () =>
      [
        `job post ${post.id}: ${post.title}`,
        ...post.rubric.items.map((i) => `  ${i.kind.padEnd(12)} ${i.text}`),
        ...post.rubric.warnings.map((w) => `note: ${w}`),
      ].join('\n'),
    );
  });
}

export interface JobListOptions extends OutputOptions {
  status?: 'OPEN' | 'CLOSED';
  limit: number;
}

export function jobList(options: JobListOptions): Promise<ExitCode> {
  return withConnection(options, async ({ client }) => {
    const posts: JobPostsQuery['jobPosts']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const { jobPosts }: JobPostsQuery = await client.request(JobPostsDocument, {
        first: Math.min(100, options.limit - posts.length),
        after,
        status: options.status,
      });
      totalCount = jobPosts.totalCount;
      posts.push(...jobPosts.edges.map((e) => e.node));
      after = jobPosts.pageInfo.hasNextPage ? jobPosts.pageInfo.endCursor : null;
    } while (after && posts.length < options.limit);
    const rows = posts.map((p) => ({ id: p.id, title: p.title, status: p.status, createdAt: p.createdAt }));
    print(options, rows, () => {
      const body = table(
        ['id', 'status', 'created', 'title'],
        rows.map((r) => [r.id, r.status, r.createdAt.slice(0, 19).replace('T', ' '), clip(r.title, 60)]),
      );
      return totalCount > rows.length ? `${body}\n(${totalCount - rows.length} more: --limit N)` : body;
    });
  });
}
