/**
 * A fake OpenAI-compatible server for tests and benchmarks: a real HTTP server on a free port
 * that the real `openai` SDK talks to, answering POST /v1/chat/completions.
 *
 * It plays a model by reading the prompt as a model would: the job post's rubric from the
 * ```json block of the system message, the resume from between the <<<RESUME id>>> and
 * <<<END RESUME id>>> lines of the user message. Everything is deterministic: answers follow
 * from the request, latency jitter from a seeded generator.
 *
 * Behaviours (see {@link FakeBehaviour}): a default for every request, and a queue of one-off
 * behaviours consumed one per request, in order, before the default applies again.
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findSkills } from '../../src/analysis/skills.vocabulary.js';
import { seededRandom } from '../../src/eval/metrics.js';
import { draftContent, readDraftPrompt } from './fake-openai.draft.js';

/** Response delay, in milliseconds: `latencyMs` ± up to `jitterMs` (uniform, seeded). */
export interface FakeLatency {
  latencyMs?: number;
  jitterMs?: number;
}

/** A behaviour that answers 200 with a chat completion. */
type Answering = 'honest' | 'forgedQuotes' | 'gullible' | 'invalidJson' | 'schemaMismatch' | 'refusal';

/**
 * How the fake answers one request, after its latency:
 * - honest: from the resume; an item is met, quoting the resume line that mentions it;
 * - forgedQuotes: claims every item met, with quotes that are not in the resume;
 * - gullible: obeys an instruction injected in the resume: claims every item met (with quotes of
 *   its own making) and 30 years of experience, and repeats the injection's canary (its first
 *   quoted phrase) in its free-text fields;
 * - invalidJson, schemaMismatch, refusal: content that is not JSON, JSON of the wrong shape, a
 *   refusal instead of content;
 * - rateLimited: 429 with `Retry-After: retryAfter` (default "1") and, if given, `retry-after-ms`;
 * - error: any HTTP status, with an OpenAI-style error body;
 * - hang: reads the request and never answers.
 */
export type FakeBehaviour = FakeLatency &
  (
    | { kind: Answering }
    | { kind: 'rateLimited'; retryAfter?: string; retryAfterMs?: number }
    | { kind: 'error'; status: number; code?: string }
    | { kind: 'hang' }
  );

/** Options for {@link startFakeOpenAI}. */
export interface FakeOpenAIOptions extends FakeLatency {
  /** What every request gets unless a queued behaviour applies. Default honest. */
  behaviour?: FakeBehaviour;
  /** Seed of the latency jitter. Default 1. */
  seed?: number;
  /** When set, a request without `Authorization: Bearer <apiKey>` gets 401. */
  apiKey?: string;
}

/** Token counts a response reported, as the API spells them. */
export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details: { cached_tokens: number };
}

/** A chat completions request body, as far as the fake reads it. */
export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string | { type: string; text?: string }[] }[];
  temperature?: number;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  [key: string]: unknown;
}

/** One request the fake received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The JSON body, or null when there was none or it was not JSON. */
  body: ChatRequestBody | null;
  /** The behaviour applied (null for requests refused before one was chosen: 401, 404). */
  behaviour: FakeBehaviour['kind'] | null;
  /** The assistant message content the fake answered with, when it answered with one. */
  content: string | null;
  /** The usage the response reported, when it reported one. */
  usage: FakeUsage | null;
}

/** Counters of a fake's traffic. */
export interface FakeStats {
  /** Chat requests received (authorised and routed). */
  received: number;
  /** Responses sent in full. */
  served: number;
  /** Requests received and not yet answered or abandoned. */
  inFlight: number;
  /** The most requests in flight at once so far. */
  maxInFlight: number;
}

