import type { EntityManager } from '@mikro-orm/postgresql';

/** Groups folded per call at most; the rest wait for the next call. */
const FOLD_LIMIT = 10_000;

/**
 * Folds the application tally: each (organization, job post, task, status) group with more than
 * one row becomes one row holding their sum, and groups that sum to zero go. Safe beside writers
 * (their new rows are not in this statement's snapshot and stay) and beside another fold (a row
 * it deleted first is skipped). Returns the number of groups folded.
 */
export async function foldTally(em: EntityManager): Promise<number> {
  const [row] = await em.getConnection().execute<{ groups: string }[]>(
    `WITH groups AS (
       SELECT organization_id, job_post_id, task_id, status FROM application_tally
        GROUP BY 1, 2, 3, 4 HAVING count(*) > 1 OR sum(n) = 0 LIMIT ?
     ), gone AS (
       DELETE FROM application_tally t USING groups g
        WHERE t.organization_id = g.organization_id AND t.job_post_id = g.job_post_id
          AND t.task_id = g.task_id AND t.status = g.status
       RETURNING t.organization_id, t.job_post_id, t.task_id, t.status, t.n
     ), folded AS (
       INSERT INTO application_tally (organization_id, job_post_id, task_id, status, n)
       SELECT organization_id, job_post_id, task_id, status, sum(n) FROM gone GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0
     )
     SELECT count(*) AS groups FROM groups`,
    [FOLD_LIMIT],
  );
  return Number(row?.groups ?? 0);
}
