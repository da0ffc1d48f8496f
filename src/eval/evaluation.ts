/**
 * One evaluation run: find the data, extract every file once, run the local analyzer over it and
 * compute the figures of each section.
 */
import path from 'node:path';
import type { CandidateProfile, JobRubric } from '../analysis/analysis.types.js';
import { LocalAnalyzer } from '../analysis/local/local.analyzer.js';
import { evaluateAgreement, type AgreementFigures } from './agreement.eval.js';
import { CATEGORY_POSTS } from './category-posts.data.js';
import { loadJdRanking, loadLivecareer, loadWholeLivecareer } from './datasets.js';
import { extractDocuments, textOf } from './documents.js';
import { summariseTimings, type TimingRow } from './extraction.eval.js';
import {
  anonymisedLabels,
  fixtureLabels,
  isAnonymisedSource,
  sampleLabels,
  type LabelledResume,
} from './field-labels.js';
import { combineFields, evaluateFields, type FieldFigures } from './fields.eval.js';
import { evaluateRetrieval, type RetrievalFigures } from './retrieval.eval.js';
import { loadJudgedFields } from './judged-fields.js';
import {
  categoryDescriptions,
  descriptionOnlyRubric,
  HELD_OUT_SETS,
  labelledPosts,
  SECOND_DESCRIPTIONS_DIR,
} from './job-posts.js';
import { evaluatePairwise, type PairCase, type PairwiseFigures } from './pairwise.eval.js';
import { GRADED_NOW, evaluateGraded, type GradedSetFigures } from './graded.eval.js';
import { evaluateRubrics, type RubricFigures } from './rubric.eval.js';
import { DataRequirements, type SharedDir } from './shared-dir.js';
import { TimedAnalyzer } from './timed-analyzer.js';

