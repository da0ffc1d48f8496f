/**
 * The LLM provider the benchmark talks to: the fake OpenAI-compatible server of the tests
 * (`test/support/fake-openai.ts`), and, for the rate-limit run, a provider's rate limit in
 * front of it that answers 429 as a real one does.
 *
 * The fake is test code and the bench is a dev-only script: it is loaded at run time (like the
 * eval loads the sample data) so that `npm run build` and the Docker image, which hold no
 * `test/`, never compile it. The types below are the part of its API the bench uses.
 */
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './sift-process.js';

const FAKE_OPENAI = path.join(ROOT, 'test/support/fake-openai.ts');

export interface FakeOpenAI {
  /** The SDK's baseURL, e.g. http://127.0.0.1:40123/v1 */
  url: string;
  /** Chat requests received, responses sent in full, and the most in flight at once so far. */
  readonly received: number;
  readonly served: number;
  readonly inFlight: number;
  readonly maxInFlight: number;
  close(): Promise<void>;
}

export interface FakeOpenAIOptions {
  latencyMs?: number;
  jitterMs?: number;
  seed?: number;
}

type Counters = { received: number; served: number; inFlight: number; maxInFlight: number };
/** The fake as loaded: its counters under `stats` (older versions had them at the top level). */
type LoadedFake = Partial<Counters> & { url: string; requests: unknown[]; stats?: Counters; close(): Promise<void> };

/** Starts the tests' fake OpenAI server on a free port. */
export async function startFakeOpenAI(options: FakeOpenAIOptions): Promise<FakeOpenAI> {
  if (!existsSync(FAKE_OPENAI)) {
    throw new Error(`The fake OpenAI server is missing (${FAKE_OPENAI}): the bench runs from a full checkout`);
  }
  const mod = (await import(pathToFileURL(FAKE_OPENAI).href)) as {
    startFakeOpenAI(options: FakeOpenAIOptions): Promise<LoadedFake>;
  };
  const fake = await mod.startFakeOpenAI(options);
  const counter = (key: keyof Counters): number => {
    const value = fake.stats ? fake.stats[key] : fake[key];
    if (typeof value !== 'number') throw new Error(`the fake OpenAI server no longer reports "${key}"`);
    return value;
  };
  counter('received'); // fail now, not after a long run, if its API changed
  // The fake keeps every request with its prompt, for tests to inspect: over 10,000 resumes
  // that is the bench's memory, so they are forgotten as the run goes.
  const forget = setInterval(() => (fake.requests.length = 0), 5_000);
  forget.unref();
  return {
    url: fake.url,
    get received() {
      return counter('received');
    },
    get served() {
      return counter('served');
    },
    get inFlight() {
      return counter('inFlight');
    },
    get maxInFlight() {
      return counter('maxInFlight');
    },
    close() {
      clearInterval(forget);
      return fake.close();
    },
  };
}

export interface RateLimitedProvider {
  /** The baseURL to give Sift. */
  url: string;
  /** Arrival time (ms, this process's clock) of every request let through to the model. */
  admitted: number[];
  /** Requests answered 429. */
  readonly rejected: number;
  /** Forgets the requests so far (a warm-up); the bucket itself carries on. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * A provider's requests-per-minute limit in front of `upstream`: a token bucket of `rpm` a
 * minute holding one second's worth (providers enforce per-minute limits over short windows:
 * OpenAI documents 60,000 RPM as 1,000 a second). A request over the limit gets 429 with
 * `retry-after-ms` (the time until the bucket has room) and `Retry-After` in seconds, as
 * OpenAI sends them; the others are passed to the fake unchanged.
 */
export async function startRateLimitedProvider(upstream: string, rpm: number): Promise<RateLimitedProvider> {
  const target = new URL(upstream);
  const capacity = Math.max(1, rpm / 60);
  const perMs = rpm / 60_000;
  let tokens = capacity;
  let last = performance.now();
  const admitted: number[] = [];
  let rejected = 0;

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const proxied = httpRequest(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    proxied.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(proxied);
  };

  const server = createServer((req, res) => {
    const now = performance.now();
    tokens = Math.min(capacity, tokens + (now - last) * perMs);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      admitted.push(Date.now());
      forward(req, res);
      return;
    }
    rejected++;
    const waitMs = Math.ceil((1 - tokens) / perMs);
    req.resume();
    res.writeHead(429, {
      'content-type': 'application/json',
      'retry-after-ms': String(waitMs),
      'retry-after': String(Math.ceil(waitMs / 1000)),
    });
    res.end(
      JSON.stringify({
        error: {
          message: 'Rate limit reached for requests (bench)',
          type: 'requests',
          param: null,
          code: 'rate_limit_exceeded',
        },
      }),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    admitted,
    get rejected() {
      return rejected;
    },
    reset() {
      admitted.length = 0;
      rejected = 0;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
