/**
 * 5. The `applications` query on a million applications: filtered, sorted, keyset-paginated,
 * through the real GraphQL API with the SDK's Applications document, on the first page and on a
 * page half a million rows deep.
 *
 * The rows are seeded with SQL (generate_series) into their own organization, job post and task:
 * secondary indexes are dropped during the load and built again after it (faster than keeping
 * them up to date row by row), then the table is vacuumed and analysed, as autovacuum would
 * leave it.
 */
import pg from 'pg';
import { encodeCursor } from '../../shared/keyset.js';
import { ApplicationsService } from '../../applications/applications.service.js';
import { initOrm, type MikroORM } from '../../db/orm.js';
import { ApplicationsDocument, ViewerDocument } from '@sift/sdk';
import { scaled, type BenchContext } from '../context.js';
import { withSection } from '../harness.js';
import { distribution, ms, num, seconds } from '../stats.js';

const PAGE = 20;
const SAMPLES = 100;
/** Calls not counted before each series: the code paths are compiled (JIT) by then, as in a running server. */
const WARMUP = 20;
/** A slow query gets fewer samples: at least MIN_SAMPLES, and no more once this time is spent. */
const SAMPLE_BUDGET_MS = 15_000; // 15 seconds
const MIN_SAMPLES = 5;
const DEPTH = 500_000;
const P95_TARGET_MS = 10;
const SEED_CHUNK = 100_000;

interface Shape {
  name: string;
  status: string[] | null;
  field: 'SCORE' | 'CREATED_AT';
  /** The ORDER BY Sift's keyset pagination uses for this field (descending). */
  orderSql: string;
  column: 'score' | 'created_at';
}

const SHAPES: Shape[] = [
  {
    name: 'ranked: status SHORTLISTED|REVIEW, by score',
    status: ['SHORTLISTED', 'REVIEW'],
    field: 'SCORE',
    orderSql: 'score DESC NULLS LAST, id DESC',
    column: 'score',
  },
  {
    name: 'newest first: all statuses, by createdAt',
    status: null,
    field: 'CREATED_AT',
    orderSql: 'created_at DESC, id DESC',
    column: 'created_at',
  },
];

