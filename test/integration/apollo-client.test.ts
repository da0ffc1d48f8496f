/**
 * Apollo Client, as a recruiter's frontend uses it, against the real server over HTTP and
 * graphql-ws: the normalised cache follows a task from the progress stream alone, and
 * `relayStylePagination` pages through applications.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CreateJobPostDocument, ProcessResumesDocument } from '@sift/sdk';
import { collectProgress } from '../support/progress.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

interface TaskData {
  task: { __typename: 'ProcessingTask'; id: string; state: string; total: number; processed: number };
}

const TASK: TypedDocumentNode<TaskData, { id: string }> = gql`
  query CachedTask($id: ID!) {
    task(id: $id) {
      id
      state
      total
      processed
    }
  }
`;

/** The subscription as a frontend writes it: the event's task lands in the cache by its ID. */
const PROGRESS_WITH_TASK = gql`
  subscription WatchTask($taskId: ID!) {
    taskProgress(taskId: $taskId) {
      state
      processed
      task {
        id
        state
        total
        processed
      }
    }
  }
`;

/** The same without the task: what clients could write before it existed. */
const PROGRESS_WITHOUT_TASK = gql`
  subscription WatchTaskIdOnly($taskId: ID!) {
    taskProgress(taskId: $taskId) {
      taskId
      state
      processed
    }
  }
`;

