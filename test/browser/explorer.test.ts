/**
 * The explorer in a real browser (headless Chromium): GET /graphql serves GraphiQL from the API
 * itself; a key typed in its field runs a query over HTTP and a subscription over graphql-ws, the
 * schema docs open, and the page reaches no host but the API's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateJobPostDocument, ProcessResumesDocument, ViewerDocument } from '@sift/sdk';
import { isLocalUrl, launchChromium, type Browser } from '../support/browser.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

const resume = (name: string) =>
  `${name}\n${name.toLowerCase().replace(/\s+/g, '.')}@example.com\n\nBackend engineer: TypeScript, Node.js, PostgreSQL.\n2016 - Present  Senior Engineer, Example Co\n`;

type CodeMirrorElement = { CodeMirror: { getValue(): string; setValue(value: string): void } };

/** GraphiQL's editors are CodeMirror 5 instances, reachable from their wrapper element. */
const setQuery = (page: Page, query: string) =>
  page
    .locator('.graphiql-query-editor .CodeMirror')
    .evaluate((el, q) => (el as unknown as CodeMirrorElement).CodeMirror.setValue(q), query);

const responseText = (page: Page) =>
  page
    .locator('.graphiql-response .CodeMirror')
    .evaluate((el) => (el as unknown as CodeMirrorElement).CodeMirror.getValue());

/** What the response pane shows once it contains `expected`. */
async function waitForResponse(page: Page, expected: string, timeout = 30_000): Promise<string> {
  await expect.poll(() => responseText(page), { timeout, interval: 100 }).toContain(expected);
  return responseText(page);
}

describe('explorer (GraphiQL at GET /graphql, in Chromium)', () => {
  let app: TestApp;
  let org: TestOrg;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const sockets: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    // No worker yet: the subscription must show the task QUEUED, then follow it to COMPLETED.
    app = await startTestApp();
    org = await app.createOrg(100, 'Explorer Org');
    browser = await launchChromium();
    page = await browser.context.newPage();
    // The whole context, not only the page: workers' requests too.
    browser.context.on('request', (r) => requested.push(r.url()));
    page.on('websocket', (ws) => sockets.push(ws.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // A refused request (401 before the key is typed) logs an error; a blocked script or a CSP violation is a problem.
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('serves GraphiQL with its assets from the API, a strict CSP, no CDN', async () => {
    const response = await page.goto(app.server.url);
    expect(response?.status()).toBe(200);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response!.headers()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
    });
    await page.waitForSelector('.graphiql-container');
    await expect(page.title()).resolves.toBe('Sift API explorer');
    expect(await page.textContent('#sift-key-status')).toMatch(/no key/);
  });

  it('sends its assets compressed to a client that accepts it', async () => {
    const asset = new URL('/explorer/graphiql.min.js', app.server.url);
    const plain = await fetch(asset, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const size = (await plain.arrayBuffer()).byteLength;
    const gzip = await fetch(asset, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes the body: the wire size is not visible here, the encoding and the content are.
    expect((await gzip.arrayBuffer()).byteLength).toBe(size);
  });

  it('runs a query with the key typed in the key field (Authorization header)', async () => {
    await page.fill('#sift-api-key', org.apiKey);
    await page.press('#sift-api-key', 'Enter');
    await expect.poll(() => page.textContent('#sift-key-status')).toBe('organization: Explorer Org');
    await setQuery(page, '{ viewer { name credits } }');
    await page.click('.graphiql-execute-button');
    const text = await waitForResponse(page, 'Explorer Org');
    expect(JSON.parse(text)).toEqual({ data: { viewer: { name: 'Explorer Org', credits: 100 } } });
    // What a person sees, not only the editor's model.
    await expect(page.locator('.graphiql-response').innerText()).resolves.toMatch(/"name":\s*"Explorer Org"/);
  });

  it('a wrong key gets UNAUTHENTICATED, shown in the page', async () => {
    await page.fill('#sift-api-key', 'sift_not-a-key');
    await page.press('#sift-api-key', 'Enter');
    await expect.poll(() => page.textContent('#sift-key-status')).toBe('key refused: UNAUTHENTICATED');
    await setQuery(page, '{ viewer { name } }');
    await page.click('.graphiql-execute-button');
    await waitForResponse(page, 'UNAUTHENTICATED');
    await page.fill('#sift-api-key', org.apiKey);
    await page.press('#sift-api-key', 'Enter');
  });

  it('browses the schema docs (loaded with the key)', async () => {
    await page.click('[aria-label="Show Documentation Explorer"]');
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).click();
    await expect(docs.getByText('The organization the API key belongs to.').isVisible()).resolves.toBe(true);
  });

  it('runs a subscription over graphql-ws and shows its events as they come', async () => {
    const jobPostId = (
      await org.client.request(CreateJobPostDocument, {
        input: { title: 'Backend engineer', description: 'Node.js services', mustHaveSkills: ['Node.js'] },
      })
    ).createJobPost.id;
    const task = (
      await org.client.request(ProcessResumesDocument, {
        jobPostId,
        resumes: [
          { filename: 'a.txt', text: resume('Ada Browser') },
          { filename: 'b.txt', text: resume('Bob Browser') },
        ],
      })
    ).processResumes;

    await setQuery(page, `subscription { taskProgress(taskId: "${task.id}") { state processed total } }`);
    await page.click('.graphiql-execute-button');
    await waitForResponse(page, '"QUEUED"');
    app.startWorker();
    const last = JSON.parse(await waitForResponse(page, '"COMPLETED"', 60_000));
    expect(last).toEqual({ data: { taskProgress: { state: 'COMPLETED', processed: 2, total: 2 } } });
    expect(sockets).toContain(app.server.wsUrl);

    if (process.env.EXPLORER_SCREENSHOT) {
      await setQuery(page, '{\n  viewer {\n    name\n    credits\n  }\n}\n');
      await page.click('.graphiql-execute-button');
      await waitForResponse(page, 'Explorer Org');
      await page.screenshot({ path: process.env.EXPLORER_SCREENSHOT });
    }
  });

  it('leaves other clients alone: curl gets JSON, a GET with a query and every POST reach GraphQL', async () => {
    const curl = await fetch(app.server.url, { headers: { accept: '*/*' } });
    expect(curl.headers.get('content-type')).toMatch(/json/);
    const url = new URL(app.server.url);
    url.searchParams.set('query', '{ viewer { name } }');
    const get = await fetch(url, {
      headers: {
        accept: 'text/html,application/json;q=0.9',
        authorization: `Bearer ${org.apiKey}`,
        'apollo-require-preflight': 'true',
      },
    });
    expect(await get.json()).toEqual({ data: { viewer: { name: 'Explorer Org' } } });
    await expect(org.client.request(ViewerDocument)).resolves.toMatchObject({ viewer: { name: 'Explorer Org' } });
  });

  it('reached no host but the API, and broke no content security rule', () => {
    const base = new URL(app.server.url).origin;
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => !isLocalUrl(url))).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(base))).toEqual([]);
    expect(sockets.filter((url) => !isLocalUrl(url))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('explorer switched off (EXPLORER=off)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { EXPLORER: 'off' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('serves no page at all, neither GraphiQL nor Apollo landing page', async () => {
    const response = await fetch(app.server.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    const body = await response.text();
    expect(response.headers.get('content-type')).not.toMatch(/html/);
    expect(body).not.toMatch(/graphiql|apollographql|<html/i);
    const asset = await fetch(new URL('/explorer/graphiql.min.js', app.server.url));
    expect(asset.status).toBe(404);
  });
});
