/**
 * PostgreSQL connections cut while a worker is inside a transaction, as many times as the worker's
 * pool has connections: each failed transaction must give its connection back (a dead one is
 * discarded), so the worker keeps working, and the batch still ends with every resume final.
 */
import { describe, expect, it } from 'vitest';
import { faultedBatch, statusCounts, useCluster, waitForMidBatch, waitUntil } from '../support/faults.js';
import { databaseName } from '../../src/db/database-admin.js';

/**
 * As many cuts as the worker's pool has connections (src/db/orm.ts, `pool.max`): if a failed
 * transaction kept its connection, these would leave the worker none.
 */
const CUTS = 10;

describe('PostgreSQL connections cut inside transactions, as often as the pool is large', () => {
  const setup = useCluster(
    { latencyMs: 200, jitterMs: 50 },
    {
      apis: 1,
      workers: 1,
      credits: 500,
      // Attempts to spare: the point is the pool, not running out of retries.
      env: { JOB_ATTEMPTS: '10' },
      // The reconciler's sweep is a transaction that talks to Redis in the middle: a target that
      // stays idle in its transaction a few milliseconds, every 200 ms while the batch runs.
      workerEnv: { WORKER_CONCURRENCY: '2', RECONCILE_INTERVAL_MS: '200', RECONCILE_STALE_MS: '0' },
    },
  );

  it('the worker keeps its pool and finishes the batch: all final, counted once, charged once', async () => {
    const { cluster } = setup;
    const { settled, faulted } = await faultedBatch(cluster, {
      tag: 'Tx',
      count: 60,
      timeoutMs: 30_000,
      fault: async (taskId) => {
        await waitForMidBatch(cluster, taskId, { finalAtLeast: 4, pendingAtLeast: 30 });
        // Cut only connections idle inside a transaction (between two statements, e.g. while the
        // reconciler asks Redis about jobs), one at a time: each cut makes the transaction's next
        // statement fail, so each one exercises the failure path of a transaction.
        let cuts = 0;
        const started = Date.now();
        await waitUntil(
          async () => {
            const { rows } = await cluster.sql.query<{ cut: boolean }>(
              `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
                WHERE datname = $1 AND pid <> pg_backend_pid()
                  AND state = 'idle in transaction'
                LIMIT 1`,
              [databaseName(cluster.databaseUrl)],
            );
            cuts += rows.filter((r) => r.cut).length;
            return cuts >= CUTS ? true : undefined;
          },
          {
            timeoutMs: 30_000,
            intervalMs: 2,
            describe: () => `${CUTS} connections cut inside transactions (got ${cuts})`,
          },
        );
        return { cuts, cutMs: Date.now() - started, afterCuts: await statusCounts(cluster.sql, taskId) };
      },
    });
    expect(settled.failed).toBe(0);
    console.info(
      `postgres-transactions: ${faulted.cuts} cuts in ${faulted.cutMs} ms; batch at ${JSON.stringify(faulted.afterCuts)} then`,
    );
  }, 120_000);
});
