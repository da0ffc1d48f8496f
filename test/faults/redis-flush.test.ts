/**
 * Redis loses every job of the deployment in the middle of a batch (FLUSHALL, scoped to this
 * test's key prefix because other test files share the server): PostgreSQL still knows every
 * application, and the reconciler queues again those left without a live job.
 */
import { describe, expect, it } from 'vitest';
import { deleteRedisKeys, faultedBatch, useCluster, waitForMidBatch } from '../support/faults.js';

describe('Redis flushed mid-batch', () => {
  const setup = useCluster(
    { latencyMs: 200, jitterMs: 80 },
    {
      apis: 1,
      workers: 2,
      credits: 500,
      workerEnv: { WORKER_CONCURRENCY: '3', RECONCILE_INTERVAL_MS: '500', RECONCILE_STALE_MS: '1000' },
    },
  );

  it('the reconciler brings the lost jobs back: all final, counted once, charged once', async () => {
    const { cluster } = setup;
    const { settled } = await faultedBatch(cluster, {
      tag: 'Flush',
      count: 48,
      timeoutMs: 90_000,
      fault: async (taskId) => {
        await waitForMidBatch(cluster, taskId, { finalAtLeast: 8, pendingAtLeast: 15 });
        expect(await deleteRedisKeys(cluster.prefix)).toBeGreaterThan(0);
      },
    });
    expect(settled.failed, cluster.logs()).toBe(0);
    // The lost jobs were found by the reconciler, not by luck.
    expect(cluster.workers.some((w) => /reconciler queued applications that had no live job/.test(w.output()))).toBe(
      true,
    );
  }, 120_000);
});
