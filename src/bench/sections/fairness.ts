/**
 * 8. Fair share: how long a small batch waits behind large ones, of another organization and of
 * its own, and how much of the large ones is analysed before it is done.
 *
 * One worker process with a few slots, an LLM with a set latency, so that the work ahead takes
 * seconds. Two runs:
 * - another organization: one organization submits 14 batches of 20 (the issue's case), then a
 *   second organization submits one batch of 5;
 * - the same organization: it submits a batch of 200; once that one runs, a batch of 100 (the
 *   issue's case: the new one ran alone for 80 jobs); once both run, a batch of 5.
 * For each: the small batch's wait (mutation sent to final event), the large batches' resumes
 * finished meanwhile (first come, first served: all of them), how long one large batch ran
 * alone while another had work, and the order in which resumes were finished (PostgreSQL's
 * processed_at), as runs: "A×12 B×1 A×1 ...".
 */
import pg from 'pg';
import { ProcessResumesDocument, type SiftClient } from '@sift/sdk';
import { openaiEnv, scaled, type BenchContext } from '../context.js';
import { startFakeOpenAI } from '../fake-provider.js';
import { followTask, withSection, type SectionEnv } from '../harness.js';
import { textResume } from '../resumes.js';
import { num, seconds } from '../stats.js';

const LATENCY_MS = 200;
const JITTER_MS = 50;
/** Job slots of the one worker process. */
const SLOTS = 4;
const SMALL = 5;

interface Submitted {
  taskId: string;
  label: string;
  sentAt: number;
}

export async function fairnessSection(ctx: BenchContext): Promise<void> {
  const { rec, log } = ctx;
  const batches = 14;
  const perBatch = scaled(ctx, 20, 2);
  const big = scaled(ctx, 200, 20);
  const second = scaled(ctx, 100, 10);
  rec.note(
    `one worker process, ${SLOTS} job slots; LLM ${LATENCY_MS} ms ± ${JITTER_MS} ms; small batches of ${SMALL}; ` +
      `ORG_MAX_IN_FLIGHT left at its default (not reached with ${SLOTS} slots)`,
  );
  rec.figure('settings', {
    slots: SLOTS,
    latencyMs: LATENCY_MS,
    jitterMs: JITTER_MS,
    batches,
    perBatch,
    big,
    small: SMALL,
  });

  const fake = await startFakeOpenAI({ latencyMs: LATENCY_MS, jitterMs: JITTER_MS, seed: 11 });
  try {
    await withSection(
      ctx.services,
      'fairness',
      async (section) => {
        const api = await section.startApi();
        await section.startWorker(openaiEnv(fake.url, { OPENAI_CONCURRENCY: SLOTS, WORKER_CONCURRENCY: SLOTS }));
        const db = new pg.Client({ connectionString: section.databaseUrl });
        await db.connect();
        try {
          await otherTenant(ctx, section, api, db, { batches, perBatch });
          await sameTenant(ctx, section, api, db, { big, second });
        } finally {
          await db.end();
        }
      },
      log,
      { tenantLimits: true },
    );
  } finally {
    await fake.close();
  }
}

