/**
 * An LLM provider in a storm: 500s, timeouts, bursts of 429 with Retry-After. Every resume still
 * ends final; those that used up their attempts are FAILED with the reason and refunded; a 429 is
 * never an attempt (it pauses the queue, and the job waits), so nothing is FAILED because of one.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import {
  expectSettled,
  faultedBatch,
  followProgress,
  resumeTexts,
  startCluster,
  startFaultyLlm,
  submitBatch,
  type FaultyLlm,
  type FaultyLlmRequest,
  type LlmFault,
  type SiftCluster,
} from '../support/faults.js';

const JOB_ATTEMPTS = 3;
const WORKERS = 2;
const CONCURRENCY = 2;
/** Resumes the provider always answers with 500: they use up their attempts and end FAILED. */
const DOOMED = new Set([3, 17, 31]);
/** Resumes answered 429 more times than there are attempts before they get through. */
const THROTTLED = new Set([5, 11, 23, 40]);
/** `retry-after-ms` (OpenAI's own header, read first) keeps the pauses short; `Retry-After` says 1 s. */
const rateLimited = (ms: number): LlmFault => ({
  kind: 'status',
  status: 429,
  headers: { 'retry-after': String(Math.ceil(ms / 1000)), 'retry-after-ms': String(ms) },
});

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** When a pause set in Redis surely began (`startedBy`) and when it surely still held (`endsNotBefore`). */
interface ObservedPause {
  startedBy: number;
  endsNotBefore: number;
}

/**
 * Watches `key` (the shared rate limit's pause) until a pause of `pauseMs` appears, and reads from
 * its remaining time when it began and ends, on this process's clock (the faulty LLM's too). The
 * real start lies between the two readings' clocks less what was left, so the window returned is
 * inside the real pause however late this process or the worker ran.
 */
