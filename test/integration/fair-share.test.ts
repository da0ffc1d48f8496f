/**
 * Tenants share the workers fairly, however they split their work: organizations take turns,
 * and so do the batches of each organization; an organization never has more than
 * ORG_MAX_IN_FLIGHT resumes in the workers at once. These tests read the ORDER in which resumes
 * were finished (one worker slot: one at a time) and COUNTS, never how long anything took.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateJobPostDocument, ProcessResumesDocument } from '@sift/sdk';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { collectProgress } from '../support/progress.js';
import { eventually, startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const resume = (label: string, i: number) =>
  `Candidate ${label} Number${i}\n${label.toLowerCase()}.${i}@example.com\n\n` +
  `Backend engineer: TypeScript, Node.js, PostgreSQL.${' x'.repeat(i)}\n2016 - Present  Engineer, ${label} Co\n`;

/** A batch of `n` distinct text resumes (distinct per label: no duplicates across batches). */
const resumes = (label: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ filename: `${label}-${i}.txt`, text: resume(label, i) }));

async function jobPostOf(org: TestOrg): Promise<string> {
  const { createJobPost } = await org.client.request(CreateJobPostDocument, {
    input: { title: 'Backend engineer', description: 'Node.js services', mustHaveSkills: ['Node.js'] },
  });
  return createJobPost.id;
}

async function submit(org: TestOrg, jobPostId: string, label: string, n: number): Promise<string> {
  const { processResumes } = await org.client.request(ProcessResumesDocument, {
    jobPostId,
    resumes: resumes(label, n),
  });
  return processResumes.id;
}

/** Run-length order ("A1×2 B×1 A2×1"), printed when an assertion fails. */
function runs(labels: string[]): string {
  const out: [string, number][] = [];
  for (const l of labels) {
    if (out.at(-1)?.[0] === l) out.at(-1)![1]++;
    else out.push([l, 1]);
  }
  return out.map(([l, n]) => `${l}×${n}`).join(' ');
}

