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
  minYearsExperience: number | null;
  location: string | null;
  shortlistThreshold: number;
  rejectThreshold: number;
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

export type RequirementKind = 'MUST_HAVE' | 'NICE_TO_HAVE' | 'REQUIREMENT' | 'EXPERIENCE';

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
}

export interface Evaluation {
  /** 0-100, computed in code from the requirement answers (see scoring.ts). */
  score: number;
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
}
