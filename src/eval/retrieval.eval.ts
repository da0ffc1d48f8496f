/**
 * Category retrieval on livecareer: for a job post written for a category, how many of the 10
 * best-scored resumes (out of all of them) belong to that category. With 10 resumes per category
 * out of 240, picking at random gives 10/240 ≈ 0.04, and a perfect ranking 1.
 */
import type { Analyzer } from '../analysis/analysis.types.js';
import type { CategoryPost } from './category-posts.data.js';
import type { CategorisedResume } from './datasets.js';
import { mean, precisionAtK } from './metrics.js';

/** How many of the best-scored resumes are looked at. */
export const TOP_K = 10;

export interface CategoryRetrieval {
  category: string;
  title: string;
  /** Expected share of the category in the top {@link TOP_K}, ties at the cut counted by expectation. */
  precisionAtK: number;
  /** Resumes scored the same as the K-th: a large number means the ranking barely separates them. */
  tiedAtCut: number;
  /** Mean score of the category's own resumes, and of all others. */
  meanScoreInCategory: number;
  meanScoreOthers: number;
}

export interface RetrievalFigures {
  k: number;
  resumes: number;
  /** Share of the pool in each category: the precision a random order gets. */
  randomBaseline: number;
  categories: CategoryRetrieval[];
  meanPrecisionAtK: number;
  /** Means over subsets of the categories, for comparison with other runs. */
  subsets?: { label: string; categories: string[] }[];
}

/**
 * Scores every readable resume against every post and measures precision at {@link TOP_K}.
 *
 * @param textOf the extracted text of a resume file, null when extraction failed (left out).
 */
export async function evaluateRetrieval(
  resumes: readonly CategorisedResume[],
  posts: readonly CategoryPost[],
  analyzer: Analyzer,
  textOf: (file: string) => string | null,
): Promise<RetrievalFigures> {
  const pool = resumes.flatMap((r) => {
    const text = textOf(r.file);
    return text === null ? [] : [{ ...r, text }];
  });
  const categories: CategoryRetrieval[] = [];
  for (const post of posts) {
    const scored: { score: number; relevant: boolean }[] = [];
    for (const r of pool) {
      const { score } = (await analyzer.analyze(r.text, post.job)).evaluation;
      scored.push({ score, relevant: r.category === post.category });
    }
    const cutScore = [...scored].sort((a, b) => b.score - a.score)[TOP_K - 1]?.score;
    categories.push({
      category: post.category,
      title: post.job.title,
      precisionAtK: precisionAtK(scored, TOP_K),
      tiedAtCut: scored.filter((s) => s.score === cutScore).length,
      meanScoreInCategory: mean(scored.filter((s) => s.relevant).map((s) => s.score)),
      meanScoreOthers: mean(scored.filter((s) => !s.relevant).map((s) => s.score)),
    });
  }
  const perCategory = new Set(pool.map((r) => r.category)).size;
  return {
    k: TOP_K,
    resumes: pool.length,
    randomBaseline: perCategory === 0 ? Number.NaN : 1 / perCategory,
    categories,
    meanPrecisionAtK: mean(categories.map((c) => c.precisionAtK)),
  };
}