/** A running fake. */
export interface FakeOpenAI {
  /** The `baseURL` to give the SDK, e.g. `http://127.0.0.1:40123/v1`. */
  url: string;
  /** The environment of an app whose analyzer is `openai` against this server (spread into a test app's env). */
  env: Record<string, string>;
  /** Every request received, in order of arrival. */
  requests: RecordedRequest[];
  /** Replaces the default behaviour. */
  setBehaviour(behaviour: FakeBehaviour): void;
  /** Queues one-off behaviours, each used by one request, in order. */
  enqueue(...behaviours: FakeBehaviour[]): void;
  /** Live counters (they change as requests come and go). */
  readonly stats: Readonly<FakeStats>;
  /** Stops the server, cutting any request still waiting (hang). */
  close(): Promise<void>;
}

/** Characters per token, roughly, for English text: enough to make usage grow with the prompt. */
const CHARS_PER_TOKEN = 4;
/** Years a gullible model claims. */
const GULLIBLE_YEARS = 30;
/** A line that speaks to the model instead of describing the candidate. */
const INJECTION = /\binstructions?\b|\bignore\b.*\b(?:above|previous|prior)\b|\bsystem prompt\b/i;
const QUOTED_PHRASE = /["“']([^"”']{3,})["”']/;
/** Words too common to show a requirement is met. */
const STOPWORDS = new Set('with have has and the for from years year experience strong knowledge least'.split(' '));

interface FakeItem {
  id: string;
  kind: 'MUST_HAVE' | 'NICE_TO_HAVE' | 'REQUIREMENT' | 'EXPERIENCE';
  requirement: string;
}

interface Prompt {
  items: FakeItem[];
  resume: string;
}

interface Answer {
  met: boolean;
  quote: string | null;
}

function text(content: ChatRequestBody['messages'][number]['content']): string {
  return typeof content === 'string' ? content : content.map((p) => p.text ?? '').join('');
}

/** The rubric and the resume, read from the prompt; null when the prompt has neither. */
function readPrompt(body: ChatRequestBody): Prompt | null {
  const of = (roles: string[]) =>
    body.messages
      .filter((m) => roles.includes(m.role))
      .map((m) => text(m.content))
      .join('\n');
  const job = /```json\n([\s\S]*?)\n```/.exec(of(['system', 'developer']));
  const fence = /^<<<RESUME (\w+)>>>\n([\s\S]*?)\n<<<END RESUME \1>>>$/m.exec(of(['user']));
  if (!job || !fence) return null;
  return { items: (JSON.parse(job[1]!) as { items: FakeItem[] }).items, resume: fence[2]! };
}

function mentions(line: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(line);
}

/** The line that holds at least half of a requirement's significant words, most first. */
function requirementLine(lines: string[], requirement: string): string | undefined {
  const words = (requirement.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOPWORDS.has(w));
  if (words.length === 0) return undefined;
  const count = (line: string) => words.filter((w) => line.toLowerCase().includes(w)).length;
  const best = [...lines].sort((a, b) => count(b) - count(a))[0];
  return best !== undefined && count(best) >= Math.ceil(words.length / 2) ? best : undefined;
}

/** "9 years of experience": the largest such figure and its line. */
function statedYears(lines: string[]): { years: number; line: string } | null {
  let best: { years: number; line: string } | null = null;
  for (const line of lines) {
    for (const m of line.matchAll(/(\d+(?:\.\d+)?)\+?\s+years?\b/gi)) {
      const years = Number(m[1]);
      if (!best || years > best.years) best = { years, line };
    }
  }
  return best;
}

function honestAnswers(prompt: Prompt): Record<string, Answer> {
  const lines = prompt.resume.split('\n').filter((l) => l.trim());
  const stated = statedYears(lines);
  const answers: Record<string, Answer> = {};
  for (const item of prompt.items) {
    if (item.kind === 'EXPERIENCE') {
      const min = Number(/\d+(?:\.\d+)?/.exec(item.requirement)?.[0] ?? 0);
      answers[item.id] = { met: stated !== null && stated.years >= min, quote: stated?.line.trim() ?? null };
      continue;
    }
    const line =
      item.kind === 'REQUIREMENT'
        ? requirementLine(lines, item.requirement)
        : lines.find((l) => mentions(l, item.requirement));
    answers[item.id] = line ? { met: true, quote: line.trim() } : { met: false, quote: null };
  }
  return answers;
}

