/**
 * `npm run demo`: a real batch of sample resumes through the whole path: the processResumes
 * mutation over HTTP (multipart upload), BullMQ, a worker, Redis pub/sub, the taskProgress
 * subscription over WebSocket driving a progress bar, and the ranked shortlist at the end.
 */
import 'reflect-metadata';
import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
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
} from '../sdk/client.js';
import { createLogger } from '../shared/logger.js';
import { ensureServices } from './services.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../test/fixtures/samples');
const RESUME_FILE = /\.(pdf|docx|txt|md)$/i;

const base = loadConfig();
const services = await ensureServices(withDatabase(base.databaseUrl, 'sift_demo'), base.redisUrl);
services.notes.forEach((n) => console.log(`- ${n}`));
const config = loadConfig(process.env, {
  DATABASE_URL: services.databaseUrl,
  REDIS_URL: services.redisUrl,
  REDIS_PREFIX: 'sift-demo',
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

try {
  const files = (await readdir(SAMPLES)).filter((f) => RESUME_FILE.test(f)).sort();
  const { apiKey } = await container.organizations.create('Demo Recruiting', files.length + 100);
  const client = createSiftClient({ url: server.url, apiKey });
  const jobInput = JSON.parse(await readFile(path.join(SAMPLES, 'job-post.json'), 'utf8'));
  const { createJobPost: post } = await client.request(CreateJobPostDocument, { input: jobInput });
  console.log(`\nSift demo: ${files.length} resumes for "${post.title}" (API at ${server.url})\n`);

  const uploads = await Promise.all(
    files.map(async (filename, i) => ({
      variable: `files.${i}`,
      filename,
      content: await readFile(path.join(SAMPLES, filename)),
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
  });
  bar.start(task.total, 0, { succeeded: 0, failed: 0, state: task.state });
  let final = task.state;
  for await (const { taskProgress: e } of client.subscribe(TaskProgressDocument, { taskId: task.id })) {
    bar.update(e.processed, { succeeded: e.succeeded, failed: e.failed, state: e.state });
    final = e.state;
  }
  bar.stop();

  const { applications } = await client.request(ApplicationsDocument, {
    filter: { taskId: task.id },
    orderBy: { field: 'SCORE', direction: 'DESC' },
    first: 100,
  });
  const rows = applications.edges.map(({ node }, i) => ({
    '#': i + 1,
    candidate: node.candidate?.name ?? '(unknown)',
    score: node.score ?? '-',
    status: node.status,
    years: node.candidate?.totalYearsExperience ?? '-',
    file: node.file.filename,
    why: node.evaluation?.summary ?? node.error ?? '',
  }));
  console.log(`\nTask ${task.id}: ${final} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  console.table(rows);
  const shortlisted = rows.filter((r) => r.status === 'SHORTLISTED');
  console.log(
    `\nShortlist (${shortlisted.length}): ${shortlisted.map((r) => `${r.candidate} (${r.score})`).join(', ')}`,
  );
  const { viewer } = await client.request(ViewerDocument);
  console.log(`Credits left: ${viewer.credits}\n`);
  await client.close();
} finally {
  await server.close();
  await worker.close();
  await container.dispose();
  await services.stop();
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
