import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationsDocument,
  CreateJobPostDocument,
  ProcessResumesDocument,
  ViewerDocument,
  createSiftClient,
} from '@sift/sdk';
import { collectProgress } from '../support/progress.js';
import { runSift, spawnSift, stop, waitForLog } from '../support/processes.js';
import { freshDatabase, uniquePrefix } from '../support/test-app.js';

const resume = (i: number) =>
  `Candidate ${String.fromCharCode(65 + i)} Example\ncandidate${i}@example.com\n` +
  `Backend engineer: TypeScript, Node.js, PostgreSQL${i % 2 ? ', Redis' : ''}.\n${2010 + i} - Present  Engineer, Example Co\n`;

describe('API and worker as separate OS processes', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let env: Record<string, string>;
  let api: ChildProcess;
  let api2: ChildProcess;
  let worker: ChildProcess;
  let url: string;
  let url2: string;

  beforeAll(async () => {
    db = await freshDatabase();
    // NODE_ENV=production, as deployed: some libraries (Apollo) behave differently under "test".
    env = { DATABASE_URL: db.url, REDIS_PREFIX: uniquePrefix(), HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production' };
    api = spawnSift('src/main/api.ts', [], env);
    api2 = spawnSift('src/main/api.ts', [], env);
    worker = spawnSift('src/main/worker.ts', [], { ...env, WORKER_CONCURRENCY: '2' });
    const portOf = async (p: ChildProcess) =>
      (JSON.parse(await waitForLog(p, /API listening/)) as { port: number }).port;
    // All three listened to at once: a line logged before its wait began would be missed.
    const [port, port2] = await Promise.all([portOf(api), portOf(api2), waitForLog(worker, /worker started/)]);
    url = `http://127.0.0.1:${port}/graphql`;
    url2 = `http://127.0.0.1:${port2}/graphql`;
  });

  afterAll(async () => {
    if (api) await stop(api);
    if (api2) await stop(api2);
    if (worker) await stop(worker);
    await db?.drop();
  });

  it('creates an organization with the CLI, runs a batch from one API to the worker, and watches it from another API', async () => {
    const created = await runSift(
      'src/cli/sift.ts',
      ['org', 'create', '--name', 'Process Test', '--credits', '20'],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    const { organizationId, apiKey } = JSON.parse(created.stdout.trim()) as { organizationId: string; apiKey: string };
    expect(organizationId).toMatch(/^[0-9a-f-]{36}$/);

    const client = createSiftClient({ url, apiKey });
    const { createJobPost } = await client.request(CreateJobPostDocument, {
      input: {
        title: 'Backend',
        description: 'Node.js backend',
        mustHaveSkills: ['Node.js', 'PostgreSQL'],
        niceToHaveSkills: ['Redis'],
      },
    });
    const resumes = Array.from({ length: 8 }, (_, i) => ({ filename: `c${i}.txt`, text: resume(i) }));
    const { processResumes: task } = await client.request(ProcessResumesDocument, {
      jobPostId: createJobPost.id,
      resumes,
    });
    // Progress reaches subscribers on every API instance: this one did not take the mutation.
    const watcher = createSiftClient({ url: url2, apiKey });
    const events = await collectProgress(watcher, task.id);
    await watcher.close();
    expect(events[0]!.message).toBe('snapshot');
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 8, succeeded: 8, failed: 0 });
    const { applications } = await client.request(ApplicationsDocument, { filter: { taskId: task.id }, first: 20 });
    expect(applications.edges.every((e) => ['SHORTLISTED', 'REVIEW', 'REJECTED'].includes(e.node.status))).toBe(true);
    expect((await client.request(ViewerDocument)).viewer.credits).toBe(12);
    await client.close();
  });

  it('reports a bad configuration naming the variable', async () => {
    const bad = await runSift('src/main/worker.ts', [], { ...env, WORKER_CONCURRENCY: 'lots' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/WORKER_CONCURRENCY/);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    expect(await stop(worker)).toBe(0);
    expect(await stop(api)).toBe(0);
    expect(await stop(api2)).toBe(0);
  });
});
