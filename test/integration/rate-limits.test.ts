/**
 * Requests per organization and minute (ORG_MAX_REQUESTS_PER_MINUTE): HTTP requests and WebSocket
 * operations share one count per organization, across API processes (the count is in Redis). Past
 * the limit: RATE_LIMITED with `extensions.retryAfterSeconds`, and over HTTP a 429 with Retry-After.
 * The tests count requests and read codes; the window (a minute from the first request) is far
 * longer than any of them takes.
 */
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema.js';
import { startApiServer, type ApiServer } from '../../src/graphql/server.js';
import { createSiftClient, SiftApiError, ViewerDocument, type SiftClient } from '@sift/sdk';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const LIMIT = 5;

/** A POST of `{ viewer { id } }` as `apiKey`: status, Retry-After header and errors. */
async function viewerOverHttp(url: string, apiKey: string, method: 'POST' | 'GET' = 'POST') {
  const query = '{ viewer { id } }';
  const response =
    method === 'POST'
      ? await fetch(url, {
          method,
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      : await fetch(`${url}?query=${encodeURIComponent(query)}`, {
          headers: { authorization: `Bearer ${apiKey}`, 'apollo-require-preflight': 'true' },
        });
  const body = (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), errors: body.errors ?? [] };
}

/** `{ viewer { id } }` as a graphql-ws operation; resolves with its error code, or null when it answered. */
async function viewerOverWebSocket(client: SiftClient): Promise<{ code: string | null; error?: SiftApiError }> {
  try {
    for await (const result of client.subscribe(ViewerDocument, {})) expect(result.viewer.id).toBeTruthy();
    return { code: null };
  } catch (error) {
    if (!(error instanceof SiftApiError)) throw error;
    return { code: error.code ?? null, error };
  }
}

function expectRateLimited(errors: readonly GraphQLFormattedError[]): number {
  expect(errors[0]?.extensions?.code, JSON.stringify(errors)).toBe('RATE_LIMITED');
  const retryAfter = errors[0]!.extensions!.retryAfterSeconds;
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(errors[0]!.extensions!.limit).toBe(LIMIT);
  expect(JSON.stringify(errors)).not.toContain('"http"');
  return retryAfter as number;
}

describe('requests per organization and minute', () => {
  let app: TestApp;
  let second: ApiServer;
  const clients: SiftClient[] = [];

  beforeAll(async () => {
    app = await startTestApp({ env: { ORG_MAX_REQUESTS_PER_MINUTE: String(LIMIT) } });
    // Another API process of the same deployment (its own server, the same Redis).
    second = await startApiServer(app.container, await createSchema(app.container.bus.typeGraphqlPubSub));
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await second?.close();
    await app?.close();
  });

  const newOrg = async (name: string): Promise<TestOrg> => {
    const org = await app.createOrg(10, name);
    return org;
  };

  it('refuses the request past the limit over HTTP: 429, Retry-After and RATE_LIMITED; another organization is not affected', async () => {
    const a = await newOrg('Busy Org');
    const b = await newOrg('Quiet Org');
    for (let i = 0; i < LIMIT; i++) {
      const ok = await viewerOverHttp(app.server.url, a.apiKey);
      expect(ok.status, JSON.stringify(ok.errors)).toBe(200);
      expect(ok.errors).toEqual([]);
    }
    const refused = await viewerOverHttp(app.server.url, a.apiKey);
    expect(refused.status).toBe(429);
    const retryAfter = expectRateLimited(refused.errors);
    expect(refused.retryAfter).toBe(String(retryAfter));
    // A query in the URL (GET) is counted and refused the same way.
    const byGet = await viewerOverHttp(app.server.url, a.apiKey, 'GET');
    expect(byGet.status).toBe(429);
    expectRateLimited(byGet.errors);
    expect(byGet.retryAfter).toMatch(/^\d+$/);
    // The SDK surfaces it as a typed error.
    await expect(a.client.request(ViewerDocument)).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429 });

    // The other organization has its own count.
    const other = await viewerOverHttp(app.server.url, b.apiKey);
    expect(other.status).toBe(200);
    expect(other.errors).toEqual([]);
  });

  it('counts WebSocket operations with HTTP requests, across API processes, and refuses them with RATE_LIMITED', async () => {
    const org = await newOrg('Socket Org');
    const ws = createSiftClient({ url: second.url, apiKey: org.apiKey });
    clients.push(ws);
    // Two requests on one API, two operations on the other's WebSocket, one more request: five.
    for (let i = 0; i < 2; i++) expect((await viewerOverHttp(app.server.url, org.apiKey)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await viewerOverWebSocket(ws)).code).toBeNull();
    expect((await viewerOverHttp(second.url, org.apiKey)).status).toBe(200);

    // The sixth, over WebSocket: refused, with the same extensions as over HTTP.
    const refused = await viewerOverWebSocket(ws);
    expect(refused.code).toBe('RATE_LIMITED');
    expectRateLimited(refused.error!.errors);
    // And the count is shared: HTTP is refused too, on either API.
    expect((await viewerOverHttp(app.server.url, org.apiKey)).status).toBe(429);
    expect((await viewerOverHttp(second.url, org.apiKey)).status).toBe(429);
  });

  it('does not count or refuse requests without a valid key as any organization', async () => {
    const org = await newOrg('Innocent Org');
    for (let i = 0; i < LIMIT + 2; i++) {
      const anonymous = await viewerOverHttp(app.server.url, 'sift_not-a-real-key');
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await viewerOverHttp(app.server.url, org.apiKey)).status).toBe(200);
  });
});