/** A big tenant's 14 batches, then another tenant's small one. */
async function otherTenant(
  ctx: BenchContext,
  section: SectionEnv,
  api: string,
  db: pg.Client,
  { batches, perBatch }: { batches: number; perBatch: number },
): Promise<void> {
  const { rec, log } = ctx;
  const ahead = batches * perBatch;
  const [bigClient, bigPost] = await tenant(section, api, ahead);
  const [smallClient, smallPost] = await tenant(section, api, SMALL);
  log(`other tenant: ${batches} batches of ${perBatch}, then another organization's ${SMALL}`);
  const started = Date.now();
  const bigTasks: Submitted[] = [];
  let offset = 0;
  for (let b = 0; b < batches; b++) {
    bigTasks.push(await submit(bigClient, bigPost, `A${b + 1}`, perBatch, offset));
    offset += perBatch;
  }
  const small = await submit(smallClient, smallPost, 'B', SMALL, 100_000);
  const [smallDone, ...bigDone] = await Promise.all([
    followTask(smallClient, small.taskId),
    ...bigTasks.map((t) => followTask(bigClient, t.taskId)),
  ]);
  const bigLast = Math.max(...bigDone.map((d) => d.at));
  const order = await finishOrder(db, [...bigTasks, small]);
  const before = beforeLast(order, 'B', (l) => l !== 'B');
  const waitMs = smallDone.at - small.sentAt;
  rec.figure('otherTenant', {
    ahead,
    waitMs,
    aheadFinishedBeforeSmall: before,
    bigTenantMs: bigLast - started,
    order: runs(order, (l) => (l === 'B' ? 'B' : 'A')),
  });
  rec.info(
    `another organization's batch of ${SMALL} behind ${batches} × ${perBatch}: its wait (mutation to final event)`,
    `${seconds(waitMs)}; the ${batches} batches ahead took ${seconds(bigLast - started)} in all`,
  );
  rec.check(
    `… the big organization's resumes finished before the small batch's last`,
    `${num(before, 0)} of ${num(ahead, 0)}`,
    `≤ ${2 * SMALL + 3 * SLOTS} (in turns), not ${num(ahead, 0)} (first come, first served)`,
    before <= 2 * SMALL + 3 * SLOTS,
  );
  rec.note(
    `other tenant, finish order (A: the big organization, B: the small one): ${runs(order, (l) => (l === 'B' ? 'B' : 'A'), 12)}`,
  );
  rec.note(
    `other tenant, the big organization's batches in its first 28 finishes: ${runs(order.filter((l) => l !== 'B').slice(0, 28), undefined, 28)}`,
  );
}

/**
 * One tenant's big batch, running; then a second large batch (the case: the new one ran
 * alone for 80 jobs); then, with both running, a small one.
 */
async function sameTenant(
  ctx: BenchContext,
  section: SectionEnv,
  api: string,
  db: pg.Client,
  { big, second }: { big: number; second: number },
): Promise<void> {
  const { rec, log } = ctx;
  const [client, post] = await tenant(section, api, big + second + SMALL);
  log(`same tenant: a batch of ${big}; once it runs, one of ${second}; once both run, one of ${SMALL}`);
  const started = Date.now();
  const first = await submit(client, post, 'A', big, 200_000);
  const firstDone = followUntil(client, first.taskId, Math.min(20, Math.ceil(big / 10)));
  await firstDone.reached;
  const next = await submit(client, post, 'B', second, 300_000);
  const nextDone = followUntil(client, next.taskId, Math.min(10, Math.ceil(second / 10)));
  await nextDone.reached;
  const small = await submit(client, post, 'S', SMALL, 400_000);
  const smallDone = await followTask(client, small.taskId);
  const [aEnd, bEnd] = await Promise.all([firstDone.done, nextDone.done]);
  const order = await finishOrder(db, [first, next, small]);
  const times = await finishedBefore(db, [next.taskId, small.taskId]);

  // The two large batches, from the second's submission while both had work left: how long until
  // the new one's first finish (the running one's jobs already handed to the workers), then how
  // long did either run alone?
  const bothRunning = order.slice(times.get(next.taskId)!).filter((l) => l !== 'S');
  const left = { A: big - order.slice(0, times.get(next.taskId)!).filter((l) => l === 'A').length, B: second };
  const whileBoth: string[] = [];
  for (const l of bothRunning) {
    if (left.A === 0 || left.B === 0) break;
    whileBoth.push(l);
    left[l as 'A' | 'B']--;
  }
  const firstTurn = whileBoth.indexOf('B');
  const turns = whileBoth.slice(Math.max(0, firstTurn));
  const longestNew = longestRun(turns, 'B');
  const longestRunning = longestRun(turns, 'A');
  const sinceSmall = order.slice(times.get(small.taskId)!);
  const between = beforeLast(sinceSmall, 'S', (l) => l !== 'S');
  const waitMs = smallDone.at - small.sentAt;
  rec.figure('sameTenant', {
    big,
    second,
    runningFinishedBeforeNewBatchsFirst: firstTurn,
    longestRunOfNewBatchAlone: longestNew,
    longestRunOfRunningBatchAlone: longestRunning,
    smallWaitMs: waitMs,
    largeFinishedWhileSmallWaited: between,
    firstMs: aEnd.at - started,
    secondMs: bEnd.at - next.sentAt,
    order: runs(order),
  });
  rec.info(
    `a batch of ${second} submitted while the same organization's ${big} runs: the running batch's resumes finished before the new one's first`,
    `${firstTurn} (those already handed to the workers: ${SLOTS} slots and as many ahead)`,
  );
  rec.check(
    `… then, while both had work, the longest run of either alone`,
    `new batch ${longestNew}, running batch ${longestRunning}`,
    `≤ ${SLOTS} (in turns, finishing out of order on ${SLOTS} slots; the issue saw the new one run alone for 80)`,
    Math.max(longestNew, longestRunning) <= SLOTS,
  );
  rec.info(
    `a batch of ${SMALL} submitted while the same organization's ${big} and ${second} run: its wait (mutation to final event)`,
    `${seconds(waitMs)}; the two large batches took ${seconds(aEnd.at - started)} and ${seconds(bEnd.at - next.sentAt)}`,
  );
  rec.check(
    `… the large batches' resumes finished between the small batch's submission and its last`,
    `${num(between, 0)}`,
    `≤ ${2 * SMALL + 3 * SLOTS} (one of each batch per round, after those handed out ahead)`,
    between <= 2 * SMALL + 3 * SLOTS,
  );
  rec.note(`same tenant, finish order (A: ${big}, B: ${second}, S: ${SMALL}): ${runs(order, undefined, 16)}`);
}

