import { parse, type GraphQLFormattedError } from 'graphql';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../../src/config.js';
import { ALIAS_COST, queryComplexity } from '../../src/graphql/limits.js';
import { createSchema } from '../../src/graphql/schema.js';
import { CreateJobPostDocument } from '@sift/sdk';
import { runSift } from '../support/processes.js';
import { startTestApp, type TestApp, type TestOrg } from '../support/test-app.js';

/** No answer within this long is a hang: a client's patience, not a measure of speed. */
const CLIENT_TIMEOUT_MS = 30_000;
const WS_MESSAGE_LIMIT = 64 * 1024;
const UUID = '00000000-0000-4000-8000-000000000000';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  errors: GraphQLFormattedError[];
}

/**
 * One HTTP request, as raw as needed: `body` is written as is, and the request is ended unless
 * `end: false` (a client still sending). Rejects if no answer comes within CLIENT_TIMEOUT_MS.
 */
function send(
  url: string,
  headers: Record<string, string>,
  body: string | Buffer,
  { end = true }: { end?: boolean } = {},
): Promise<Answer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let errors: GraphQLFormattedError[] = [];
          try {
            errors = (JSON.parse(text) as { errors?: GraphQLFormattedError[] }).errors ?? [];
          } catch {
            // not JSON: `errors` stays empty and the assertions on codes fail
          }
          if (!end) req.destroy();
          resolve({ status: res.statusCode!, headers: res.headers, text, errors });
        });
      },
    );
    req.setTimeout(CLIENT_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${CLIENT_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.write(body);
    if (end) req.end();
  });
}

/** A refusal: a 4xx status and the first error's code (and reason), never an internal error. */
function expectRefused(answer: Answer, status: number, code: string, reason?: string): void {
  expect(answer.status, answer.text.slice(0, 500)).toBe(status);
  expect(answer.errors.length, answer.text.slice(0, 500)).toBeGreaterThan(0);
  expect(answer.errors[0]!.extensions?.code, answer.text.slice(0, 500)).toBe(code);
  if (reason) expect(answer.errors[0]!.extensions?.reason).toBe(reason);
  expect(answer.text).not.toContain('INTERNAL_SERVER_ERROR');
}

