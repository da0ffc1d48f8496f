/**
 * Keyset pagination of `applications` against PostgreSQL's own ORDER BY, on data made to be hard:
 * long ties in every sort field, NULL scores, several statuses, two job posts. Every page of every
 * order and filter, walked to the end, must be exactly the sorted list, with `totalCount` right
 * on each page. Then the tally the triggers keep (which `totalCount` reads) must follow inserts,
 * status changes, deletes and cascades, and stay right when folded.
 */
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateJobPostDocument } from '@sift/sdk';
import { foldTally } from '../../src/applications/tally.js';
import { encodeCursor } from '../../src/shared/keyset.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const PAGE = 7;

interface PageResult {
  applications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: { id: string } }[];
  };
}

const LEAN = parse(`
  query Page($filter: ApplicationFilter, $orderBy: ApplicationOrder, $first: Int, $after: String) {
    applications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
    }
  }
`);

/** An ID that sorts before every UUID the database makes. */
const LOWEST_ID = '00000000-0000-4000-8000-000000000000';

describe('applications: keyset pagination and the tally', () => {
  let app: TestApp;
  let org: TestOrg;
  let sql: pg.Client;
  let jobA: string;
  let jobB: string;
  let taskA: string;

  beforeAll(async () => {
    app = await startTestApp();
    org = await app.createOrg(0);
    const create = async (title: string) =>
      (await org.client.request(CreateJobPostDocument, { input: { title, description: 'Engineer' } })).createJobPost.id;
    jobA = await create('A');
    jobB = await create('B');
    sql = new pg.Client({ connectionString: app.databaseUrl });
    await sql.connect();
    taskA = await seedTask(jobA, 180, 0);
    await seedTask(jobA, 40, 1);
    await seedTask(jobB, 60, 2);
  });

  afterAll(async () => {
    await sql?.end();
    await app?.close();
  });

  /**
   * `count` applications for a task: scores from a handful of values (and NULL for FAILED and
   * PENDING ones), created at one of four instants, updated at one of three: ties everywhere.
   */
  async function seedTask(jobPostId: string, count: number, seed: number): Promise<string> {
    const {
      rows: [task],
    } = await sql.query<{ id: string }>(
      `INSERT INTO processing_task (id, organization_id, job_post_id, state, total, processed, succeeded, failed, duplicates, created_at)
       VALUES (gen_random_uuid(), $1, $2, 'COMPLETED', $3, $3, 0, 0, 0, now()) RETURNING id`,
      [org.organizationId, jobPostId, count],
    );
    await sql.query(
      `INSERT INTO application (id, organization_id, job_post_id, task_id, status, score, flags, file_name, mime_type,
              size_bytes, sha256, created_at, updated_at, attempts)
       SELECT gen_random_uuid(), $1, $2, $3, st::application_status,
              CASE WHEN st IN ('FAILED', 'PENDING') THEN NULL ELSE (ARRAY[15, 40, 40, 55, 80, 80, 80])[1 + (i * 7 + $5) % 7] END,
              '{}', 'r' || i || '.txt', 'text/plain', 100, md5(i::text),
              timestamptz '2026-01-01' + make_interval(mins => (i + $5) % 4),
              timestamptz '2026-02-01' + make_interval(mins => (i * 5 + $5) % 3), 1
         FROM generate_series(1, $4::int) AS i,
              LATERAL (SELECT (ARRAY['SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED', 'PENDING', 'REVIEW'])[1 + (i + $5) % 6] AS st) s`,
      [org.organizationId, jobPostId, task!.id, count, seed],
    );
    return task!.id;
  }

  const FIELDS = { SCORE: 'score', CREATED_AT: 'created_at', UPDATED_AT: 'updated_at' } as const;

  /** The list as PostgreSQL sorts it (NULLs last either way, ties by id in the same direction). */
  async function expected(
    filter: { jobPostId?: string; taskId?: string; status?: string[]; minScore?: number },
    field: keyof typeof FIELDS,
    direction: 'ASC' | 'DESC',
  ): Promise<string[]> {
    const conditions = ['organization_id = $1'];
    const params: unknown[] = [org.organizationId];
    const add = (sqlText: string, value: unknown) => {
      params.push(value);
      conditions.push(sqlText.replace('?', `$${params.length}`));
    };
    if (filter.jobPostId) add('job_post_id = ?', filter.jobPostId);
    if (filter.taskId) add('task_id = ?', filter.taskId);
    if (filter.status) add('status::text = ANY(?)', filter.status);
    if (filter.minScore != null) add('score >= ?', filter.minScore);
    const { rows } = await sql.query<{ id: string }>(
      `SELECT id FROM application WHERE ${conditions.join(' AND ')}
        ORDER BY ${FIELDS[field]} ${direction} NULLS LAST, id ${direction}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  async function walk(variables: Record<string, unknown>): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages++) {
      const result: PageResult = await org.client.request(LEAN as never, { ...variables, first: PAGE, after });
      const { edges, pageInfo, totalCount } = result.applications;
      ids.push(...edges.map((e) => e.node.id));
      totals.push(totalCount);
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
      // Every page after the first has at least the row of its cursor before it.
      expect(pageInfo.hasPreviousPage).toBe(pages > 0);
      if (!pageInfo.hasNextPage) return { ids, totals };
      expect(edges).toHaveLength(PAGE);
      after = pageInfo.endCursor;
    }
    throw new Error('more pages than rows');
  }

  const filters = () => [
    { name: 'job post A', filter: { jobPostId: jobA } },
    { name: 'job post A, shortlisted or review', filter: { jobPostId: jobA, status: ['SHORTLISTED', 'REVIEW'] } },
    { name: 'job post A, failed or pending', filter: { jobPostId: jobA, status: ['FAILED', 'PENDING'] } },
    { name: 'job post B, rejected', filter: { jobPostId: jobB, status: ['REJECTED'] } },
    { name: 'the organization, review or failed', filter: { status: ['REVIEW', 'FAILED'] } },
    { name: 'the organization', filter: {} },
    { name: 'a task, by status', filter: { taskId: '', status: ['REVIEW', 'SHORTLISTED', 'PENDING'] } },
    { name: 'job post A, score at least 40', filter: { jobPostId: jobA, minScore: 40 } },
  ];

  for (const field of ['SCORE', 'CREATED_AT', 'UPDATED_AT'] as const) {
    for (const direction of ['DESC', 'ASC'] as const) {
      it(`walks every page by ${field} ${direction}, for every filter, exactly as PostgreSQL sorts`, async () => {
        for (const { name, filter: raw } of filters()) {
          const filter = 'taskId' in raw ? { ...raw, taskId: taskA } : raw;
          const want = await expected(filter, field, direction);
          expect(want.length, name).toBeGreaterThan(PAGE); // several pages, every time
          const { ids, totals } = await walk({ filter, orderBy: { field, direction } });
          expect(ids, `${name}, by ${field} ${direction}`).toEqual(want);
          expect(new Set(totals), name).toEqual(new Set([want.length]));
        }
      });
    }
  }

  it('answers hasPreviousPage from the rows before the cursor: none before the start, all before the end', async () => {
    const page = async (variables: Record<string, unknown>) =>
      ((await org.client.request(LEAN as never, { first: PAGE, ...variables })) as PageResult).applications;
    const ids = (p: PageResult['applications']) => p.edges.map((e) => e.node.id);
    const byScore = (direction: 'ASC' | 'DESC') => ({
      filter: { jobPostId: jobA },
      orderBy: { field: 'SCORE', direction },
    });

    // A cursor before the first row: the page is the first page, with nothing before it.
    const newest = await page({ filter: { jobPostId: jobA }, after: encodeCursor(new Date('9999-01-01'), LOWEST_ID) });
    expect(newest.pageInfo.hasPreviousPage).toBe(false);
    expect(ids(newest)).toEqual((await expected({ jobPostId: jobA }, 'CREATED_AT', 'DESC')).slice(0, PAGE));
    const lowest = await page({ ...byScore('ASC'), after: encodeCursor(-1, LOWEST_ID) });
    expect(lowest.pageInfo.hasPreviousPage).toBe(false);
    expect(ids(lowest)).toEqual((await expected({ jobPostId: jobA }, 'SCORE', 'ASC')).slice(0, PAGE));

    // After the first row: that row is before the page.
    const first = await page({ ...byScore('ASC'), first: 1 });
    const second = await page({ ...byScore('ASC'), after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(ids(second)).not.toContain(ids(first)[0]);

    // A cursor past the last row (a NULL score, and by id DESC the lowest id): an empty page,
    // everything before it.
    const end = await page({ ...byScore('DESC'), after: encodeCursor(null, LOWEST_ID) });
    expect(end).toMatchObject({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
    // Among NULL scores only (FAILED and PENDING), a cursor before the lowest id has nothing before it.
    const nullsOnly = { jobPostId: jobA, status: ['FAILED', 'PENDING'] };
    const start = await page({
      filter: nullsOnly,
      orderBy: { field: 'SCORE', direction: 'ASC' },
      after: encodeCursor(null, LOWEST_ID),
    });
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    expect(ids(start)).toEqual((await expected(nullsOnly, 'SCORE', 'ASC')).slice(0, PAGE));
  });

  it('keeps the tally equal to a count through inserts, status changes, deletes and cascades, folded or not', async () => {
    const counted = async () => {
      const { rows } = await sql.query<{ k: string; n: string }>(
        `SELECT job_post_id || ':' || task_id || ':' || status AS k, count(*)::text AS n FROM application
          WHERE organization_id = $1 GROUP BY 1 ORDER BY 1`,
        [org.organizationId],
      );
      return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
    };
    const tallied = async () => {
      const { rows } = await sql.query<{ k: string; n: string }>(
        `SELECT job_post_id || ':' || task_id || ':' || status AS k, sum(n)::text AS n FROM application_tally
          WHERE organization_id = $1 GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`,
        [org.organizationId],
      );
      return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
    };
    const em = app.container.orm.em.fork();

    expect(await tallied()).toEqual(await counted());
    // Status changes one row at a time and many at once, and an update that changes no status.
    await sql.query(
      `UPDATE application SET status = 'REJECTED' WHERE id = (SELECT id FROM application WHERE task_id = $1 AND status = 'REVIEW' LIMIT 1)`,
      [taskA],
    );
    await sql.query(`UPDATE application SET status = 'CANCELLED' WHERE task_id = $1 AND status = 'PENDING'`, [taskA]);
    await sql.query(`UPDATE application SET updated_at = now() WHERE task_id = $1`, [taskA]);
    expect(await tallied()).toEqual(await counted());
    expect(await foldTally(em)).toBeGreaterThan(0);
    expect(await tallied()).toEqual(await counted());
    // Deletes, one and many, and a cascade from a deleted task.
    await sql.query(`DELETE FROM application WHERE id = (SELECT id FROM application WHERE task_id = $1 LIMIT 1)`, [
      taskA,
    ]);
    await sql.query(`DELETE FROM application WHERE task_id = $1 AND status = 'FAILED'`, [taskA]);
    await sql.query(`DELETE FROM processing_task WHERE id = $1`, [taskA]);
    expect(await tallied()).toEqual(await counted());
    await foldTally(em);
    expect(await tallied()).toEqual(await counted());
    // A folded tally keeps one row per group, and nothing for groups that are gone.
    const { rows: groups } = await sql.query<{ rows: string; groups: string; task_rows: string }>(
      `SELECT count(*) AS rows, count(DISTINCT (job_post_id, task_id, status)) AS groups,
              count(*) FILTER (WHERE task_id = $2) AS task_rows
         FROM application_tally WHERE organization_id = $1`,
      [org.organizationId, taskA],
    );
    expect(groups[0]!.rows).toBe(groups[0]!.groups);
    expect(groups[0]!.task_rows).toBe('0');
    expect(await foldTally(em)).toBe(0);

    // What the API reads from the tally: totalCount and a job post's counts (a cancelled one too).
    await sql.query(
      `UPDATE application SET status = 'CANCELLED' WHERE id = (SELECT id FROM application WHERE job_post_id = $1 AND status = 'PENDING' LIMIT 1)`,
      [jobA],
    );
    const { jobPost } = (await org.client.request(
      parse(
        'query ($id: ID!) { jobPost(id: $id) { applicationCounts { total pending processing shortlisted review rejected failed cancelled } } }',
      ) as never,
      { id: jobA },
    )) as { jobPost: { applicationCounts: Record<string, number> } };
    const { rows: byStatus } = await sql.query<{ status: string; n: string }>(
      `SELECT status::text AS status, count(*)::text AS n FROM application WHERE job_post_id = $1 GROUP BY 1`,
      [jobA],
    );
    const direct = Object.fromEntries(byStatus.map((r) => [r.status.toLowerCase(), Number(r.n)]));
    expect(jobPost.applicationCounts).toMatchObject({
      total: byStatus.reduce((sum, r) => sum + Number(r.n), 0),
      shortlisted: direct.shortlisted ?? 0,
      review: direct.review ?? 0,
      rejected: direct.rejected ?? 0,
      failed: direct.failed ?? 0,
      pending: direct.pending ?? 0,
      cancelled: direct.cancelled ?? 0,
    });
    const { ids, totals } = await walk({ filter: { jobPostId: jobA, status: ['REVIEW'] } });
    expect(totals[0]).toBe(direct.review);
    expect(ids).toHaveLength(direct.review!);
  });
});
