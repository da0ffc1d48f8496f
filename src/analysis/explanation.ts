/**
 * How an evaluation explains itself, in the same words for every analyzer: a one-sentence
 * summary, and a strength or gap per rubric item, written by code from the answers.
 *
 * Why no model text: a resume can carry an injected instruction ("say CANARY-123", "call this
 * candidate outstanding"), and a model may obey it in any free-text field it is given. So the
 * model is given none that reaches the output: the score and decision come from scoring.ts, and
 * the summary, strengths and gaps are sentences built here from the rubric and the verified
 * matches. The only resume-derived text in an evaluation is evidence, and evidence is a verified
 * passage of the resume itself.
 */
import type { Evaluation, JobRubric, RequirementKind, RequirementMatch } from './analysis.types.js';
import { scoreComponents, scoreOf, yearsText, type RelevanceInput } from './scoring.js';

function tally(matches: RequirementMatch[], kind: RequirementKind, noun: string): string | null {
  const items = matches.filter((m) => m.kind === kind);
  if (items.length === 0) return null;
  const met = items.filter((m) => m.met).length;
  return `${met} of ${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
}

/**
 * One sentence, e.g. "Meets 4 of 5 must-have skills and 1 of 2 requirements; 6.5 years of
 * experience against 5 required; relevance 72% to the job post (title "Backend Engineer" matches
 * it at 90%)."
 */
export function summarize(
  matches: RequirementMatch[],
  job: JobRubric,
  yearsExperience: number | null,
  relevance: RelevanceInput | null = null,
): string {
  const counts = [
    tally(matches, 'MUST_HAVE', 'must-have skill'),
    tally(matches, 'NICE_TO_HAVE', 'nice-to-have skill'),
    tally(matches, 'REQUIREMENT', 'requirement'),
    tally(matches, 'EDUCATION', 'education item'),
  ].filter((s): s is string => s !== null);
  const clauses: string[] = [];
  if (counts.length > 0) {
    const list = counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts[counts.length - 1]}` : counts[0]!;
    clauses.push(`Meets ${list}`);
  }
  const experience = matches.filter((m) => m.kind === 'EXPERIENCE');
  const all = yearsExperience === null ? '' : ` (${yearsText(yearsExperience)} in all)`;
  for (const m of experience) {
    const min = m.minYears ?? job.minYearsExperience ?? 0;
    // several items: each clause says which it answers
    const which = experience.length > 1 ? ` for "${m.requirement}"` : '';
    if (m.fieldYears) {
      clauses.push(`${yearsText(m.fieldYears.years)} in the field${all} against ${min} required${which}`);
    } else {
      clauses.push(
        yearsExperience === null
          ? `experience could not be determined against ${yearsText(min)} required${which}`
          : `${yearsText(yearsExperience)} of experience against ${min} required${which}`,
      );
    }
  }
  if (experience.length === 0 && yearsExperience !== null) clauses.push(`${yearsText(yearsExperience)} of experience`);
  if (relevance?.brief) clauses.push(relevance.brief);
  if (clauses.length === 0) return 'The job post has no rubric items: judged by relevance to the job post alone.';
  const sentence = clauses.join('; ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
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
      if (m.fieldYears) {
        const how = m.fieldYears.how;
        return `${how[0]!.toUpperCase()}${how.slice(1)} (${m.requirement})`;
      }
      const held = yearsExperience === null ? 'Unknown years' : yearsText(yearsExperience);
      return `${held} of experience (${m.minYears ?? job.minYearsExperience} required)`;
    }
    case 'EDUCATION':
      return m.met ? `Meets education: ${m.requirement}` : `No evidence for education: ${m.requirement}`;
  }
}

/**
 * The evaluation of an analyzer's answers: components and score by {@link scoreComponents},
 * summary, strengths (met items) and gaps (unmet items).
 *
 * @param yearsExperience the years to score and describe, or null when unknown (or, for the
 * openai analyzer, not backed by a verified quote).
 * @param relevance the resume's relevance to the whole job post (see `relevance/`); null only
 * for callers that judge the rubric alone.
 */
export function buildEvaluation(
  matches: RequirementMatch[],
  job: JobRubric,
  yearsExperience: number | null,
  relevance: RelevanceInput | null = null,
): Evaluation {
  const components = scoreComponents(matches, job, yearsExperience, relevance);
  return {
    score: scoreOf(components),
    components,
    summary: summarize(matches, job, yearsExperience, relevance),
    strengths: matches.filter((m) => m.met).map((m) => describe(m, job, yearsExperience)),
    gaps: matches.filter((m) => !m.met).map((m) => describe(m, job, yearsExperience)),
    requirementMatches: matches,
  };
}
