import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisResult, Analyzer } from '../analysis/analysis.types.js';
import { GRADED_DIR, GRADED_SETS, evaluateGradedSet } from './graded.eval.js';

/** Scores each resume by the number its text holds. */
const byNumber: Analyzer = {
  name: 'table',
  model: 'table',
  analyze: async (text) => ({ evaluation: { score: Number(/\d+/.exec(text)![0]) } }) as unknown as AnalysisResult,
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-graded-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('evaluateGradedSet', () => {
  it('counts the certain pairs the better applicant wins, a tie as not right, and names those not right', async () => {
    fs.writeFileSync(path.join(dir, '01-cook.post.txt'), 'Line Cook\n\nRequirements:\n- 2 years on the line\n');
    for (const [grade, score] of [
      ['A', 80],
      ['B', 80],
      ['C', 60],
      ['E', 70],
    ] as const)
      fs.writeFileSync(path.join(dir, `01-cook.${grade}.txt`), `Resume scored ${score}`);
    fs.writeFileSync(
      path.join(dir, '01-cook.grades.json'),
      JSON.stringify({
        certain: [
          ['A', 'B'],
          ['B', 'C'],
          ['C', 'E'],
          ['A', 'E'],
          ['D', 'E'],
        ],
      }),
    );
    const figures = await evaluateGradedSet(dir, 'test set', byNumber);
    // D has no resume: its pair is not counted
    expect(figures).toMatchObject({ which: 'test set', posts: 1, pairs: 4, right: 2, ties: 1 });
    expect(figures.byPair).toEqual({
      'A>B': { right: 0, pairs: 1 },
      'B>C': { right: 1, pairs: 1 },
      'C>E': { right: 0, pairs: 1 },
      'A>E': { right: 1, pairs: 1 },
    });
    expect(figures.wrong).toEqual(['01-cook: A>B (80 vs 80)', '01-cook: C>E (60 vs 70)']);
  });

  it('has every set it names, each post with its five resumes and its grades', () => {
    for (const set of GRADED_SETS) {
      const files = fs.readdirSync(path.join(GRADED_DIR, set.dir));
      const posts = files.filter((f) => f.endsWith('.post.txt'));
      expect(posts.length).toBeGreaterThanOrEqual(5);
      for (const post of posts) {
        const slug = post.slice(0, -'.post.txt'.length);
        for (const g of ['A', 'B', 'C', 'D', 'E']) expect(files).toContain(`${slug}.${g}.txt`);
        const grades = JSON.parse(fs.readFileSync(path.join(GRADED_DIR, set.dir, `${slug}.grades.json`), 'utf8'));
        expect(grades.certain.length).toBeGreaterThan(0);
      }
    }
  });
});
