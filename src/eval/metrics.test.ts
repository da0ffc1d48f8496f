import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  kendallTauB,
  mean,
  meanDefined,
  pairedBootstrap,
  percentile,
  precisionAtK,
  spearman,
} from './metrics.js';

describe('averageRanks', () => {
  it('ranks from 1 and shares the mean rank among ties', () => {
    expect(averageRanks([30, 10, 20])).toEqual([3, 1, 2]);
    // 10 → 1; the two 20s take ranks 2 and 3 → 2.5 each; 40 → 4
    expect(averageRanks([20, 10, 40, 20])).toEqual([2.5, 1, 4, 2.5]);
  });
});

describe('spearman', () => {
  it('is 1 for the same order, -1 for the reverse', () => {
    expect(spearman([1, 2, 3, 4, 5], [10, 20, 30, 40, 50])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('matches 1 - 6Σd²/(n(n²-1)) without ties', () => {
    // d = 0, -1, 1, 0, 0 → Σd² = 2 → 1 - 12/120 = 0.9
    expect(spearman([1, 2, 3, 4, 5], [1, 3, 2, 4, 5])).toBeCloseTo(0.9, 12);
    // ranks of y: 2, 1, 4, 3, 5 → d = -1, 1, -1, 1, 0 → Σd² = 4 → 1 - 24/120 = 0.8
    expect(spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50])).toBeCloseTo(0.8, 12);
  });

  it('handles ties as the Pearson correlation of average ranks', () => {
    // x ranks 1, 2, 3, 4; y ranks 1.5, 1.5, 3, 4
    // centred: x -1.5 -0.5 0.5 1.5; y -1 -1 0.5 1.5 → Σxy = 1.5+0.5+0.25+2.25 = 4.5
    // Σx² = 5, Σy² = 1+1+0.25+2.25 = 4.5 → 4.5/√22.5 = 0.9486833
    expect(spearman([1, 2, 3, 4], [7, 7, 8, 9])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
  });

  it('is undefined for a constant sample or fewer than two pairs', () => {
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(spearman([1], [2])).toBeNaN();
    expect(() => spearman([1, 2], [1])).toThrow(RangeError);
  });
});

describe('kendallTauB', () => {
  it('counts concordant and discordant pairs', () => {
    expect(kendallTauB([1, 2, 3, 4], [1, 2, 3, 4])).toBeCloseTo(1, 12);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    // one swapped neighbour among 6 pairs: (5 - 1) / 6
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(4 / 6, 12);
  });

  it('divides by the untied pairs of each side (τ-b)', () => {
    // x: 1 2 3, y: 1 1 2 → pairs (1,2): x untied, y tied; (1,3) and (2,3): concordant
    // (2 - 0) / √(3 × 2) = 0.8164966
    expect(kendallTauB([1, 2, 3], [1, 1, 2])).toBeCloseTo(2 / Math.sqrt(6), 12);
    expect(kendallTauB([1, 2, 3], [4, 4, 4])).toBeNaN();
  });
});

describe('precisionAtK', () => {
  const item = (score: number, relevant: boolean) => ({ score, relevant });

  it('is the share of relevant items in the top k', () => {
    const items = [item(9, true), item(8, false), item(7, true), item(6, true), item(1, true)];
    expect(precisionAtK(items, 2)).toBe(0.5);
    expect(precisionAtK(items, 4)).toBe(0.75);
  });

  it('counts a group tied across the cut by expectation, not by input order', () => {
    // top: 9 (relevant); then three tied at 5, one relevant, for the 2 places left
    // 1 + 2 × (1/3) = 5/3 hits out of 3
    const items = [item(5, false), item(9, true), item(5, true), item(5, false), item(1, true)];
    expect(precisionAtK(items, 3)).toBeCloseTo(5 / 9, 12);
    expect(precisionAtK([...items].reverse(), 3)).toBeCloseTo(5 / 9, 12);
  });

  it('divides by k even when fewer items exist, and rejects a bad k', () => {
    expect(precisionAtK([item(1, true)], 4)).toBe(0.25);
    expect(() => precisionAtK([], 0)).toThrow(RangeError);
  });
});

describe('percentile', () => {
  it('interpolates between the nearest ranks', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    // position 0.95 × 3 = 2.85 → 3 + 0.85 × (4 - 3)
    expect(percentile([4, 1, 3, 2], 95)).toBeCloseTo(3.85, 12);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([10, 20, 30], 0)).toBe(10);
    expect(percentile([10, 20, 30], 100)).toBe(30);
  });

  it('is NaN for no data and rejects an out-of-range p', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('mean', () => {
  it('averages, leaving out undefined correlations on request', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNaN();
    expect(meanDefined([1, Number.NaN, 3])).toBe(2);
  });
});

describe('pairedBootstrap', () => {
  it('gives the same interval for the same seed and brackets the observed mean difference', () => {
    const a = [0.9, 0.4, 0.7, 0.1, 0.5, 0.8, 0.3, 0.6];
    const b = [0.2, 0.5, 0.1, 0.3, 0.4, 0.2, 0.6, 0.1];
    const observed = mean(a.map((v, i) => v - b[i]!));
    const first = pairedBootstrap(a, b, { seed: 7 });
    expect(pairedBootstrap(a, b, { seed: 7 })).toEqual(first);
    expect(first.low).toBeLessThan(observed);
    expect(first.high).toBeGreaterThan(observed);
  });

  it('is one point when every difference is the same, and narrows as items are added', () => {
    const flat = pairedBootstrap([3, 4, 5], [1, 2, 3]);
    expect(flat.low).toBeCloseTo(2, 12);
    expect(flat.high).toBeCloseTo(2, 12);
    const few = pairedBootstrap([1, 0, 1, 0], [0, 0, 0, 0]);
    const many = pairedBootstrap(
      Array.from({ length: 400 }, (_, i) => i % 2),
      new Array(400).fill(0),
    );
    expect(many.high - many.low).toBeLessThan((few.high - few.low) / 4);
  });

  it('leaves NaN differences out and is undefined below two items', () => {
    expect(pairedBootstrap([Number.NaN, 1], [0, 0]).low).toBeNaN();
    const withNaN = pairedBootstrap([Number.NaN, 1, 1], [0, 0, 0]);
    expect(withNaN.low).toBeCloseTo(1, 12);
  });
});
