/**
 * The `local` analyzer: deterministic, offline, no key. Rules parse the profile and answer the
 * rubric; the shared scoring module turns the answers into a score and a decision.
 */
import type {
  AnalysisResult,
  Analyzer,
  Evaluation,
  JobRubric,
  RequirementKind,
  RequirementMatch,
} from '../analysis.types.js';
import { decide, scoreMatches } from '../scoring.js';
import { parseProfile } from './profile.parser.js';
import { answerRubric } from './rubric.js';

/** Re-exported so callers can answer a rubric without running the whole analyzer. */
export { answerRubric } from './rubric.js';

/** Options for {@link LocalAnalyzer}. */
export interface LocalAnalyzerOptions {
  /** The date "Present" in a resume stands for. Defaults to the moment of construction. */
  now?: Date;
}

function years(n: number): string {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return `${s} year${n === 1 ? '' : 's'}`;
}

function tally(matches: RequirementMatch[], kind: RequirementKind, noun: string): string | null {
  const items = matches.filter((m) => m.kind === kind);
  if (items.length === 0) return null;
  const met = items.filter((m) => m.met).length;
  return `${met} of ${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
}

/**
 * One sentence, e.g. "Meets 4 of 5 must-have skills and 1 of 2 requirements; 6.5 years of
 * experience against 5 required."
 */
export function summarize(matches: RequirementMatch[], job: JobRubric, yearsExperience: number | null): string {
  const counts = [
    tally(matches, 'MUST_HAVE', 'must-have skill'),
    tally(matches, 'NICE_TO_HAVE', 'nice-to-have skill'),
    tally(matches, 'REQUIREMENT', 'requirement'),
  ].filter((s): s is string => s !== null);
  const clauses: string[] = [];
  if (counts.length > 0) {
    const list = counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts[counts.length - 1]}` : counts[0]!;
    clauses.push(`Meets ${list}`);
  }
  const min = job.minYearsExperience;
  if (min !== null) {
    clauses.push(
      yearsExperience === null
        ? `experience could not be determined against ${years(min)} required`
        : `${years(yearsExperience)} of experience against ${min} required`,
    );
  } else if (yearsExperience !== null) {
    clauses.push(`${years(yearsExperience)} of experience`);
  }
  if (clauses.length === 0) return 'The job post has no requirements to judge against.';
  const sentence = clauses.join('; ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

function describe(m: RequirementMatch, job: JobRubric, yearsExperience: number | null): string {
  switch (m.kind) {
    case 'MUST_HAVE':
      return m.met ? `Has must-have skill ${m.requirement}` : `Missing must-have skill ${m.requirement}`;
    case 'NICE_TO_HAVE':
      return m.met ? `Has nice-to-have skill ${m.requirement}` : `Missing nice-to-have skill ${m.requirement}`;
    case 'REQUIREMENT':
      return m.met ? `Meets requirement: ${m.requirement}` : `No evidence for requirement: ${m.requirement}`;
    case 'EXPERIENCE': {
      const held = yearsExperience === null ? 'Unknown years' : years(yearsExperience);
      return `${held} of experience (${job.minYearsExperience} required)`;
    }
  }
}

/**
 * Rule-based analyzer: no network, no randomness, no clock reads while scoring. The same resume
 * and job post always give the same result (for a given `now`).
 */
export class LocalAnalyzer implements Analyzer {
  readonly name = 'local';
  readonly model = 'local-v1';
  private readonly now: Date;

  constructor(options: LocalAnalyzerOptions = {}) {
    this.now = new Date((options.now ?? new Date()).getTime());
  }

  /** Parses the resume, answers the rubric, then scores and decides through `scoring.ts`. */
  async analyze(resumeText: string, job: JobRubric): Promise<AnalysisResult> {
    const profile = parseProfile(resumeText, this.now);
    const matches = answerRubric(resumeText, profile, job);
    const yearsExperience = profile.totalYearsExperience;
    const score = scoreMatches(matches, job, yearsExperience);
    const evaluation: Evaluation = {
      score,
      summary: summarize(matches, job, yearsExperience),
      strengths: matches.filter((m) => m.met).map((m) => describe(m, job, yearsExperience)),
      gaps: matches.filter((m) => !m.met).map((m) => describe(m, job, yearsExperience)),
      requirementMatches: matches,
    };
    return {
      profile,
      evaluation,
      decision: decide(score, matches, job),
      flags: [],
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      analyzer: this.name,
      model: this.model,
    };
  }
}
