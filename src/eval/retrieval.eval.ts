/**
 * Category retrieval on livecareer: for a job post written for a category, how many of the 10
 * best-scored resumes (out of all of them) belong to that category. With 10 resumes per category
 * out of 240, picking at random gives 10/240 ≈ 0.04, and a perfect ranking 1.
 */
import type { Analyzer } from '../analysis/analysis.types.js';
import type { CategoryPost } from './category-posts.data.js';
import type { CategorisedResume } from './datasets.js';
import { judgedIn, type JudgedFields } from './judged-fields.js';
import { mean, precisionAtK, seededRandom } from './metrics.js';

/** How many of the best-scored resumes are looked at. */
export const TOP_K = 10;

/** The head of a resume, where its title stands: what the name check reads first. */
export const HEAD_CHARS = 200;

/**
 * Whether `text` names the category, as a site search for the category's name would find it: its
 * words in order, each at a word's start, case aside ("DESIGNER" finds "Designers",
 * "INFORMATION-TECHNOLOGY" finds "Information Technology"; "AGRICULTURE" does not find
 * "Agricultural"); a name of up to three letters only as a whole word ("HR", not "hrs").
 */
export function namesCategory(text: string, category: string): boolean {
  const words = category
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  const end = words.join('').length <= 3 ? String.raw`(?![a-z0-9])` : '';
  return new RegExp(String.raw`(?<![a-z0-9])${words.join(String.raw`[^a-z0-9]+`)}${end}`, 'i').test(text);
}

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
  /** Against the hand-judged fields (a resume is relevant when judged in the post's category). */
  judged?: {
    /** Resumes of the pool judged in this category. */
    relevant: number;
    precisionAtK: number;
    /** The most P@K can be against the judgements: below 1 when fewer than K resumes are judged in the category. */
    bestAtK: number;
    /**
     * P@K against the dataset's labels of a ranker that knows the judgements: resumes judged
     * mainly in the category first, then those judged partly in it, the rest level. What ranking
     * by a person's trade can reach on these labels.
     */
    labelCeilingAtK: number;
  };
  /**
   * P@K against the labels of a ranker that reads nothing but the category's name: resumes
   * naming it in their head ({@link HEAD_CHARS}) first, then those naming it anywhere, the rest
   * level (see {@link namesCategory}). High where the labels are hits of a search for the name.
   */
  nameOnlyAtK: number;
}

export interface RetrievalFigures {
  k: number;
  resumes: number;
  /** Share of the pool in each category: the precision a random order gets. */
  randomBaseline: number;
  categories: CategoryRetrieval[];
  meanPrecisionAtK: number;
  meanNameOnlyAtK: number;
  /**
   * How the labels relate to the categories' names: the share of resumes naming their own
   * category, and the share naming another one (over resume × other category), in the head and
   * anywhere in the text.
   */
  labelNames: { ownInHead: number; otherInHead: number; ownAnywhere: number; otherAnywhere: number };
  /** Means over subsets of the categories, for comparison with other runs. */
  subsets?: { label: string; categories: string[] }[];
  /**
   * Present when asked for: mean P@K over pools drawn from this one as the pool of `../shared`
   * was (`perCategory` resumes of each category), to tell what the size of a pool does to P@K.
   */
  sampled?: { count: number; perCategory: number; resumes: number; mean: number; min: number; max: number };
  /** Present when the resumes' fields were judged by hand. */
  judged?: {
    resumes: number;
    meanPrecisionAtK: number;
    meanBestAtK: number;
    meanLabelCeilingAtK: number;
    /** Share of resumes whose judged main field is their dataset label. */
    primaryIsLabel: number;
    /** Share whose label is among their judged fields (main or secondary). */
    labelAmongFields: number;
  };
}

/**
 * Scores every readable resume against every post and measures precision at {@link TOP_K}.
 *
 * @param textOf the extracted text of a resume file, null when extraction failed (left out).
 * @param judged hand-judged fields by resume id; when given, every resume of the pool must have one.
 * @param samples also measure P@K over this many pools of `perCategory` resumes per category drawn
 *   from this one (seeded, so the same every run): see {@link RetrievalFigures.sampled}.
 */