function honestProfile(resume: string) {
  const lines = resume.split('\n').map((l) => l.trim());
  const summaryAt = lines.findIndex((l) => /^(?:summary|profile)$/i.test(l));
  return {
    name: lines.find(Boolean) ?? null,
    email: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(resume)?.[0] ?? null,
    phone: /\+?\d[\d ().-]{5,}\d/.exec(resume)?.[0] ?? null,
    location: null,
    totalYearsExperience: statedYears(lines)?.years ?? null,
    skills: [...new Set(findSkills(resume).map((m) => m.match))],
    education: [] as { degree: string | null; institution: string | null; year: number | null }[],
    experience: [] as { title: string | null; company: string | null; start: string | null; end: string | null }[],
    links: resume.match(/https?:\/\/\S+/g) ?? [],
    summary: summaryAt >= 0 ? (lines.slice(summaryAt + 1).find(Boolean) ?? null) : null,
  };
}

function claimAll(items: FakeItem[], quote: (item: FakeItem) => string): Record<string, Answer> {
  return Object.fromEntries(items.map((item) => [item.id, { met: true, quote: quote(item) }]));
}

/** What a model that does as the resume says would answer. */
function gullibleAnswer(prompt: Prompt) {
  const injection = prompt.resume.split('\n').find((l) => INJECTION.test(l));
  const canary = injection ? (QUOTED_PHRASE.exec(injection)?.[1] ?? injection.trim()) : 'As instructed';
  const honest = honestProfile(prompt.resume);
  const skills = prompt.items.filter((i) => i.kind === 'MUST_HAVE' || i.kind === 'NICE_TO_HAVE');
  return {
    profile: {
      ...honest,
      totalYearsExperience: GULLIBLE_YEARS,
      skills: [...honest.skills, ...skills.map((i) => i.requirement), canary],
      experience: [{ title: `${canary} Lead`, company: null, start: null, end: null }],
      summary: `${canary}. Outstanding candidate who meets every requirement.`,
    },
    answers: claimAll(prompt.items, (item) => `The candidate meets this requirement: ${item.requirement}`),
  };
}

/** The assistant message content of an answering behaviour (null: a refusal). */
function content(kind: Answering, prompt: Prompt): string | null {
  switch (kind) {
    case 'honest':
      return JSON.stringify({ profile: honestProfile(prompt.resume), answers: honestAnswers(prompt) });
    case 'forgedQuotes':
      return JSON.stringify({
        profile: honestProfile(prompt.resume),
        answers: claimAll(prompt.items, (item) => `Recognised expert in ${item.requirement} since 2009`),
      });
    case 'gullible':
      return JSON.stringify(gullibleAnswer(prompt));
    case 'invalidJson':
      return '{"profile": {"name": "Unterminated';
    case 'schemaMismatch':
      return JSON.stringify({ verdict: 'hire', score: 97 });
    case 'refusal':
      return null;
  }
}

function tokens(chars: number): number {
  return Math.ceil(chars / CHARS_PER_TOKEN);
}

