/**
 * `npm run demo`: a real batch of sample resumes through the whole path: the processResumes
 * mutation over HTTP (multipart upload), BullMQ, a worker, Redis pub/sub, the taskProgress
 * subscription over WebSocket driving a progress bar, and the ranked shortlist at the end.
 *
 *   npm run demo                                   the 24 sample resumes that ship in the repo
 *   npm run demo -- --dir ../shared/datasets/livecareer/data --limit 100
 *                                                  any folder of PDF, DOCX and text resumes
 *
 * It uses the database named in DATABASE_URL (created and migrated if missing; `sift_demo` when
 * DATABASE_URL is unset) and Redis keys under a prefix of its own (`<REDIS_PREFIX>-demo-<random>`),
 * all deleted when it ends, on Ctrl-C too: a Redis shared with a deployment keeps only its own keys.
 */
import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { createContainer } from '../container.js';
import { ensureDatabase } from '../db/database-admin.js';
import { migrateUp } from '../db/migrate.js';
import { initOrm } from '../db/orm.js';
import { createSchema } from '../graphql/schema.js';
import { startApiServer } from '../graphql/server.js';
import {
  ApplicationsDocument,
  CreateJobPostDocument,
  ProcessResumesDocument,
  TaskProgressDocument,
  ViewerDocument,
  createSiftClient,
} from '@sift/sdk';
import { parseJobPost } from '../cli/job-file.js';
import { createLogger } from '../shared/logger.js';
import { deleteKeysUnder } from '../shared/redis-keys.js';
import { ensureServices } from './services.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../test/fixtures/samples');
const RESUME_FILE = /\.(pdf|docx|txt|md|jpe?g|png|tiff?)$/i;

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};
const options = new Command('demo')
  .description('Push a batch of resumes through Sift and print the ranked shortlist')
  .option('--dir <path>', 'folder of resumes (searched recursively)', SAMPLES)
  .option(
    '--job <file>',
    'job post: CreateJobPostInput JSON (.json), or a pasted post as text (title on the first line, then the description)',
    path.join(SAMPLES, 'job-post.json'),
  )
  .option('--limit <n>', 'at most this many resumes', positive)
  .option('--top <n>', 'rows of the ranking to print', positive, 30)
  .showHelpAfterError()
  .parse(process.argv)
  .opts<{ dir: string; job: string; limit?: number; top: number }>();

const base = loadConfig();
// DATABASE_URL names the database to use; unset, the demo keeps to its own (not the default `sift`).
const databaseUrl = process.env.DATABASE_URL ? base.databaseUrl : withDatabase(base.databaseUrl, 'sift_demo');
const services = await ensureServices(databaseUrl, base.redisUrl);
services.notes.forEach((n) => console.log(`- ${n}`));
const config = loadConfig(process.env, {
  DATABASE_URL: services.databaseUrl,
  REDIS_URL: services.redisUrl,
  // A prefix of this run's own: everything under it is deleted at the end, and nothing else.
  REDIS_PREFIX: `${base.redisPrefix}-demo-${randomBytes(4).toString('hex')}`,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  ANALYZER: 'local',
});

await ensureDatabase(config.databaseUrl);
const orm = await initOrm(config.databaseUrl);
await migrateUp(orm);
await orm.close();

const container = await createContainer(config, createLogger(config.logLevel));
const server = await startApiServer(container, await createSchema(container.bus.typeGraphqlPubSub));
const worker = container.startWorker();
const started = Date.now();

/** Stops everything and deletes the run's Redis keys; once, whether the run ends or is interrupted. */
let stopping: Promise<void> | null = null;
const shutdown = () =>
  (stopping ??= (async () => {
    await server.close();
    await worker.close();
    await container.dispose();
    await deleteKeysUnder(config.redisUrl, config.redisPrefix);
    await services.stop();
  })());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal === 'SIGINT' ? 'Interrupted' : 'Terminated'}: stopping and deleting the demo's Redis keys`);
    // A second Ctrl-C while cleaning up ends the process at once.
    process.once(signal, () => process.exit(130));
    void shutdown().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

