/**
 * A real HTTP receiver on a free port for webhook tests: records every request (headers and the
 * raw body) and answers with what `answer` says. Waiting is on deferreds, never sleeps.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  /** The raw body, as the signature covers it. */
  raw: string;
  body: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
}

export interface WebhookReceiver {
  url: string;
  requests: ReceivedRequest[];
  /**
   * Resolves with the requests once `count` of them match `predicate` (already received ones
   * count); rejects after `timeoutMs` with what did arrive, so a missing event fails with a reason.
   */
  waitFor(predicate: (r: ReceivedRequest) => boolean, count?: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

/**
 * `answer` gives the status for a request, knowing the ones received before it; null holds the
 * request unanswered (a hung receiver) until the receiver closes.
 */
export async function startReceiver(
  answer: (request: ReceivedRequest, before: ReceivedRequest[]) => number | null = () => 200,
): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const waiters: {
    predicate: (r: ReceivedRequest) => boolean;
    count: number;
    resolve: (r: ReceivedRequest[]) => void;
  }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      const matching = requests.filter(waiter.predicate);
      if (matching.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(matching);
      }
    }
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const request: ReceivedRequest = { headers: req.headers, raw, body: JSON.parse(raw) as ReceivedRequest['body'] };
      const status = answer(request, [...requests]);
      requests.push(request);
      if (status !== null) res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
      check();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/sift`,
    requests,
    waitFor(predicate, count = 1, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          const got = requests.map((r) => r.body.type).join(', ') || 'nothing';
          reject(new Error(`expected ${count} matching request(s) within ${timeoutMs} ms; received: ${got}`));
        }, timeoutMs);
        const waiter = {
          predicate,
          count,
          resolve: (matching: ReceivedRequest[]) => {
            clearTimeout(timer);
            resolve(matching);
          },
        };
        waiters.push(waiter);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL where nothing listens: a port taken and freed again (connection refused). */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/gone`;
}
