/**
 * The one place where requirement answers and relevance become a score and a decision, shared by
 * every analyzer: a model may answer the rubric, but the number and the verdict are computed
 * here, in code, from the job post alone (its rubric and its relevance to the resume), so that
 * they are explainable and identical across analyzers.
 */
import type { Decision, JobRubric, RequirementKind, RequirementMatch, ScoreComponent } from './analysis.types.js';
import { LETTERED_CHOICE } from './rubric/derive.js';
import { namesField } from './rubric/experience-field.js';
import { isPreferred } from './rubric/rubric.types.js';

/**
 * Relative weight of each kind of rubric item. A kind the job post does not use gives its share
 * to the others in proportion (a post with only must-haves gives them the whole rubric share).
 */
export const SCORE_WEIGHTS: Readonly<Record<RequirementKind, number>> = {
  MUST_HAVE: 45,
  REQUIREMENT: 25,
  NICE_TO_HAVE: 15,
  EXPERIENCE: 15,
  EDUCATION: 10,
};

/**
 * Points of 100 that relevance (the resume against the whole job post: its title, what it asks
 * and what the work is; see `relevance/relevance.ts`) earns when the post has rubric items
 * a recruiter typed: as much as the rubric (measured on category retrieval with typed posts: 0.50
 * at 35 points, 0.58 at 50; the typed must-haves still gate the decision). With no items at all
 * it earns all 100: a post pasted as a description still ranks candidates.
 */
export const RELEVANCE_POINTS = 50;

/**
 * Points of 100 that relevance earns beside a rubric that was only derived (no item typed): rules
 * read a description less surely than a recruiter types a rubric, so the reading of the whole post
 * weighs most. Measured (nineteenth session): across trades (category retrieval) the more the
 * derived items weigh, the worse the ranking (P@10 against the labels 0.59 at 80 and 70 points,
 * 0.57 at 60; the blind second descriptions 0.57, 0.56, 0.53); within a trade (applicants to one
 * post graded strong / meets the minimum / misses a demand / adjacent trade / other trade) the
 * rubric tells them apart (ordered pairs right 107 of 112 at 80 points, 109 at 70, 110 at 60), as
 * it does for the Vanetik annotators (per vacancy +0.047 / +0.070 at 80, +0.052 / +0.095 at 70).
 */
export const RELEVANCE_POINTS_DERIVED = 70;

/**
 * Points of relevance's share that go to the licences and certifications a description's
 * requirements ask (see {@link CREDENTIAL_DEMAND}), where it asks any: a candidate of the trade
 * without the licence a post requires is one a recruiter cannot hire, however near the work reads.
 * They are earned within the REQUIREMENT component, in proportion to those items met. Measured
 * (thirty-second session, development graded sets 1 to 42, description-only posts): 1,917 of 2,000
 * ordered pairs right without them, 1,923 at 5 points, 1,920 at 7, 1,918 at 10; across trades it
 * costs a little (category P@10 with descriptions 0.60 → 0.59).
 */
export const REQUIRED_CREDENTIAL_POINTS = 5;

/** A requirement that asks a licence or a certification: "Current State of Michigan Journeyman Electrician license". */
const CREDENTIAL_DEMAND =
  /\b(?:licen[cs]e[sd]?|licensure|certifications?|certificates?|certified|credentials?|registration|card|permit|registered\s+(?:nurse|dietitian|pharmacist|technologist|technician|therapist|respiratory|dental|medical|radiologic))\b/i;
/**
 * …but not one to be won after hire ("Ability to obtain forklift certification within 30 days of
 * hire"), nor words that name no credential held ("certified payroll", "ISO 9001 certification
 * audits", "credit card processing", "patient registration", "time card").
 */
const NO_CREDENTIAL_HELD =
  /\b(?:(?:able|ability|willing|willingness)\s+to\s+obtain|to\s+be\s+obtained|obtain(?:ed)?\s+within|eligib(?:le|ility)\s+(?:for|to\s+(?:obtain|sit|apply|become))|after\s+hire|certification\s+(?:audits?|process)|(?:credit|debit|gift|time|social\s+security|id|identification|report)\s+card|certified\s+payroll|(?:patient|student|voter|event|course)\s+registration|registration\s+(?:desk|process|procedures))\b/i;

/**
 * What an item marked as wished for ("Bachelor's degree (preferred)", see `isPreferred`) weighs
 * against a required one of its kind: half. Its kind's share shrinks with it, so a candidate
 * without a preferred degree loses half what one without a required degree loses. Nice-to-have
 * skills are wishes by their kind already and are not weighed again.
 */
export const PREFERRED_ITEM_WEIGHT = 0.5;

/** What one answered item weighs within its kind (see {@link PREFERRED_ITEM_WEIGHT}). */
function itemWeight(match: RequirementMatch): number {
  return match.kind !== 'NICE_TO_HAVE' && isPreferred(match.requirement) ? PREFERRED_ITEM_WEIGHT : 1;
}

/** The component name of relevance in {@link ScoreComponent}. */
export const RELEVANCE_COMPONENT = 'RELEVANCE';

