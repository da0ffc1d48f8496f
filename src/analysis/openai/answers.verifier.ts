/**
 * Turns the model's rubric answers into RequirementMatches the resume backs up. The model's "met"
 * is a claim; the verified quote is the proof. No proof, no credit.
 */
import type { RequirementMatch } from '../analysis.types.js';
import { namesSkill, type ResumeText } from './quotes.js';
import type { ModelAnswer } from './response.schema.js';
import type { RubricItem } from './rubric.items.js';

/** The verified answers, and what verification found. */
export interface VerifiedAnswers {
  /** One match per rubric item, in rubric order. */
  matches: RequirementMatch[];
  /** Items the model claimed met without a quote found in the resume (or with no quote at all). */
  unsupportedClaims: number;
  /**
   * Whether the resume backs the experience item with a quote (met or not): only then are the
   * model's years of experience scored and shown.
   */
  experienceQuoted: boolean;
}

/** The passage of the resume `quote` copies, if it is one and fits the item; else null. */
function check(item: RubricItem, quote: string, resume: ResumeText): string | null {
  const found = resume.find(quote);
  if (!found) return null;
  const isSkill = item.kind === 'MUST_HAVE' || item.kind === 'NICE_TO_HAVE';
  return isSkill && !namesSkill(found, item.requirement) ? null : found;
}

/**
 * Verifies every answer against the resume:
 * - met with a quote the resume contains (and, for a skill, that names it) → met, with the
 *   resume's own text of the passage as evidence;
 * - met with a quote the resume does not contain → not met, evidence null, the quote kept in
 *   `unverifiedQuote` for a person to see;
 * - met without a quote → not met;
 * - not met → not met, evidence null.
 *
 * An item missing from `answers` counts as not met (the schema makes the model answer all).
 */
export function verifyAnswers(
  items: RubricItem[],
  answers: Record<string, ModelAnswer>,
  resume: ResumeText,
): VerifiedAnswers {
  let unsupportedClaims = 0;
  let experienceQuoted = false;
  const matches = items.map(({ id, kind, requirement, minYears }): RequirementMatch => {
    const answer = answers[id];
    const quote = answer?.quote?.trim() || null;
    const evidence = quote === null ? null : check({ id, kind, requirement }, quote, resume);
    if (kind === 'EXPERIENCE' && evidence !== null) experienceQuoted = true;
    const miss: RequirementMatch = {
      requirement,
      kind,
      met: false,
      evidence: null,
      ...(minYears !== undefined && { minYears }),
    };
    if (!answer?.met) return miss;
    if (evidence !== null) return { ...miss, met: true, evidence };
    unsupportedClaims++;
    return quote === null ? miss : { ...miss, unverifiedQuote: quote };
  });
  return { matches, unsupportedClaims, experienceQuoted };
}