export async function evaluateRetrieval(
  resumes: readonly CategorisedResume[],
  posts: readonly CategoryPost[],
  analyzer: Analyzer,
  textOf: (file: string) => string | null,
  judged?: ReadonlyMap<string, JudgedFields>,
  samples?: { count: number; perCategory: number; seed?: number },
): Promise<RetrievalFigures> {
  const pool = resumes.flatMap((r) => {
    const text = textOf(r.file);
    return text === null ? [] : [{ ...r, text, fields: judged?.get(r.id) }];
  });
  const unjudged = judged ? pool.filter((r) => !r.fields).map((r) => r.id) : [];
  if (unjudged.length > 0) throw new Error(`no judged field for resume(s) ${unjudged.join(', ')}`);
  const categories: CategoryRetrieval[] = [];
  const scoresByPost: { category: string; scores: number[] }[] = [];
  for (const post of posts) {
    const scored: { score: number; relevant: boolean; judged: boolean }[] = [];
    for (const r of pool) {
      const { score } = (await analyzer.analyze(r.text, post.job)).evaluation;
      scored.push({
        score,
        relevant: r.category === post.category,
        judged: !!r.fields && judgedIn(r.fields, post.category),
      });
    }
    scoresByPost.push({ category: post.category, scores: scored.map((s) => s.score) });
    const judgedCount = scored.filter((s) => s.judged).length;
    const cutScore = [...scored].sort((a, b) => b.score - a.score)[TOP_K - 1]?.score;
    categories.push({
      category: post.category,
      nameOnlyAtK: precisionAtK(
        pool.map((r) => ({
          score: namesCategory(r.text.slice(0, HEAD_CHARS), post.category)
            ? 2
            : namesCategory(r.text, post.category)
              ? 1
              : 0,
          relevant: r.category === post.category,
        })),
        TOP_K,
      ),
      title: post.job.title,
      precisionAtK: precisionAtK(scored, TOP_K),
      tiedAtCut: scored.filter((s) => s.score === cutScore).length,
      meanScoreInCategory: mean(scored.filter((s) => s.relevant).map((s) => s.score)),
      meanScoreOthers: mean(scored.filter((s) => !s.relevant).map((s) => s.score)),
      ...(judged && {
        judged: {
          relevant: judgedCount,
          bestAtK: Math.min(judgedCount, TOP_K) / TOP_K,
          precisionAtK: precisionAtK(
            scored.map((s) => ({ score: s.score, relevant: s.judged })),
            TOP_K,
          ),
          labelCeilingAtK: precisionAtK(
            pool.map((r) => ({
              score: r.fields!.primary === post.category ? 2 : judgedIn(r.fields!, post.category) ? 1 : 0,
              relevant: r.category === post.category,
            })),
            TOP_K,
          ),
        },
      }),
    });
  }
  const labels = [...new Set(pool.map((r) => r.category))];
  const perCategory = labels.length;
  const share = (inHead: boolean, own: boolean) =>
    mean(
      pool.flatMap((r) =>
        labels
          .filter((c) => (c === r.category) === own)
          .map((c) => (namesCategory(inHead ? r.text.slice(0, HEAD_CHARS) : r.text, c) ? 1 : 0)),
      ),
    );
  return {
    k: TOP_K,
    resumes: pool.length,
    randomBaseline: perCategory === 0 ? Number.NaN : 1 / perCategory,
    categories,
    meanPrecisionAtK: mean(categories.map((c) => c.precisionAtK)),
    meanNameOnlyAtK: mean(categories.map((c) => c.nameOnlyAtK)),
    ...(samples && { sampled: sampledPrecision(pool, scoresByPost, samples) }),
    labelNames: {
      ownInHead: share(true, true),
      otherInHead: share(true, false),
      ownAnywhere: share(false, true),
      otherAnywhere: share(false, false),
    },
    ...(judged && {
      judged: {
        resumes: pool.length,
        meanPrecisionAtK: mean(categories.map((c) => c.judged!.precisionAtK)),
        meanBestAtK: mean(categories.map((c) => c.judged!.bestAtK)),
        meanLabelCeilingAtK: mean(categories.map((c) => c.judged!.labelCeilingAtK)),
        primaryIsLabel: mean(pool.map((r) => (r.fields!.primary === r.category ? 1 : 0))),
        labelAmongFields: mean(pool.map((r) => (judgedIn(r.fields!, r.category) ? 1 : 0))),
      },
    }),
  };
}

/**
 * Mean P@{@link TOP_K} over `count` pools of `perCategory` resumes of each category (fewer where a
 * category has fewer), drawn without replacement from `pool` with a seeded generator.
 */
function sampledPrecision(
  pool: readonly { category: string }[],
  scoresByPost: readonly { category: string; scores: readonly number[] }[],
  { count, perCategory, seed = 1 }: { count: number; perCategory: number; seed?: number },
): NonNullable<RetrievalFigures['sampled']> {
  const random = seededRandom(seed);
  const byCategory = new Map<string, number[]>();
  pool.forEach((r, i) => {
    const members = byCategory.get(r.category);
    if (members) members.push(i);
    else byCategory.set(r.category, [i]);
  });
  const means: number[] = [];
  let resumes = 0;
  for (let n = 0; n < count; n++) {
    const drawn: number[] = [];
    for (const members of byCategory.values()) {
      const list = [...members];
      // a partial Fisher-Yates shuffle: the first `take` places are a uniform draw
      const take = Math.min(perCategory, list.length);
      for (let i = 0; i < take; i++) {
        const j = i + Math.floor(random() * (list.length - i));
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      drawn.push(...list.slice(0, take));
    }
    resumes = drawn.length;
    means.push(
      mean(
        scoresByPost.map((p) =>
          precisionAtK(
            drawn.map((i) => ({ score: p.scores[i]!, relevant: pool[i]!.category === p.category })),
            TOP_K,
          ),
        ),
      ),
    );
  }
  return { count, perCategory, resumes, mean: mean(means), min: Math.min(...means), max: Math.max(...means) };
}
