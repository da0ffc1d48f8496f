/**
 * 10. Webhooks beside screening: the same batch for three organizations, one worker process, an
 * LLM with a set latency. A has no endpoint; B has one subscribed to every event, answered at
 * once; C has one that takes each request and never answers (every delivery slot held for
 * WEBHOOK_TIMEOUT_MS). Three interleaved rounds; screening should take as long in B and C as in A
 * (medians), and B's deliveries should all arrive soon after its batch ends.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateWebhookEndpointDocument, type SiftClient } from '@sift/sdk';
import { outcome, runBatch, type BatchRun } from '../batch-run.js';
import { openaiEnv, scaled, type BenchContext } from '../context.js';
import { startFakeOpenAI } from '../fake-provider.js';
import { withSection, type SectionEnv } from '../harness.js';
import { textResume } from '../resumes.js';
import { num, seconds } from '../stats.js';

const LATENCY_MS = 200;
const SLOWDOWN_TARGET = 1.1;
/** A, B, C, then again: interleaved rounds, medians compared. */
const ROUNDS = 3;
const ALL_EVENTS = ['TASK_COMPLETED', 'TASK_CANCELLED', 'APPLICATION_DECIDED', 'APPLICATION_OVERRIDDEN'] as const;

interface Receiver {
  url: string;
  received: number;
  /** Resolves once `n` requests arrived (bench clock, ms). */
  until(n: number): Promise<number>;
  close(): Promise<void>;
}

/** `answer`: false holds every request unanswered. */
async function startReceiver(answer: boolean): Promise<Receiver> {
  let received = 0;
  const waiters: { n: number; resolve: (at: number) => void }[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      for (const w of waiters.filter((w) => received >= w.n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(performance.now());
      }
      if (answer) res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    get received() {
      return received;
    },
    until: (n) =>
      received >= n ? Promise.resolve(performance.now()) : new Promise((resolve) => waiters.push({ n, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function webhooksSection(ctx: BenchContext): Promise<void> {
  const { rec, log } = ctx;
  const n = scaled(ctx, 300, 20);
  const concurrency = 16;
  rec.note(
    `${n} distinct text resumes per run, one worker process (OPENAI_CONCURRENCY=${concurrency}, WEBHOOK_CONCURRENCY=10), LLM ${LATENCY_MS} ms; ` +
      'A: no endpoint; B: an endpoint for every event, answering 204 at once; C: an endpoint that never answers (WEBHOOK_TIMEOUT_MS=10 s)',
  );
  await withSection(
    ctx.services,
    'webhooks',
    async (section) => {
      const fake = await startFakeOpenAI({ latencyMs: LATENCY_MS });
      const receivers: Receiver[] = [];
      try {
        const api = await section.startApi({ WEBHOOK_ALLOW_PRIVATE: 'true' });
        await section.startWorker({
          ...openaiEnv(fake.url, { OPENAI_CONCURRENCY: concurrency }),
          WEBHOOK_ALLOW_PRIVATE: 'true',
        });
        let offset = 0;
        const run = async (label: string, receiver: Receiver | null) => {
          const client = await orgClient(section, api, n);
          if (receiver) {
            await client.request(CreateWebhookEndpointDocument, {
              input: { url: receiver.url, events: [...ALL_EVENTS] },
            });
          }
          log(`${label}: ${n} resumes`);
          const batch = Array.from({ length: n }, (_, i) => textResume(offset + i));
          offset += n;
          return runBatch(client, await section.createJobPost(client), batch);
        };
        // Fresh workers load and compile code on their first jobs: a round not counted.
        await run('warm-up', null);
        const walls: Record<'a' | 'b' | 'c', number[]> = { a: [], b: [], c: [] };
        const lags: (number | null)[] = [];
        const bad: string[] = [];
        const keep = (key: 'a' | 'b' | 'c', r: BatchRun) => {
          walls[key].push(r.wallMs);
          if (r.last.succeeded !== n) bad.push(`${key.toUpperCase()}: ${outcome(r)}`);
        };
        // Interleaved rounds, so that the machine's other load falls on the three alike.
        for (let round = 1; round <= ROUNDS; round++) {
          keep('a', await run(`round ${round}, A (no endpoint)`, null));
          const fast = await startReceiver(true);
          receivers.push(fast);
          keep('b', await run(`round ${round}, B (a receiver answering at once)`, fast));
          const bEnd = performance.now();
          // Every decision and the task's completion: n + 1 deliveries.
          const at = await withTimeout(fast.until(n + 1), 120_000);
          lags.push(at === null ? null : Math.max(0, at - bEnd));
          // A hung receiver of its own each round, closed after it: its deliveries' retries then
          // fail at once instead of holding the next rounds' delivery slots.
          const hung = await startReceiver(false);
          receivers.push(hung);
          keep('c', await run(`round ${round}, C (a receiver that never answers)`, hung));
          rec.figure(`round${round}`, { heldByC: hung.received, deliveredToB: fast.received });
          await hung.close();
        }
        const a = median(walls.a);
        const b = median(walls.b);
        const c = median(walls.c);
        rec.figure('wallMs', walls);
        rec.figure('lastDeliveryAfterBatchMs', lags);
        rec.info(`A: ${n} resumes, no endpoint (median of ${ROUNDS})`, seconds(a));
        rec.check(
          'B: an endpoint for every event, answering at once: batch time ÷ A (medians)',
          `${num(b / a, 2)}× (${seconds(b)})`,
          `≤ ${SLOWDOWN_TARGET}×`,
          bad.length ? false : b / a <= SLOWDOWN_TARGET,
        );
        const late = lags.filter((l) => l === null).length;
        rec.check(
          "B: all n + 1 deliveries received, the last after the batch's final event",
          late ? `${late} of ${ROUNDS} rounds not within 2 min` : lags.map((l) => seconds(l!)).join(', '),
          'all, within seconds',
          late === 0,
        );
        rec.check(
          'C: an endpoint that never answers: batch time ÷ A (medians)',
          `${num(c / a, 2)}× (${seconds(c)})`,
          `≤ ${SLOWDOWN_TARGET}×`,
          bad.length ? false : c / a <= SLOWDOWN_TARGET,
        );
        if (bad.length) rec.note(`not every resume was scored: ${bad.join('; ')}`);
      } finally {
        for (const r of receivers) await r.close();
        await fake.close();
      }
    },
    log,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function orgClient(section: SectionEnv, api: string, n: number): Promise<SiftClient> {
  return section.client(api, await section.createOrganization(n + 100));
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