try {
  const found = (await readdir(options.dir, { recursive: true })).filter((f) => RESUME_FILE.test(f)).sort();
  const files = found.slice(0, options.limit ?? found.length);
  if (files.length === 0) throw new Error(`No .pdf, .docx, .txt, .md, .jpg, .png or .tif files in ${options.dir}`);
  const { apiKey } = await container.organizations.create('Demo Recruiting', files.length + 100);
  const client = createSiftClient({ url: server.url, apiKey });
  const jobInput = parseJobPost(await readFile(options.job, 'utf8'), options.job);
  const { createJobPost: post } = await client.request(CreateJobPostDocument, { input: jobInput });
  console.log(`\nSift demo: ${files.length} resumes for "${post.title}" (API at ${server.url})\n`);
  const derived = post.rubric.items.filter((i) => i.source === 'DERIVED');
  if (derived.length > 0) {
    console.log(`Rubric read from the description (${post.rubric.derivedBy}):`);
    for (const i of derived) console.log(`  ${i.kind.padEnd(12)} ${i.text}`);
    console.log('');
  }
  for (const w of post.rubric.warnings) console.log(`Note: ${w}\n`);

  const uploads = await Promise.all(
    files.map(async (file, i) => ({
      variable: `files.${i}`,
      filename: path.basename(file),
      content: await readFile(path.join(options.dir, file)),
    })),
  );
  const { processResumes: task } = await client.upload(
    ProcessResumesDocument,
    { jobPostId: post.id, files: uploads.map(() => null) },
    uploads,
  );

  const bar = new SingleBar({
    format: ' {bar} {percentage}% | {value}/{total} resumes | {succeeded} scored, {failed} failed | {state}',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    // Piped output (CI logs, `| tee`) gets a line per second instead of a redrawn bar.
    noTTYOutput: true,
    notTTYSchedule: 1_000,
  });
  bar.start(task.total, 0, { succeeded: 0, failed: 0, state: task.state });
  let final = task.state;
  for await (const { taskProgress: e } of client.subscribe(TaskProgressDocument, { taskId: task.id })) {
    bar.update(e.processed, { succeeded: e.succeeded, failed: e.failed, state: e.state });
    final = e.state;
  }
  bar.stop();

  const ranked = (first: number, status?: 'SHORTLISTED') =>
    client.request(ApplicationsDocument, {
      filter: { taskId: task.id, ...(status ? { status: [status] } : {}) },
      orderBy: { field: 'SCORE', direction: 'DESC' },
      first,
    });
  const { applications } = await ranked(Math.min(options.top, 100));
  const rows = applications.edges.map(({ node }, i) => ({
    '#': i + 1,
    candidate: node.candidate?.name ?? '(no name found)',
    score: node.score ?? '-',
    status: node.status,
    years: node.candidate?.totalYearsExperience ?? '-',
    file: node.file.filename,
    why: node.evaluation?.summary ?? node.error ?? '',
  }));
  console.log(`\nTask ${task.id}: ${final} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  console.table(rows);
  if (applications.totalCount > rows.length) console.log(`(${applications.totalCount - rows.length} more below)`);
  const { applications: shortlist } = await ranked(100, 'SHORTLISTED');
  const names = shortlist.edges.map(({ node }) => `${node.candidate?.name ?? node.file.filename} (${node.score})`);
  const more = shortlist.totalCount - names.length;
  console.log(
    `\nShortlist (${shortlist.totalCount}): ${names.join(', ') || 'nobody'}${more > 0 ? ` and ${more} more` : ''}`,
  );
  const { viewer } = await client.request(ViewerDocument);
  console.log(`Credits left: ${viewer.credits}\n`);
  await client.close();
} finally {
  await shutdown();
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