/** Follows a task; `reached` resolves once `processed` reaches `n`, `done` with its final event. */
function followUntil(client: SiftClient, taskId: string, n: number) {
  let reach: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const done = followTask(client, taskId, (e) => {
    if (e.processed >= n) reach();
  });
  return { reached: Promise.race([reached, done.then(() => undefined)]), done };
}

/** For each task, how many applications of its job post were finished before it was submitted: where it starts in the finish order. */
async function finishedBefore(db: pg.Client, taskIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const id of taskIds) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM application a
        WHERE a.task_id IN (SELECT id FROM processing_task WHERE job_post_id = (SELECT job_post_id FROM processing_task WHERE id = $1))
          AND a.processed_at < (SELECT min(created_at) FROM application WHERE task_id = $1)`,
      [id],
    );
    out.set(id, rows[0]!.n);
  }
  return out;
}

/** The longest run of `label` in `order`. */
function longestRun(order: string[], label: string): number {
  let best = 0;
  let run = 0;
  for (const l of order) {
    run = l === label ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** An organization with credits, a client and a job post. */
async function tenant(section: SectionEnv, api: string, resumes: number): Promise<[SiftClient, string]> {
  const org = await section.createOrganization(resumes + 10);
  const client = section.client(api, org);
  return [client, await section.createJobPost(client)];
}

async function submit(client: SiftClient, jobPostId: string, label: string, n: number, offset: number) {
  const resumes = Array.from({ length: n }, (_, i) => textResume(offset + i));
  const sentAt = Date.now();
  const { processResumes } = await client.request(ProcessResumesDocument, { jobPostId, resumes });
  return { taskId: processResumes.id, label, sentAt };
}

/** Each task's label, in the order its applications were finished. */
async function finishOrder(db: pg.Client, tasks: Submitted[]): Promise<string[]> {
  const labels = new Map(tasks.map((t) => [t.taskId, t.label]));
  const { rows } = await db.query<{ task_id: string }>(
    `SELECT task_id FROM application WHERE task_id = ANY($1::uuid[]) ORDER BY processed_at, id`,
    [[...labels.keys()]],
  );
  return rows.map((r) => labels.get(r.task_id)!);
}

/** How many labels matching `counted` come before the last `label`. */
function beforeLast(order: string[], label: string, counted: (l: string) => boolean): number {
  return order.slice(0, order.lastIndexOf(label)).filter(counted).length;
}

/** "A×12 B×1 A×1 …": runs of equal labels (the first `max` runs). */
function runs(order: string[], as: (l: string) => string = (l) => l, max = Infinity): string {
  const out: [string, number][] = [];
  for (const l of order.map(as)) {
    if (out.at(-1)?.[0] === l) out.at(-1)![1]++;
    else out.push([l, 1]);
  }
  const shown = out.slice(0, max).map(([l, n]) => `${l}×${n}`);
  return out.length > max ? `${shown.join(' ')} … (${out.length - max} more runs)` : shown.join(' ');
}
