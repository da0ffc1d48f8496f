/**
 * CORS in a real browser (headless Chromium): a page on another origin (a second local HTTP
 * server) calls the API with fetch, a query and a multipart upload with Apollo's CSRF header.
 * Allowed in CORS_ORIGINS, it works; not allowed, the browser refuses and the upload never
 * reaches the API.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateJobPostDocument, TasksDocument, ViewerDocument } from '@sift/sdk';
import { launchChromium, startStaticSite, type Browser, type StaticSite } from '../support/browser.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const RESUME = 'Ada Cors\nada.cors@example.com\n\nBackend engineer: TypeScript, Node.js, PostgreSQL.\n';

interface Outcome {
  status?: number;
  body?: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  /** A request the browser refused to make or to show (CORS): fetch rejects with a TypeError. */
  error?: string;
}

/** Runs in the page: what a browser client of the API does (README shows the same code). */
async function callApi(page: Page, args: { url: string; apiKey: string; jobPostId: string; csrfHeader: boolean }) {
  return page.evaluate(
    async ({ url, apiKey, jobPostId, csrfHeader, resume }) => {
      const settle = async (request: Promise<Response>): Promise<Outcome> => {
        try {
          const response = await request;
          return { status: response.status, body: (await response.json()) as Outcome['body'] };
        } catch (error) {
          return { error: String(error) };
        }
      };
      const query = await settle(
        fetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: '{ viewer { name credits } }' }),
        }),
      );
      // The GraphQL multipart request spec: operations, map, then the files.
      const form = new FormData();
      form.append(
        'operations',
        JSON.stringify({
          query:
            'mutation ($jobPostId: ID!, $files: [Upload!]) { processResumes(jobPostId: $jobPostId, files: $files) { id state total } }',
          variables: { jobPostId, files: [null] },
        }),
      );
      form.append('map', JSON.stringify({ 0: ['variables.files.0'] }));
      form.append('0', new File([resume], 'ada.txt', { type: 'text/plain' }));
      const headers: Record<string, string> = { Authorization: `Bearer ${apiKey}` };
      if (csrfHeader) headers['Apollo-Require-Preflight'] = 'true';
      const upload = await settle(fetch(url, { method: 'POST', headers, body: form }));
      return { query, upload };
    },
    { ...args, resume: RESUME },
  );
}

describe('CORS (CORS_ORIGINS) from a page on another origin, in Chromium', () => {
  let allowed: StaticSite;
  let refused: StaticSite;
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;
  let browser: Browser;

  const tasks = async () => (await org.client.request(TasksDocument, { jobPostId })).tasks.edges.length;
  const credits = async () => (await org.client.request(ViewerDocument)).viewer.credits;
  const openPage = async (site: StaticSite) => {
    const page = await browser.context.newPage();
    await page.goto(site.origin);
    return page;
  };

  beforeAll(async () => {
    const html = '<!doctype html><title>partner app</title><p>A page on another origin.</p>';
    allowed = await startStaticSite(html);
    refused = await startStaticSite(html);
    // A trailing slash in the variable is fine: browsers send the bare origin.
    app = await startTestApp({ env: { CORS_ORIGINS: `https://app.example.com, ${allowed.origin}/` } });
    org = await app.createOrg(100, 'Cors Org');
    jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: { title: 'Backend engineer', description: 'Node.js services', mustHaveSkills: ['Node.js'] },
      })
    ).createJobPost.id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await allowed?.close();
    await refused?.close();
  });

  it('answers the preflight with 204 and the Access-Control-Allow-* headers, credentials off', async () => {
    const preflight = (origin: string) =>
      fetch(app.server.url, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,apollo-require-preflight',
        },
      });
    const ok = await preflight(allowed.origin);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(ok.headers.get('access-control-allow-methods')).toBe('GET,POST');
    const allowedHeaders = ok.headers.get('access-control-allow-headers')!.toLowerCase().split(',');
    expect(allowedHeaders).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name']),
    );
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    expect(ok.headers.get('vary')).toMatch(/Origin/);

    const no = await preflight(refused.origin);
    expect(no.status).toBe(204);
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('an allowed origin queries and uploads (with the CSRF header)', async () => {
    const page = await openPage(allowed);
    const before = await credits();
    const { query, upload } = await callApi(page, {
      url: app.server.url,
      apiKey: org.apiKey,
      jobPostId,
      csrfHeader: true,
    });
    expect(query).toEqual({ status: 200, body: { data: { viewer: { name: 'Cors Org', credits: before } } } });
    expect(upload.status).toBe(200);
    expect(upload.body?.data?.processResumes).toMatchObject({ state: 'QUEUED', total: 1 });
    expect(await credits()).toBe(before - 1);
    await page.close();
  });

  it('an upload without the CSRF header is refused by Apollo (400), even from an allowed origin', async () => {
    const page = await openPage(allowed);
    const before = await tasks();
    const { upload } = await callApi(page, { url: app.server.url, apiKey: org.apiKey, jobPostId, csrfHeader: false });
    expect(upload.status).toBe(400);
    expect(upload.body?.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(await tasks()).toBe(before);
    await page.close();
  });

  it('a WebSocket (outside CORS) from any origin is authenticated by its key alone', async () => {
    const page = await openPage(refused);
    // graphql-ws's handshake by hand: connection_init with the key, then the server's answer.
    const handshake = (authorization: string) =>
      page.evaluate(
        ({ wsUrl, authorization }) =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
            socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
            socket.onmessage = (event) => {
              resolve(JSON.parse(String(event.data)).type);
              socket.close();
            };
            socket.onclose = (event) => resolve(`closed ${event.code}`);
          }),
        { wsUrl: app.server.wsUrl, authorization },
      );
    expect(await handshake(`Bearer ${org.apiKey}`)).toBe('connection_ack');
    expect(await handshake('Bearer sift_not-a-key')).toBe('closed 4403');
    await page.close();
  });

  it('an origin not in CORS_ORIGINS is refused by the browser: nothing is read, nothing uploaded', async () => {
    const page = await openPage(refused);
    const [beforeTasks, beforeCredits] = [await tasks(), await credits()];
    const { query, upload } = await callApi(page, {
      url: app.server.url,
      apiKey: org.apiKey,
      jobPostId,
      csrfHeader: true,
    });
    expect(query).toEqual({ error: expect.stringMatching(/TypeError: Failed to fetch/) });
    expect(upload).toEqual({ error: expect.stringMatching(/TypeError: Failed to fetch/) });
    expect(await tasks()).toBe(beforeTasks);
    expect(await credits()).toBe(beforeCredits);
    await page.close();
  });
});
