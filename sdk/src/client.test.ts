import { describe, expect, it } from 'vitest';
import { createSiftClient, SiftApiError, TaskProgressDocument, ViewerDocument } from './index.js';

/** A fetch that records each call and answers with `reply`. */
function recordingFetch(reply: { status?: number; body: string }) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(reply.body, { status: reply.status ?? 200 });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('createSiftClient', () => {
  it('sends the document and the key through the injected fetch, and returns typed data', async () => {
    const { fetch, calls } = recordingFetch({
      body: JSON.stringify({ data: { viewer: { id: '1', name: 'Org', credits: 3 } } }),
    });
    const sift = createSiftClient({ url: 'https://sift.example/graphql', apiKey: 'sift_k', fetch });
    const { viewer } = await sift.request(ViewerDocument);
    expect(viewer.credits).toBe(3);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://sift.example/graphql');
    expect(calls[0]!.init.headers).toMatchObject({
      authorization: 'Bearer sift_k',
      'content-type': 'application/json',
    });
    expect(JSON.parse(calls[0]!.init.body as string)).toMatchObject({
      query: expect.stringContaining('viewer'),
      variables: {},
    });
  });

  it('throws a SiftApiError with the code and status of an answer with errors, or of one that is not JSON', async () => {
    const refused = recordingFetch({
      status: 429,
      body: JSON.stringify({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] }),
    });
    const error = await createSiftClient({ url: 'http://x/graphql', apiKey: 'k', fetch: refused.fetch })
      .request(ViewerDocument)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiftApiError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, message: 'slow down' });

    const proxy = recordingFetch({ status: 502, body: '<html>Bad gateway</html>' });
    const gateway = await createSiftClient({ url: 'http://x/graphql', apiKey: 'k', fetch: proxy.fetch })
      .request(ViewerDocument)
      .catch((e: unknown) => e);
    expect(gateway).toBeInstanceOf(SiftApiError);
    expect(gateway).toMatchObject({ status: 502, message: '<html>Bad gateway</html>' });
  });

  it('processResumes sends a GraphQL multipart request with the CSRF header Apollo requires', async () => {
    const task = { id: '7', state: 'QUEUED', total: 2 };
    const { fetch, calls } = recordingFetch({ body: JSON.stringify({ data: { processResumes: task } }) });
    const sift = createSiftClient({ url: 'http://x/graphql', apiKey: 'k', fetch });
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const text = new Blob(['Ada Lovelace'], { type: 'text/plain' });
    const result = await sift.processResumes(
      '42',
      [
        { filename: 'a.pdf', content: pdf, mimeType: 'application/pdf' },
        { filename: 'b.txt', content: text },
      ],
      { strict: true },
    );
    expect(result).toEqual(task);
    const { headers, body } = calls[0]!.init;
    expect(headers).toMatchObject({ authorization: 'Bearer k', 'apollo-require-preflight': 'true' });
    expect(headers).not.toHaveProperty('content-type'); // fetch sets the multipart boundary
    const form = body as FormData;
    const operations = JSON.parse(form.get('operations') as string);
    expect(operations.query).toContain('processResumes');
    expect(operations.variables).toEqual({ jobPostId: '42', files: [null, null], strict: true });
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.files.0'], 1: ['variables.files.1'] });
    const [first, second] = [form.get('0') as File, form.get('1') as File];
    expect([first.name, first.type, new Uint8Array(await first.arrayBuffer())]).toEqual([
      'a.pdf',
      'application/pdf',
      pdf,
    ]);
    expect([second.name, second.type, await second.text()]).toEqual(['b.txt', 'text/plain', 'Ada Lovelace']);
  });

  it('opens subscriptions with the injected WebSocket, authenticated in the connection parameters', async () => {
    const opened: { url: string; protocol: string; sent: string[] }[] = [];
    class FakeWebSocket {
      static readonly CONNECTING = 0;
      static readonly OPEN = 1;
      static readonly CLOSING = 2;
      static readonly CLOSED = 3;
      readyState = 0;
      onopen: (() => void) | null = null;
      onclose: ((event: { code: number; reason: string }) => void) | null = null;
      onmessage: ((event: { data: string }) => void) | null = null;
      onerror: (() => void) | null = null;
      readonly record: { url: string; protocol: string; sent: string[] };
      constructor(url: string, protocol: string) {
        this.record = { url, protocol, sent: [] };
        opened.push(this.record);
        queueMicrotask(() => {
          this.readyState = 1;
          this.onopen?.();
        });
      }
      send(data: string) {
        this.record.sent.push(data);
        const message = JSON.parse(data) as { type: string; id?: string };
        if (message.type === 'connection_init') this.reply({ type: 'connection_ack' });
        if (message.type === 'subscribe') {
          this.reply({ type: 'next', id: message.id, payload: { data: { taskProgress: { percent: 100 } } } });
          this.reply({ type: 'complete', id: message.id });
        }
      }
      close(code = 1000, reason = '') {
        this.readyState = 3;
        queueMicrotask(() => this.onclose?.({ code, reason }));
      }
      private reply(message: unknown) {
        queueMicrotask(() => this.onmessage?.({ data: JSON.stringify(message) }));
      }
    }
    const { fetch } = recordingFetch({ body: '{}' });
    const sift = createSiftClient({
      url: 'https://sift.example/graphql',
      apiKey: 'k',
      fetch,
      webSocketImpl: FakeWebSocket,
    });
    const percents: number[] = [];
    for await (const { taskProgress } of sift.subscribe(TaskProgressDocument, { taskId: '7' }))
      percents.push(taskProgress.percent);
    await sift.close();
    expect(percents).toEqual([100]);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ url: 'wss://sift.example/graphql', protocol: 'graphql-transport-ws' });
    expect(JSON.parse(opened[0]!.sent[0]!)).toEqual({
      type: 'connection_init',
      payload: { authorization: 'Bearer k' },
    });
  });

  it('says what to pass when there is no WebSocket to use', () => {
    const sift = createSiftClient({ url: 'http://x/graphql', apiKey: 'k', webSocketImpl: null });
    expect(() => sift.subscribe(TaskProgressDocument, { taskId: '7' })).toThrow(/webSocketImpl/);
  });
});
