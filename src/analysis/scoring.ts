/**
 * The one place where requirement answers become a score and a decision, shared by every
 * analyzer: a model may answer the rubric, but the number and the verdict are computed here, in
 * code, from the job post's rubric alone, so that they are explainable and identical across
 * analyzers.
 */
import type { Decision, JobRubric, RequirementKind, RequirementMatch } from './analysis.types.js';

/**
 * Points per kind of rubric item, out of 100. A kind the job post does not use gives its
 * points to the others in proportion (a post with only must-haves scores them out of 100).
 */
export const SCORE_WEIGHTS: Readonly<Record<RequirementKind, number>> = {
  MUST_HAVE: 45,
  REQUIREMENT: 25,
  NICE_TO_HAVE: 15,
  EXPERIENCE: 15,
};

/** The score given when a job post has no rubric items at all: neither good nor bad. */
export const NEUTRAL_SCORE = 50;

/**
 * Fraction (0-1) of the experience item earned. Partial credit scales with the years held
 * against the years required, so 4 years against 5 earns 0.8, not 0; the match's `met` is
 * used when the years are unknown.
 */
function experienceCredit(match: RequirementMatch, job: JobRubric, years: number | null): number {
  const min = job.minYearsExperience;
  if (years === null || min === null) return match.met ? 1 : 0;
  if (min <= 0) return 1;
  return Math.max(0, Math.min(1, years / min));
}

/**
 * Turns requirement answers into a score from 0 to 100 (an integer).
 *
 * Rules:
 * - each kind present in `matches` earns `weight × (met items / items)`: MUST_HAVE 45,
 *   REQUIREMENT 25, NICE_TO_HAVE 15, EXPERIENCE 15 (see {@link SCORE_WEIGHTS});
 * - EXPERIENCE earns partial credit `min(1, yearsExperience / minYearsExperience)` when both
 *   are known, else 1 or 0 from its `met`;
 * - kinds with no items are left out and the total is rescaled to 100, so weights of unused
 *   kinds go to the others proportionally;
 * - with no items at all the score is {@link NEUTRAL_SCORE};
 * - the result is rounded to the nearest integer and clamped to 0-100.
 *
 * Nothing about the candidate other than the answers and their years enters the score.
 */
export function scoreMatches(matches: RequirementMatch[], job: JobRubric, yearsExperience: number | null): number {
  let earned = 0;
  let possible = 0;
  for (const kind of Object.keys(SCORE_WEIGHTS) as RequirementKind[]) {
    const items = matches.filter((m) => m.kind === kind);
    if (items.length === 0) continue;
    const credit =
      kind === 'EXPERIENCE'
        ? items.reduce((sum, m) => sum + experienceCredit(m, job, yearsExperience), 0)
        : items.filter((m) => m.met).length;
    earned += SCORE_WEIGHTS[kind] * (credit / items.length);
    possible += SCORE_WEIGHTS[kind];
  }
  if (possible === 0) return NEUTRAL_SCORE;
  return Math.max(0, Math.min(100, Math.round((earned / possible) * 100)));
}

/**
 * Turns a score into a decision, with must-have skills acting as gates.
 *
 * Rules, in order:
 * 1. no rubric items at all → REVIEW (there is nothing to judge against, so a person decides);
 * 2. more than half of the MUST_HAVE items unmet → REJECTED, whatever the score;
 * 3. otherwise by thresholds: `score >= shortlistThreshold` → SHORTLISTED,
 *    `score < rejectThreshold` → REJECTED, else REVIEW;
 * 4. any unmet MUST_HAVE caps the result at REVIEW (never SHORTLISTED).
 */
export function decide(score: number, matches: RequirementMatch[], job: JobRubric): Decision {
  if (matches.length === 0) return 'REVIEW';
  const mustHaves = matches.filter((m) => m.kind === 'MUST_HAVE');
  const unmet = mustHaves.filter((m) => !m.met).length;
  if (unmet * 2 > mustHaves.length) return 'REJECTED';
  let decision: Decision =
    score >= job.shortlistThreshold ? 'SHORTLISTED' : score < job.rejectThreshold ? 'REJECTED' : 'REVIEW';
  if (unmet > 0 && decision === 'SHORTLISTED') decision = 'REVIEW';
  return decision;
}