interface ApplicationsData {
  applications: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; status: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

const APPLICATIONS: TypedDocumentNode<ApplicationsData, { taskId: string; first: number; after?: string | null }> = gql`
  query PagedApplications($taskId: ID!, $first: Int!, $after: String) {
    applications(
      filter: { taskId: $taskId }
      orderBy: { field: CREATED_AT, direction: ASC }
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          status
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

const resume = (i: number) =>
  `Candidate ${i}\ncandidate${i}@example.com\nTypeScript and PostgreSQL since ${2010 + (i % 10)}.\n` +
  `${2010 + (i % 10)} - Present Engineer at Example ${i} Ltd\n`;

/** An Apollo Client as the README sets it up, counting the HTTP requests it makes. */
function apolloFor(app: TestApp, org: TestOrg) {
  const httpOperations: string[] = [];
  const authorization = `Bearer ${org.apiKey}`;
  const http = new HttpLink({
    uri: app.server.url,
    headers: { authorization },
    fetch: (input, init) => {
      const body = JSON.parse(String(init?.body)) as { operationName?: string };
      httpOperations.push(body.operationName ?? '?');
      return fetch(input, init);
    },
  });
  const ws: WsClient = createClient({
    url: app.server.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
  });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    new GraphQLWsLink(ws),
    http,
  );
  const cache = new InMemoryCache({
    typePolicies: {
      Query: { fields: { applications: relayStylePagination(['filter', 'orderBy']) } },
    },
  });
  const client = new ApolloClient({ link, cache });
  return { client, cache, httpOperations, close: () => ws.dispose() };
}

describe('Apollo Client: the cache follows the stream, relayStylePagination pages', () => {
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;
  let serial = 0;

  beforeAll(async () => {
    // No worker yet: each test starts one once it watches, so the task is QUEUED when first read.
    app = await startTestApp();
    org = await app.createOrg(1_000);
    jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: { title: 'Engineer', description: 'Builds services in TypeScript on PostgreSQL.' },
      })
    ).createJobPost.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  async function submit(count: number): Promise<string> {
    const resumes = Array.from({ length: count }, () => ({ filename: `r${++serial}.txt`, text: resume(serial) }));
    return (await org.client.request(ProcessResumesDocument, { jobPostId, resumes })).processResumes.id;
  }

  /**
   * Reads the task into the cache (QUEUED), watches it, subscribes with `subscription`, starts a
   * worker at the first event and waits for the stream to end. Returns what the cache and the
   * watched query hold then, and the HTTP requests made after the first read.
   */
  async function watchThroughStream(subscription: typeof PROGRESS_WITH_TASK, count: number) {
    const apollo = apolloFor(app, org);
    const taskId = await submit(count);
    try {
      const first = await apollo.client.query({ query: TASK, variables: { id: taskId } });
      expect(first.data?.task).toMatchObject({ state: 'QUEUED', processed: 0, total: count });
      const requestsBefore = apollo.httpOperations.length;

      const watched: TaskData['task'][] = [];
      const watching = apollo.client
        .watchQuery({ query: TASK, variables: { id: taskId }, fetchPolicy: 'cache-only' })
        .subscribe(({ data }) => {
          if (data?.task) watched.push(data.task as TaskData['task']);
        });

      let worker: ReturnType<TestApp['startWorker']> | null = null;
      const finalState = await new Promise<string>((resolve, reject) => {
        let last = '';
        apollo.client.subscribe({ query: subscription, variables: { taskId } }).subscribe({
          next: ({ data, error }) => {
            if (error) return reject(error);
            last = (data as { taskProgress: { state: string } }).taskProgress.state;
            worker ??= app.startWorker();
          },
          error: reject,
          complete: () => resolve(last),
        });
      });
      await (worker as ReturnType<TestApp['startWorker']> | null)?.close();
      watching.unsubscribe();

      const cached = apollo.cache.readQuery({ query: TASK, variables: { id: taskId } });
      return {
        finalState,
        cached: cached?.task,
        watched: watched.at(-1),
        requestsAfterFirstRead: apollo.httpOperations.slice(requestsBefore),
      };
    } finally {
      await apollo.close();
    }
  }

  it('a task watched through taskProgress ends COMPLETED in the cache, without a refetch', async () => {
    const result = await watchThroughStream(PROGRESS_WITH_TASK, 3);
    expect(result.finalState).toBe('COMPLETED');
    expect(result.cached).toMatchObject({ state: 'COMPLETED', processed: 3, total: 3 });
    // The watched query saw it too, from the cache alone (cache-only: it cannot fetch).
    expect(result.watched).toMatchObject({ state: 'COMPLETED', processed: 3 });
    expect(result.requestsAfterFirstRead).toEqual([]);
  });

  it('without the task in the subscription the cache keeps QUEUED (what the field fixes)', async () => {
    const result = await watchThroughStream(PROGRESS_WITHOUT_TASK, 1);
    expect(result.finalState).toBe('COMPLETED');
    expect(result.cached).toMatchObject({ state: 'QUEUED', processed: 0 });
  });

  it('relayStylePagination pages through applications with fetchMore, every one exactly once', async () => {
    const count = 11;
    const taskId = await submit(count);
    const worker = app.startWorker();
    try {
      await collectProgress(org.client, taskId);
    } finally {
      await worker.close();
    }
    const apollo = apolloFor(app, org);
    try {
      const query = apollo.client.watchQuery({ query: APPLICATIONS, variables: { taskId, first: 4 } });
      const pages: ApplicationsData['applications'][] = [];
      const firstPage = await new Promise<ApplicationsData['applications']>((resolve, reject) => {
        const subscription = query.subscribe({
          next: ({ data }) => {
            if (data?.applications) {
              subscription.unsubscribe();
              resolve(data.applications as ApplicationsData['applications']);
            }
          },
          error: reject,
        });
      });
      pages.push(firstPage);
      expect(firstPage.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: firstPage.edges[0]!.cursor });
      let merged = firstPage;
      while (merged.pageInfo.hasNextPage) {
        const page = await query.fetchMore({ variables: { after: merged.pageInfo.endCursor } });
        pages.push(page.data!.applications as ApplicationsData['applications']);
        merged = apollo.cache.readQuery({ query: APPLICATIONS, variables: { taskId, first: 4 } })!.applications;
        expect(pages.length).toBeLessThan(10);
      }
      expect(pages).toHaveLength(3);
      // Pages after the first have rows before them; the merged list starts where the first did.
      expect(pages.slice(1).map((p) => p.pageInfo.hasPreviousPage)).toEqual([true, true]);
      expect(merged.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });

      const ids = merged.edges.map((e) => e.node.id);
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
      const all = await org.client.request(APPLICATIONS as never, { taskId, first: 100 });
      expect(ids).toEqual((all as ApplicationsData).applications.edges.map((e) => e.node.id));
      expect(merged.totalCount).toBe(count);
    } finally {
      await apollo.close();
    }
  });
});
