/**
 * People over the AI: overriding a decision (recorded with who, when and why) and erasing a
 * candidate's data and file while the counts stay right.
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
  SiftApiError,
} from '../../src/sdk/client.js';
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
    const countsBefore = (await org.client.request(JobPostDocument, { id: jobPostId })).jobPost!.applicationCounts;
    expect((await org.client.request(DeleteApplicationDocument, { id })).deleteApplication).toBe(id);
    const { application } = await org.client.request(ApplicationDocument, { id });
    expect(application).toMatchObject({ candidate: null, evaluation: null, erasedAt: expect.any(String) });
    expect(application!.file.filename).toBe('[erased]');
    const em = app.container.orm.em.fork();
    const [row] = await em.execute<{ file_id: string | null; email: string | null; files: string }[]>(
      `SELECT file_id, email, (SELECT count(*) FROM resume_file f
          JOIN application a ON a.file_id = f.id WHERE a.id = ?) AS files FROM application WHERE id = ?`,
      [id, id],
    );
    expect(row).toEqual({ file_id: null, email: null, files: '0' });
    const { applications } = await org.client.request(ApplicationsDocument, { filter: { email: 'sam@example.com' } });
    expect(applications.totalCount).toBe(0);
    expect((await org.client.request(JobPostDocument, { id: jobPostId })).jobPost!.applicationCounts).toEqual(
      countsBefore,
    );
    // Again: nothing more to erase, same answer.
    expect((await org.client.request(DeleteApplicationDocument, { id })).deleteApplication).toBe(id);
  });
});
