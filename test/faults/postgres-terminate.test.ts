/**
 * PostgreSQL connections terminated under a running batch, several times (a failover, a restart,
 * an administrator): the workers' queries fail, their jobs are retried (JOB_ATTEMPTS), the
 * reconciler covers what falls between, and the API keeps serving the subscriber.
 */
import { describe, expect, it } from 'vitest';
import { faultedBatch, statusCounts, terminateConnections, useCluster, waitUntil } from '../support/faults.js';

/** How long each round of terminations lasts, and the pause between two terminations in it. */
const BURST_MS = 400;
const BURST_GAP_MS = 20;

describe('PostgreSQL connections terminated mid-batch', () => {
  const setup = useCluster(
    { latencyMs: 200, jitterMs: 80 },
    {
      apis: 1,
      workers: 2,
      credits: 500,
      workerEnv: { WORKER_CONCURRENCY: '3', RECONCILE_INTERVAL_MS: '500', RECONCILE_STALE_MS: '2000' },
    },
  );

  it('jobs retry and every resume still ends final, counted once, charged once', async () => {
    const { cluster } = setup;
    const { settled, faulted: terminated } = await faultedBatch(cluster, {
      tag: 'Pg',
      count: 54,
      timeoutMs: 90_000,
      fault: async (taskId) => {
        const rounds: number[] = [];
        for (const finalAtLeast of [8, 20, 32]) {
          await waitUntil(
            async () => {
              const counts = await statusCounts(cluster.sql, taskId);
              if (counts.final === counts.total) throw new Error(`the batch ended before ${finalAtLeast} were final`);
              return counts.final >= finalAtLeast && counts.processing > 0 ? counts : undefined;
            },
            { timeoutMs: 60_000, intervalMs: 20, describe: () => `${finalAtLeast} final\n${cluster.logs()}` },
          );
          // A flapping server: every connection cut, again and again for a moment, so queries in
          // flight (workers', the API's) fail, not only idle pooled connections.
          let round = 0;
          for (const until = Date.now() + BURST_MS; Date.now() < until;) {
            round += await terminateConnections(cluster.sql, cluster.databaseUrl);
            await new Promise((r) => setTimeout(r, BURST_GAP_MS));
          }
          rounds.push(round);
        }
        return rounds;
      },
    });
    expect(terminated.every((n) => n > 0)).toBe(true);

    const retried = cluster.workers.reduce((n, w) => n + (w.output().match(/job failed; will retry/g) ?? []).length, 0);
    console.info(
      `postgres-terminate: terminated ${terminated.join(', ')} connections; ${retried} job retries; ${settled.failed} failed`,
    );
  }, 180_000);
});
