import type { Services } from './harness.js';
import type { SectionRecorder } from './report.js';

export const SECTION_NAMES = [
  'throughput',
  'batch',
  'submit',
  'progress',
  'query',
  'memory',
  'guards',
  'fairness',
  'extraction',
  'webhooks',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface BenchOptions {
  /** Scales every batch (0.1: a tenth); 1 is the full benchmark. */
  size: number;
  /** LLM latency of the batch section, ms, and its ± jitter. */
  latencyMs: number;
  jitterMs: number;
  /** Analysis calls in flight across all workers in the batch section (OPENAI_CONCURRENCY in total). */
  concurrency: number;
  /** Worker processes of the batch section. */
  workers: number;
  /** The provider's requests-per-minute limit (OPENAI_MAX_RPM) in the rate-limit run. */
  rpm: number;
  /** graphql-ws clients watching one task in the progress section. */
  subscribers: number;
  /** Applications seeded for the query section. */
  rows: number;
  out?: string;
}

export interface BenchContext {
  services: Services;
  options: BenchOptions;
  rec: SectionRecorder;
  /** Progress lines (stderr), so that stdout holds the results only. */
  log(line: string): void;
}

/** `n` scaled by --size, at least `min`. */
export function scaled(ctx: BenchContext, n: number, min = 1): number {
  return Math.max(min, Math.round(n * ctx.options.size));
}

/** What every worker talking to the fake provider gets. */
export function openaiEnv(baseURL: string, extra: Record<string, string | number> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries({
      ANALYZER: 'openai',
      OPENAI_API_KEY: 'sk-bench-not-a-real-key',
      OPENAI_BASE_URL: baseURL,
      ...extra,
    }).map(([k, v]) => [k, String(v)]),
  );
}
