/**
 * A worker process killed with SIGKILL in the middle of a batch, another worker still running:
 * BullMQ's stalled-job check hands the dead worker's jobs to the live one, and every resume still
 * ends final exactly once, counted and charged once.
 */
import { describe, expect, it } from 'vitest';
import { faultedBatch, killHard, useCluster, waitForJobsHeldBy, waitForMidBatch } from '../support/faults.js';

describe('a worker killed with SIGKILL mid-batch', () => {
  const setup = useCluster(
    { latencyMs: 250, jitterMs: 50 },
    {
      apis: 1,
      workers: 2,
      credits: 500,
      // A dead worker's jobs go to the other within seconds, not the default 30 s.
      workerEnv: { WORKER_CONCURRENCY: '3', JOB_LOCK_MS: '5000', JOB_STALLED_CHECK_MS: '2000' },
    },
  );

  it('gives the dead worker’s jobs to the live one: all final, counted once, charged once', async () => {
    const { cluster } = setup;
    const { settled, faulted } = await faultedBatch(cluster, {
      tag: 'Kill',
      count: 48,
      timeoutMs: 150_000,
      fault: async (taskId) => {
        const mid = await waitForMidBatch(cluster, taskId, { finalAtLeast: 8, pendingAtLeast: 12 });
        // Aimed at work in flight: two jobs, so that one finishing just before the kill still leaves one.
        await waitForJobsHeldBy(cluster, cluster.workers[0]!, { atLeast: 2 });
        const killedAt = Date.now();
        await killHard(cluster.workers[0]!);
        return { mid, killedAt };
      },
    });
    expect(settled.failed, cluster.logs()).toBe(0);
    // The kill landed on jobs in flight: they ran again on the surviving worker.
    expect(settled.maxAttempts).toBeGreaterThanOrEqual(2);
    console.info(
      `worker-kill: killed at ${JSON.stringify(faulted.mid)}; recovered ${Math.round((Date.now() - faulted.killedAt) / 1000)} s later`,
    );
  }, 240_000);
});
