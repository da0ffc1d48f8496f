import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateJobPostDocument, ProcessResumesDocument, TaskDocument } from '@sift/sdk';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { collectProgress } from '../support/progress.js';
import { parseExposition, valueOf, type Sample } from '../support/prometheus.js';
import { eventually, startTestApp, type TestApp } from '../support/test-app.js';

const MODEL = 'gpt-4o-mini';

const resume = (i: number) =>
  `Candidate ${String.fromCharCode(65 + i)} Example\ncandidate${i}@example.com\n` +
  `Backend engineer: TypeScript, Node.js, PostgreSQL.\n${2012 + i} - Present  Engineer, Example Co\n`;

describe('operators: LLM metrics (tokens, cost, 429s and retries) against a fake provider', () => {
  let fake: FakeOpenAI;
  let app: TestApp;

  beforeAll(async () => {
    fake = await startFakeOpenAI({ latencyMs: 5 });
    app = await startTestApp({
      worker: true,
      env: {
        ...fake.env,
        OPENAI_MODEL: MODEL,
        OPENAI_TIMEOUT_MS: '2000',
        JOB_ATTEMPTS: '3',
      },
    });
  });

  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  const metrics = async (): Promise<Sample[]> =>
    parseExposition(await (await fetch(`${new URL(app.server.url).origin}/metrics`)).text());

  it('counts requests, tokens and cost as the provider reports them, and each 429 and retry', async () => {
    const org = await app.createOrg(50);
    const { createJobPost } = await org.client.request(CreateJobPostDocument, {
      input: { title: 'Backend engineer', description: 'Node.js services', mustHaveSkills: ['Node.js'] },
    });
    const before = await metrics();
    const sent = fake.requests.length;
    fake.enqueue({ kind: 'rateLimited', retryAfter: '1' }, { kind: 'rateLimited', retryAfter: '1' });
    const { processResumes: task } = await org.client.request(ProcessResumesDocument, {
      jobPostId: createJobPost.id,
      resumes: [0, 1, 2].map((i) => ({ filename: `c${i}.txt`, text: resume(i) })),
    });
    const events = await collectProgress(org.client, task.id);
    expect(events.at(-1)).toMatchObject({ state: 'COMPLETED', succeeded: 3, failed: 0 });
    const { task: done } = await org.client.request(TaskDocument, { id: task.id });

    const after = await eventually(async () => {
      const samples = await metrics();
      return valueOf(samples, 'sift_job_duration_seconds_count', { outcome: 'done' }) -
        valueOf(before, 'sift_job_duration_seconds_count', { outcome: 'done' }) >=
        3
        ? samples
        : undefined;
    });
    const grew = (name: string, labels: Record<string, string> = {}) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);

    const answered = fake.requests.slice(sent);
    expect(answered.filter((r) => r.behaviour === 'rateLimited')).toHaveLength(2);
    expect(answered).toHaveLength(5);
    expect(grew('sift_llm_requests_total', { model: MODEL, outcome: 'ok' })).toBe(3);
    expect(grew('sift_llm_requests_total', { model: MODEL, outcome: 'RATE_LIMITED' })).toBe(2);
    expect(grew('sift_llm_rate_limited_total', { model: MODEL })).toBe(2);
    expect(grew('sift_job_retries_total', { reason: 'rate_limited' })).toBe(2);
    expect(grew('sift_job_duration_seconds_count', { outcome: 'rate_limited' })).toBe(2);
    expect(grew('sift_analysis_duration_seconds_count', { analyzer: 'openai', outcome: 'ok' })).toBe(3);
    expect(grew('sift_analysis_duration_seconds_count', { analyzer: 'openai', outcome: 'RATE_LIMITED' })).toBe(2);
    // Tokens and cost: exactly what the task's usage sums (the provider's figures, priced).
    expect(grew('sift_llm_tokens_total', { model: MODEL, kind: 'prompt' })).toBe(done!.usage.promptTokens);
    expect(grew('sift_llm_tokens_total', { model: MODEL, kind: 'completion' })).toBe(done!.usage.completionTokens);
    expect(done!.usage.costUsd).toBeGreaterThan(0);
    expect(grew('sift_llm_cost_usd_total', { model: MODEL })).toBeCloseTo(done!.usage.costUsd, 9);
  });
});
