import type { DerivedRubric } from './rubric/rubric.types.js';

/**
 * The analysis contract: what every analyzer (local, openai) receives and returns.
 * Plain data only, so results can be stored as JSON and cached.
 */

/** The parts of a job post an analyzer judges against (its rubric). */
export interface JobRubric {
  title: string;
  description: string;
  /** Free-text requirements, each answered met / not met with evidence. */
  requirements: string[];
  /** Gates: a candidate missing one cannot be shortlisted. */
  mustHaveSkills: string[];
  niceToHaveSkills: string[];
  /** The largest minimum of the EXPERIENCE items, or null when there is none. */
  minYearsExperience: number | null;
  /**
   * The EXPERIENCE items, each answered on its own: its text says what the years are of where it
   * names a field ("At least 2 years of retail pharmacy experience", see
   * `rubric/experience-field.ts`); a field-less one asks for years of any work. Absent: one item of
   * `minYearsExperience` years of any work (see `experienceRequirements`).
   */
  experienceItems?: ExperienceRequirement[];
  /**
   * Degrees asked for ("Bachelor's degree in Accounting"), each met by a degree of that level or
   * higher. Optional so that rubrics written before degrees were items still read.
   */
  education?: string[];
  /**
   * How many of the items a recruiter typed; the rest were derived from the description. A
   * rubric read by rules is less sure than a typed one, so relevance weighs more beside it
   * (see scoring.ts). Absent: all typed.
   */
  authoredItems?: number;
  /**
   * How many of `mustHaveSkills` (the first ones) a recruiter typed: only those gate the decision
   * (see `decide` in scoring.ts); must-haves read from a description weigh in the score but reject
   * nobody on their own. Absent: all typed.
   */
  authoredMustHaves?: number;
  location: string | null;
  shortlistThreshold: number;
  rejectThreshold: number;
}

/** An EXPERIENCE item of a rubric: at least `minYears` years, of what its text says. */
export interface ExperienceRequirement {
  text: string;
  minYears: number;
}

export interface EducationEntry {
  degree: string | null;
  institution: string | null;
  year: number | null;
}

export interface ExperienceEntry {
  title: string | null;
  company: string | null;
  /** ISO month `YYYY-MM`, or null when unknown. */
  start: string | null;
  /** ISO month `YYYY-MM`; null with `current: true` means "present". */
  end: string | null;
}

/** A structured candidate profile read from the resume text. */
export interface CandidateProfile {
  name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  totalYearsExperience: number | null;
  /** Canonical skill names (normalised through the vocabulary). */
  skills: string[];
  education: EducationEntry[];
  experience: ExperienceEntry[];
  links: string[];
  summary: string | null;
}

export type RequirementKind = 'MUST_HAVE' | 'NICE_TO_HAVE' | 'REQUIREMENT' | 'EXPERIENCE' | 'EDUCATION';

export interface RequirementMatch {
  requirement: string;
  kind: RequirementKind;
  met: boolean;
  /** A verbatim quote from the resume text supporting `met`, or null when not met. */
  evidence: string | null;
  /**
   * A quote an analyzer offered that is not in the resume text: the requirement then counts as
   * not met, and the quote is kept here so a person can see what was claimed.
   */
  unverifiedQuote?: string | null;
  /**
   * For an EXPERIENCE item whose years are of a field ("At least 2 years of retail pharmacy
   * experience"), as the local analyzer counts them: the years held toward it and how they were
   * counted, in words. Scoring then gives credit for these years rather than the years in all.
   */
  fieldYears?: { years: number; how: string };
  /** For an EXPERIENCE item: the years it asks for. */
  minYears?: number;
}

/** One part of a score: a kind of rubric item, or relevance (see scoring.ts). */
export interface ScoreComponent {
  /** `MUST_HAVE`, `REQUIREMENT`, `NICE_TO_HAVE`, `EXPERIENCE`, `EDUCATION` or `RELEVANCE`. */
  name: string;
  points: number;
  maxPoints: number;
  /** What earned the points, in words: "3 of 4 must-have skills", "title 'Chef' matches". */
  detail: string;
}

export interface Evaluation {
  /** 0-100, computed in code from the requirement answers and relevance (see scoring.ts). */
  score: number;
  /** The score's parts; their points add up to the score (before rounding). */
  components: ScoreComponent[];
  summary: string;
  strengths: string[];
  gaps: string[];
  requirementMatches: RequirementMatch[];
}

export type Decision = 'SHORTLISTED' | 'REVIEW' | 'REJECTED';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export interface AnalysisResult {
  profile: CandidateProfile;
  evaluation: Evaluation;
  decision: Decision;
  /** e.g. PROMPT_INJECTION_SUSPECTED */
  flags: string[];
  usage: Usage;
  analyzer: string;
  model: string;
}

/** One interface, several analyzers. */
export interface Analyzer {
  readonly name: string;
  readonly model: string;
  /** Changes whenever the analyzer would judge the same input differently (part of the cache key). */
  readonly promptVersion?: string;
  analyze(resumeText: string, job: JobRubric): Promise<AnalysisResult>;
  /**
   * Drafts a job post's rubric from its title and description, every item quoting the
   * description (analyzers backed by a model; the local rules are used otherwise, see
   * `rubric/drafter.ts`).
   */
  draftRubric?(title: string, description: string): Promise<DerivedRubric>;
}