/** Relevance as scoring needs it: a figure in [0, 1] and why, in words. */
export interface RelevanceInput {
  score: number;
  /** The figure explained in full, for the RELEVANCE component. */
  detail: string;
  /** The figure in a few words, for the evaluation's one-sentence summary. */
  brief?: string;
}

const KIND_NOUN: Record<RequirementKind, string> = {
  MUST_HAVE: 'must-have skill',
  NICE_TO_HAVE: 'nice-to-have skill',
  REQUIREMENT: 'requirement',
  EXPERIENCE: 'experience item',
  EDUCATION: 'education item',
};

/** "1 year", "6.5 years": a count of years in words. */
export function yearsText(n: number): string {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return `${s} year${n === 1 ? '' : 's'}`;
}

/**
 * Fraction (0-1) of an experience item earned. Partial credit scales with the years held
 * against the years required, so 4 years against 5 earns 0.8, not 0; the match's `met` is
 * used when the years are unknown. Where the item names a field and the analyzer did not count
 * the years in it (the `openai` analyzer answers met or not), an unmet item earns nothing:
 * years of other work are not the years asked.
 */
function experienceCredit(match: RequirementMatch, job: JobRubric, yearsExperience: number | null): number {
  const min = match.minYears ?? job.minYearsExperience;
  // years in the item's field, where it names one: what the candidate holds toward it
  const yearsHeld = match.fieldYears ? match.fieldYears.years : yearsExperience;
  if (!match.fieldYears && !match.met && namesField(match.requirement)) return 0;
  if (yearsHeld === null || min === null) return match.met ? 1 : 0;
  if (min <= 0) return 1;
  return Math.max(0, Math.min(1, yearsHeld / min));
}

/** What an experience item's answer holds against what it asks, in words. */
function experienceDetail(match: RequirementMatch, job: JobRubric, yearsExperience: number | null): string {
  const min = match.minYears ?? job.minYearsExperience ?? 0;
  if (match.fieldYears) return `${match.fieldYears.how}, against ${min} required in the field`;
  const held = yearsExperience === null ? 'unknown years' : yearsText(yearsExperience);
  return `${held} of experience against ${min} required`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The parts of the score, in this order: one component per kind of rubric item the post uses,
 * then relevance.
 *
 * Rules:
 * - the rubric's kinds share `100 − RELEVANCE_POINTS` points in proportion to
 *   {@link SCORE_WEIGHTS} (MUST_HAVE 45, REQUIREMENT 25, NICE_TO_HAVE 15, EXPERIENCE 15,
 *   EDUCATION 10), each earning its share × (met items / items); an item marked as wished for
 *   ("(preferred)") weighs {@link PREFERRED_ITEM_WEIGHT} of a required one, in the count and in its
 *   kind's share (a kind's weight is scaled by the mean weight of its items);
 * - EXPERIENCE earns, averaged over its items, partial credit `min(1, years / minYears)` when
 *   both are known, else 1 or 0 from its `met`, where the years are those in the item's field
 *   when the analyzer counted them (`RequirementMatch.fieldYears`), else `yearsExperience`;
 * - relevance earns {@link RELEVANCE_POINTS} × its figure (0-1), or
 *   {@link RELEVANCE_POINTS_DERIVED} × it when no item of the rubric was typed (all derived from
 *   the description); with no rubric items at all, 100 × its figure;
 * - without a relevance figure (a caller that has none), the rubric kinds share all 100 points.
 *
 * Nothing about the candidate other than the answers, their years and the resume's relevance to
 * the job post enters the score.
 */
