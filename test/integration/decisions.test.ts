/**
 * People over the AI: overriding a decision (recorded with who, when and why) and erasing a
 * candidate's data and file while the counts stay right. An erasure leaves the candidate's data
 * nowhere (every table and every stored file is searched for it): uploads that had copied the
 * erased result (duplicates) are analysed again from their own files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationDocument,
  ApplicationsDocument,
  CreateJobPostDocument,
  DeleteApplicationDocument,
  JobPostDocument,
  OverrideDecisionDocument,
  ProcessResumesDocument,
  RetryFailedDocument,
  SiftApiError,
  TaskDocument,
  ViewerDocument,
} from '@sift/sdk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { collectProgress } from '../support/progress.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const resume = (name: string, skills: string) =>
  `${name}\n${name.split(' ')[0]!.toLowerCase()}@example.com\n\nSummary: ten years of work, most recently with ${skills}.\n` +
  `2015 - Present  Senior Specialist, Example Company Ltd, London\n`;

describe('decisions by people, and erasure', () => {
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;
  let ids: Record<string, string>;

  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => 'NO_ERROR',
      (e: unknown) =>
        e instanceof SiftApiError ? `${e.code}:${String(e.errors[0]?.extensions?.reason ?? '')}` : 'OTHER',
    );

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    org = await app.createOrg(20);
    jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: { title: 'Backend', description: 'Node.js', mustHaveSkills: ['Node.js', 'PostgreSQL'] },
      })
    ).createJobPost.id;
    const { processResumes: task } = await org.client.request(ProcessResumesDocument, {
      jobPostId,
      resumes: [
        { filename: 'strong.txt', text: resume('Sam Strong', 'Node.js, PostgreSQL, TypeScript') },
        { filename: 'weak.txt', text: resume('Wes Weak', 'Excel, bookkeeping') },
      ],
    });
    await collectProgress(org.client, task.id);
    const { applications } = await org.client.request(ApplicationsDocument, { filter: { taskId: task.id } });
    ids = Object.fromEntries(applications.edges.map((e) => [e.node.file.filename, e.node.id]));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lets a person override a decision, and records who, when, why and from what', async () => {
    const before = (await org.client.request(ApplicationDocument, { id: ids['weak.txt']! })).application!;
    expect(before.status).toBe('REJECTED');
    const { overrideDecision } = await org.client.request(OverrideDecisionDocument, {
      applicationId: before.id,
      status: 'SHORTLISTED',
      note: '  Referred by the team lead; strong domain knowledge.  ',
    });
    expect(overrideDecision).toMatchObject({ status: 'SHORTLISTED', decisionSource: 'HUMAN', score: before.score });
    await org.client.request(OverrideDecisionDocument, {
      applicationId: before.id,
      status: 'REVIEW',
      note: 'Second look',
    });
    const { application } = await org.client.request(ApplicationDocument, { id: before.id });
    expect(application!.status).toBe('REVIEW');
    expect(application!.overrides.map((o) => [o.fromStatus, o.toStatus, o.note])).toEqual([
      ['REJECTED', 'SHORTLISTED', 'Referred by the team lead; strong domain knowledge.'],
      ['SHORTLISTED', 'REVIEW', 'Second look'],
    ]);
    expect(application!.overrides[0]!.by).toBe(org.apiKey.slice(0, 12));
    const counts = (await org.client.request(JobPostDocument, { id: jobPostId })).jobPost!.applicationCounts;
    expect(counts.review + counts.shortlisted + counts.rejected).toBe(2);
  });

  it('refuses an override without a reason, or to a status that is not a decision', async () => {
    const id = ids['strong.txt']!;
    expect(
      await reason(
        org.client.request(OverrideDecisionDocument, { applicationId: id, status: 'REJECTED', note: '   ' }),
      ),
    ).toBe('BAD_USER_INPUT:INVALID_NOTE');
    expect(
      await reason(org.client.request(OverrideDecisionDocument, { applicationId: id, status: 'FAILED', note: 'x' })),
    ).toBe('BAD_USER_INPUT:INVALID_DECISION');
    const { application } = await org.client.request(ApplicationDocument, { id });
    expect(application).toMatchObject({ decisionSource: 'AI', overrides: [] });
  });

  it("erases a candidate's data and file; the application stays, anonymous, for the counts", async () => {
    const id = ids['strong.txt']!;
    const em = app.container.orm.em.fork();
    // Captured before the erase, which sets the row's link to the file to NULL: the file is then
    // looked for by its own ID, not through that link.
    const [before] = await em.execute<{ file_id: string | null; analysis_key: string | null }[]>(
      'SELECT file_id, analysis_key FROM application WHERE id = ?',
      [id],
    );
    expect(before!.file_id).toEqual(expect.any(String));
    expect(before!.analysis_key).toEqual(expect.any(String));
    expect(await mentions(em, ['Sam Strong', 'sam@example.com'])).not.toEqual([]);
    const countsBefore = (await org.client.request(JobPostDocument, { id: jobPostId })).jobPost!.applicationCounts;

    expect((await org.client.request(DeleteApplicationDocument, { id })).deleteApplication.deletedApplicationId).toBe(
      id,
    );
    const { application } = await org.client.request(ApplicationDocument, { id });
    expect(application).toMatchObject({ candidate: null, evaluation: null, erasedAt: expect.any(String) });
    expect(application!.file.filename).toBe('[erased]');
    const [row] = await em.execute<{ file_id: string | null; email: string | null }[]>(
      'SELECT file_id, email FROM application WHERE id = ?',
      [id],
    );
    expect(row).toEqual({ file_id: null, email: null });
    const [gone] = await em.execute<{ files: string; cached: string }[]>(
      `SELECT (SELECT count(*) FROM resume_file WHERE id = ?) AS files,
              (SELECT count(*) FROM analysis_cache WHERE key = ?) AS cached`,
      [before!.file_id, before!.analysis_key],
    );
    expect(gone).toEqual({ files: '0', cached: '0' });
    // Nowhere in the database, file contents included.
    expect(await mentions(em, ['Sam Strong', 'sam@example.com'])).toEqual([]);
    const { applications } = await org.client.request(ApplicationsDocument, { filter: { email: 'sam@example.com' } });
    expect(applications.totalCount).toBe(0);
    expect((await org.client.request(JobPostDocument, { id: jobPostId })).jobPost!.applicationCounts).toEqual(
      countsBefore,
    );
    // Again: nothing more to erase, same answer.
    expect((await org.client.request(DeleteApplicationDocument, { id })).deleteApplication.deletedApplicationId).toBe(
      id,
    );
  });

  it('erases the notes of the decisions made on the candidate, and keeps who decided, when and what', async () => {
    const id = ids['weak.txt']!;
    await org.client.request(DeleteApplicationDocument, { id });
    const { application } = await org.client.request(ApplicationDocument, { id });
    expect(application!.overrides.map((o) => [o.fromStatus, o.toStatus, o.note, o.by])).toEqual([
      ['REJECTED', 'SHORTLISTED', '[erased]', org.apiKey.slice(0, 12)],
      ['SHORTLISTED', 'REVIEW', '[erased]', org.apiKey.slice(0, 12)],
    ]);
    expect(application).toMatchObject({ status: 'REVIEW', decisionSource: 'HUMAN', candidate: null });
    expect(await mentions(app.container.orm.em.fork(), ['Wes Weak', 'wes@example.com'])).toEqual([]);
  });
});

describe('erasing an application whose result others copied', () => {
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;
  const NAME = 'Dana Copy';
  const EMAIL = 'dana@example.com';
  const DANA = resume(NAME, 'Node.js, PostgreSQL, TypeScript');

  beforeAll(async () => {
    app = await startTestApp();
    org = await app.createOrg(20);
    jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: { title: 'Backend', description: 'Node.js', mustHaveSkills: ['Node.js', 'PostgreSQL'] },
      })
    ).createJobPost.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Submits `resumes` as one task and waits for it to finish; returns the task's ID and its applications by file. */
  async function submit(resumes: { filename: string; text: string }[]) {
    const { processResumes: task } = await org.client.request(ProcessResumesDocument, { jobPostId, resumes });
    await collectProgress(org.client, task.id);
    const { applications } = await org.client.request(ApplicationsDocument, { filter: { taskId: task.id } });
    return { taskId: task.id, apps: Object.fromEntries(applications.edges.map((e) => [e.node.file.filename, e.node])) };
  }

  const credits = async () => (await org.client.request(ViewerDocument)).viewer.credits;
  const row = async (id: string) =>
    (
      await app.container.orm.em
        .fork()
        .execute<{ file_id: string | null; analysis_key: string | null }[]>(
          'SELECT file_id, analysis_key FROM application WHERE id = ?',
          [id],
        )
    )[0]!;

  it("analyses the duplicate again from its own file, keeping a person's decision on it", async () => {
    let worker = app.startWorker();
    try {
      await duplicateErased(
        () => worker.close(),
        () => (worker = app.startWorker()),
      );
    } finally {
      await worker.close();
    }
  });

  /** The test above; `stopWorker` and `startWorker` let it look at the state between the erase and the analysis. */
  async function duplicateErased(stopWorker: () => Promise<void>, startWorker: () => void) {
    // Two tasks, one after the other: the first upload is analysed, the second copies its result.
    const first = (await submit([{ filename: 'a.txt', text: DANA }])).apps['a.txt']!;
    const { taskId, apps } = await submit([
      { filename: 'b.txt', text: DANA },
      { filename: 'c.txt', text: resume('Olga Other', 'Node.js, PostgreSQL') },
    ]);
    const copy = apps['b.txt']!;
    expect(copy).toMatchObject({ duplicateOf: { id: first.id }, candidate: { name: NAME, email: EMAIL } });
    expect(copy.flags).toContain('DUPLICATE');
    await org.client.request(OverrideDecisionDocument, {
      applicationId: copy.id,
      status: 'REVIEW',
      note: 'Phone screen',
    });
    const { analysis_key: key } = await row(first.id);
    const { file_id: copyFile } = await row(copy.id);
    const creditsBefore = await credits();
    // No worker from here: what the erase leaves is seen before the copy is analysed again.
    await stopWorker();

    await org.client.request(DeleteApplicationDocument, { id: first.id });
    const em = app.container.orm.em.fork();
    const pending = (await org.client.request(ApplicationDocument, { id: copy.id })).application!;
    expect(pending).toMatchObject({
      status: 'PENDING',
      candidate: null,
      evaluation: null,
      score: null,
      duplicateOf: null,
      flags: [],
      decisionSource: null,
    });
    // The copied profile is gone from the copy and from the cache: the candidate's name and
    // e-mail are left only in the file the copy was uploaded with.
    expect(await em.execute('SELECT 1 FROM analysis_cache WHERE key = ?', [key])).toEqual([]);
    expect(await mentions(em, [NAME, EMAIL])).toEqual([`resume_file ${copyFile}`, `resume_file ${copyFile}`]);
    expect((await org.client.request(ApplicationsDocument, { filter: { email: EMAIL } })).applications.totalCount).toBe(
      0,
    );
    // Its task runs again for it: one credit, and it is no longer counted as done or duplicate.
    expect(await credits()).toBe(creditsBefore - 1);
    expect((await org.client.request(TaskDocument, { id: taskId })).task).toMatchObject({
      state: 'RUNNING',
      total: 2,
      processed: 1,
      succeeded: 1,
      duplicates: 0,
    });

    startWorker();
    await collectProgress(org.client, taskId);
    const again = (await org.client.request(ApplicationDocument, { id: copy.id })).application!;
    expect(again).toMatchObject({
      status: 'REVIEW',
      decisionSource: 'HUMAN',
      duplicateOf: null,
      candidate: { name: NAME, email: EMAIL },
      score: copy.score,
    });
    expect(again.flags).not.toContain('DUPLICATE');
    expect(again.overrides.map((o) => o.note)).toEqual(['Phone screen']);
    expect((await org.client.request(TaskDocument, { id: taskId })).task).toMatchObject({
      state: 'COMPLETED',
      processed: 2,
      succeeded: 2,
      failed: 0,
      duplicates: 0,
    });
    // Analysed, so charged: the credit taken at the erase is not refunded.
    expect(await credits()).toBe(creditsBefore - 1);
    // Its own analysis went to the cache, under its own key; erasing it takes that too.
    expect((await row(copy.id)).analysis_key).toBe(key);
    await org.client.request(DeleteApplicationDocument, { id: copy.id });
    expect(await mentions(em, [NAME, EMAIL])).toEqual([]);
    expect(await em.execute('SELECT 1 FROM analysis_cache WHERE key = ?', [key])).toEqual([]);
  }

  it('fails a copy it cannot pay to analyse again (retryFailed runs it), cancels one in a cancelled task; erasing a duplicate spares its source', async () => {
    const worker = app.startWorker();
    try {
      await copiesStranded();
    } finally {
      await worker.close();
    }
  });

  async function copiesStranded() {
    const text = resume('Kim Twice', 'Node.js, PostgreSQL');
    const first = (await submit([{ filename: 'k1.txt', text }])).apps['k1.txt']!;
    const live = await submit([{ filename: 'k2.txt', text }]);
    const stopped = await submit([{ filename: 'k3.txt', text }]);
    const em = app.container.orm.em.fork();
    await em.execute(`UPDATE processing_task SET state = 'CANCELLED' WHERE id = ?`, [stopped.taskId]);
    await em.execute('UPDATE organization SET credits = 0 WHERE id = ?', [org.organizationId]);

    await org.client.request(DeleteApplicationDocument, { id: first.id });
    const failed = (await org.client.request(ApplicationDocument, { id: live.apps['k2.txt']!.id })).application!;
    expect(failed).toMatchObject({ status: 'FAILED', candidate: null, duplicateOf: null });
    expect(failed.error).toMatch(/^INSUFFICIENT_CREDITS: /);
    const cancelled = (await org.client.request(ApplicationDocument, { id: stopped.apps['k3.txt']!.id })).application!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', candidate: null, error: null });
    expect((await org.client.request(TaskDocument, { id: live.taskId })).task).toMatchObject({
      state: 'COMPLETED',
      processed: 1,
      succeeded: 0,
      failed: 1,
      duplicates: 0,
    });
    expect((await org.client.request(TaskDocument, { id: stopped.taskId })).task).toMatchObject({
      state: 'CANCELLED',
      processed: 0,
      succeeded: 0,
      duplicates: 0,
    });
    expect(await credits()).toBe(0);
    expect(await mentions(em, ['Kim Twice'])).toHaveLength(2); // the two copies' own files

    await em.execute('UPDATE organization SET credits = 1 WHERE id = ?', [org.organizationId]);
    await org.client.request(RetryFailedDocument, { taskId: live.taskId });
    await collectProgress(org.client, live.taskId);
    const retried = (await org.client.request(ApplicationDocument, { id: failed.id })).application!;
    expect(retried).toMatchObject({ status: first.status, candidate: { name: 'Kim Twice' }, error: null });
    expect(await credits()).toBe(0);

    // Erasing a duplicate takes its link and the cached analysis it copied; the application it
    // copied from (analysed from its own file) keeps its own result.
    await em.execute('UPDATE organization SET credits = 1 WHERE id = ?', [org.organizationId]);
    const dup = (await submit([{ filename: 'k4.txt', text }])).apps['k4.txt']!;
    expect(dup.duplicateOf).toEqual({ id: failed.id });
    const { analysis_key: key } = await row(failed.id);
    await org.client.request(DeleteApplicationDocument, { id: dup.id });
    expect((await org.client.request(ApplicationDocument, { id: dup.id })).application).toMatchObject({
      duplicateOf: null,
      candidate: null,
      flags: expect.arrayContaining(['DUPLICATE']),
    });
    expect(await em.execute('SELECT 1 FROM analysis_cache WHERE key = ?', [key])).toEqual([]);
    expect((await org.client.request(ApplicationDocument, { id: failed.id })).application).toMatchObject({
      status: first.status,
      candidate: { name: 'Kim Twice' },
    });
  }
});

/**
 * Where `needles` still appear, anywhere in the database: every row of every table read as text
 * (one entry per table and needle found), and the bytes of every stored file (`resume_file <id>`).
 */
async function mentions(em: EntityManager, needles: string[]): Promise<string[]> {
  const tables = await em.execute<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const found: string[] = [];
  for (const needle of needles) {
    for (const { name } of tables) {
      const [hit] = await em.execute<{ n: string }[]>(
        `SELECT count(*) AS n FROM "${name}" r WHERE strpos(lower(r::text), lower(?)) > 0`,
        [needle],
      );
      if (Number(hit!.n) > 0) found.push(name);
    }
    const files = await em.execute<{ id: string }[]>(
      `SELECT id FROM resume_file WHERE position(convert_to(?, 'UTF8') IN content) > 0 ORDER BY id`,
      [needle],
    );
    found.push(...files.map((f) => `resume_file ${f.id}`));
  }
  return found;
}
