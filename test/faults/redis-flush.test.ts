/**
 * Redis loses every job of the deployment in the middle of a batch (FLUSHALL, scoped to this
 * test's key prefix because other test files share the server): PostgreSQL still knows every
 * application, and the reconciler queues again those left without a live job.
 */
import { describe, expect, it } from 'vitest';
import {
  deleteRedisKeys,
  expectSettled,
  followProgress,
  resumeTexts,
  useCluster,
  submitBatch,
  waitForMidBatch,
} from '../support/faults.js';

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
    const resumes = resumeTexts(48, 'Flush');
    const creditsBefore = await cluster.credits();
    const client = cluster.clients[0]!;
    const { taskId } = await submitBatch(client, resumes);
    const follower = followProgress(client, taskId, 90_000);
    await follower.subscribed;

    await waitForMidBatch(cluster, taskId, { finalAtLeast: 8, pendingAtLeast: 15 });
    const deleted = await deleteRedisKeys(cluster.prefix);
    expect(deleted).toBeGreaterThan(0);

    const progress = await follower.done;
    const settled = await expectSettled(cluster, {
      taskId,
      filenames: resumes.map((r) => r.filename),
      creditsBefore,
      progress,
    });
    expect(settled.failed, cluster.logs()).toBe(0);
    // The lost jobs were found by the reconciler, not by luck.
    expect(cluster.workers.some((w) => /reconciler queued applications that had no live job/.test(w.output()))).toBe(
      true,
    );
  }, 120_000);
});
