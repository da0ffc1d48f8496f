/**
 * Agreement with people on jd-resume-ranking: does the analyzer order vacancies and CVs the way
 * the two annotators did? Compared beside the annotators' agreement with each other, which is
 * the most a ranking can be expected to reach.
 *
 * The annotators ranked the 5 vacancies for each CV (see annotations.ts), so two views:
 * - per vacancy (the view a recruiter has: one job post, many candidates): for each vacancy, the
 *   CVs ranked by the analyzer's score against it, correlated with how high each annotator
 *   placed that vacancy for each CV (place 1 = 5 points … place 5 = 1 point, many ties);
 * - per CV (the annotators' own task): for each CV, the 5 vacancies ranked by the analyzer's
 *   scores, correlated with each annotator's order, then averaged over CVs.
 * Correlations are Spearman's ρ and Kendall's τ-b; undefined ones (a constant ranking) are left
 * out of means and counted.
 */
import type { Analyzer, JobRubric } from '../analysis/analysis.types.js';
import { preferenceByVacancy, type Annotator, type CvRanking } from './annotations.js';
import type { JdRankingData } from './datasets.js';
import { kendallTauB, mean, meanDefined, pairedBootstrap, spearman } from './metrics.js';
import { descriptionOnlyRubric } from './job-posts.js';

/** A rank correlation over `n` pairs. */
export interface Correlation {
  n: number;
  spearman: number;
  kendall: number;
}

/** Who is compared with whom: the analyzer with annotator 1 ("local~A1"), or "A1~A2". */
export type Pair = string;

export interface VacancyAgreement {
  vacancy: number;
  title: string;
  /** Pair → correlation over the CVs both sides ranked. */
  correlations: Record<Pair, Correlation>;
}

/** Mean per-CV correlations of one pair over the CVs both sides ranked. */
export interface PerCvAgreement {
  pair: Pair;
  cvs: number;
  /** CVs whose correlation is undefined (a side put all vacancies level), left out of the means. */
  undefinedCount: number;
  meanSpearman: number;
  meanKendall: number;
}

/**
 * The analyzer against an annotator, beside the two annotators against each other, per CV on the
 * same CVs (those all three ranked, correlations defined on both sides): the target is met when
 * the first mean is at least the second. `difference` is their gap with a 95% paired bootstrap
 * interval over CVs: an interval that spans 0 means this sample cannot tell the two apart.
 */
export interface PerCvComparison {
  annotator: Pair;
  other: Pair;
  cvs: number;
  analyzerMean: number;
  annotatorsMean: number;
  difference: { mean: number; low: number; high: number; level: number };
}

export interface AgreementFigures {
  vacancies: VacancyAgreement[];
  /** Per pair: the mean over vacancies of the per-vacancy correlations. */
  meanOverVacancies: Record<Pair, { spearman: number; kendall: number }>;
  perCv: PerCvAgreement[];
  /** Per annotator, the analyzer's per-CV agreement beside the annotators' on the same CVs. */
  perCvComparisons: PerCvComparison[];
  /** The rubric each vacancy became, for the record. */
  rubrics: JobRubric[];
  /** Rankings left out, with why. */
  excluded: string[];
  /** CVs whose text could not be read (left out of everything). */
  unreadableCvs: number[];
}

const label = (a: Annotator) => `A${a.id}`;

function correlate(x: number[], y: number[]): Correlation {
  return { n: x.length, spearman: spearman(x, y), kendall: kendallTauB(x, y) };
}

/**
 * Runs the analyzer on every annotated CV against every vacancy and correlates.
 *
 * @param textOf the extracted text of a CV file, null when extraction failed.
 */
