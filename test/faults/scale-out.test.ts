/**
 * Scale-out: two API processes and three worker processes on one database and one Redis. A task
 * submitted through one API instance is followed live, to its end, by subscribers on both; every
 * application's final state, published by whichever worker finished it, reaches both, and the
 * counters never go back.
 */
import { describe, expect, it } from 'vitest';
import {
  expectMonotonic,
  expectSettled,
  FINAL_STATUSES,
  followProgress,
  resumeTexts,
  useCluster,
  submitBatch,
  type FollowedProgress,
} from '../support/faults.js';
import type { ProgressEvent } from '../support/progress.js';

describe('two API processes and three workers', () => {
  // Workers come later: both subscribers must be listening before any application changes.
  const setup = useCluster(
    { latencyMs: 200, jitterMs: 100 },
    {
      apis: 2,
      workers: 0,
      credits: 500,
      workerEnv: { WORKER_CONCURRENCY: '3' },
    },
  );

  it('a subscriber on the other API instance follows the task to its end, monotonic, missing nothing', async () => {
    const { cluster } = setup;
    const unique = resumeTexts(57, 'Scale');
    // Three resubmitted resumes: analysed once, linked, refunded, even when their twins run at once.
    const resumes = [...unique, ...unique.slice(0, 3).map((r, i) => ({ filename: `again-${i}.txt`, text: r.text }))];
    const creditsBefore = await cluster.credits();
    const [viaFirst, viaSecond] = [cluster.clients[0]!, cluster.clients[1]!];
    const { taskId } = await submitBatch(viaFirst, resumes);
    const other = followProgress(viaSecond, taskId, 90_000);
    const same = followProgress(viaFirst, taskId, 90_000);
    await Promise.all([other.subscribed, same.subscribed]);

    await Promise.all([cluster.addWorker(), cluster.addWorker(), cluster.addWorker()]);
    const [progress, sameProgress] = await Promise.all([other.done, same.done]);

    const settled = await expectSettled(cluster, {
      taskId,
      filenames: resumes.map((r) => r.filename),
      creditsBefore,
      progress,
      client: viaSecond,
    });
    expect(settled).toMatchObject({ failed: 0, duplicates: 3 });

    // Both subscribers saw every application reach its final state, as stored.
    const finals = (p: FollowedProgress) =>
      new Map(
        p.events
          .filter((e) => e.applicationId && (FINAL_STATUSES as readonly string[]).includes(e.applicationStatus ?? ''))
          .map((e) => [e.applicationId!, e.applicationStatus!]),
      );
    expect(sameProgress.error).toBeNull();
    expectMonotonic(sameProgress.events);
    const counters = ({ state, total, processed, succeeded, failed, duplicates }: ProgressEvent) => ({
      state,
      total,
      processed,
      succeeded,
      failed,
      duplicates,
    });
    expect(counters(sameProgress.events.at(-1)!)).toEqual(counters(progress.events.at(-1)!));
    expect(finals(progress)).toEqual(settled.statuses);
    expect(finals(sameProgress)).toEqual(settled.statuses);
  }, 150_000);
});
