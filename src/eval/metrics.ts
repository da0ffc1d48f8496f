/**
 * The statistics the evaluation reports: rank correlations, precision at k and percentiles.
 * Pure functions on plain arrays, each checked against hand-computed cases in metrics.test.ts.
 */

/**
 * Ranks of `values`, 1 for the smallest; tied values share the mean of the ranks they span
 * ("fractional ranking"), which is what Spearman's coefficient with ties needs.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && order[end]![0] === order[start]![0]) end++;
    // positions start..end-1 hold ranks start+1..end: their mean
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]![1]] = rank;
    start = end;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

function checkPaired(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) throw new RangeError(`paired samples differ in length: ${x.length} and ${y.length}`);
}

/**
 * Spearman's rank correlation ρ of two paired samples: the Pearson correlation of their average
 * ranks, so ties are handled. NaN when fewer than two pairs or when either sample is constant
 * (a ranking that puts everything level agrees with nothing and disagrees with nothing).
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  checkPaired(x, y);
  if (x.length < 2) return Number.NaN;
  return pearson(averageRanks(x), averageRanks(y));
}

/**
 * Kendall's τ-b of two paired samples: (concordant − discordant) pairs over the geometric mean of
 * the pairs untied in each sample. NaN when fewer than two pairs or either sample is constant.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  checkPaired(x, y);
  let concordant = 0;
  let discordant = 0;
  let untiedX = 0;
  let untiedY = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx !== 0) untiedX++;
      if (dy !== 0) untiedY++;
      if (dx * dy > 0) concordant++;
      else if (dx * dy < 0) discordant++;
    }
  }
  return untiedX === 0 || untiedY === 0 ? Number.NaN : (concordant - discordant) / Math.sqrt(untiedX * untiedY);
}

/** One ranked item: its score (higher ranks first) and whether it is relevant. */
export interface ScoredItem {
  score: number;
  relevant: boolean;
}

/**
 * Share of relevant items among the top `k` by score, in expectation over the order of tied
 * scores: items scored above the k-th place count in full, and the group tied across the cut
 * contributes its share of relevant items times the places left for it. So the figure never
 * depends on an arbitrary tie-break such as file order. Fewer than `k` items: out of `k` still.
 */
export function precisionAtK(items: readonly ScoredItem[], k: number): number {
  if (!Number.isInteger(k) || k <= 0) throw new RangeError(`k must be a positive integer, got ${k}`);
  const sorted = [...items].sort((a, b) => b.score - a.score);
  let taken = 0;
  let hits = 0;
  for (let start = 0; start < sorted.length && taken < k;) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.score === sorted[start]!.score) end++;
    const group = sorted.slice(start, end);
    const relevant = group.filter((item) => item.relevant).length;
    const places = Math.min(group.length, k - taken);
    hits += (relevant * places) / group.length;
    taken += places;
    start = end;
  }
  return hits / k;
}

/**
 * The `p`-th percentile (0-100) of `values`, interpolating linearly between the two nearest
 * ranks (the "R-7" definition used by NumPy and spreadsheets). NaN for an empty sample.
 */
export function percentile(values: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0-100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Arithmetic mean; NaN for an empty sample. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Mean of the defined values (NaN ones, e.g. correlations of constant rankings, are left out). */
export function meanDefined(values: readonly number[]): number {
  return mean(values.filter((v) => !Number.isNaN(v)));
}

/**
 * A deterministic pseudo-random generator (mulberry32) in [0, 1): resampling gives the same
 * interval on every run, so a figure in README can be reproduced.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A two-sided percentile bootstrap interval. */
export interface Interval {
  low: number;
  high: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/**
 * Percentile bootstrap interval of the mean of paired differences `a[i] − b[i]`: how sure a
 * difference between two means over the same items is. Items are resampled with replacement
 * (`rounds` times, seeded); NaN differences are left out. NaN bounds for fewer than two items.
 */
export function pairedBootstrap(
  a: readonly number[],
  b: readonly number[],
  { rounds = 10_000, level = 0.95, seed = 1 }: { rounds?: number; level?: number; seed?: number } = {},
): Interval {
  checkPaired(a, b);
  const diffs = a.map((v, i) => v - b[i]!).filter((d) => !Number.isNaN(d));
  if (diffs.length < 2) return { low: Number.NaN, high: Number.NaN, level };
  const random = seededRandom(seed);
  const means: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let sum = 0;
    for (let i = 0; i < diffs.length; i++) sum += diffs[Math.floor(random() * diffs.length)]!;
    means.push(sum / diffs.length);
  }
  const tail = ((1 - level) / 2) * 100;
  return { low: percentile(means, tail), high: percentile(means, 100 - tail), level };
}
