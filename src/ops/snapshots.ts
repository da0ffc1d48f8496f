import type { MikroORM } from '@mikro-orm/postgresql';
import { ApplicationStatus } from '../applications/application.entity.js';
import type { JobQueue, OldestState } from '../queue/job.queue.js';
import type { Logger } from '../shared/logger.js';
import type { Metrics } from './metrics.js';

/** Scrapes within this long of the last read share it: one read however many Prometheus servers scrape. */
const SNAPSHOT_TTL_MS = 5_000; // 5 seconds

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;
const AGE_STATES: readonly OldestState[] = ['waiting', 'active', 'delayed', 'failed'];

/**
 * Gauges of the whole deployment, read when Prometheus scrapes (every API and worker reports the
 * same figures: aggregate them with `max`, not `sum`):
 * - `sift_queue_jobs{state}`: jobs by state (waiting includes those waiting their fair-share turn);
 * - `sift_queue_oldest_job_age_seconds{state}`: age of the job at the head of each state;
 * - `sift_resumes{status}`: applications by status, summed from the tally table (a few rows per
 *   task, kept by triggers), not counted over the application table.
 */
export function addDeploymentSnapshots(
  metrics: Metrics,
  { queue, orm, logger }: { queue: JobQueue; orm: MikroORM; logger: Logger },
): void {
  const onError = (what: string) => (error: unknown) => logger.warn({ err: error }, `metrics: could not read ${what}`);
  metrics.addSnapshot({
    name: 'sift_queue_jobs',
    help: 'Jobs in the queue by state (waiting includes items waiting their fair-share turn)',
    labelNames: ['state'],
    ttlMs: SNAPSHOT_TTL_MS,
    onError: onError('the queue'),
    read: async () => {
      const counts = await queue.counts();
      return QUEUE_STATES.map((state) => ({ labels: { state }, value: counts[state] ?? 0 }));
    },
  });
  metrics.addSnapshot({
    name: 'sift_queue_oldest_job_age_seconds',
    help: 'Age of the job at the head of each queue state, in seconds (0 when the state is empty)',
    labelNames: ['state'],
    ttlMs: SNAPSHOT_TTL_MS,
    onError: onError('the queue'),
    read: async () => {
      const oldest = await queue.oldest(AGE_STATES);
      const now = Date.now();
      return AGE_STATES.map((state) => {
        const at = oldest[state];
        return { labels: { state }, value: at === null ? 0 : Math.max(0, (now - at) / 1_000) };
      });
    },
  });
  metrics.addSnapshot({
    name: 'sift_resumes',
    help: 'Resumes (applications) by status, over every organization',
    labelNames: ['status'],
    ttlMs: SNAPSHOT_TTL_MS,
    onError: onError('the resume counts'),
    read: async () => {
      const rows = await orm.em
        .getConnection()
        .execute<{ status: string; n: string }[]>('SELECT status, sum(n) AS n FROM application_tally GROUP BY status');
      const counts = new Map(rows.map((row) => [row.status, Number(row.n)]));
      return Object.values(ApplicationStatus).map((status) => ({ labels: { status }, value: counts.get(status) ?? 0 }));
    },
  });
}
