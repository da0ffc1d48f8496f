/**
 * 2. A large batch against a slow LLM: is the analysis concurrency used to the full (wall time
 * against N × latency / C), and, under a provider rate limit R, is R reached without going over
 * it and without a resume failing on a 429?
 */
import { ApplicationsDocument, type SiftClient } from '@sift/sdk';
import { outcome, runBatch, type BatchRun } from '../batch-run.js';
import { openaiEnv, scaled, type BenchContext } from '../context.js';
import { startFakeOpenAI, startRateLimitedProvider, type FakeOpenAI } from '../fake-provider.js';
import { withSection, type SectionEnv } from '../harness.js';
import { cpuFigures, cpuMeter, describeCpu, type CpuUse } from '../machine.js';
import { textResume } from '../resumes.js';
import type { SiftProcess } from '../sift-process.js';
import { num, pct, peakInWindow, seconds } from '../stats.js';

const EFFICIENCY_TARGET = 0.9;
const RATE_TARGET = 0.95;
const MINUTE_MS = 60_000;
const IN_FLIGHT_SAMPLE_MS = 50;

export async function batchSection(ctx: BenchContext): Promise<void> {
  const { rec, log, options } = ctx;
  const n = scaled(ctx, 1_000, 10);
  const { latencyMs, jitterMs, workers, rpm } = options;
  const perWorker = Math.ceil(options.concurrency / workers);
  const c = perWorker * workers;
  rec.note(
    `${n} distinct text resumes per run; LLM ${latencyMs} ms ± ${jitterMs} ms (uniform); ${workers} worker processes × OPENAI_CONCURRENCY=${perWorker} (C=${c}), job concurrency as Sift derives it`,
  );
  rec.figure('settings', { resumes: n, latencyMs, jitterMs, workers, perWorker, concurrency: c, rpm });

  await withSection(
    ctx.services,
    'batch',
    async (section) => {
      const api = await section.startApi();
      const org = await section.createOrganization(2 * (n + c) + 100);
      const client = section.client(api, org);

      // A: no rate limit. The concurrency alone bounds the time.
      const idealMs = (n * latencyMs) / c;
      const { warm, a } = await withFake({ latencyMs, jitterMs }, async (fake) => {
        const pool = await startWorkers(section, workers, openaiEnv(fake.url, { OPENAI_CONCURRENCY: perWorker }));
        // Fresh workers' first jobs load and compile code (seconds): one round of C resumes, not
        // counted, so the figure is a batch on running workers, as in production.
        log(`warm-up: ${c} resumes on fresh workers`);
        const warm = await timedRun(client, await section.createJobPost(client), c, 2 * n, fake, section, pool, c);
        log(`A: ${n} resumes, ideal ${seconds(idealMs)} (N × latency / C)`);
        const a = await timedRun(client, await section.createJobPost(client), n, 0, fake, section, pool, c);
        for (const p of pool) await section.stop(p);
        return { warm, a };
      });
      rec.figure('warmUp', warm.figures);
      rec.info(
        `fresh workers: first LLM call after the mutation (warm-up round of ${c}, not counted)`,
        `${seconds(warm.fake.firstCallMs)} cold; ${seconds(a.fake.firstCallMs)} once warm`,
      );
      const efficiency = idealMs / a.run.wallMs;
      rec.figure('unlimited', { ...a.figures, idealMs, efficiency });
      rec.check(
        `${num(n, 0)} resumes at ${latencyMs} ms, C=${c}: wall time against ideal ${seconds(idealMs)}`,
        `${seconds(a.run.wallMs)} = ${pct(efficiency)} efficiency (${outcome(a.run)})`,
        `> ${pct(EFFICIENCY_TARGET)}`,
        efficiency > EFFICIENCY_TARGET,
      );
      rec.info(
        'run A: LLM calls in flight (sampled every 50 ms)',
        `mean ${num(a.fake.mean, 1)} of C=${c} (${pct(a.fake.mean / c)}), most ${a.fake.maxInFlight}; ` +
          `${seconds(a.fake.rampMs)} to reach 90% of C, then ${num(a.fake.steadyMean, 1)} on average until ` +
          `${seconds(a.fake.tailMs)} before the end`,
      );
      rec.info('run A: CPU', describeCpu(a.cpu));

      // B: the provider allows R requests a minute; every worker shares Sift's budget of R.
      await withFake({ latencyMs, jitterMs }, async (fake) => {
        const provider = await startRateLimitedProvider(fake.url, rpm);
        try {
          const pool = await startWorkers(
            section,
            workers,
            openaiEnv(provider.url, { OPENAI_CONCURRENCY: perWorker, OPENAI_MAX_RPM: rpm }),
          );
          log(`warm-up: ${c} resumes on fresh workers`);
          await timedRun(client, await section.createJobPost(client), c, 2 * n + c, fake, section, pool, c);
          provider.reset();
          const limitedIdealMs = Math.max(idealMs, (n / rpm) * MINUTE_MS);
          log(`B: ${n} resumes at R=${rpm}/min, ideal ${seconds(limitedIdealMs)}`);
          const b = await timedRun(client, await section.createJobPost(client), n, n, fake, section, pool, c);
          const times = provider.admitted;
          const spanMs = times.length > 1 ? times.at(-1)! - times[0]! : 0;
          // Requests a minute while requests were being made: (n - 1) gaps over the span.
          const achieved = spanMs > 0 ? ((times.length - 1) / spanMs) * MINUTE_MS : Number.NaN;
          const peak = spanMs >= MINUTE_MS ? peakInWindow(times, MINUTE_MS) : null;
          const failedBy429 = await failedByRateLimit(client, b.run.taskId);
          rec.figure('rateLimited', {
            ...b.figures,
            idealMs: limitedIdealMs,
            achievedRpm: achieved,
            peakRequestsIn60s: peak,
            answered429: provider.rejected,
            failedBy429,
          });
          rec.check(
            `${num(n, 0)} resumes under R=${rpm}/min: achieved rate`,
            `${num(achieved, 0)}/min = ${pct(achieved / rpm)} of R over ${seconds(spanMs)}${peak === null ? '' : `; busiest 60 s: ${peak}`}`,
            `> ${pct(RATE_TARGET)} of R, busiest 60 s ≤ R + 1 s burst (${Math.ceil(rpm + rpm / 60)})`,
            achieved > RATE_TARGET * rpm && (peak === null || peak <= Math.ceil(rpm + rpm / 60)),
          );
          rec.check(
            'rate-limited run: 429s from the provider, resumes failed by a 429',
            `${provider.rejected} answered 429 (${b.figures.workerWarnings['warn: provider rate limit: queue paused'] ?? 0} queue pauses); ${failedBy429} failed by 429 (${outcome(b.run)})`,
            '0 failed by 429',
            failedBy429 === 0 && b.run.last.failed === 0,
          );
          rec.info('run B: CPU', describeCpu(b.cpu));
          rec.info(
            'rate-limited run: wall time against ideal (N / R)',
            `${seconds(b.run.wallMs)} against ${seconds(limitedIdealMs)} = ${pct(limitedIdealMs / b.run.wallMs)}`,
          );
        } finally {
          await provider.close();
        }
      });
    },
    log,
  );
}