describe('fair share: the order in which resumes are analysed', () => {
  let app: TestApp;

  beforeAll(async () => {
    // One worker slot: resumes are analysed one at a time, so the order of processed_at is the
    // order in which the scheduler gave them out.
    app = await startTestApp({ env: { WORKER_CONCURRENCY: '1' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  /** The label of each task's applications, in the order they were finished. */
  async function finishOrder(labels: Map<string, string>): Promise<string[]> {
    const rows = await app.container.orm.em
      .fork()
      .execute<{ task_id: string }[]>(
        `SELECT task_id FROM application WHERE task_id IN (?) ORDER BY processed_at, id`,
        [[...labels.keys()]],
      );
    return rows.map((r) => labels.get(r.task_id)!);
  }

  async function allFinal(taskIds: string[], total: number): Promise<void> {
    await eventually(async () => {
      const [row] = await app.container.orm.em
        .fork()
        .execute<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM application WHERE task_id IN (?) AND processed_at IS NOT NULL`,
          [taskIds],
        );
      return row!.n >= total ? true : undefined;
    }, 120_000);
  }

  it("serves another organization's small batch in turns with a big tenant's fourteen batches, not after them", async () => {
    const big = await app.createOrg(1_000, 'Big Tenant');
    const small = await app.createOrg(100, 'Small Tenant');
    const [bigPost, smallPost] = await Promise.all([jobPostOf(big), jobPostOf(small)]);
    const labels = new Map<string, string>();
    // The case, smaller: one organization's many batches first, then another's one batch.
    for (let b = 1; b <= 6; b++) labels.set(await submit(big, bigPost, `A${b}`, 8), `A${b}`);
    const smallTask = await submit(small, smallPost, 'B', 4);
    labels.set(smallTask, 'B');

    const worker = app.startWorker();
    try {
      await allFinal([...labels.keys()], 52);
    } finally {
      await worker.close();
    }
    const order = await finishOrder(labels);
    expect(order).toHaveLength(52);
    const positions = order.flatMap((l, i) => (l === 'B' ? [i] : []));
    // First come, first served: B's at 48-51. In turns (one of A's, one of B's), B's four are done
    // within its first four turns; the slack is what was handed out before B was queued.
    expect(positions.at(-1)!, runs(order)).toBeLessThan(2 * 4 + 3);
    // And A's six batches took turns among themselves within A's turns.
    const firstA = order.filter((l) => l !== 'B').slice(0, 7);
    expect(new Set(firstA).size, runs(order)).toBe(6);
  });

  it("serves a small batch submitted while the same organization's big batch runs in turns with it", async () => {
    const org = await app.createOrg(1_000, 'One Tenant');
    const jobPostId = await jobPostOf(org);
    const bigTask = await submit(org, jobPostId, 'BIG', 40);
    const worker = app.startWorker();
    try {
      // The big batch is running when the small one comes.
      await eventually(async () => {
        const [row] = await app.container.orm.em
          .fork()
          .execute<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM application WHERE task_id = ? AND processed_at IS NOT NULL`,
            [bigTask],
          );
        return row!.n >= 2 ? true : undefined;
      });
      const smallTask = await submit(org, jobPostId, 'SMALL', 4);
      await collectProgress(org.client, smallTask, 120_000);
      await allFinal([bigTask, smallTask], 44);

      const rows = await app.container.orm.em.fork().execute<{ task_id: string; after: boolean }[]>(
        `SELECT task_id, processed_at > (SELECT min(created_at) FROM application WHERE task_id = ?) AS after
           FROM application WHERE task_id IN (?, ?) ORDER BY processed_at, id`,
        [smallTask, bigTask, smallTask],
      );
      const order = rows.map((r) => (r.task_id === smallTask ? 'S' : r.after ? 'b' : 'B'));
      // From the moment it was submitted, the small batch took every other turn: at most one of
      // the big batch's between two of its own, besides the one running and the one handed out
      // ahead when it came. (Today a new batch's first chunk outranks the running one's.)
      const sinceSubmit = order.filter((l) => l !== 'B');
      const lastSmall = sinceSubmit.lastIndexOf('S');
      const bigBetween = sinceSubmit.slice(0, lastSmall).filter((l) => l === 'b').length;
      expect(bigBetween, runs(order)).toBeLessThanOrEqual(4 + 3);
      expect(order.filter((l) => l === 'S')).toHaveLength(4);
    } finally {
      await worker.close();
    }
  });
});

describe('fair share: resumes of one organization in the workers at once (ORG_MAX_IN_FLIGHT)', () => {
  let fake: FakeOpenAI;
  let app: TestApp;

  beforeAll(async () => {
    // Each analysis waits on the fake LLM for a while: jobs overlap, and the fake counts how many
    // requests it holds at once.
    fake = await startFakeOpenAI({ latencyMs: 150 });
    app = await startTestApp({
      env: {
        ...fake.env,
        OPENAI_CONCURRENCY: '6',
        WORKER_CONCURRENCY: '6',
        ORG_MAX_IN_FLIGHT: '2',
      },
    });
  });

  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  it('never lets one organization hold more than its limit of the worker slots, and lets another use the rest', async () => {
    const a = await app.createOrg(100, 'Org A');
    const b = await app.createOrg(100, 'Org B');
    // One after the other: each reads its description with the (fake) LLM.
    const postA = await jobPostOf(a);
    const postB = await jobPostOf(b);
    const worker = app.startWorker();
    try {
      // One organization alone: six slots free, two used.
      const alone = await submit(a, postA, 'ALONE', 8);
      const aloneEvents = await collectProgress(a.client, alone, 120_000);
      expect(aloneEvents.at(-1)).toMatchObject({ state: 'COMPLETED', succeeded: 8 });
      expect(fake.stats.maxInFlight).toBeLessThanOrEqual(2);

      // Two organizations: two each, never more than four in all.
      const [ta, tb] = await Promise.all([submit(a, postA, 'A', 8), submit(b, postB, 'B', 8)]);
      const [ea, eb] = await Promise.all([
        collectProgress(a.client, ta, 120_000),
        collectProgress(b.client, tb, 120_000),
      ]);
      expect(ea.at(-1)).toMatchObject({ state: 'COMPLETED', succeeded: 8 });
      expect(eb.at(-1)).toMatchObject({ state: 'COMPLETED', succeeded: 8 });
      expect(fake.stats.maxInFlight).toBeLessThanOrEqual(4);
      // Every slot is given back as its job ends (just after the job's last event).
      await eventually(async () =>
        [...(await app.container.queue.inFlight()).values()].every((n) => n === 0) ? true : undefined,
      );
    } finally {
      await worker.close();
    }
  });
});