export async function querySection(ctx: BenchContext): Promise<void> {
  const { rec, log } = ctx;
  const rows = scaled(ctx, ctx.options.rows, 1_000);

  await withSection(
    ctx.services,
    'query',
    async (section) => {
      const api = await section.startApi();
      const org = await section.createOrganization(0);
      const client = section.client(api, org);
      const jobPostId = await section.createJobPost(client);
      const db = new pg.Client({ connectionString: section.databaseUrl });
      await db.connect();
      // Sift's own data layer in this process, against the same database: the query as the API
      // runs it (SQL, ORM, totalCount), without HTTP and GraphQL.
      const orm = await initOrm(section.databaseUrl);
      const pageSql = capturePageSql(orm);
      try {
        const seed = await seedApplications(db, org.organizationId, jobPostId, rows, log);
        rec.figure('seed', seed);
        rec.info(
          `seed: ${num(rows, 0)} applications (generate_series)`,
          `${seconds(seed.totalMs)} (insert ${seconds(seed.insertMs)}, indexes ${seconds(seed.indexMs)}, vacuum analyze ${seconds(seed.vacuumMs)})`,
        );

        for (const shape of SHAPES) {
          const params = [org.organizationId, jobPostId, ...(shape.status ?? [])];
          const where = `organization_id = $1 AND job_post_id = $2${shape.status ? ` AND status IN (${shape.status.map((_, i) => `$${i + 3}`).join(', ')})` : ''}`;
          const { rows: counted } = await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM application WHERE ${where}`,
            params,
          );
          const matches = Number(counted[0]!.n);
          const depth = Math.min(scaled(ctx, DEPTH, 100), matches - PAGE);
          // The cursor of the row at `depth`, as an earlier page would have handed it out.
          const { rows: at } = await db.query<{ v: number | Date; id: string; next: string }>(
            `SELECT ${shape.column} AS v, id, lead(id) OVER (ORDER BY ${shape.orderSql}) AS next
               FROM (SELECT ${shape.column}, id FROM application WHERE ${where} ORDER BY ${shape.orderSql} OFFSET $${params.length + 1} LIMIT 2) s
              ORDER BY ${shape.orderSql} LIMIT 1`,
            [...params, depth - 1],
          );
          const cursor = encodeCursor(at[0]!.v, at[0]!.id);
          const variables = (after: string | null) => ({
            filter: { jobPostId, ...(shape.status ? { status: shape.status as never } : {}) },
            orderBy: { field: shape.field as never, direction: 'DESC' as never },
            first: PAGE,
            after,
          });
          log(`${shape.name}: ${num(matches, 0)} match; first page and page at ${num(depth, 0)}`);
          const startsAfterCursor = (page: Page) => {
            if (page.edges[0]?.node.id !== at[0]!.next) {
              throw new Error(
                `the deep page does not start after the cursor (${page.edges[0]?.node.id} ≠ ${at[0]!.next})`,
              );
            }
          };
          const direct = (after: string | null) => async () => {
            const { filter, orderBy, first } = variables(after);
            // As the API calls it for the SDK's document, which selects totalCount.
            const page = await new ApplicationsService(orm.em.fork(), org.organizationId).list(
              { filter, orderBy, first, after },
              { withCount: true },
            );
            await page.totalCount;
            return page as unknown as Page;
          };
          const layer = {
            first: await sample(direct(null)),
            deep: await sample(direct(cursor), startsAfterCursor),
          };
          // The statement Sift sent for each page, as PostgreSQL executes it.
          await direct(null)();
          const sqlFirst = await explainTimes(orm, pageSql.last!);
          await direct(cursor)();
          const sqlDeep = await explainTimes(orm, pageSql.last!);
          const viaApi = (after: string | null) => async () =>
            (await client.request(ApplicationsDocument, variables(after) as never)).applications as Page;
          const api = {
            first: await sample(viaApi(null)),
            deep: await sample(viaApi(cursor), startsAfterCursor),
          };
          const countMs = await sqlTime(db, `SELECT count(*) FROM application WHERE ${where}`, params);
          const key = shape.field === 'SCORE' ? 'ranked' : 'newest';
          rec.figure(key, {
            matches,
            depth,
            sql: { first: sqlFirst, deep: sqlDeep },
            dataLayer: layer,
            api,
            sqlCountMs: countMs,
          });
          rec.info(
            `${shape.name}, the page's SQL in PostgreSQL (EXPLAIN ANALYZE execution time): first page, page at ${num(depth, 0)}: p50, p95`,
            `${ms(sqlFirst.p50)}, ${ms(sqlFirst.p95)}; ${ms(sqlDeep.p50)}, ${ms(sqlDeep.p95)}`,
          );
          for (const [label, d] of [
            ['first page', layer.first],
            [`page at ${num(depth, 0)}`, layer.deep],
          ] as const) {
            rec.check(
              `${shape.name} (${num(matches, 0)} match), ${label}, the query (SQL + ORM + totalCount): p50, p95 of ${d.n}`,
              `${ms(d.p50)}, ${ms(d.p95)}`,
              `p95 < ${P95_TARGET_MS} ms`,
              d.p95 < P95_TARGET_MS,
            );
          }
          for (const [label, d] of [
            ['first page', api.first],
            [`page at ${num(depth, 0)}`, api.deep],
          ] as const) {
            rec.info(
              `${shape.name}, ${label}, through the API (SDK document, HTTP): p50, p95 of ${d.n}`,
              `${ms(d.p50)}, ${ms(d.p95)}`,
            );
          }
          rec.info(`${shape.name}: count(*) of the filter alone, in SQL (totalCount)`, `${ms(countMs)} (median of 5)`);
        }
        const floor = await sample(async () => {
          await client.request(ViewerDocument);
          return { edges: [] };
        });
        rec.figure('apiFloor', floor);
        rec.info(
          'the floor of one API request here: the SDK viewer query (auth + one read): p50, p95',
          `${ms(floor.p50)}, ${ms(floor.p95)}`,
        );
        rec.note(
          `${num(rows, 0)} applications in one organization, job post and task (5% FAILED, the rest by a uniform score: ≥70 SHORTLISTED, ≥40 REVIEW); the SDK's Applications document, first: ${PAGE}, with totalCount; deep pages start from a cursor built with Sift's encodeCursor for the row at that position (checked: the page starts at the next row); ${WARMUP} warm-up requests not counted`,
        );
      } finally {
        await orm.close();
        await db.end();
      }
    },
    log,
  );
}

type Page = { edges: { node: { id: string } }[] };

async function sample(read: () => Promise<Page>, check: (page: Page) => void = () => undefined) {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; times.length < SAMPLES; i++) {
    if (times.length >= MIN_SAMPLES && performance.now() - started > SAMPLE_BUDGET_MS) break;
    const t0 = performance.now();
    const page = await read();
    const elapsed = performance.now() - t0;
    check(page);
    if (i >= WARMUP) times.push(elapsed);
  }
  return distribution(times);
}

/** Remembers the last page statement Sift's keyset pagination sent through this ORM. */
function capturePageSql(orm: MikroORM): { last: { sql: string; params: unknown[] } | null } {
  const captured: { last: { sql: string; params: unknown[] } | null } = { last: null };
  const connection = orm.em.getConnection();
  const execute = connection.execute.bind(connection);
  connection.execute = ((sql: string, params: unknown[] = [], ...rest: never[]) => {
    if (/^SELECT [bp]\.\*/.test(sql)) captured.last = { sql, params };
    return execute(sql, params, ...rest);
  }) as typeof connection.execute;
  return captured;
}

