import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Sift's Prometheus metrics (prom-client), one registry per process (per container: test apps in
 * one vitest process never share a counter). Every name starts with `sift_`; the process's own
 * (`process_*`, `nodejs_*`) come from prom-client's default metrics. README lists them all.
 */
export interface Metrics {
  readonly registry: Registry;
  /** GraphQL operations run, by bounded operation name, type and transport (http, ws). */
  readonly operations: Counter<'operation' | 'type' | 'transport'>;
  /** Errors returned by GraphQL operations, by bounded operation name, type and error code. */
  readonly operationErrors: Counter<'operation' | 'type' | 'code'>;
  /** HTTP operations from request to response. */
  readonly operationDuration: Histogram<'operation' | 'type'>;
  /** HTTP requests answered, by method, route (bounded) and status code. */
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  /** Jobs run by a worker in this process, by job name and outcome. */
  readonly jobDuration: Histogram<'job' | 'outcome'>;
  /** Jobs put back to run again (an error, a provider's 429, a deferral). */
  readonly jobRetries: Counter<'job' | 'reason'>;
  /** One analyzer call (the model's or the local rules), by analyzer and outcome. */
  readonly analysisDuration: Histogram<'analyzer' | 'outcome'>;
  readonly llmRequests: Counter<'model' | 'outcome'>;
  readonly llmTokens: Counter<'model' | 'kind'>;
  readonly llmCost: Counter<'model'>;
  readonly llmRateLimited: Counter<'model'>;
  /** taskProgress streams open in this process. */
  readonly progressSubscribers: Gauge;
  /** From a state change in a worker to its progress message reaching a subscriber here. */
  readonly progressFanout: Histogram;
  readonly extractionFailures: Counter<'reason'>;
  readonly readerDeaths: Counter<'death'>;
  /** An operation name as a label: bounded (see {@link OPERATION_NAMES_MAX}). */
  operationLabel(name: string | null | undefined): string;
  /** Adds gauges read on each scrape (queue depth, resumes per status), cached for `ttlMs`. */
  addSnapshot<L extends string>(options: SnapshotGauge<L>): void;
  /** The text exposition and its content type. */
  exposition(): Promise<{ contentType: string; body: string }>;
}

/** A gauge whose values are read from elsewhere (Redis, PostgreSQL) when Prometheus scrapes. */
export interface SnapshotGauge<L extends string> {
  name: string;
  help: string;
  labelNames: readonly L[];
  /** Rows of labels and value; cached for `ttlMs` so that frequent scrapes cost one read. */
  read: () => Promise<{ labels: Record<L, string>; value: number }[]>;
  ttlMs: number;
  /** Told when a read fails: the gauge is then empty for that scrape. */
  onError?: (error: unknown) => void;
}

/**
 * Distinct operation names kept as labels per process; later new names are counted as `other`.
 * Client-chosen names would otherwise make one time series each, without bound.
 */
export const OPERATION_NAMES_MAX = 100;
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const names = new Set<string>();

  return {
    registry,
    operations: new Counter({
      name: 'sift_graphql_operations_total',
      help: 'GraphQL operations run, by operation name, type and transport',
      labelNames: ['operation', 'type', 'transport'],
      registers,
    }),
    operationErrors: new Counter({
      name: 'sift_graphql_errors_total',
      help: 'Errors returned by GraphQL operations, by operation name, type and error code',
      labelNames: ['operation', 'type', 'code'],
      registers,
    }),
    operationDuration: new Histogram({
      name: 'sift_graphql_operation_duration_seconds',
      help: 'GraphQL operations over HTTP, from request to response',
      labelNames: ['operation', 'type'],
      buckets: SECONDS,
      registers,
    }),
    httpRequests: new Counter({
      name: 'sift_http_requests_total',
      help: 'HTTP requests answered, by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    jobDuration: new Histogram({
      name: 'sift_job_duration_seconds',
      help: 'Jobs run by this process, by job name and outcome',
      labelNames: ['job', 'outcome'],
      buckets: SECONDS,
      registers,
    }),
    jobRetries: new Counter({
      name: 'sift_job_retries_total',
      help: 'Jobs put back to run again, by job name and reason (error, rate_limited, deferred)',
      labelNames: ['job', 'reason'],
      registers,
    }),
    analysisDuration: new Histogram({
      name: 'sift_analysis_duration_seconds',
      help: 'Analyzer calls (one resume against one rubric), by analyzer and outcome',
      labelNames: ['analyzer', 'outcome'],
      buckets: SECONDS,
      registers,
    }),
    llmRequests: new Counter({
      name: 'sift_llm_requests_total',
      help: "Requests to the LLM provider, by model and outcome (ok, or the error's code)",
      labelNames: ['model', 'outcome'],
      registers,
    }),
    llmTokens: new Counter({
      name: 'sift_llm_tokens_total',
      help: 'Tokens the LLM provider reported, by model and kind (prompt, completion)',
      labelNames: ['model', 'kind'],
      registers,
    }),
    llmCost: new Counter({
      name: 'sift_llm_cost_usd_total',
      help: 'Cost of LLM requests in USD, from the price table, by model',
      labelNames: ['model'],
      registers,
    }),
    llmRateLimited: new Counter({
      name: 'sift_llm_rate_limited_total',
      help: 'Requests the LLM provider refused with 429 (rate limited), by model',
      labelNames: ['model'],
      registers,
    }),
    progressSubscribers: new Gauge({
      name: 'sift_progress_subscribers',
      help: 'taskProgress subscriptions open in this process',
      registers,
    }),
    progressFanout: new Histogram({
      name: 'sift_progress_fanout_seconds',
      help: 'From a state change in a worker to its progress message reaching this API process (once per message)',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    extractionFailures: new Counter({
      name: 'sift_extraction_failures_total',
      help: 'Files that could not become text, by reason (ENCRYPTED, CORRUPT, UNSUPPORTED, TIMEOUT, TOO_LARGE, LOW_TEXT)',
      labelNames: ['reason'],
      registers,
    }),
    readerDeaths: new Counter({
      name: 'sift_extraction_reader_deaths_total',
      help: 'Extraction reader processes that died reading a file, by how (MEMORY, HEAP, TIME, CRASH)',
      labelNames: ['death'],
      registers,
    }),

    operationLabel(name) {
      if (!name) return 'anonymous';
      if (!NAME.test(name)) return 'other';
      if (names.has(name)) return name;
      if (names.size >= OPERATION_NAMES_MAX) return 'other';
      names.add(name);
      return name;
    },

    addSnapshot({ name, help, labelNames, read, ttlMs, onError }) {
      let last: { at: number; rows: Promise<Awaited<ReturnType<typeof read>>> } | null = null;
      new Gauge({
        name,
        help,
        labelNames,
        registers,
        async collect() {
          if (!last || Date.now() - last.at > ttlMs) last = { at: Date.now(), rows: read() };
          const rows = last.rows;
          this.reset();
          try {
            for (const row of await rows) this.set(row.labels as never, row.value);
          } catch (error) {
            last = null; // the next scrape tries again
            onError?.(error);
          }
        },
      });
    },

    async exposition() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
