/**
 * Control over a task and what it costs: duplicates analysed once, cancellation, retrying failed
 * resumes, and the reconciler bringing back work whose jobs Redis lost.
 */
import { UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationsDocument,
  CancelTaskDocument,
  CreateJobPostDocument,
  ProcessResumesDocument,
  RetryFailedDocument,
  TaskDocument,
  ViewerDocument,
} from '@sift/sdk';
import { BAD, uploadOf } from '../support/files.js';
import { collectProgress } from '../support/progress.js';
import { eventually, startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';
import path from 'node:path';
import { RESUME_QUEUE } from '../../src/queue/job.queue.js';

const resume = (name: string, extra = '') =>
  `${name}\n${name.toLowerCase().replace(/\s+/g, '.')}@example.com\n\n` +
  `Backend engineer: TypeScript, Node.js, PostgreSQL and Redis.${extra}\n2016 - Present  Senior Engineer, Example Co\n`;

/** Jobs waiting their turn (prioritised ones included). */
const queued = (counts: Record<string, number>) => (counts.waiting ?? 0) + (counts.prioritized ?? 0);

describe('task control', () => {
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;

  const credits = async () => (await org.client.request(ViewerDocument)).viewer.credits;
  const submit = async (resumes: { filename: string; text: string }[]) =>
    (await org.client.request(ProcessResumesDocument, { jobPostId, resumes })).processResumes;
  const applicationsOf = async (taskId: string) =>
    (await org.client.request(ApplicationsDocument, { filter: { taskId }, first: 100 })).applications.edges.map(
      (e) => e.node,
    );

  beforeAll(async () => {
    // No worker yet: each test decides when work runs. The reconciler sweeps often here.
    app = await startTestApp({ env: { RECONCILE_INTERVAL_MS: '200', RECONCILE_STALE_MS: '0' } });
    org = await app.createOrg(1_000);
    jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: {
          title: 'Backend engineer',
          description: 'Node.js services',
          mustHaveSkills: ['Node.js', 'PostgreSQL'],
        },
      })
    ).createJobPost.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('cancels a task: nothing more is analysed, the rest is CANCELLED and refunded, subscribers get CANCELLED', async () => {
    const before = await credits();
    const task = await submit(
      Array.from({ length: 6 }, (_, i) => ({ filename: `c${i}.txt`, text: resume(`Cancel Me${i}`) })),
    );
    expect(await credits()).toBe(before - 6);
    const progress = collectProgress(org.client, task.id);
    await eventually(async () => (queued(await app.container.queue.counts()) >= 6 ? true : undefined));

    const { cancelTask } = await org.client.request(CancelTaskDocument, { id: task.id });
    expect(cancelTask).toMatchObject({ state: 'CANCELLED', processed: 0 });
    const events = await progress;
    expect(events.at(-1)!.state).toBe('CANCELLED');
    expect(await credits()).toBe(before);

    // A worker started now finds nothing to do for this task.
    const worker = app.startWorker();
    try {
      await new Promise((r) => setTimeout(r, 500));
      const apps = await applicationsOf(task.id);
      expect(apps.map((a) => a.status)).toEqual(Array(6).fill('CANCELLED'));
      expect(apps.every((a) => a.score === null)).toBe(true);
      // Cancelling again changes nothing.
      expect((await org.client.request(CancelTaskDocument, { id: task.id })).cancelTask.state).toBe('CANCELLED');
      expect(await credits()).toBe(before);
    } finally {
      await worker.close();
    }
  });

  it('analyses the same resume once per job post: the others are DUPLICATE, linked, and not charged', async () => {
    const worker = app.startWorker();
    try {
      const before = await credits();
      const same = resume('Dana Duplicate', ' Kubernetes.');
      const first = await submit([
        { filename: 'dana.txt', text: same },
        { filename: 'dana-again.txt', text: `  ${same.replace(/\n/g, '\n\n')}  ` }, // same normalised text
        { filename: 'other.txt', text: resume('Olive Other') },
      ]);
      const events = await collectProgress(org.client, first.id);
      expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 3, succeeded: 3, failed: 0, duplicates: 1 });
      const second = await submit([{ filename: 'dana-later.txt', text: same }]);
      await collectProgress(org.client, second.id);

      const apps = [...(await applicationsOf(first.id)), ...(await applicationsOf(second.id))];
      const dana = apps.filter((a) => a.file.filename.startsWith('dana'));
      const originals = dana.filter((a) => !a.flags.includes('DUPLICATE'));
      expect(originals).toHaveLength(1);
      const original = originals[0]!;
      for (const dup of dana.filter((a) => a !== original)) {
        expect(dup.flags).toContain('DUPLICATE');
        expect(dup.duplicateOf?.id).toBe(original.id);
        expect(dup.score).toBe(original.score);
        expect(dup.status).toBe(original.status);
      }
      // Four resumes, two analysed: only those are charged.
      expect(await credits()).toBe(before - 2);
    } finally {
      await worker.close();
    }
  });

  it('retries FAILED resumes: credits reserved again, the task RUNNING again, then final again', async () => {
    const worker = app.startWorker();
    try {
      const before = await credits();
      const { processResumes: task } = await org.client.upload(
        ProcessResumesDocument,
        { jobPostId, files: [null], resumes: [{ filename: 'ok.txt', text: resume('Rita Retry') }] },
        [await uploadOf(path.join(BAD, 'truncated.pdf'), 0)],
      );
      await collectProgress(org.client, task.id);
      expect((await org.client.request(TaskDocument, { id: task.id })).task).toMatchObject({ failed: 1, succeeded: 1 });
      expect(await credits()).toBe(before - 1); // the failed one was refunded

      const { retryFailed } = await org.client.request(RetryFailedDocument, { taskId: task.id });
      expect(retryFailed).toMatchObject({ state: 'RUNNING', processed: 1, failed: 0 });
      // (A subscriber of a finished task gets its snapshot and the end; this one follows the retry.)
      const progress = collectProgress(org.client, task.id);
      const events = await progress;
      expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 2, failed: 1, succeeded: 1 });
      const failed = (await applicationsOf(task.id)).find((a) => a.status === 'FAILED')!;
      expect(failed.attempts).toBe(2);
      expect(await credits()).toBe(before - 1); // charged again, refunded again

      // Nothing failed: nothing to retry, nothing charged.
      const { retryFailed: again } = await org.client.request(RetryFailedDocument, {
        taskId: (await submit([{ filename: 'x.txt', text: resume('Xavier Fine') }])).id,
      });
      expect(again.failed).toBe(0);
    } finally {
      await worker.close();
    }
  });

  it('serves a small batch submitted behind a big one of the same organization in turns with it, not after it', async () => {
    const big = await submit(
      Array.from({ length: 120 }, (_, i) => ({
        filename: `big${i}.txt`,
        text: resume(`Big Batch${i}`, ` ${'y'.repeat(i)}`),
      })),
    );
    const small = await submit(
      Array.from({ length: 3 }, (_, i) => ({ filename: `small${i}.txt`, text: resume(`Small Batch${i}`) })),
    );
    await eventually(async () => (queued(await app.container.queue.counts()) >= 123 ? true : undefined));
    const worker = app.startWorker();
    try {
      const events = await collectProgress(org.client, small.id);
      expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 3 });
      const { task } = await org.client.request(TaskDocument, { id: big.id });
      // First come, first served would have finished all 120 first. In turns, the big batch gets
      // one job per turn of the small one, besides what was handed to the workers ahead of need
      // (about one worker's slots) and what was in flight when the small one's last event came.
      const { concurrency } = app.config.worker;
      expect(task!.processed).toBeLessThanOrEqual(3 + 3 * concurrency);
    } finally {
      await org.client.request(CancelTaskDocument, { id: big.id });
      await worker.close();
    }
  });

  it('the reconciler queues again what Redis lost, and every application still ends final exactly once', async () => {
    const before = await credits();
    const task = await submit(
      Array.from({ length: 8 }, (_, i) => ({
        filename: `r${i}.txt`,
        text: resume(`Lost Job${i}`, ` ${'x'.repeat(i)}`),
      })),
    );
    await eventually(async () => (queued(await app.container.queue.counts()) >= 8 ? true : undefined));
    // Redis loses every job of this deployment (FLUSHALL, scoped to the test's prefix).
    const redis = new Redis(app.config.redisUrl);
    try {
      const keys = await redis.keys(`${app.config.redisPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      expect(queued(await app.container.queue.counts())).toBe(0);
    } finally {
      redis.disconnect();
    }
    const progress = collectProgress(org.client, task.id);
    const worker = app.startWorker(); // its reconciler finds the applications without jobs
    try {
      const events = await progress;
      expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 8, succeeded: 8, failed: 0 });
      const apps = await applicationsOf(task.id);
      expect(apps.every((a) => ['SHORTLISTED', 'REVIEW', 'REJECTED'].includes(a.status))).toBe(true);
      expect(await credits()).toBe(before - 8);
    } finally {
      await worker.close();
    }
  });

  it('fails, with the reason, an application whose job BullMQ gave up on, instead of queueing it for ever', async () => {
    const before = await credits();
    const task = await submit([{ filename: 'poison.txt', text: resume('Pat Poison') }]);
    // BullMQ fails a job that lost its worker too often; here a raw worker fails it on purpose.
    const connection = new Redis(app.config.redisUrl, { maxRetriesPerRequest: null });
    const killer = new Worker(
      RESUME_QUEUE,
      async () => {
        throw new UnrecoverableError('worker lost');
      },
      { connection: connection as unknown as ConnectionOptions, prefix: app.config.redisPrefix },
    );
    try {
      await eventually(async () => ((await app.container.queue.counts()).failed! >= 1 ? true : undefined));
    } finally {
      await killer.close();
      connection.disconnect();
    }
    const progress = collectProgress(org.client, task.id);
    const worker = app.startWorker(); // its reconciler finds the failed job
    try {
      const events = await progress;
      expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 1, failed: 1 });
      const [failed] = await applicationsOf(task.id);
      expect(failed!.error).toMatch(/lost its worker/);
      expect(await credits()).toBe(before);
    } finally {
      await worker.close();
    }
  });
});
