import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  ApplicationDocument,
  CancelTaskDocument,
  DeleteApplicationDocument,
  OverrideDecisionDocument,
  RetryFailedDocument,
  ApplicationsDocument,
  CloseJobPostDocument,
  CreateJobPostDocument,
  JobPostDocument,
  JobPostsDocument,
  ProcessResumesDocument,
  TaskDocument,
  TasksDocument,
  TaskProgressDocument,
  UpdateJobPostDocument,
  ViewerDocument,
  createSiftClient,
  SiftApiError,
} from '@sift/sdk';
import { collectProgress } from '../support/progress.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const RESUME =
  'Ada Example\nada@example.com\nTypeScript, Node.js and PostgreSQL since 2016.\n2016 - Present Engineer at Example Ltd\n';

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SiftApiError) return error.code;
    throw error;
  }
  return 'NO_ERROR';
}

describe('tenancy: one organization can reach nothing of another', () => {
  let app: TestApp;
  let alice: TestOrg;
  let mallory: TestOrg;
  let jobPostId: string;
  let taskId: string;
  let applicationId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    alice = await app.createOrg(100, 'Alice Inc');
    mallory = await app.createOrg(100, 'Mallory Ltd');
    jobPostId = (
      await alice.client.request(CreateJobPostDocument, {
        input: { title: 'Engineer', description: 'Builds things', mustHaveSkills: ['TypeScript'] },
      })
    ).createJobPost.id;
    const { processResumes } = await alice.client.request(ProcessResumesDocument, {
      jobPostId,
      resumes: [{ filename: 'ada.txt', text: RESUME }],
    });
    taskId = processResumes.id;
    await collectProgress(alice.client, taskId);
    const { applications } = await alice.client.request(ApplicationsDocument, { filter: { taskId } });
    applicationId = applications.edges[0]!.node.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers NOT_FOUND for foreign IDs in every query and mutation', async () => {
    const c = mallory.client;
    expect(await codeOf(c.request(JobPostDocument, { id: jobPostId }))).toBe('NOT_FOUND');
    expect(await codeOf(c.request(TaskDocument, { id: taskId }))).toBe('NOT_FOUND');
    expect(await codeOf(c.request(ApplicationDocument, { id: applicationId }))).toBe('NOT_FOUND');
    expect(await codeOf(c.request(UpdateJobPostDocument, { id: jobPostId, input: { title: 'Mine now' } }))).toBe(
      'NOT_FOUND',
    );
    expect(await codeOf(c.request(CloseJobPostDocument, { id: jobPostId }))).toBe('NOT_FOUND');
    expect(
      await codeOf(c.request(ProcessResumesDocument, { jobPostId, resumes: [{ filename: 'x.txt', text: RESUME }] })),
    ).toBe('NOT_FOUND');
    expect(await codeOf(c.request(CancelTaskDocument, { id: taskId }))).toBe('NOT_FOUND');
    expect(await codeOf(c.request(RetryFailedDocument, { taskId }))).toBe('NOT_FOUND');
    expect(
      await codeOf(c.request(OverrideDecisionDocument, { applicationId, status: 'REJECTED', note: 'mine now' })),
    ).toBe('NOT_FOUND');
    expect(await codeOf(c.request(DeleteApplicationDocument, { id: applicationId }))).toBe('NOT_FOUND');
    // The owner still sees them, untouched.
    expect(await codeOf(alice.client.request(JobPostDocument, { id: jobPostId }))).toBe('NO_ERROR');
    const { application } = await alice.client.request(ApplicationDocument, { id: applicationId });
    expect(application).toMatchObject({ decisionSource: 'AI', erasedAt: null, overrides: [] });
  });

  it('lists none of them, whatever the filter', async () => {
    const c = mallory.client;
    expect((await c.request(JobPostsDocument, {})).jobPosts.totalCount).toBe(0);
    expect((await c.request(TasksDocument, {})).tasks.totalCount).toBe(0);
    expect((await c.request(TasksDocument, { jobPostId })).tasks.totalCount).toBe(0);
    for (const filter of [{}, { jobPostId }, { taskId }, { email: 'ada@example.com' }]) {
      expect((await c.request(ApplicationsDocument, { filter })).applications.totalCount).toBe(0);
    }
    expect(
      (await alice.client.request(ApplicationsDocument, { filter: { email: 'ada@example.com' } })).applications
        .totalCount,
    ).toBe(1);
    const { viewer } = await c.request(ViewerDocument);
    expect(viewer.name).toBe('Mallory Ltd');
    expect(viewer.credits).toBe(100);
  });

  it('refuses a subscription to a foreign task', async () => {
    const iterator = mallory.client.subscribe(TaskProgressDocument, { taskId });
    const error = await iterator.next().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SiftApiError);
    expect((error as SiftApiError).code).toBe('NOT_FOUND');
  });

  it('requires an API key over HTTP and WebSocket', async () => {
    const anonymous = createSiftClient({ url: app.server.url, apiKey: 'sift_not-a-real-key' });
    expect(await codeOf(anonymous.request(ViewerDocument))).toBe('UNAUTHENTICATED');
    const response = await fetch(app.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.extensions).not.toHaveProperty('stacktrace'); // stack traces stay in the log

    const closed = await new Promise<number>((resolve) => {
      const ws = createClient({
        url: app.server.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: 'Bearer sift_wrong' },
        retryAttempts: 0,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      ws.subscribe(
        { query: 'subscription { taskProgress(taskId: "x") { taskId } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    expect(closed).toBe(4403);
    await anonymous.close();
  });
});