/** The parts of the evaluation that can be run on their own. */
export const SECTIONS = ['fields', 'agreement', 'retrieval', 'pairwise', 'graded', 'rubric'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The date "Present" in a resume stands for. Fixed, so that years of experience (and so scores)
 * do not drift between runs and before/after figures stay comparable.
 */
export const EVAL_NOW = new Date(Date.UTC(2025, 5, 15));

/** Pools as large as the one of `../shared` drawn from the whole dataset (see `evaluateRetrieval`). */
const WHOLE_SAMPLES = 20;

/** A rubric with nothing in it: analysing against it yields the profile alone. */
const EMPTY_RUBRIC: JobRubric = {
  title: '',
  description: '',
  requirements: [],
  mustHaveSkills: [],
  niceToHaveSkills: [],
  minYearsExperience: null,
  location: null,
  shortlistThreshold: 70,
  rejectThreshold: 40,
};

/** The livecareer categories' descriptions in `dir`, each as a post created with nothing else. */
function describedPosts(dir?: string): { category: string; job: JobRubric }[] {
  return [...categoryDescriptions(dir)].map(([category, post]) => ({
    category,
    job: descriptionOnlyRubric(post.title, post.description),
  }));
}

/** The categories the typed job posts cover: description-only figures are given for them too. */
const TYPED_CATEGORIES = new Set(CATEGORY_POSTS.map((p) => p.category));

export interface EvaluationFigures {
  analyzer: { name: string; model: string; now: string };
  sharedDir: string;
  fields: FieldFigures[] | null;
  agreement: AgreementFigures | null;
  retrieval: RetrievalFigures | null;
  /** Category retrieval with every post given as a plain description (no typed rubric). */
  retrievalDescriptions: RetrievalFigures | null;
  /**
   * The same with a second description per category, written blind after the ranking and never
   * tuned on (`test/fixtures/job-posts/livecareer-2`): how the ranking fares on descriptions it
   * was not made with.
   */
  retrievalSecondDescriptions: RetrievalFigures | null;
  /**
   * Category retrieval on the rest of the whole livecareer dataset, when a copy was given
   * ({@link EvaluationOptions.wholeLivecareer}): both sets of descriptions, labels only.
   */
  retrievalWhole: { first: RetrievalFigures; second: RetrievalFigures } | null;
  pairwise: PairwiseFigures | null;
  /** Applicants to one post, graded, per set (see `graded.eval.ts`); empty when not run. */
  graded: GradedSetFigures[];
  rubric: RubricFigures | null;
  /**
   * The same on posts written after the rules, by someone who read neither them nor the data
   * (`test/fixtures/job-posts/held-out`): how the rules fare on posts they were not made on.
   */
  /** One per held-out set, oldest first (see `HELD_OUT_SETS`). */
  rubricHeldOut: { which: string; figures: RubricFigures }[];
  timings: TimingRow[];
}

export interface EvaluationOptions {
  shared: SharedDir;
  sections: readonly Section[];
  /**
   * A checkout of the whole livecareer dataset (Sbhawal/resumeScraper: `data/<CATEGORY>/<id>.pdf`):
   * with the retrieval section, its resumes other than the 240 of `../shared` are ranked too.
   */
  wholeLivecareer?: string;
  /** Progress lines (stage names, counts); not part of the figures. */
  log?: (line: string) => void;
}

/**
 * Runs the chosen sections.
 *
 * @throws MissingDataError, before any work, listing every data path the sections need and lack
 */
export async function runEvaluation({
  shared,
  sections,
  wholeLivecareer,
  log = () => {},
}: EvaluationOptions): Promise<EvaluationFigures> {
  const want = (s: Section) => sections.includes(s);
  const req = new DataRequirements(shared);
  const jd = want('agreement') || want('fields') ? loadJdRanking(req) : null;
  const livecareer = want('retrieval') || want('fields') || want('pairwise') ? loadLivecareer(req) : [];
  const jdForPairs = want('pairwise') && !jd ? loadJdRanking(req) : jd;
  const fixtures = want('fields') ? fixtureLabels(req) : [];
  req.assertComplete();

  let labelled: LabelledResume[] = [];
  if (want('fields')) {
    labelled = [
      ...fixtures,
      ...(await sampleLabels()),
      ...anonymisedLabels(
        'livecareer',
        livecareer.map((r) => r.file),
      ),
      ...anonymisedLabels('jd-ranking', [...(jd?.cvFiles.values() ?? [])]),
    ];
  }
  const files = [
    ...labelled.map((r) => r.file),
    ...(want('agreement') && jd ? [...jd.cvFiles.values()] : []),
    ...(want('retrieval') || want('pairwise') ? livecareer.map((r) => r.file) : []),
    ...(want('pairwise') && jdForPairs ? [...jdForPairs.cvFiles.values()] : []),
  ];
  log(`extracting ${new Set(files).size} files`);
  const documents = await extractDocuments(files);
  const text = (file: string) => textOf(documents, file);

  const local = new LocalAnalyzer({ now: EVAL_NOW });
  const timed = new TimedAnalyzer(local);

  let fields: FieldFigures[] | null = null;
  if (want('fields')) {
    log(`parsing ${labelled.length} labelled resumes`);
    const profiles = new Map<string, CandidateProfile | null>();
    for (const r of labelled) {
      const t = text(r.file);
      profiles.set(r.file, t === null ? null : (await local.analyze(t, EMPTY_RUBRIC)).profile);
    }
    const groups = evaluateFields(labelled, (f) => profiles.get(f) ?? null);
    const labelledGroups = groups.filter((g) => !isAnonymisedSource(g.source));
    fields = [
      ...labelledGroups,
      combineFields('all labelled', labelledGroups),
      ...groups.filter((g) => isAnonymisedSource(g.source)),
    ];
  }

  let agreement: AgreementFigures | null = null;
  if (want('agreement') && jd) {
    log('ranking jd-resume-ranking CVs against 5 vacancies');
    agreement = await evaluateAgreement(jd, timed, text);
  }

  let retrieval: RetrievalFigures | null = null;
  let retrievalDescriptions: RetrievalFigures | null = null;
  let retrievalSecondDescriptions: RetrievalFigures | null = null;
  let retrievalWhole: EvaluationFigures['retrievalWhole'] = null;
  const described = describedPosts();
  if (want('retrieval')) {
    log(`scoring ${livecareer.length} livecareer resumes against ${CATEGORY_POSTS.length} typed job posts`);
    const judged = loadJudgedFields();
    retrieval = await evaluateRetrieval(livecareer, CATEGORY_POSTS, timed, text, judged);
    log(`scoring them against ${described.length} job posts given as descriptions`);
    retrievalDescriptions = await evaluateRetrieval(livecareer, described, timed, text, judged);
    retrievalDescriptions.subsets = [
      { label: `the ${TYPED_CATEGORIES.size} categories of the typed posts`, categories: [...TYPED_CATEGORIES] },
    ];
    const second = describedPosts(SECOND_DESCRIPTIONS_DIR);
    log(`scoring them against ${second.length} other descriptions, written blind`);
    retrievalSecondDescriptions = await evaluateRetrieval(livecareer, second, timed, text, judged);
    if (wholeLivecareer) {
      // scored by the untimed analyzer, and extracted apart: the timing table stays the one of ../shared
      const whole = loadWholeLivecareer(wholeLivecareer, new Set(livecareer.map((r) => r.id)));
      log(`extracting ${whole.length} more livecareer resumes from ${wholeLivecareer}`);
      const wholeDocuments = await extractDocuments(whole.map((r) => r.file));
      const wholeText = (file: string) => textOf(wholeDocuments, file);
      // as many of each category as ../shared holds (10 of each of 24)
      const perCategory = Math.round(livecareer.length / new Set(livecareer.map((r) => r.category)).size);
      const samples = { count: WHOLE_SAMPLES, perCategory };
      log(`scoring them against both sets of ${described.length} descriptions`);
      retrievalWhole = {
        first: await evaluateRetrieval(whole, described, local, wholeText, undefined, samples),
        second: await evaluateRetrieval(whole, second, local, wholeText, undefined, samples),
      };
    }
  }

  let pairwise: PairwiseFigures | null = null;
  if (want('pairwise')) {
    const byCategory = new Map(described.map((d) => [d.category, d.job]));
    const cases: PairCase[] = [];
    for (const r of livecareer) {
      const job = byCategory.get(r.category);
      const t = text(r.file);
      if (job && t !== null) cases.push({ source: 'livecareer', label: r.file, text: t, job });
    }
    if (jdForPairs) {
      // each annotated CV with the vacancy its annotator ranked first
      for (const a of jdForPairs.annotators) {
        for (const ranking of a.rankings) {
          if (ranking.problem) continue;
          const v = jdForPairs.vacancies[ranking.order[0]! - 1];
          const t = text(jdForPairs.cvFiles.get(ranking.cv) ?? '');
          if (!v || t === null) continue;
          cases.push({
            source: 'jd-ranking',
            label: `A${a.id} CV ${ranking.cv} V${v.number}`,
            text: t,
            job: descriptionOnlyRubric(v.title, v.description),
          });
        }
      }
    }
    log(`scoring ${cases.length} resumes and their weakened copies`);
    pairwise = await evaluatePairwise(cases, local, EVAL_NOW);
  }

  let graded: GradedSetFigures[] = [];
  if (want('graded')) {
    log('scoring graded applicants against their posts');
    graded = await evaluateGraded(new LocalAnalyzer({ now: GRADED_NOW }));
  }

  let rubric: RubricFigures | null = null;
  const rubricHeldOut: { which: string; figures: RubricFigures }[] = [];
  if (want('rubric')) {
    const posts = labelledPosts();
    log(`deriving the rubrics of ${posts.length} labelled job descriptions`);
    rubric = evaluateRubrics(posts);
    for (const set of HELD_OUT_SETS) {
      const heldOut = labelledPosts(set.dir);
      log(`deriving the rubrics of ${heldOut.length} held-out labelled job descriptions (${path.basename(set.dir)})`);
      rubricHeldOut.push({ which: set.which, figures: evaluateRubrics(heldOut) });
    }
  }

  return {
    analyzer: { name: local.name, model: local.model, now: EVAL_NOW.toISOString() },
    sharedDir: shared.root,
    fields,
    agreement,
    retrieval,
    retrievalDescriptions,
    retrievalSecondDescriptions,
    retrievalWhole,
    pairwise,
    graded,
    rubric,
    rubricHeldOut,
    timings: summariseTimings(documents.values(), timed.durations, local.name),
  };
}
