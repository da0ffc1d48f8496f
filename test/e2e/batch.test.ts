import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationsDocument,
  CreateJobPostDocument,
  JobPostDocument,
  ProcessResumesDocument,
  TaskDocument,
  ViewerDocument,
  type ApplicationsQuery,
} from '@sift/sdk';
import { nulls, SAMPLES, sharedPath, uploadsOf } from '../support/files.js';
import { collectProgress, type ProgressEvent } from '../support/progress.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const FINAL = ['SHORTLISTED', 'REVIEW', 'REJECTED', 'FAILED'];
const CREDITS = 500;

describe('a batch of real resumes through API, queue, worker and subscription', () => {
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;
  let taskId: string;
  let total: number;
  let events: ProgressEvent[];

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    org = await app.createOrg(CREDITS);
    const input = JSON.parse(await readFile(path.join(SAMPLES, 'job-post.json'), 'utf8'));
    jobPostId = (await org.client.request(CreateJobPostDocument, { input })).createJobPost.id;

    const samples = (await readdir(SAMPLES))
      .filter((f) => /\.(pdf|docx|txt|md)$/.test(f))
      .map((f) => path.join(SAMPLES, f));
    const real = [
      sharedPath('fixtures/resumes/open-resume/openresume-resume.pdf'),
      sharedPath('fixtures/resumes/open-resume/laverne-resume.pdf'),
      sharedPath('fixtures/resumes/pyresparser/OmkarResume.pdf'),
      sharedPath('fixtures/resumes/jiejiewang-groundtruth/sample_resumes/resume10.docx'),
      sharedPath('fixtures/resumes/resume-matcher-2023-docx/Resumes/Arun Kumar.docx'),
      sharedPath('fixtures/resumes/resume-matcher-2025/Resumes/bruce_wayne_fullstack.pdf'),
    ];
    const uploads = await uploadsOf([...samples, ...real]);
    const text =
      'Jordan Example\njordan@example.com\n\nSenior engineer: TypeScript, Node.js, PostgreSQL, Redis, GraphQL.\n2015 - Present  Backend Engineer, Example Corp\n';
    const resumes = [
      { filename: 'inline.txt', text },
      {
        filename: 'inline-b64.md',
        contentBase64: Buffer.from(
          `# Riley Sample\n\n${text.replaceAll('Jordan', 'Riley').replaceAll('jordan', 'riley')} Also Kubernetes and AWS.`,
        ).toString('base64'),
      },
    ];
    total = uploads.length + resumes.length;

    const { processResumes: task } = await org.client.upload(
      ProcessResumesDocument,
      { jobPostId, files: nulls(uploads.length), resumes },
      uploads,
    );
    expect(task.state).toBe('QUEUED');
    expect(task.total).toBe(total);
    taskId = task.id;
    events = await collectProgress(org.client, taskId);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('streams a snapshot first, monotonic progress, and a final event', () => {
    expect(events[0]!.message).toBe('snapshot');
    expect(events[0]!.taskId).toBe(taskId);
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.processed).toBeGreaterThanOrEqual(events[i - 1]!.processed);
      expect(events[i]!.succeeded + events[i]!.failed).toBe(events[i]!.processed);
    }
    const last = events.at(-1)!;
    expect(last.state).toBe('COMPLETED');
    expect(last.processed).toBe(total);
    expect(last.percent).toBe(100);
    // Every application's move to a final state was announced (unless it happened before the snapshot).
    // (One that finished between the subscription and the snapshot is both counted and announced.)
    const finalEvents = events.filter((e) => e.applicationStatus && FINAL.includes(e.applicationStatus));
    const finals = new Set(finalEvents.map((e) => e.applicationId));
    expect(finals.size).toBe(finalEvents.length); // once each
    expect(finals.size).toBeGreaterThanOrEqual(total - events[0]!.processed);
    expect(finals.size).toBeLessThanOrEqual(total);
    const withApp = events.find((e) => e.application);
    expect(withApp?.application?.id).toBe(withApp?.applicationId);
  });

  it('brings every application to a final state, with counters that add up', async () => {
    const { task } = await org.client.request(TaskDocument, { id: taskId });
    expect(task).toMatchObject({ state: 'COMPLETED', total, processed: total });
    expect(task!.succeeded + task!.failed).toBe(total);
    expect(task!.finishedAt).toBeTruthy();
    expect(task!.usage).toEqual({ promptTokens: 0, completionTokens: 0, costUsd: 0 }); // the local analyzer is free

    const all = await pageAll({ filter: { taskId } });
    expect(all).toHaveLength(total);
    for (const node of all) {
      expect(FINAL).toContain(node.status);
      if (node.status === 'FAILED') {
        expect(node.error).toBeTruthy();
      } else {
        expect(node.score).toBeGreaterThanOrEqual(0);
        expect(node.evaluation?.requirementMatches.length).toBeGreaterThan(0);
        expect(node.decisionSource).toBe('AI');
      }
    }
    expect(all.filter((n) => n.status !== 'FAILED')).toHaveLength(task!.succeeded);

    const { jobPost } = await org.client.request(JobPostDocument, { id: jobPostId });
    const c = jobPost!.applicationCounts;
    expect(c.total).toBe(total);
    expect(c.shortlisted + c.review + c.rejected).toBe(task!.succeeded);
    expect(c.failed).toBe(task!.failed);

    // One credit per resume analysed; failed ones are refunded.
    const { viewer } = await org.client.request(ViewerDocument);
    expect(viewer.credits).toBe(CREDITS - task!.succeeded);
  });

  it('scores the sample candidates in a sensible order', async () => {
    const all = await pageAll({ filter: { taskId }, orderBy: { field: 'SCORE', direction: 'DESC' } }, 3);
    // Pages of 3: scores high to low (unscored ones last), ties by id, no repeats.
    const desc = (a: string, b: string) => (a < b ? 1 : -1);
    const order = [...all].sort((a, b) =>
      a.score === b.score ? desc(a.id, b.id) : a.score === null ? 1 : b.score === null ? -1 : b.score - a.score,
    );
    expect(all.map((n) => n.id)).toEqual(order.map((n) => n.id));
    expect(all).toHaveLength(total);
    const byFile = new Map(all.map((n) => [n.file.filename, n]));
    const strong = [...byFile.values()].filter((n) => n.status === 'SHORTLISTED');
    expect(strong.length).toBeGreaterThan(0);
    // Evidence is quoted from the resume, and the text resumes came through too.
    expect(byFile.get('inline.txt')?.candidate?.email).toBe('jordan@example.com');
    expect(byFile.get('inline-b64.md')?.file.mimeType).toBe('text/markdown');
  });

  it('filters, sorts and pages with cursors, without gaps or repeats', async () => {
    const all = await pageAll({ filter: { taskId } });
    const scored = all.filter((n) => n.score !== null);
    const minScore = [...scored].sort((a, b) => a.score! - b.score!)[Math.floor(scored.length / 3)]!.score!;
    const status = ['SHORTLISTED', 'REVIEW', 'REJECTED'] as const;
    const expected = scored
      .filter((n) => n.score! >= minScore)
      .sort((a, b) => b.score! - a.score! || (a.id < b.id ? 1 : -1))
      .map((n) => n.id);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { applications }: ApplicationsQuery = await org.client.request(ApplicationsDocument, {
        filter: { jobPostId, status: [...status], minScore },
        orderBy: { field: 'SCORE', direction: 'DESC' },
        first: 4,
        after,
      });
      expect(applications.totalCount).toBe(expected.length);
      seen.push(...applications.edges.map((e) => e.node.id));
      after = applications.pageInfo.hasNextPage ? applications.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 4));

    // Ascending by creation, a different filter: the same walk.
    const failed = all.filter((n) => n.status === 'FAILED').length;
    const byCreated = await pageAll(
      { filter: { taskId, status: ['FAILED'] }, orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
      2,
    );
    expect(byCreated).toHaveLength(failed);

    // By last update (workers write those times): every application once, in order.
    const byUpdate = await pageAll({ filter: { taskId }, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } }, 3);
    expect(new Set(byUpdate.map((n) => n.id)).size).toBe(total);
    const times = byUpdate.map((n) => Date.parse(n.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Email and date filters.
    const { applications: byEmail } = await org.client.request(ApplicationsDocument, {
      filter: { email: 'JORDAN@example.com' },
    });
    expect(byEmail.edges.map((e) => e.node.file.filename)).toEqual(['inline.txt']);
    const { applications: future } = await org.client.request(ApplicationsDocument, {
      filter: { createdAfter: new Date(Date.now() + 60_000).toISOString() },
    });
    expect(future.totalCount).toBe(0);
  });

  async function pageAll(
    variables: Parameters<typeof org.client.request<ApplicationsQuery, Record<string, unknown>>>[1],
    first = 7,
  ) {
    const nodes: ApplicationsQuery['applications']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const { applications }: ApplicationsQuery = await org.client.request(ApplicationsDocument, {
        ...variables,
        first,
        after,
      });
      nodes.push(...applications.edges.map((e) => e.node));
      if (!applications.pageInfo.hasNextPage) break;
      after = applications.pageInfo.endCursor;
    }
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    return nodes;
  }
});
