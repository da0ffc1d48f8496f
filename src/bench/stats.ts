/** Small statistics for the benchmark: percentiles, rates, and how figures are printed. */

/**
 * The p-th percentile by the nearest-rank method: the smallest sample with at least p% of the
 * samples at or below it. With 10 samples, p95 is the largest; no interpolation invents a value
 * that was never measured.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function distribution(samples: readonly number[]): Distribution {
  const n = samples.length;
  return {
    n,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: n ? samples.reduce((a, b) => Math.max(a, b)) : Number.NaN,
    mean: n ? samples.reduce((a, b) => a + b, 0) / n : Number.NaN,
  };
}

/** The most events in any window of `windowMs` (sorted timestamps in ms). */
export function peakInWindow(sortedTimes: readonly number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < sortedTimes.length; end++) {
    while (sortedTimes[end]! - sortedTimes[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** 1234.5 -> "1,234.5"; fraction digits chosen by magnitude unless given. */
export function num(value: number, digits?: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

export function ms(value: number): string {
  // Under a millisecond, in microseconds: "0.0 ms" would say nothing.
  if (value < 1) return `${num(value * 1000, 0)} µs`;
  return `${num(value, value < 10 ? 1 : 0)} ms`;
}

export function seconds(valueMs: number): string {
  return `${num(valueMs / 1000, 1)} s`;
}

export function pct(ratio: number): string {
  return `${num(ratio * 100, 1)}%`;
}

export function mib(bytes: number): string {
  return `${num(bytes / 1024 / 1024, 0)} MiB`;
}
