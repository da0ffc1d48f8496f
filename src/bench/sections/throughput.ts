/**
 * 1. Pipeline overhead: BullMQ alone with a processor that does nothing, beside Sift end to end
 * with an LLM that answers at once; the same Redis, one worker process each, the same job
 * concurrency. The ratio is what Sift's own work costs per resume (PostgreSQL reads and writes,
 * extraction, the openai SDK and checks, progress events).
 */
// The one place outside src/queue that imports BullMQ: the baseline must be BullMQ with nothing of Sift.
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { loadConfig } from '../../config.js';
import { outcome, runBatch } from '../batch-run.js';
import { openaiEnv, scaled, type BenchContext } from '../context.js';
import { startFakeOpenAI } from '../fake-provider.js';
import { withSection } from '../harness.js';
import { cpuFigures, cpuMeter, describeCpu } from '../machine.js';
import { textResume } from '../resumes.js';
import { num, seconds } from '../stats.js';

/** addBulk chunk, as Sift's queue adds them. */
const ENQUEUE_CHUNK = 500;

export async function throughputSection(ctx: BenchContext): Promise<void> {
  const { rec, log } = ctx;
  const rawJobs = scaled(ctx, 5_000, 100);
  const resumes = scaled(ctx, 1_000, 20);
  const analysis = ctx.options.concurrency;

  await withSection(
    ctx.services,
    'throughput',
    async (section) => {
      const fake = await startFakeOpenAI({ latencyMs: 0 });
      try {
        const workerEnv = openaiEnv(fake.url, { OPENAI_CONCURRENCY: analysis });
        // The job concurrency Sift derives from these settings; BullMQ alone gets the same.
        const jobConcurrency = loadConfig({ ...section.env, ...workerEnv }).worker.concurrency;
        rec.figure('jobConcurrency', jobConcurrency);
        rec.note(
          `one worker process each, job concurrency ${jobConcurrency} (Sift: OPENAI_CONCURRENCY=${analysis} plus extraction)`,
        );

        log(`raw BullMQ: ${rawJobs} no-op jobs, concurrency ${jobConcurrency}`);
        const raw = await rawBullmq(section.redisUrl, section.prefix, rawJobs, jobConcurrency);
        rec.figure('rawBullmq', raw);
        rec.info(`BullMQ alone, no-op processor (${num(rawJobs, 0)} jobs)`, `${num(raw.jobsPerSecond)} jobs/s`);

        const api = await section.startApi();
        const worker = await section.startWorker({ ...workerEnv, WORKER_CONCURRENCY: String(jobConcurrency) });
        const org = await section.createOrganization(resumes + 100);
        const client = section.client(api, org);
        const jobPostId = await section.createJobPost(client);

        log(`Sift end to end: ${resumes} text resumes, LLM latency 0 ms`);
        const batch = Array.from({ length: resumes }, (_, i) => textResume(i));
        const cpu = cpuMeter(() => section.processes.map((p) => p.pid));
        const run = await runBatch(client, jobPostId, batch);
        const used = cpu();
        const perSecond = resumes / (run.wallMs / 1000);
        const workerCpuMs = used.perProcessMs.get(worker.pid) ?? 0;
        rec.figure('sift', {
          resumes,
          wallMs: run.wallMs,
          submitMs: run.submitMs,
          resumesPerSecond: perSecond,
          succeeded: run.last.succeeded,
          failed: run.last.failed,
          llmRequests: fake.received,
          cpu: cpuFigures(used),
          workerCpuMsPerResume: workerCpuMs / resumes,
          apiCpuMs: used.perProcessMs.get(section.processes[0]!.pid) ?? 0,
          workerWarnings: Object.fromEntries(worker.problems),
        });
        rec.info(
          `Sift end to end, LLM at 0 ms (${num(resumes, 0)} text resumes, mutation to final event)`,
          `${num(perSecond)} resumes/s (${seconds(run.wallMs)}; ${outcome(run)})`,
        );
        rec.info(
          'pipeline overhead: BullMQ alone ÷ Sift',
          `${num(raw.jobsPerSecond / perSecond, 1)}× slower than a no-op`,
        );
        rec.info('Sift run: worker CPU per resume', `${num(workerCpuMs / resumes, 1)} ms`);
        rec.info('Sift run: CPU', describeCpu(used));
        if (run.last.failed > 0 || run.last.succeeded !== resumes) {
          rec.note(
            `not every resume was scored: ${outcome(run)}; worker warnings: ${JSON.stringify([...worker.problems])}`,
          );
        }
      } finally {
        await fake.close();
      }
    },
    log,
  );
}

interface RawResult {
  jobs: number;
  enqueueMs: number;
  wallMs: number;
  jobsPerSecond: number;
}

/** Adds `jobs` jobs in bulk (as Sift does) and runs them with a no-op processor; timed from the first add to the last completion. */
async function rawBullmq(redisUrl: string, prefix: string, jobs: number, concurrency: number): Promise<RawResult> {
  const name = 'bench-noop';
  const queueConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  // The job options Sift's queue uses: the same Redis work per job (retention trimming included).
  const queue = new Queue(name, {
    connection: queueConnection as unknown as ConnectionOptions,
    prefix,
    defaultJobOptions: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: { age: 3_600, count: 1_000 },
      removeOnFail: { age: 24 * 3_600 },
    },
  });
  let completed = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const worker = new Worker(name, async () => 'done', {
    connection: workerConnection as unknown as ConnectionOptions,
    prefix,
    concurrency,
    autorun: false,
  });
  worker.on('completed', () => {
    if (++completed === jobs) done();
  });
  try {
    const payloads = Array.from({ length: jobs }, () => {
      const applicationId = randomUUID();
      return { applicationId, taskId: randomUUID(), organizationId: randomUUID() };
    });
    void worker.run();
    await worker.waitUntilReady();
    const t0 = performance.now();
    for (let i = 0; i < jobs; i += ENQUEUE_CHUNK) {
      await queue.addBulk(
        payloads.slice(i, i + ENQUEUE_CHUNK).map((data) => ({
          name: 'analyze-resume',
          data,
          opts: { jobId: `app_${data.applicationId}` },
        })),
      );
    }
    const enqueueMs = performance.now() - t0;
    await finished;
    const wallMs = performance.now() - t0;
    return { jobs, enqueueMs, wallMs, jobsPerSecond: jobs / (wallMs / 1000) };
  } finally {
    await worker.close();
    await queue.close();
    queueConnection.disconnect();
    workerConnection.disconnect();
  }
}