const BOUNDARY = 'sift-test-boundary';
const part = (name: string, value: string, file?: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"\r\nContent-Type: text/plain` : ''}\r\n\r\n${value}\r\n`;
const PROCESS = 'mutation($id: ID!, $files: [Upload!]) { processResumes(jobPostId: $id, files: $files) { id } }';

/** A graphql-transport-ws client on one socket, raw enough to see close codes and each message. */
class RawSocket {
  readonly closed: Promise<number>;
  private readonly messages: { id?: string; type: string; payload?: unknown }[] = [];
  private readonly waiters: (() => void)[] = [];
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString()) as { id?: string; type: string; payload?: unknown });
      this.waiters.splice(0).forEach((w) => w());
    });
    this.closed = new Promise((resolve) => ws.once('close', (code: number) => resolve(code)));
    void this.closed.then(() => this.waiters.splice(0).forEach((w) => w()));
  }

  static async open(url: string, apiKey: string): Promise<RawSocket> {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const socket = new RawSocket(ws);
    ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${apiKey}` } }));
    const ack = await socket.next((m) => m.type === 'connection_ack');
    expect(ack?.type).toBe('connection_ack');
    return socket;
  }

  /** The next message matching `match`, or null once the socket is closed. */
  private async next(match: (m: { id?: string; type: string }) => boolean) {
    for (;;) {
      const index = this.messages.findIndex(match);
      if (index >= 0) return this.messages.splice(index, 1)[0]!;
      if (this.ws.readyState === WebSocket.CLOSED) return null;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Sends an operation; resolves with its first `next` or `error` message (null: socket closed). */
  async operation(id: string, query: string, variables?: Record<string, unknown>) {
    this.ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    const message = await this.next((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
    if (!message) return null;
    const errors =
      message.type === 'error'
        ? (message.payload as GraphQLFormattedError[])
        : ((message.payload as { errors?: GraphQLFormattedError[] }).errors ?? []);
    return { type: message.type, errors, size: JSON.stringify(message).length, payload: message.payload };
  }

  sendRaw(data: string): void {
    this.ws.send(data);
  }

  close(): void {
    this.ws.close();
  }
}

describe('bad requests get a 4xx and a code, on HTTP and WebSocket alike', () => {
  let app: TestApp;
  let org: TestOrg;
  let jobPostId: string;

  beforeAll(async () => {
    app = await startTestApp({
      env: { MAX_QUERY_DEPTH: '5', MAX_WS_MESSAGE_BYTES: String(WS_MESSAGE_LIMIT), WS_KEY_RECHECK_MS: '200' },
    });
    org = await app.createOrg(100);
    jobPostId = (
      await org.client.request(CreateJobPostDocument, { input: { title: 'Backend', description: 'Node.js' } })
    ).createJobPost.id;
  });

  afterAll(async () => {
    await app?.close();
  });

  const auth = () => ({ authorization: `Bearer ${org.apiKey}` });
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    send(app.server.url, { ...auth(), 'content-type': 'application/json' }, JSON.stringify({ query, variables }));
  const multipart = (body: string, headers: Record<string, string> = {}) =>
    send(
      app.server.url,
      {
        ...auth(),
        'apollo-require-preflight': 'true',
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        ...headers,
      },
      body,
    );
  /** Tasks and applications stored for the organization: a refused request stores none. */
  async function stored(): Promise<number> {
    const [row] = await app.container.orm.em
      .fork()
      .execute<{ n: string }[]>(
        'SELECT (SELECT count(*) FROM processing_task WHERE organization_id = ?) + (SELECT count(*) FROM application WHERE organization_id = ?) AS n',
        [org.organizationId, org.organizationId],
      );
    return Number(row!.n);
  }

  describe('GraphQL multipart requests', () => {
    const operations = (variables: Record<string, unknown>) =>
      part('operations', JSON.stringify({ query: PROCESS, variables }));

    it('refuses a map path into a variable that does not exist, or onto the query', async () => {
      const before = await stored();
      const intoMissing = await multipart(
        operations({ id: jobPostId, files: [null] }) +
          part('map', JSON.stringify({ 0: ['variables.nope.0'] })) +
          part('0', 'Casey Example, Node.js engineer', 'a.txt') +
          `--${BOUNDARY}--\r\n`,
      );
      expectRefused(intoMissing, 400, 'BAD_USER_INPUT');
      const ontoQuery = await multipart(
        operations({ id: jobPostId, files: [null] }) +
          part('map', JSON.stringify({ 0: ['query'] })) +
          part('0', 'Casey Example, Node.js engineer', 'a.txt') +
          `--${BOUNDARY}--\r\n`,
      );
      expect(ontoQuery.status).toBe(400);
      expect(ontoQuery.errors[0]?.extensions?.code).toBeTypeOf('string');
      expect(ontoQuery.text).not.toContain('INTERNAL_SERVER_ERROR');
      expect(await stored()).toBe(before);
    });

    it('refuses a malformed part header', async () => {
      const answer = await multipart(`--${BOUNDARY}\r\nthis is not a header\r\n\r\nvalue\r\n--${BOUNDARY}--\r\n`);
      expectRefused(answer, 400, 'BAD_USER_INPUT');
      expect(answer.errors[0]!.message).toMatch(/multipart/i);
    });

    it('refuses a body cut short, in a file or before it, and stores nothing', async () => {
      const before = await stored();
      const whole =
        operations({ id: jobPostId, files: [null] }) +
        part('map', JSON.stringify({ 0: ['variables.files.0'] })) +
        part('0', 'Casey Example\ncasey@example.com\nNode.js engineer since 2018.\n'.repeat(50), 'a.txt') +
        `--${BOUNDARY}--\r\n`;
      // The request ends (Content-Length matches what is sent) in the middle of the file...
      const inFile = await multipart(whole.slice(0, whole.length - 400));
      expectRefused(inFile, 400, 'BAD_USER_INPUT');
      // ...and right after the map, before the file's part.
      const beforeFile = await multipart(
        whole.slice(0, whole.indexOf(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"`)),
      );
      expectRefused(beforeFile, 400, 'BAD_USER_INPUT');
      expect(await stored()).toBe(before);
      // The same request whole is accepted: the refusals above were about the cut.
      const accepted = await multipart(whole);
      expect(accepted.status, accepted.text).toBe(200);
      expect(accepted.errors).toEqual([]);
    });

    it('answers multipart/form-data without a boundary', async () => {
      const answer = await multipart(
        operations({ id: jobPostId, files: [null] }) + part('map', JSON.stringify({ 0: ['variables.files.0'] })),
        { 'content-type': 'multipart/form-data' },
      );
      expectRefused(answer, 400, 'BAD_USER_INPUT');
    });
  });

  describe('operations', () => {
    it('refuses a fragment cycle over HTTP and WebSocket, and the socket stays usable', async () => {
      const cycle = 'query { ...A } fragment A on Query { viewer { id } ...B } fragment B on Query { ...A }';
      const answer = await gql(cycle);
      expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(answer.errors[0]!.message).toMatch(/spread fragment "A" within itself/);

      const socket = await RawSocket.open(app.server.wsUrl, org.apiKey);
      const refused = await socket.operation('1', cycle);
      expect(refused?.type).toBe('error');
      expect(refused?.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const viewer = await socket.operation('2', '{ viewer { id } }');
      expect(viewer).toMatchObject({ type: 'next', errors: [] });
      socket.close();
    });

    it('refuses variables of the wrong type, unknown input fields and missing required variables', async () => {
      const cases: [string, Record<string, unknown>][] = [
        ['query($f: Int) { applications(first: $f) { totalCount } }', { f: 'ten' }],
        ['query($f: ApplicationFilter) { applications(filter: $f) { totalCount } }', { f: { nope: 1 } }],
        [
          'mutation($i: CreateJobPostInput!) { createJobPost(input: $i) { id } }',
          { i: { title: 'T', description: 'D', x: 1 } },
        ],
        ['query($id: ID!) { jobPost(id: $id) { id } }', {}],
      ];
      const socket = await RawSocket.open(app.server.wsUrl, org.apiKey);
      for (const [index, [query, variables]] of cases.entries()) {
        expectRefused(await gql(query, variables), 400, 'BAD_USER_INPUT');
        const overWs = await socket.operation(String(index), query, variables);
        expect(overWs?.errors[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      }
      socket.close();
    });

    it('refuses a NUL character in any string argument, literal or variable, and stores nothing', async () => {
      const before = await stored();
      const cases: [string, Record<string, unknown>][] = [
        ['mutation { createJobPost(input: { title: "a\\u0000b", description: "d" }) { id } }', {}],
        ['mutation($t: String!) { createJobPost(input: { title: $t, description: "d" }) { id } }', { t: 'a\0b' }],
        ['query($e: String) { applications(filter: { email: $e }) { totalCount } }', { e: 'a\0@example.com' }],
        ['query($id: ID!) { jobPost(id: $id) { id } }', { id: `${UUID}\0` }],
        [
          'mutation($id: ID!, $r: [ResumeInput!]) { processResumes(jobPostId: $id, resumes: $r) { id } }',
          { id: jobPostId, r: [{ filename: 'a.txt', text: 'Casey Example\0 Node.js engineer' }] },
        ],
      ];
      const socket = await RawSocket.open(app.server.wsUrl, org.apiKey);
      for (const [index, [query, variables]] of cases.entries()) {
        expectRefused(
          await gql(query, { ...variables, id: variables.id ?? jobPostId }),
          400,
          'BAD_USER_INPUT',
          'NUL_CHARACTER',
        );
        const overWs = await socket.operation(String(index), query, { ...variables, id: variables.id ?? jobPostId });
        expect(overWs?.errors[0]?.extensions?.reason, query).toBe('NUL_CHARACTER');
      }
      socket.close();
      expect(await stored()).toBe(before);
    });

    it('refuses forged cursors', async () => {
      const cursor = (value: unknown, id: unknown) => Buffer.from(JSON.stringify([value, id])).toString('base64url');
      const cases = [
        `applications(after: "${cursor('2026-01-01T00:00:00.000Z', 'not-a-uuid')}")`,
        `applications(after: "${cursor('0000-01-01T00:00:00.000Z', UUID)}")`,
        `applications(orderBy: { field: SCORE, direction: DESC }, after: "${cursor('high', UUID)}")`,
        `applications(orderBy: { field: SCORE, direction: DESC }, after: "${cursor(1e300, UUID)}")`,
        `applications(orderBy: { field: SCORE, direction: DESC }, after: "${cursor(1.5, UUID)}")`,
        `jobPosts(after: "${cursor('2026-01-01T00:00:00.000Z', `${UUID}x`)}")`,
        `tasks(after: "${cursor(7, UUID)}")`,
        `applications(after: "not base64 at all")`,
      ];
      for (const field of cases) {
        const answer = await gql(`{ page: ${field} { totalCount } }`);
        // An error in a resolver: HTTP 200 with the field's error, as GraphQL answers them.
        expect(answer.errors[0]?.extensions?.code, `${field}: ${answer.text}`).toBe('BAD_USER_INPUT');
        expect(answer.errors[0]!.message).toMatch(/cursor/i);
      }
      // A real cursor still works.
      const first = await gql(`{ jobPosts(first: 1) { pageInfo { endCursor } } }`);
      const endCursor = (JSON.parse(first.text) as { data: { jobPosts: { pageInfo: { endCursor: string } } } }).data
        .jobPosts.pageInfo.endCursor;
      expect((await gql(`{ jobPosts(after: "${endCursor}") { totalCount } }`)).errors).toEqual([]);
    });

    it('refuses a date in year 0 (and past year 9999), literal or variable', async () => {
      const literal = await gql('{ applications(filter: { createdAfter: "0000-01-01T00:00:00Z" }) { totalCount } }');
      expectRefused(literal, 400, 'GRAPHQL_VALIDATION_FAILED');
      const query = 'query($d: DateTimeISO) { applications(filter: { createdAfter: $d }) { totalCount } }';
      for (const d of ['0000-01-01T00:00:00Z', '+010000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z']) {
        expectRefused(await gql(query, { d }), 400, 'BAD_USER_INPUT');
      }
      expect((await gql(query, { d: '2026-01-01T00:00:00Z' })).errors).toEqual([]);
    });
  });

  describe('limits, the same over WebSocket', () => {
    const page = (alias: string) =>
      `${alias}: applications(first: 100) { edges { node { id status score flags error createdAt updatedAt processedAt attempts file { filename mimeType sizeBytes } candidate { name email phone location skills summary } } } }`;
    const complex = `{ ${page('a')} ${page('b')} ${page('c')} ${page('d')} ${page('e')} }`;
    const deep = '{ applications { edges { node { task { jobPost { applicationCounts { total } } } } } } }';

    it('refuses an over-complex query over HTTP and WebSocket with a small error', async () => {
      expectRefused(await gql(complex), 400, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
      const socket = await RawSocket.open(app.server.wsUrl, org.apiKey);
      const overWs = await socket.operation('1', complex);
      expect(overWs?.type).toBe('error');
      expect(overWs?.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
      expect(overWs!.size).toBeLessThan(2_000);
      socket.close();
    });

    it('refuses an over-deep query over HTTP and WebSocket', async () => {
      const answer = await gql(deep);
      expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_DEEP');
      expect(answer.errors[0]!.message).toMatch(/depth 6; the maximum depth is 5/);
      const socket = await RawSocket.open(app.server.wsUrl, org.apiKey);
      const overWs = await socket.operation('1', deep);
      expect(overWs?.errors[0]?.extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        reason: 'QUERY_TOO_DEEP',
      });
      // Five levels pass.
      const fine = await socket.operation('2', '{ applications { edges { node { task { jobPost { id } } } } } }');
      expect(fine).toMatchObject({ type: 'next', errors: [] });
      socket.close();
    });

    it('closes a socket that sends a message over the size limit (1009)', async () => {
      const socket = await RawSocket.open(app.server.wsUrl, org.apiKey);
      const padding = 'x'.repeat(WS_MESSAGE_LIMIT);
      socket.sendRaw(
        JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ viewer { id } } # ${padding}` } }),
      );
      expect(await socket.closed).toBe(1009);
      // A message under the limit is fine on a new socket.
      const next = await RawSocket.open(app.server.wsUrl, org.apiKey);
      expect(await next.operation('1', `{ viewer { id } } # ${'x'.repeat(WS_MESSAGE_LIMIT / 2)}`)).toMatchObject({
        type: 'next',
        errors: [],
      });
      next.close();
    });

    it('stops a key revoked while its socket is open', async () => {
      const other = await app.createOrg(10, 'Revoked Co');
      const socket = await RawSocket.open(app.server.wsUrl, other.apiKey);
      expect(await socket.operation('1', '{ viewer { id } }')).toMatchObject({ type: 'next', errors: [] });
      await app.container.orm.em
        .fork()
        .execute('UPDATE api_key SET revoked_at = now() WHERE organization_id = ?', [other.organizationId]);
      // Refused at this operation, or the socket already closed by the periodic check (every 200 ms
      // here, which a loaded machine can run first): either way no data comes back.
      const refused = await socket.operation('2', '{ viewer { id } }');
      if (refused !== null) {
        expect(refused.type).toBe('error');
        expect(refused.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect(await socket.closed).toBe(4403);
      // And over HTTP.
      const overHttp = await send(
        app.server.url,
        { authorization: `Bearer ${other.apiKey}`, 'content-type': 'application/json' },
        JSON.stringify({ query: '{ viewer { id } }' }),
      );
      expectRefused(overHttp, 401, 'UNAUTHENTICATED');
    });
  });

  describe('revocation on a quiet socket', () => {
    it('closes a socket whose key is revoked, though it sends nothing more', async () => {
      const other = await app.createOrg(10, 'Quiet Co');
      const socket = await RawSocket.open(app.server.wsUrl, other.apiKey);
      expect(await socket.operation('1', '{ viewer { id } }')).toMatchObject({ type: 'next', errors: [] });
      await app.container.orm.em
        .fork()
        .execute('UPDATE api_key SET revoked_at = now() WHERE organization_id = ?', [other.organizationId]);
      // no operation: the periodic check closes it (a guard, not a timing assertion, ends the wait)
      const guard = new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 20_000).unref());
      expect(await Promise.race([socket.closed, guard])).toBe(4403);
    });
  });

  describe('amplification', () => {
    it('caps aliases, and counts them in the cost', async () => {
      // 4,900 aliases of viewer: refused before anything runs (by the token limit, then the alias cap).
      const many = `{ ${Array.from({ length: 4_900 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
      const answer = await gql(many);
      expect(answer.status).toBe(400);
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(answer.errors[0]?.extensions?.code);
      // Under the token limit, the alias cap (30 by default) refuses 31 aliases, on both paths.
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
      expectRefused(await gql(aliases(31)), 400, 'GRAPHQL_VALIDATION_FAILED', 'TOO_MANY_ALIASES');
      expect((await gql(aliases(30))).errors).toEqual([]);
      const socket = await RawSocket.open(app.server.wsUrl, org.apiKey);
      expect((await socket.operation('1', aliases(31)))?.errors[0]?.extensions?.reason).toBe('TOO_MANY_ALIASES');
      // (4,900 of them are over this socket's message limit; 1,500 are within it, over the token limit.)
      expect((await socket.operation('2', aliases(1_500)))?.errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      socket.close();

      // Fragments that each spread the next twice: 2^16 viewers once spread, in 600 characters.
      const bomb =
        '{ ...F0 } ' +
        Array.from(
          { length: 17 },
          (_, i) => `fragment F${i} on Query { ${i === 16 ? 'viewer { id }' : `...F${i + 1} ...F${i + 1}`} }`,
        ).join(' ');
      expectRefused(await gql(bomb), 400, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');

      const schema = await createSchema(app.container.bus.typeGraphqlPubSub);
      const cost = (query: string) => queryComplexity(schema, parse(query));
      expect(cost('{ viewer { id } }')).toBe(2);
      expect(cost(aliases(30))).toBe(30 * (2 + ALIAS_COST));
      // 4,900 aliases of viewer now cost far over the default limit of 10,000.
      expect(cost(many)).toBeGreaterThan(app.config.limits.maxQueryComplexity);
    });
  });

  describe('the request itself', () => {
    it('refuses a request without a valid key before reading its body', async () => {
      // Declares 50 MB, sends 1 MB and waits: an answer can only come if the body is not awaited.
      const declared = 50 * 1024 * 1024;
      const start = `{"query":"{ viewer { id } }","variables":{"pad":"${'x'.repeat(1024 * 1024)}`;
      const cases: Record<string, string>[] = [
        { 'content-type': 'application/json', 'content-length': String(declared) },
        { 'content-type': 'application/json', 'content-length': String(declared), authorization: 'Bearer sift_forged' },
        {
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          'content-length': String(declared),
          'apollo-require-preflight': 'true',
        },
      ];
      for (const headers of cases) {
        const answer = await send(app.server.url, headers, start, { end: false });
        expectRefused(answer, 401, 'UNAUTHENTICATED');
      }
    });

    it('does not echo the values of a refused request', async () => {
      const huge = 'y'.repeat(2 * 1024 * 1024);
      const answers = [
        await gql('mutation($i: CreateJobPostInput!) { createJobPost(input: $i) { id } }', {
          i: { title: huge, description: huge },
        }),
        await gql('mutation($i: CreateJobPostInput!) { createJobPost(input: $i) { id } }', {
          i: { title: 'T', description: huge, unknown: huge },
        }),
        await gql('query($f: Int) { applications(first: $f) { totalCount } }', { f: huge }),
        await gql('query($id: ID!) { jobPost(id: $id) { id } }', { id: huge }),
        await gql(`{ applications(after: "${huge}") { totalCount } }`),
      ];
      for (const answer of answers) {
        expect(answer.errors[0]?.extensions?.code, answer.text.slice(0, 300)).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
        expect(answer.text.length, answer.text.slice(0, 300)).toBeLessThan(5_000);
      }
    });

    it('sends no X-Powered-By header', async () => {
      const ok = await gql('{ viewer { id } }');
      expect(ok.status).toBe(200);
      expect(ok.headers['x-powered-by']).toBeUndefined();
      const refused = await send(app.server.url, { 'content-type': 'application/json' }, '{}');
      expect(refused.status).toBe(401);
      expect(refused.headers['x-powered-by']).toBeUndefined();
    });
  });
});

describe('a bad OPENAI_PRICES', () => {
  const env = { OPENAI_API_KEY: 'sk-test', OPENAI_PRICES: '{"gpt-4o": {"input": -1}}' };

  it('is a configuration error naming the variable', () => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/OPENAI_PRICES/);
    expect(() => loadConfig({ ...env, OPENAI_PRICES: 'not json' })).toThrow(/OPENAI_PRICES/);
    expect(loadConfig({ ...env, OPENAI_PRICES: '{"gpt-4o": {"input": 1, "output": 2}}' }).openai.prices).toBeDefined();
  });

  it('stops the API process with a message naming it, not a stack trace', async () => {
    const { code, stderr } = await runSift('src/main/api.ts', [], { ...env, PORT: '0' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/OPENAI_PRICES/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
