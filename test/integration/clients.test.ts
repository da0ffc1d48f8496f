/**
 * What a client cache relies on: every object refetchable by `node(id:)` within its own
 * organization and nowhere else, and a progress stream that carries the task itself.
 */
import { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProcessingTask } from '../../src/processing/processing-task.entity.js';
import {
  ApplicationsDocument,
  CreateJobPostDocument,
  NodeDocument,
  OverrideDecisionDocument,
  ProcessResumesDocument,
  TaskDocument,
  ViewerDocument,
} from '@sift/sdk';
import { collectProgress } from '../support/progress.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const resume = (name: string, email: string) =>
  `${name}\n${email}\nTypeScript, Node.js and PostgreSQL since 2016.\n2016 - Present Engineer at Example Ltd\n`;

describe('clients: node(id:) and the task in every progress event', () => {
  let app: TestApp;
  let alice: TestOrg;
  let mallory: TestOrg;
  const ids: Record<'organization' | 'jobPost' | 'task' | 'application' | 'override', string> = {
    organization: '',
    jobPost: '',
    task: '',
    application: '',
    override: '',
  };

  beforeAll(async () => {
    // No worker of its own: each test starts one when it needs jobs done.
    app = await startTestApp();
    alice = await app.createOrg(100, 'Alice Inc');
    mallory = await app.createOrg(100, 'Mallory Ltd');
    ids.organization = alice.organizationId;
    ids.jobPost = (
      await alice.client.request(CreateJobPostDocument, {
        input: { title: 'Engineer', description: 'Builds things', mustHaveSkills: ['TypeScript'] },
      })
    ).createJobPost.id;
    ids.task = (
      await alice.client.request(ProcessResumesDocument, {
        jobPostId: ids.jobPost,
        resumes: [{ filename: 'ada.txt', text: resume('Ada Example', 'ada@example.com') }],
      })
    ).processResumes.id;
    const worker = app.startWorker();
    try {
      await collectProgress(alice.client, ids.task);
    } finally {
      await worker.close();
    }
    const { applications } = await alice.client.request(ApplicationsDocument, { filter: { taskId: ids.task } });
    ids.application = applications.edges[0]!.node.id;
    await alice.client.request(OverrideDecisionDocument, {
      applicationId: ids.application,
      status: 'REVIEW',
      note: 'A person looks',
    });
    const overrides = await app.container.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('SELECT id FROM decision_override WHERE application_id = ?', [ids.application]);
    ids.override = overrides[0]!.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  /**
   * A task's progress events, with a worker started once the stream has given its first event, so
   * that the stream sees the work happen (with a worker already running, three small files can be
   * done before it opens).
   */
  async function watchWhileWorking(taskId: string) {
    let worker: ReturnType<TestApp['startWorker']> | undefined;
    return collectProgress(alice.client, taskId, 60_000, () => {
      worker ??= app.startWorker();
    }).finally(() => worker?.close());
  }

  it('node(id:) finds each of your objects by the ID it already has, with its type', async () => {
    const expected = {
      organization: { __typename: 'Organization', name: 'Alice Inc' },
      jobPost: { __typename: 'JobPost', title: 'Engineer' },
      task: { __typename: 'ProcessingTask', state: 'COMPLETED' },
      application: { __typename: 'Application', status: 'REVIEW' },
      override: { __typename: 'DecisionOverride', toStatus: 'REVIEW' },
    };
    for (const [kind, id] of Object.entries(ids) as [keyof typeof ids, string][]) {
      const { node } = await alice.client.request(NodeDocument, { id });
      expect(node, kind).toMatchObject({ id, ...expected[kind] });
    }
    // Upper case is the same UUID.
    expect((await alice.client.request(NodeDocument, { id: ids.jobPost.toUpperCase() })).node).toMatchObject({
      __typename: 'JobPost',
    });
  });

  it("node(id:) gives null for another organization's objects, unknown IDs and IDs that are not UUIDs", async () => {
    for (const [kind, id] of Object.entries(ids)) {
      expect((await mallory.client.request(NodeDocument, { id })).node, kind).toBeNull();
    }
    expect((await alice.client.request(NodeDocument, { id: mallory.organizationId })).node).toBeNull();
    for (const id of ['6f9619ff-8b86-4011-b42d-00c04fc964ff', 'not-an-id', '', `${ids.jobPost}'--`]) {
      expect((await alice.client.request(NodeDocument, { id })).node, id).toBeNull();
    }
    // Mallory's own objects are hers.
    const { viewer } = await mallory.client.request(ViewerDocument);
    expect((await mallory.client.request(NodeDocument, { id: viewer.id })).node).toMatchObject({
      __typename: 'Organization',
      name: 'Mallory Ltd',
    });
  });

  it('every taskProgress event carries the task as of that event, ending as the task query reads it', async () => {
    const taskId = (
      await alice.client.request(ProcessResumesDocument, {
        jobPostId: ids.jobPost,
        resumes: [
          { filename: 'b.txt', text: resume('Bea Example', 'bea@example.com') },
          { filename: 'c.txt', text: resume('Cy Example', 'cy@example.com') },
          { filename: 'empty.txt', text: '' },
        ],
      })
    ).processResumes.id;
    const events = await watchWhileWorking(taskId);
    expect(events[0]!.state).toBe('QUEUED');
    expect(events.length).toBeGreaterThan(1);
    for (const event of events) {
      expect(event.task).toMatchObject({
        id: taskId,
        state: event.state,
        total: event.total,
        processed: event.processed,
        succeeded: event.succeeded,
        failed: event.failed,
        duplicates: event.duplicates,
      });
      if (event.state === 'QUEUED') expect(event.task.startedAt).toBeNull();
      if (event.state !== 'COMPLETED') expect(event.task.finishedAt).toBeNull();
    }
    const last = events.at(-1)!;
    const { task } = await alice.client.request(TaskDocument, { id: taskId });
    expect(last.task).toEqual({
      id: task!.id,
      state: 'COMPLETED',
      total: 3,
      processed: 3,
      succeeded: task!.succeeded,
      failed: task!.failed,
      duplicates: task!.duplicates,
      createdAt: task!.createdAt,
      startedAt: task!.startedAt,
      finishedAt: task!.finishedAt,
    });
    expect(task!.failed).toBe(1);
  });

  it("reads the event's task once per task and state, not once per event", async () => {
    const reads = vi.spyOn(EntityManager.prototype, 'findOneOrFail');
    try {
      const taskId = (
        await alice.client.request(ProcessResumesDocument, {
          jobPostId: ids.jobPost,
          resumes: Array.from({ length: 6 }, (_, i) => ({
            filename: `r${i}.txt`,
            text: resume(`Reader ${i}`, `reader${i}@example.com`),
          })),
        })
      ).processResumes.id;
      const events = await watchWhileWorking(taskId);
      const taskReads = reads.mock.calls.filter(
        ([entity, where]) => entity === ProcessingTask && 'organization' in (where as object),
      );
      const states = new Set(events.map((e) => e.state));
      expect(events.length).toBeGreaterThan(2 * states.size);
      // One read per state (more only when a state outlasts the 5 s a read is shared).
      expect(taskReads.length).toBeGreaterThanOrEqual(states.size);
      expect(taskReads.length).toBeLessThan(events.length);
      // Each within the organization.
      for (const [, where] of taskReads)
        expect(where).toMatchObject({ id: taskId, organization: alice.organizationId });
    } finally {
      reads.mockRestore();
    }
  });
});