export function scoreComponents(
  matches: RequirementMatch[],
  job: JobRubric,
  yearsExperience: number | null,
  relevance: RelevanceInput | null,
): ScoreComponent[] {
  const kinds = (Object.keys(SCORE_WEIGHTS) as RequirementKind[]).filter((k) => matches.some((m) => m.kind === k));
  const sumOf = (items: RequirementMatch[], credit: (m: RequirementMatch) => number) =>
    items.reduce((sum, m) => sum + itemWeight(m) * credit(m), 0);
  // per kind: its items, their summed weight, and the kind's weight (its share times the mean
  // weight of its items: all required, its whole share)
  const byKind = new Map(
    kinds.map((kind) => {
      const items = matches.filter((m) => m.kind === kind);
      const weight = sumOf(items, () => 1);
      return [kind, { items, weight, kindWeight: (SCORE_WEIGHTS[kind] * weight) / items.length }] as const;
    }),
  );
  const totalWeight = [...byKind.values()].reduce((sum, k) => sum + k.kindWeight, 0);
  const derivedOnly = job.authoredItems === 0;
  const relevancePoints =
    relevance === null ? 0 : kinds.length === 0 ? 100 : derivedOnly ? RELEVANCE_POINTS_DERIVED : RELEVANCE_POINTS;
  const rubricPoints = 100 - relevancePoints;
  // the licences and certifications a description's requirements ask, required ones only
  const credentials = matches.filter(
    (m) =>
      m.kind === 'REQUIREMENT' &&
      itemWeight(m) === 1 &&
      // (or credentials by their letters as the whole demand, as the derivation reads them: "An
      // active CPA, CIA or CISA")
      (CREDENTIAL_DEMAND.test(m.requirement) || LETTERED_CHOICE.test(m.requirement)) &&
      !NO_CREDENTIAL_HELD.test(m.requirement),
  );
  const credentialPoints = derivedOnly && relevance !== null && credentials.length > 0 ? REQUIRED_CREDENTIAL_POINTS : 0;
  const out: ScoreComponent[] = kinds.map((kind) => {
    const { items, weight, kindWeight } = byKind.get(kind)!;
    const maxPoints = (rubricPoints * kindWeight) / totalWeight;
    if (kind === 'EXPERIENCE') {
      const credit = sumOf(items, (m) => experienceCredit(m, job, yearsExperience)) / weight;
      const details = items.map((m) => experienceDetail(m, job, yearsExperience));
      return {
        name: kind,
        points: round1(maxPoints * credit),
        maxPoints: round1(maxPoints),
        // several items: each says which it is
        detail: items.length === 1 ? details[0]! : items.map((m, i) => `${m.requirement}: ${details[i]!}`).join('; '),
      };
    }
    const met = items.filter((m) => m.met).length;
    const wished = items.filter((m) => itemWeight(m) < 1).length;
    // (requirements carry the points of the credentials they ask)
    const extra = kind === 'REQUIREMENT' ? credentialPoints : 0;
    const held = credentials.filter((m) => m.met).length;
    return {
      name: kind,
      points: round1(
        (maxPoints * sumOf(items, (m) => (m.met ? 1 : 0))) / weight +
          (extra > 0 ? (extra * held) / credentials.length : 0),
      ),
      maxPoints: round1(maxPoints + extra),
      detail:
        `${met} of ${items.length} ${KIND_NOUN[kind]}${items.length === 1 ? '' : 's'} met` +
        (wished > 0 ? ` (${wished === items.length ? 'preferred' : `${wished} preferred`}, weighed half)` : '') +
        (extra > 0
          ? `; ${held} of ${credentials.length} licence${credentials.length === 1 ? '' : 's'} or certification${credentials.length === 1 ? '' : 's'} asked held (worth ${extra} points together)`
          : ''),
    };
  });
  if (relevance !== null) {
    const figure = Math.max(0, Math.min(1, relevance.score));
    out.push({
      name: RELEVANCE_COMPONENT,
      points: round1((relevancePoints - credentialPoints) * figure),
      maxPoints: relevancePoints - credentialPoints,
      detail: relevance.detail,
    });
  }
  return out;
}

/** The score of its components: their points summed, rounded to an integer, clamped to 0-100. */
export function scoreOf(components: ScoreComponent[]): number {
  if (components.length === 0) return NEUTRAL_SCORE;
  const points = components.reduce((sum, c) => sum + c.points, 0);
  return Math.max(0, Math.min(100, Math.round(points)));
}

/**
 * The score when there is nothing at all to judge by: no rubric items and no relevance figure.
 * Analyzers always give a relevance figure, so a candidate is never scored by this default.
 */
export const NEUTRAL_SCORE = 50;

/** Turns requirement answers and relevance into a score from 0 to 100 (see {@link scoreComponents}). */
export function scoreMatches(
  matches: RequirementMatch[],
  job: JobRubric,
  yearsExperience: number | null,
  relevance: RelevanceInput | null = null,
): number {
  return scoreOf(scoreComponents(matches, job, yearsExperience, relevance));
}

/**
 * Turns a score into a decision, with must-have skills acting as gates.
 *
 * Rules, in order (the must-have rules count only the must-haves a recruiter typed,
 * `job.authoredMustHaves`, when the rubric says how many; derived ones weigh in the score only):
 * 1. more than half of the MUST_HAVE items unmet → REJECTED, whatever the score;
 * 2. otherwise by thresholds: `score >= shortlistThreshold` → SHORTLISTED,
 *    `score < rejectThreshold` → REJECTED, else REVIEW (with no rubric items, the score is
 *    relevance alone and the thresholds apply to it);
 * 3. any unmet MUST_HAVE caps the result at REVIEW (never SHORTLISTED).
 */
export function decide(score: number, matches: RequirementMatch[], job: JobRubric): Decision {
  // only typed must-haves gate: rules reading a description may take a passing mention for a gate
  const mustHaves = matches.filter((m) => m.kind === 'MUST_HAVE').slice(0, job.authoredMustHaves ?? Infinity);
  const unmet = mustHaves.filter((m) => !m.met).length;
  if (unmet * 2 > mustHaves.length) return 'REJECTED';
  let decision: Decision =
    score >= job.shortlistThreshold ? 'SHORTLISTED' : score < job.rejectThreshold ? 'REJECTED' : 'REVIEW';
  if (unmet > 0 && decision === 'SHORTLISTED') decision = 'REVIEW';
  return decision;
}