export async function evaluateAgreement(
  data: JdRankingData,
  analyzer: Analyzer,
  textOf: (file: string) => string | null,
): Promise<AgreementFigures> {
  const vacancyCount = data.vacancies.length;
  const rubrics = data.vacancies.map((v) => descriptionOnlyRubric(v.title, v.description));
  const excluded: string[] = [];
  const valid = new Map<Annotator, Map<number, CvRanking>>();
  for (const a of data.annotators) {
    const byCv = new Map<number, CvRanking>();
    for (const r of a.rankings) {
      if (r.problem) excluded.push(`${label(a)} CV ${r.cv} [${r.order.join(',')}]: ${r.problem}`);
      else byCv.set(r.cv, r);
    }
    valid.set(a, byCv);
  }

  // scores[cv][vacancy index] by the analyzer, for every CV anyone ranked
  const scores = new Map<number, number[]>();
  const unreadableCvs: number[] = [];
  const annotated = [...new Set(data.annotators.flatMap((a) => a.rankings.map((r) => r.cv)))].sort((a, b) => a - b);
  for (const cv of annotated) {
    const text = textOf(data.cvFiles.get(cv) ?? '');
    if (text === null) {
      unreadableCvs.push(cv);
      continue;
    }
    const row: number[] = [];
    for (const job of rubrics) row.push((await analyzer.analyze(text, job)).evaluation.score);
    scores.set(cv, row);
  }

  // each side: a name and, per CV it ranked, a preference per vacancy (higher is better)
  const sides = [
    { name: 'local', prefs: scores },
    ...data.annotators.map((a) => ({
      name: label(a),
      prefs: new Map(
        [...valid.get(a)!.values()]
          .filter((r) => scores.has(r.cv))
          .map((r) => [r.cv, preferenceByVacancy(r, vacancyCount)] as const),
      ),
    })),
  ];
  const pairs = sides.flatMap((s, i) => sides.slice(i + 1).map((t) => [s, t] as const));

  const vacancies = data.vacancies.map((v, vi): VacancyAgreement => {
    const correlations: Record<Pair, Correlation> = {};
    for (const [s, t] of pairs) {
      const cvs = [...s.prefs.keys()].filter((cv) => t.prefs.has(cv));
      correlations[`${s.name}~${t.name}`] = correlate(
        cvs.map((cv) => s.prefs.get(cv)![vi]!),
        cvs.map((cv) => t.prefs.get(cv)![vi]!),
      );
    }
    return { vacancy: v.number, title: v.title, correlations };
  });

  const meanOverVacancies: AgreementFigures['meanOverVacancies'] = {};
  const perCv: PerCvAgreement[] = [];
  for (const [s, t] of pairs) {
    const pair = `${s.name}~${t.name}`;
    meanOverVacancies[pair] = {
      spearman: meanDefined(vacancies.map((v) => v.correlations[pair]!.spearman)),
      kendall: meanDefined(vacancies.map((v) => v.correlations[pair]!.kendall)),
    };
    const perCvCorrelations = [...s.prefs.keys()]
      .filter((cv) => t.prefs.has(cv))
      .map((cv) => correlate(s.prefs.get(cv)!, t.prefs.get(cv)!));
    perCv.push({
      pair,
      cvs: perCvCorrelations.length,
      undefinedCount: perCvCorrelations.filter((c) => Number.isNaN(c.spearman)).length,
      meanSpearman: meanDefined(perCvCorrelations.map((c) => c.spearman)),
      meanKendall: meanDefined(perCvCorrelations.map((c) => c.kendall)),
    });
  }
  const perCvComparisons = compareWithAnnotators(sides[0]!.prefs, sides.slice(1));
  return { vacancies, meanOverVacancies, perCv, perCvComparisons, rubrics, excluded, unreadableCvs };
}

type Side = { name: string; prefs: Map<number, number[]> };

/** See {@link PerCvComparison}. */
function compareWithAnnotators(analyzer: Map<number, number[]>, annotators: readonly Side[]): PerCvComparison[] {
  const out: PerCvComparison[] = [];
  for (const a of annotators) {
    for (const b of annotators) {
      if (a === b) continue;
      const mine: number[] = [];
      const theirs: number[] = [];
      for (const [cv, pref] of analyzer) {
        const pa = a.prefs.get(cv);
        const pb = b.prefs.get(cv);
        if (!pa || !pb) continue;
        const x = spearman(pref, pa);
        const y = spearman(pa, pb);
        if (Number.isNaN(x) || Number.isNaN(y)) continue;
        mine.push(x);
        theirs.push(y);
      }
      const interval = pairedBootstrap(mine, theirs);
      out.push({
        annotator: a.name,
        other: b.name,
        cvs: mine.length,
        analyzerMean: mean(mine),
        annotatorsMean: mean(theirs),
        difference: { mean: mean(mine) - mean(theirs), ...interval },
      });
    }
  }
  return out;
}