async function observePause(redis: Redis, key: string, pauseMs: number, timeoutMs: number): Promise<ObservedPause> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const before = Date.now();
    const left = await redis.pttl(key);
    const after = Date.now();
    if (left > 0) return { startedBy: after + left - pauseMs, endsNotBefore: before + left };
    if (after > deadline) throw new Error(`no pause appeared at ${key} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('an LLM storm', () => {
  let fake: FakeOpenAI;
  let llm: FaultyLlm;
  let cluster: SiftCluster;
  let decide: (request: FaultyLlmRequest) => LlmFault = () => ({ kind: 'forward' });

  beforeAll(async () => {
    fake = await startFakeOpenAI({ latencyMs: 150, jitterMs: 100 });
    llm = await startFaultyLlm(fake.url, (request) => decide(request));
    cluster = await startCluster({
      apis: 1,
      workers: WORKERS,
      llmUrl: llm.url,
      credits: 500,
      // Every process: a job's attempts are fixed by the process that queues it (the API).
      env: { JOB_ATTEMPTS: String(JOB_ATTEMPTS) },
      workerEnv: { WORKER_CONCURRENCY: String(CONCURRENCY), OPENAI_TIMEOUT_MS: '1000' },
    });
  });

  afterAll(async () => {
    await cluster?.close();
    await llm?.close();
    await fake?.close();
  });

  it('500s, timeouts and 429s: all final, the exhausted FAILED with a reason and refunded, none FAILED by a 429', async () => {
    const random = seeded(7);
    decide = ({ ref, seen, index }) => {
      const i = Number(ref?.split('-')[1]);
      if (DOOMED.has(i)) return { kind: 'status', status: 500 };
      if (THROTTLED.has(i)) return seen <= JOB_ATTEMPTS ? rateLimited(200) : { kind: 'forward' };
      if (index % 20 < 3) return rateLimited(200); // a burst of three in every twenty requests
      const r = random();
      if (r < 0.3) return { kind: 'status', status: 500 };
      if (r < 0.38) return { kind: 'hang' };
      return { kind: 'forward' };
    };
    // The fault is the provider itself, already stormy.
    const { settled } = await faultedBatch(cluster, { tag: 'Storm', count: 48, timeoutMs: 90_000 });

    // The storm happened: every kind of fault reached the workers.
    const kinds = (status: number | null, fault: string) =>
      llm.log.filter((e) => e.fault === fault && e.status === status);
    expect(kinds(500, 'status').length).toBeGreaterThan(10);
    expect(kinds(429, 'status').length).toBeGreaterThan(THROTTLED.size * (JOB_ATTEMPTS + 1));
    expect(kinds(null, 'hang').length).toBeGreaterThan(0);

    const byFile = new Map(settled.failures.map((f) => [f.fileName, f]));
    // Always 500: FAILED after exactly JOB_ATTEMPTS requests, with the provider's error as the reason.
    for (const i of DOOMED) {
      expect(byFile.get(`storm-${i}.txt`)?.error, `storm-${i}`).toMatch(/500/);
      expect(llm.log.filter((e) => e.ref === `Storm-${i}`)).toHaveLength(JOB_ATTEMPTS);
    }
    // More 429s than attempts, and still analysed: a 429 is not an attempt.
    for (const i of THROTTLED) {
      expect(byFile.has(`storm-${i}.txt`), `storm-${i} FAILED: ${byFile.get(`storm-${i}.txt`)?.error}`).toBe(false);
      expect(llm.log.filter((e) => e.ref === `Storm-${i}` && e.status === 429).length).toBe(JOB_ATTEMPTS + 1);
    }
    // Whatever failed, failed of 500s or timeouts, never of a 429.
    for (const failure of settled.failures) {
      expect(failure.error).toMatch(/500|timed out/);
      expect(failure.error).not.toMatch(/429|rate limit/i);
    }
    console.info(
      `llm-storm: ${llm.log.length} requests; ${settled.failed} FAILED (${DOOMED.size} doomed), ${settled.succeeded} scored`,
    );
  }, 120_000);

  it('a 429 pauses every worker process for its Retry-After, not only the one that got it', async () => {
    const PAUSE_MS = 3_000;
    const redis = new Redis(loadConfig().redisUrl);
    let pause = null as Promise<ObservedPause> | null;
    try {
      let start = -1;
      decide = ({ index }) => {
        if (start < 0) start = index;
        if (index - start !== 5) return { kind: 'forward' };
        // From now on the pause is looked for where the workers share it.
        pause = observePause(redis, `${cluster.prefix}:openai-rate:paused`, PAUSE_MS, 30_000);
        return rateLimited(PAUSE_MS);
      };
      const resumes = resumeTexts(40, 'Pause');
      const creditsBefore = await cluster.credits();
      const client = cluster.clients[0]!;
      const { taskId } = await submitBatch(client, resumes);
      const progress = await followProgress(client, taskId, 60_000).done;
      await expectSettled(cluster, { taskId, filenames: resumes.map((r) => r.filename), creditsBefore, progress });

      const limited = llm.log.find((e) => e.status === 429 && e.ref?.startsWith('Pause'));
      expect(limited).toBeDefined();
      expect(pause, 'the 429 was sent').not.toBeNull();
      const observed = await pause!;
      // During the pause, only jobs that had passed the rate limit before it began may still call
      // the provider (at most every worker's concurrency, less the job that got the 429). The
      // window is the pause as Redis held it, not as the LLM sent the 429: the time a loaded
      // worker takes to set it does not count against it, and nobody's speed is assumed.
      const during = llm.log.filter((e) => e.at > observed.startedBy && e.at < observed.endsNotBefore - 500);
      console.info(
        `llm-storm: ${during.length} requests during a ${PAUSE_MS} ms pause, which began at most ${observed.startedBy - limited!.at} ms after the 429`,
      );
      expect(during.length, `requests during the pause: ${JSON.stringify(during)}`).toBeLessThanOrEqual(
        WORKERS * CONCURRENCY - 1,
      );
    } finally {
      await (pause as Promise<ObservedPause> | null)?.catch(() => undefined);
      redis.disconnect();
    }
  }, 90_000);
});
