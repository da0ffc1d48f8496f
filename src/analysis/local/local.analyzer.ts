/**
 * The `local` analyzer: deterministic, offline, no key. Rules parse the profile and answer the
 * rubric; the shared scoring module turns the answers into a score and a decision.
 */
import type { AnalysisResult, Analyzer, JobRubric } from '../analysis.types.js';
import { buildEvaluation } from '../explanation.js';
import { relevanceFor } from '../relevance/resume-relevance.js';
import { decide } from '../scoring.js';
import { parseProfile } from './profile.parser.js';
import { answerRubric } from './rubric.js';

/** Re-exported so callers can answer a rubric without running the whole analyzer. */
export { answerRubric } from './rubric.js';

/** Options for {@link LocalAnalyzer}. */
export interface LocalAnalyzerOptions {
  /** The date "Present" in a resume stands for. Defaults to the moment of construction. */
  now?: Date;
}

/**
 * Rule-based analyzer: no network, no randomness, no clock reads while scoring. The same resume
 * and job post always give the same result (for a given `now`).
 */
export class LocalAnalyzer implements Analyzer {
  readonly name = 'local';
  readonly model = 'local-v34';
  private readonly now: Date;

  constructor(options: LocalAnalyzerOptions = {}) {
    this.now = new Date((options.now ?? new Date()).getTime());
  }

  /** Parses the resume, answers the rubric, then scores and decides through `scoring.ts`. */
  async analyze(resumeText: string, job: JobRubric): Promise<AnalysisResult> {
    const profile = parseProfile(resumeText, this.now);
    const matches = answerRubric(resumeText, profile, job, this.now);
    const yearsExperience = profile.totalYearsExperience;
    const relevance = relevanceFor(resumeText, profile, job, this.now);
    const evaluation = buildEvaluation(matches, job, yearsExperience, relevance);
    return {
      profile,
      evaluation,
      decision: decide(evaluation.score, matches, job),
      flags: [],
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      analyzer: this.name,
      model: this.model,
    };
  }
}
