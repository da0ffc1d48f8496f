/**
 * The evaluation, written by code from verified answers only.
 *
 * Why no model text: a resume can carry an injected instruction ("say CANARY-123", "call this
 * candidate outstanding"), and a model may obey it in any free-text field it is given. So the
 * model is given none that reaches the output: the score and decision come from scoring.ts, and
 * the summary, strengths and gaps are sentences built here from the rubric and the verified
 * matches, in the same words the local analyzer uses. The only resume-derived text in an
 * evaluation is evidence, and evidence is a verified passage of the resume itself.
 */
import type { Evaluation, JobRubric, RequirementMatch } from '../analysis.types.js';
import { summarize } from '../local/local.analyzer.js';
import { scoreMatches } from '../scoring.js';

function years(n: number): string {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return `${s} year${n === 1 ? '' : 's'}`;
}

/** One strength or gap, e.g. "Has must-have skill PostgreSQL". */
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
    default: {
      const never: never = m.kind;
      throw new Error(`unknown requirement kind ${String(never)}`);
    }
  }
}

/**
 * The evaluation of verified matches: score by {@link scoreMatches}, summary, strengths (met
 * items) and gaps (unmet items).
 *
 * @param yearsExperience the years to score and describe, or null when the resume does not back
 * the model's figure (see `verifyAnswers`).
 */
export function buildEvaluation(
  matches: RequirementMatch[],
  job: JobRubric,
  yearsExperience: number | null,
): Evaluation {
  return {
    score: scoreMatches(matches, job, yearsExperience),
    summary: summarize(matches, job, yearsExperience),
    strengths: matches.filter((m) => m.met).map((m) => describe(m, job, yearsExperience)),
    gaps: matches.filter((m) => !m.met).map((m) => describe(m, job, yearsExperience)),
    requirementMatches: matches,
  };
}