async function withFake<T>(
  options: { latencyMs: number; jitterMs: number },
  body: (fake: FakeOpenAI) => Promise<T>,
): Promise<T> {
  const fake = await startFakeOpenAI(options);
  try {
    return await body(fake);
  } finally {
    await fake.close();
  }
}

async function startWorkers(section: SectionEnv, count: number, env: Record<string, string>): Promise<SiftProcess[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => section.startWorker(env, `worker-batch-${i + 1}`)));
}

/** One batch of `n` resumes (texts from `from`), with the LLM calls and CPU it took. */
async function timedRun(
  client: SiftClient,
  jobPostId: string,
  n: number,
  from: number,
  fake: FakeOpenAI,
  section: SectionEnv,
  pool: SiftProcess[],
  c: number,
) {
  const before = { received: fake.received };
  const cpu = cpuMeter(() => section.processes.map((p) => p.pid));
  const resumes = Array.from({ length: n }, (_, i) => textResume(from + i));
  // How many LLM calls are in flight, sampled: whether Sift keeps its C slots busy.
  const samples: { t: number; n: number }[] = [];
  const t0 = performance.now();
  const sampler = setInterval(() => samples.push({ t: performance.now() - t0, n: fake.inFlight }), IN_FLIGHT_SAMPLE_MS);
  const run: BatchRun = await runBatch(client, jobPostId, resumes).finally(() => clearInterval(sampler));
  const used = cpu();
  const inFlight = inFlightProfile(samples, c, run.wallMs);
  const warnings: Record<string, number> = {};
  for (const [message, count] of pool.flatMap((p) => [...p.problems]))
    warnings[message] = (warnings[message] ?? 0) + count;
  return {
    run,
    cpu: used as CpuUse,
    fake: { maxInFlight: fake.maxInFlight, ...inFlight },
    figures: {
      inFlight,
      wallMs: run.wallMs,
      submitMs: run.submitMs,
      succeeded: run.last.succeeded,
      failed: run.last.failed,
      llmRequests: fake.received - before.received,
      maxInFlight: fake.maxInFlight,
      cpu: cpuFigures(used),
      workerWarnings: warnings,
    },
  };
}

/**
 * The in-flight series in three parts: the ramp (mutation to the first moment with 90% of C in
 * flight), the steady state, and the tail (after the last such moment). Losses in the steady
 * state are Sift's; the ramp and the tail are mostly inherent to a batch.
 */
function inFlightProfile(samples: { t: number; n: number }[], c: number, wallMs: number) {
  const mean = samples.reduce((sum, s) => sum + s.n, 0) / Math.max(1, samples.length);
  const firstCallMs = samples.find((s) => s.n > 0)?.t ?? Number.NaN;
  const full = samples.filter((s) => s.n >= 0.9 * c);
  if (!full.length) return { mean, firstCallMs, rampMs: Number.NaN, steadyMean: Number.NaN, tailMs: Number.NaN };
  const from = full[0]!.t;
  const to = full.at(-1)!.t;
  const steady = samples.filter((s) => s.t >= from && s.t <= to);
  return {
    mean,
    firstCallMs,
    rampMs: from,
    steadyMean: steady.reduce((sum, s) => sum + s.n, 0) / steady.length,
    tailMs: wallMs - to,
  };
}

/** Applications of the task that ended FAILED because of a 429 (their stored reason says so). */
async function failedByRateLimit(client: SiftClient, taskId: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const {
      applications,
    }: {
      applications: {
        edges: { node: { error?: string | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      };
    } = await client.request(ApplicationsDocument, { filter: { taskId, status: ['FAILED'] }, first: 100, after });
    count += applications.edges.filter(({ node }) => /429|rate.?limit/i.test(node.error ?? '')).length;
    if (!applications.pageInfo.hasNextPage) return count;
    after = applications.pageInfo.endCursor ?? null;
  }
}