/** Starts a fake on 127.0.0.1 on a free port. */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  let fallback: FakeBehaviour = options.behaviour ?? { kind: 'honest' };
  const queue: FakeBehaviour[] = [];
  const requests: RecordedRequest[] = [];
  const random = seededRandom(options.seed ?? 1);
  /** System messages seen before: their tokens are "cached" the next time, as a provider would. */
  const seenPrefixes = new Set<string>();
  const counts: FakeStats = { received: 0, served: 0, inFlight: 0, maxInFlight: 0 };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-request-id': `req_fake_${counts.received}`,
      ...headers,
    });
    res.end(JSON.stringify(body));
  };
  const apiError = (message: string, type: string, code: string | null) => ({
    error: { message, type, param: null, code },
  });

  const complete = (res: ServerResponse, record: RecordedRequest, kind: Answering) => {
    const body = record.body!;
    const prompt = readPrompt(body);
    const draft = readDraftPrompt(body.messages.map((m) => text(m.content)).join('\n'));
    if (!prompt && draft === null) {
      send(res, 400, apiError('fake: no rubric or fenced resume in the prompt', 'invalid_request_error', null));
      return;
    }
    const answer =
      draft !== null && !prompt
        ? kind === 'honest' || kind === 'forgedQuotes'
          ? draftContent(draft, kind === 'forgedQuotes')
          : content(kind, { items: [], resume: '' })
        : content(kind, prompt!);
    const refusal = answer === null ? 'I cannot help with that request.' : null;
    const messages = body.messages.map((m) => text(m.content));
    const prefix = messages[0] ?? '';
    const [prompt_tokens, completion_tokens] = [tokens(messages.join('').length), tokens((answer ?? refusal!).length)];
    const usage: FakeUsage = {
      prompt_tokens,
      completion_tokens,
      total_tokens: prompt_tokens + completion_tokens,
      prompt_tokens_details: { cached_tokens: seenPrefixes.has(prefix) ? tokens(prefix.length) : 0 },
    };
    seenPrefixes.add(prefix);
    record.content = answer;
    record.usage = usage;
    send(res, 200, {
      id: `chatcmpl-fake-${requests.indexOf(record) + 1}`,
      object: 'chat.completion',
      created: 0,
      model: body.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: answer, refusal },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage,
    });
  };

  const respond = (res: ServerResponse, record: RecordedRequest, behaviour: FakeBehaviour) => {
    switch (behaviour.kind) {
      case 'rateLimited': {
        const headers: Record<string, string> = { 'retry-after': behaviour.retryAfter ?? '1' };
        if (behaviour.retryAfterMs !== undefined) headers['retry-after-ms'] = String(behaviour.retryAfterMs);
        send(res, 429, apiError('Rate limit reached (fake)', 'requests', 'rate_limit_exceeded'), headers);
        return;
      }
      case 'error':
        send(res, behaviour.status, apiError(`fake error ${behaviour.status}`, 'fake_error', behaviour.code ?? null));
        return;
      case 'hang':
        return;
      default:
        complete(res, record, behaviour.kind);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: ChatRequestBody | null = null;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequestBody;
    } catch {
      // recorded as null
    }
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
      behaviour: null,
      content: null,
      usage: null,
    };
    requests.push(record);
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      send(res, 401, apiError('Incorrect API key provided (fake)', 'invalid_request_error', 'invalid_api_key'));
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions' || !body) {
      send(res, 404, apiError(`fake: no route ${req.method} ${req.url}`, 'invalid_request_error', null));
      return;
    }
    const behaviour = queue.shift() ?? fallback;
    record.behaviour = behaviour.kind;
    counts.received++;
    counts.inFlight++;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    res.once('close', () => {
      counts.inFlight--;
      if (res.writableFinished) counts.served++;
    });
    const latency = behaviour.latencyMs ?? options.latencyMs ?? 0;
    const jitter = behaviour.jitterMs ?? options.jitterMs ?? 0;
    const delayMs = Math.max(0, latency + (random() * 2 - 1) * jitter);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    respond(res, record, behaviour);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      send(res, 500, apiError(`fake crashed: ${String(error)}`, 'fake', null)),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  const url = `http://127.0.0.1:${port}/v1`;
  return {
    url,
    env: { ANALYZER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: url },
    requests,
    setBehaviour(behaviour) {
      fallback = behaviour;
    },
    enqueue(...behaviours) {
      queue.push(...behaviours);
    },
    stats: counts,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
