import { describe, expect, it } from 'vitest';
import { gradedReport } from './report.js';
import type { GradedSetFigures } from './graded.eval.js';

const set = (which: string): GradedSetFigures => ({
  which,
  posts: 1,
  pairs: 2,
  right: 1,
  ties: 0,
  byPair: { 'A>B': { right: 0, pairs: 1 }, 'B>C': { right: 1, pairs: 1 } },
  wrong: ['01-welder: A>B (70 vs 80)'],
});

describe('gradedReport', () => {
  it('names the wrong pairs of a development set, and only the totals of a set never tuned on', () => {
    const text = gradedReport([set('set 1 (development)'), set('set 47 (written blind, never tuned on)')]);
    expect(text).toContain('set 1 (development): not right 01-welder: A>B (70 vs 80).');
    expect(text).toContain('set 47 (written blind, never tuned on): its pairs not named');
    expect(text.match(/01-welder/g)).toHaveLength(1);
  });
});
