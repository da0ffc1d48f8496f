/**
 * Webhooks against real receivers: a started app with a worker, real HTTP receivers on free
 * ports. Signatures are checked with the snippet README gives partners (read from README itself),
 * a 500 is retried with the same event, a dead receiver ends FAILED and its endpoint FAILING,
 * deliveries are queryable and stay within their organization, and a delivery whose job Redis
 * never got is sent by the reconciler.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationsDocument,
  CancelTaskDocument,
  CreateJobPostDocument,
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  OverrideDecisionDocument,
  ProcessResumesDocument,
  SiftApiError,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
  type WebhookEvent as WebhookEventName,
} from '@sift/sdk';
import { literalData, recordWebhookEvent } from '../../src/webhooks/webhook.outbox.js';
import { WebhookReconciler } from '../../src/webhooks/webhook.reconciler.js';
import { WebhookEvent } from '../../src/webhooks/webhook.types.js';
import { collectProgress } from '../support/progress.js';
import { eventually, startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';
import { deadUrl, startReceiver, type ReceivedRequest, type WebhookReceiver } from '../support/webhook-receiver.js';

type Verify = (secret: string, header: string, rawBody: string, toleranceSeconds?: number) => boolean;

/** The verification snippet of README's Webhooks section, loaded as a module, as a partner would paste it. */
async function readmeVerifier(dir: string): Promise<Verify> {
  const readme = await readFile(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const after = readme.split('<!-- webhook-verify -->')[1];
  const code = /```js\n([\s\S]*?)```/.exec(after ?? '')?.[1];
  if (!code) throw new Error('README has no verification snippet after <!-- webhook-verify -->');
  const file = path.join(dir, 'verify.mjs');
  await writeFile(file, code);
  const module = (await import(pathToFileURL(file).href)) as { verifySiftSignature: Verify };
  return module.verifySiftSignature;
}

const resume = (name: string, skills: string) =>
  `${name}\n${name.split(' ')[0]!.toLowerCase()}@example.com\n\nSummary: ten years of work, most recently with ${skills}.\n` +
  `2015 - Present  Senior Specialist, Example Company Ltd, London\n`;

const ofType = (type: string) => (r: ReceivedRequest) => r.body.type === type;

describe('webhooks', () => {
  let app: TestApp;
  let dir: string;
  let verify: Verify;
  const receivers: WebhookReceiver[] = [];
  const cancelling = {} as { org: TestOrg; receiver: WebhookReceiver; secret: string; taskId: string };

  /** A job post and a batch of `n` resumes for `org`; returns the task ID. */
  const screen = async (org: TestOrg, n = 2) => {
    const { createJobPost } = await org.client.request(CreateJobPostDocument, {
      input: { title: 'Backend', description: 'Node.js', mustHaveSkills: ['Node.js', 'PostgreSQL'] },
    });
    const skills = ['Node.js, PostgreSQL, TypeScript', 'Excel, bookkeeping', 'Node.js, Redis'];
    const { processResumes } = await org.client.request(ProcessResumesDocument, {
      jobPostId: createJobPost.id,
      resumes: Array.from({ length: n }, (_, i) => ({
        filename: `r${i}.txt`,
        text: resume(`Person${i} Example`, skills[i % skills.length]!),
      })),
    });
    return processResumes.id;
  };
  const createEndpoint = (org: TestOrg, url: string, events: WebhookEventName[]) =>
    org.client.request(CreateWebhookEndpointDocument, { input: { url, events, description: 'test receiver' } });
  const deliveries = async (org: TestOrg, endpointId: string) =>
    (await org.client.request(WebhookDeliveriesDocument, { endpointId, first: 100 })).webhookDeliveries;
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'NO_ERROR',
      (e: unknown) =>
        e instanceof SiftApiError ? `${e.code}:${String(e.errors[0]?.extensions?.reason ?? '')}` : String(e),
    );

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sift-webhooks-'));
    verify = await readmeVerifier(dir);
    app = await startTestApp({
      env: {
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_BACKOFF_MS: '20',
        WEBHOOK_BACKOFF_MAX_MS: '100',
        WEBHOOK_MAX_ATTEMPTS: '3',
        WEBHOOK_FAILING_AFTER: '2',
        // Long enough that a hung receiver is still hung when its batch is done.
        WEBHOOK_TIMEOUT_MS: '120000',
        RECONCILE_INTERVAL_MS: '200',
        RECONCILE_STALE_MS: '500',
      },
    });
    // A task cancelled before any worker runs (none has started yet): its task.cancelled is
    // recorded now and delivered once the worker starts.
    cancelling.org = await app.createOrg(20);
    cancelling.receiver = await startReceiver();
    receivers.push(cancelling.receiver);
    cancelling.secret = (
      await createEndpoint(cancelling.org, cancelling.receiver.url, ['TASK_CANCELLED', 'TASK_COMPLETED'])
    ).createWebhookEndpoint.secret;
    cancelling.taskId = await screen(cancelling.org, 3);
    const { cancelTask } = await cancelling.org.client.request(CancelTaskDocument, { id: cancelling.taskId });
    expect(cancelTask.state).toBe('CANCELLED');
    app.startWorker();
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all(receivers.map((r) => r.close()));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('delivers task.completed and application.decided, signed as README says, and records them', async () => {
    const org = await app.createOrg(20);
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { createWebhookEndpoint: created } = await createEndpoint(org, receiver.url, [
      'TASK_COMPLETED',
      'APPLICATION_DECIDED',
    ]);
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(created.endpoint).toMatchObject({ url: receiver.url, status: 'ACTIVE', description: 'test receiver' });

    const taskId = await screen(org, 2);
    const [completed] = await receiver.waitFor(ofType('task.completed'));
    const decided = await receiver.waitFor(ofType('application.decided'), 2);

    for (const request of [completed!, ...decided]) {
      const header = String(request.headers['sift-signature']);
      expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verify(created.secret, header, request.raw)).toBe(true);
      // The check can fail: another secret, a changed body, or an old timestamp is refused.
      expect(verify(`${created.secret}x`, header, request.raw)).toBe(false);
      expect(verify(created.secret, header, request.raw.replace('}', ' }'))).toBe(false);
      expect(verify(created.secret, header.replace(/t=\d+/, 't=1000000000'), request.raw)).toBe(false);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['sift-event-id']).toBe(request.body.id);
    }
    expect(completed!.body.data).toMatchObject({
      task: { id: taskId, state: 'COMPLETED', total: 2, processed: 2, succeeded: 2, failed: 0 },
    });
    const { applications } = await org.client.request(ApplicationsDocument, { filter: { taskId } });
    expect(decided.map((r) => (r.body.data.application as { id: string }).id).sort()).toEqual(
      applications.edges.map((e) => e.node.id).sort(),
    );
    expect(decided.map((r) => r.body.data.application)).toEqual(
      expect.arrayContaining(
        applications.edges.map((e) =>
          expect.objectContaining({ id: e.node.id, taskId, status: e.node.status, decisionSource: 'AI' }),
        ),
      ),
    );

    // Recorded: each DELIVERED at the first attempt with the receiver's 200, the body as sent.
    const recorded = await eventually(async () => {
      const page = await deliveries(org, created.endpoint.id);
      return page.edges.length === 3 && page.edges.every((e) => e.node.status === 'DELIVERED') ? page : undefined;
    });
    expect(recorded.totalCount).toBe(3);
    for (const { node } of recorded.edges) {
      expect(node).toMatchObject({ attempts: 1, lastResponseCode: 200, lastError: null });
      expect(node.deliveredAt).not.toBeNull();
      expect(receiver.requests.find((r) => r.body.id === node.eventId)?.raw).toBe(node.body);
    }
    expect(recorded.edges.map((e) => e.node.event).sort()).toEqual([
      'APPLICATION_DECIDED',
      'APPLICATION_DECIDED',
      'TASK_COMPLETED',
    ]);
  });

  it('sends application.overridden when a person overrides a decision', async () => {
    const org = await app.createOrg(20);
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { createWebhookEndpoint: created } = await createEndpoint(org, receiver.url, [
      'TASK_COMPLETED',
      'APPLICATION_OVERRIDDEN',
      'TASK_CANCELLED',
    ]);
    const taskId = await screen(org, 1);
    await receiver.waitFor(ofType('task.completed'));
    const { applications } = await org.client.request(ApplicationsDocument, { filter: { taskId } });
    const application = applications.edges[0]!.node;
    const toStatus = application.status === 'REJECTED' ? 'SHORTLISTED' : 'REJECTED';
    await org.client.request(OverrideDecisionDocument, {
      applicationId: application.id,
      status: toStatus,
      note: 'Known to the team',
    });
    const [overridden] = await receiver.waitFor(ofType('application.overridden'));
    expect(verify(created.secret, String(overridden!.headers['sift-signature']), overridden!.raw)).toBe(true);
    expect(overridden!.body.data).toMatchObject({
      application: { id: application.id, taskId, status: toStatus, decisionSource: 'HUMAN' },
      override: { fromStatus: application.status, toStatus, by: org.apiKey.slice(0, 12) },
    });
    // Not subscribed: no application.decided was sent to this endpoint.
    expect(receiver.requests.filter(ofType('application.decided'))).toEqual([]);
  });

  it('sends task.cancelled when a task is cancelled, and nothing more of that task', async () => {
    const { receiver, secret, taskId } = cancelling;
    const [cancelled] = await receiver.waitFor(ofType('task.cancelled'));
    expect(verify(secret, String(cancelled!.headers['sift-signature']), cancelled!.raw)).toBe(true);
    expect(cancelled!.body.data).toMatchObject({ task: { id: taskId, state: 'CANCELLED', total: 3, processed: 0 } });
    // The same organization's next task completes and says so; the cancelled one never did.
    const next = await screen(cancelling.org, 1);
    await receiver.waitFor((r) => ofType('task.completed')(r) && (r.body.data.task as { id: string }).id === next);
    expect(receiver.requests.map((r) => r.body.type).sort()).toEqual(['task.cancelled', 'task.completed']);
  });

  it('sends task.completed at once for a batch whose files were all refused at intake', async () => {
    const org = await app.createOrg(5);
    const receiver = await startReceiver();
    receivers.push(receiver);
    await createEndpoint(org, receiver.url, ['TASK_COMPLETED', 'APPLICATION_DECIDED']);
    const { createJobPost } = await org.client.request(CreateJobPostDocument, {
      input: { title: 'Backend', description: 'Node.js' },
    });
    const { processResumes } = await org.client.request(ProcessResumesDocument, {
      jobPostId: createJobPost.id,
      resumes: [{ filename: 'empty.txt', contentBase64: '' }],
    });
    expect(processResumes.state).toBe('COMPLETED');
    const [completed] = await receiver.waitFor(ofType('task.completed'));
    expect(completed!.body.data).toMatchObject({
      task: { id: processResumes.id, state: 'COMPLETED', total: 1, processed: 1, failed: 1, succeeded: 0 },
    });
    // A refused file is no decision.
    expect(receiver.requests.map((r) => r.body.type)).toEqual(['task.completed']);
  });

  it('retries a receiver that answers 500, with the same event and body, until it is delivered', async () => {
    const org = await app.createOrg(20);
    // 500 to the first attempt of every event, 200 to the next.
    const receiver = await startReceiver((request, before) =>
      before.some((r) => r.body.id === request.body.id) ? 200 : 500,
    );
    receivers.push(receiver);
    const { createWebhookEndpoint: created } = await createEndpoint(org, receiver.url, ['TASK_COMPLETED']);
    await screen(org, 1);
    const attempts = await receiver.waitFor(ofType('task.completed'), 2);
    expect(attempts[0]!.body.id).toBe(attempts[1]!.body.id);
    expect(attempts[0]!.raw).toBe(attempts[1]!.raw);
    for (const a of attempts) expect(verify(created.secret, String(a.headers['sift-signature']), a.raw)).toBe(true);

    const [delivery] = await eventually(async () => {
      const { edges } = await deliveries(org, created.endpoint.id);
      return edges[0]?.node.status === 'DELIVERED' ? edges.map((e) => e.node) : undefined;
    });
    expect(delivery).toMatchObject({ attempts: 2, lastResponseCode: 200, lastError: null });
    const { webhookEndpoints } = await org.client.request(WebhookEndpointsDocument);
    expect(webhookEndpoints).toEqual([expect.objectContaining({ status: 'ACTIVE', consecutiveFailures: 0 })]);
  });

  it('ends deliveries to a dead receiver FAILED and marks the endpoint FAILING', async () => {
    const org = await app.createOrg(20);
    const { createWebhookEndpoint: created } = await createEndpoint(org, await deadUrl(), [
      'TASK_COMPLETED',
      'APPLICATION_DECIDED',
    ]);
    await screen(org, 2);
    const failed = await eventually(async () => {
      const { edges } = await deliveries(org, created.endpoint.id);
      return edges.length === 3 && edges.every((e) => e.node.status === 'FAILED')
        ? edges.map((e) => e.node)
        : undefined;
    });
    for (const delivery of failed) {
      expect(delivery).toMatchObject({ attempts: 3, lastResponseCode: null, nextAttemptAt: null, deliveredAt: null });
      expect(delivery.lastError).toContain('ECONNREFUSED');
    }
    const { webhookEndpoints } = await org.client.request(WebhookEndpointsDocument);
    expect(webhookEndpoints).toEqual([
      expect.objectContaining({ id: created.endpoint.id, status: 'FAILING', consecutiveFailures: 3 }),
    ]);
  });

  it("keeps endpoints and deliveries within their organization, and deletes an endpoint's deliveries with it", async () => {
    const owner = await app.createOrg(20);
    const other = await app.createOrg(20);
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { createWebhookEndpoint: created } = await createEndpoint(owner, receiver.url, ['TASK_COMPLETED']);
    await screen(owner, 1);
    await receiver.waitFor(ofType('task.completed'));
    await eventually(async () => ((await deliveries(owner, created.endpoint.id)).totalCount === 1 ? true : undefined));

    // The other organization sees none of it, cannot read or delete it, and gets no events of the owner's.
    expect((await other.client.request(WebhookEndpointsDocument)).webhookEndpoints).toEqual([]);
    expect(await codeOf(deliveries(other, created.endpoint.id))).toBe('NOT_FOUND:');
    expect(await codeOf(other.client.request(DeleteWebhookEndpointDocument, { id: created.endpoint.id }))).toBe(
      'NOT_FOUND:',
    );
    const otherReceiver = await startReceiver();
    receivers.push(otherReceiver);
    await createEndpoint(other, otherReceiver.url, ['TASK_COMPLETED']);
    await screen(owner, 1);
    await receiver.waitFor(ofType('task.completed'), 2);
    expect(otherReceiver.requests).toEqual([]);

    const { deleteWebhookEndpoint } = await owner.client.request(DeleteWebhookEndpointDocument, {
      id: created.endpoint.id,
    });
    expect(deleteWebhookEndpoint.deletedWebhookEndpointId).toBe(created.endpoint.id);
    expect((await owner.client.request(WebhookEndpointsDocument)).webhookEndpoints).toEqual([]);
    expect(await codeOf(deliveries(owner, created.endpoint.id))).toBe('NOT_FOUND:');
    const [left] = await app.container.orm.em
      .fork()
      .execute<{ n: string }[]>('SELECT count(*) AS n FROM webhook_delivery WHERE endpoint_id = ?', [
        created.endpoint.id,
      ]);
    expect(Number(left!.n)).toBe(0);
  });

  it('refuses URLs that cannot be delivered to, with BAD_USER_INPUT and a reason', async () => {
    const org = await app.createOrg(1);
    const refused = async (url: string, events: WebhookEventName[] = ['TASK_COMPLETED']) =>
      codeOf(createEndpoint(org, url, events));
    expect(await refused('ftp://example.com/hook')).toBe('BAD_USER_INPUT:UNSUPPORTED_SCHEME');
    expect(await refused('not a url')).toBe('BAD_USER_INPUT:INVALID_URL');
    expect(await refused('https://user:pass@example.com/hook')).toBe('BAD_USER_INPUT:INVALID_URL');
    expect(await refused(`https://example.com/${'a'.repeat(2_100)}`)).toBe('BAD_USER_INPUT:INVALID_URL');
    expect(await refused('https://example.com/hook', [])).toMatch(/^BAD_USER_INPUT:/);
    expect((await org.client.request(WebhookEndpointsDocument)).webhookEndpoints).toEqual([]);
  });

  it('sends a delivery whose job Redis never got (the reconciler queues it)', async () => {
    const org = await app.createOrg(1);
    const receiver = await startReceiver();
    receivers.push(receiver);
    await createEndpoint(org, receiver.url, ['TASK_CANCELLED']);
    // Recorded as the outbox records, committed, and never queued: as if Redis had been flushed.
    const ids = await app.container.orm.em
      .fork()
      .transactional((tx) =>
        recordWebhookEvent(tx, org.organizationId, WebhookEvent.TASK_CANCELLED, literalData({ lost: true })),
      );
    expect(ids).toHaveLength(1);
    const [request] = await receiver.waitFor(ofType('task.cancelled'));
    expect(request!.body.data).toEqual({ lost: true });
  });

  it('deletes finished deliveries past their retention, and keeps the rest', async () => {
    const org = await app.createOrg(1);
    const receiver = await startReceiver();
    receivers.push(receiver);
    const { createWebhookEndpoint: created } = await createEndpoint(org, receiver.url, ['TASK_CANCELLED']);
    const em = app.container.orm.em.fork();
    const record = () =>
      em.transactional((tx) =>
        recordWebhookEvent(tx, org.organizationId, WebhookEvent.TASK_CANCELLED, literalData({ n: 1 })),
      );
    const [old] = await record();
    const [recent] = await record();
    const [pending] = await record();
    await em.execute(
      `UPDATE webhook_delivery SET status = 'DELIVERED', updated_at = now() - interval '31 days' WHERE id = ?`,
      [old],
    );
    await em.execute(
      `UPDATE webhook_delivery SET status = 'FAILED', updated_at = now() - interval '29 days' WHERE id = ?`,
      [recent],
    );
    // Never queued, and overdue long ago: a PENDING delivery is never deleted, however old.
    await em.execute(`UPDATE webhook_delivery SET updated_at = now() - interval '60 days' WHERE id = ?`, [pending]);
    const sweeper = new WebhookReconciler({
      orm: app.container.orm,
      queue: app.container.webhooks,
      logger: app.container.logger,
      intervalMs: 60_000,
      staleAfterMs: 60_000,
      retentionDays: 30,
    });
    // The workers' own sweeps prune too (every 200 ms here): this one makes sure one has run.
    await sweeper.sweep();
    const ids = (await deliveries(org, created.endpoint.id)).edges.map((e) => e.node.id);
    expect(ids.sort()).toEqual([recent, pending].sort());
  });

  it('finishes screening while a receiver hangs on its deliveries', async () => {
    const org = await app.createOrg(20);
    const receiver = await startReceiver(() => null); // takes the request, never answers
    receivers.push(receiver);
    const { createWebhookEndpoint: created } = await createEndpoint(org, receiver.url, ['APPLICATION_DECIDED']);
    const taskId = await screen(org, 3);
    // Every decision's delivery is in flight, held open by the receiver...
    await receiver.waitFor(ofType('application.decided'), 3);
    // ...and the batch completes all the same: deliveries have their own queue and slots.
    const events = await collectProgress(org.client, taskId);
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', processed: 3, succeeded: 3 });
    const { edges } = await deliveries(org, created.endpoint.id);
    expect(edges.map((e) => [e.node.status, e.node.attempts])).toEqual(Array(3).fill(['PENDING', 0]));
    await receiver.close();
  });
});