/** Execution time of a statement as PostgreSQL reports it (EXPLAIN ANALYZE), 30 runs after 3. */
async function explainTimes(orm: MikroORM, { sql, params }: { sql: string; params: unknown[] }) {
  const times: number[] = [];
  for (let i = 0; i < 33; i++) {
    const [row] = await orm.em
      .getConnection()
      .execute<{ 'QUERY PLAN': { 'Execution Time': number }[] }[]>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    if (i >= 3) times.push(row!['QUERY PLAN'][0]!['Execution Time']);
  }
  return distribution(times);
}

/** Median time of a statement run 5 times, measured in the database client. */
async function sqlTime(db: pg.Client, sql: string, params: unknown[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await db.query(sql, params);
    times.push(performance.now() - t0);
  }
  return distribution(times).p50;
}

interface SeedResult {
  rows: number;
  insertMs: number;
  indexMs: number;
  vacuumMs: number;
  totalMs: number;
}

export async function seedApplications(
  db: pg.Client,
  organizationId: string,
  jobPostId: string,
  rows: number,
  log: (line: string) => void,
): Promise<SeedResult> {
  const t0 = performance.now();
  const {
    rows: [task],
  } = await db.query<{ id: string }>(
    `INSERT INTO processing_task (id, organization_id, job_post_id, state, total, processed, succeeded, failed, duplicates, created_at, started_at, finished_at)
     VALUES (gen_random_uuid(), $1, $2, 'COMPLETED', $3, $3, $3, 0, 0, now(), now(), now()) RETURNING id`,
    [organizationId, jobPostId, rows],
  );
  // Sift's own indexes, as its migrations made them: dropped for the load, built again after.
  const { rows: indexes } = await db.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
      WHERE i.tablename = 'application' AND NOT x.indisprimary AND NOT x.indisunique`,
  );
  for (const index of indexes) await db.query(`DROP INDEX "${index.name}"`);
  // Foreign keys point at the three rows above: no need to check each of a million rows.
  await db.query(`SET session_replication_role = replica`);
  await db.query(`SELECT setseed(0.42)`);
  for (let from = 1; from <= rows; from += SEED_CHUNK) {
    const to = Math.min(rows, from + SEED_CHUNK - 1);
    await db.query(
      `INSERT INTO application (id, organization_id, job_post_id, task_id, status, score, candidate, evaluation, flags,
              error, file_name, mime_type, size_bytes, sha256, file_id, usage, decision_source, email, text_hash, analyzer,
              created_at, updated_at, processed_at, attempts)
       SELECT gen_random_uuid(), $1, $2, $3,
              (CASE WHEN failed THEN 'FAILED' WHEN s >= 70 THEN 'SHORTLISTED' WHEN s >= 40 THEN 'REVIEW' ELSE 'REJECTED' END)::application_status,
              CASE WHEN failed THEN NULL ELSE s END,
              CASE WHEN failed THEN NULL ELSE jsonb_build_object(
                'name', 'Candidate ' || i, 'email', 'candidate' || i || '@example.com', 'phone', NULL, 'location', 'Lisbon, Portugal',
                'totalYearsExperience', i % 15, 'skills', '["TypeScript", "Node.js", "PostgreSQL"]'::jsonb,
                'education', '[]'::jsonb, 'experience', '[]'::jsonb, 'links', '[]'::jsonb, 'summary', NULL) END,
              NULL, '{}'::text[],
              CASE WHEN failed THEN 'CORRUPT: the file could not be read' END,
              'candidate-' || i || '.pdf', 'application/pdf', 20000 + i % 50000, md5(i::text) || md5((-i)::text), NULL,
              CASE WHEN failed THEN NULL ELSE '{"promptTokens": 1800, "completionTokens": 400, "costUsd": 0.0005}'::jsonb END,
              CASE WHEN failed THEN NULL ELSE 'AI'::decision_source END,
              CASE WHEN failed THEN NULL ELSE 'candidate' || i || '@example.com' END,
              md5('text' || i), 'openai:gpt-4o-mini', t, t, t, 1
         FROM (SELECT i, i % 20 = 0 AS failed, floor(random() * 101)::int AS s,
                      date_trunc('milliseconds', now() - make_interval(secs => i * 30)) AS t
                 FROM generate_series($4::int, $5::int) AS i) g`,
      [organizationId, jobPostId, task!.id, from, to],
    );
    log(`seeded ${num(to, 0)} of ${num(rows, 0)}`);
  }
  await db.query(`SET session_replication_role = DEFAULT`);
  const insertMs = performance.now() - t0;
  const t1 = performance.now();
  await db.query(`SET maintenance_work_mem = '256MB'`);
  for (const index of indexes) await db.query(index.def);
  const indexMs = performance.now() - t1;
  const t2 = performance.now();
  await db.query('VACUUM (ANALYZE) application');
  const vacuumMs = performance.now() - t2;
  return { rows, insertMs, indexMs, vacuumMs, totalMs: performance.now() - t0 };
}
