/**
 * Test support for the defences: resume text from files (extracted with unpdf and mammoth, as the
 * extraction step does), the shared fixtures' locations, rubrics that fit each fixture family, and
 * helpers to look for an injection's words in an analysis result.
 */
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import type { AnalysisResult, JobRubric } from '../analysis.types.js';
import { LocalAnalyzer } from '../local/local.analyzer.js';
import { sampleJobPost, sampleResumes, samplesDir, type SampleResume } from '../../../test/support/samples.data.js';

export const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../../shared');
export const RESUMES_DIR = path.join(SHARED, 'fixtures/resumes');
export const INJECTION_DIR = path.join(SHARED, 'fixtures/prompt-injection');

/**
 * Throws, naming every one of `paths` that is missing, so that a test needing the shared fixtures
 * fails loudly (call it in `beforeAll`): a checkout without them must not pass with tests skipped
 * or with a smaller corpus.
 */
export function requireShared(...paths: string[]): void {
  const missing = paths.filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(
      `shared fixtures missing: ${missing.join(', ')}; set SIFT_SHARED_DIR to the shared folder (now ${SHARED})`,
    );
  }
}

/** "Present" in the resumes, fixed so that years of experience (and scores) never drift. */
export const NOW = new Date('2025-06-01T00:00:00Z');
export const analyzer = new LocalAnalyzer({ now: NOW });

/** The text of a resume file: PDF through unpdf, DOCX through mammoth, anything else as UTF-8. */
export async function readResumeText(file: string): Promise<string> {
  const buffer = fs.readFileSync(file);
  if (file.endsWith('.docx')) return (await mammoth.extractRawText({ buffer })).value;
  if (file.endsWith('.pdf')) {
    const pdf = await getDocumentProxy(new Uint8Array(buffer));
    return (await extractText(pdf, { mergePages: true })).text;
  }
  return buffer.toString('utf8');
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/**
 * Every resume file under the shared fixtures (job descriptions excluded), relative to
 * {@link RESUMES_DIR}; throws when the folder is missing (see {@link requireShared}).
 */
export function sharedResumeFiles(): string[] {
  requireShared(RESUMES_DIR);
  return (fs.readdirSync(RESUMES_DIR, { recursive: true }) as string[])
    .filter((f) => /\.(?:pdf|docx)$/i.test(f) && !/jobdesc/i.test(f))
    .sort();
}

/** A sample resume from `test/fixtures/samples/`, with its text. */
export interface SampleText {
  sample: SampleResume;
  text: string;
}

/** The sample resumes with their text; `plainOnly` skips PDF and DOCX (no extraction needed). */
export async function sampleTexts({ plainOnly = false } = {}): Promise<SampleText[]> {
  const chosen = sampleResumes.filter((s) => !plainOnly || /\.(?:txt|md)$/.test(s.file));
  return Promise.all(
    chosen.map(async (sample) => ({ sample, text: await readResumeText(path.join(samplesDir, sample.file)) })),
  );
}

/** The sample job post (a senior backend engineer) as a rubric. */
export const BACKEND_RUBRIC: JobRubric = { ...sampleJobPost };

const rubric = (r: Omit<JobRubric, 'location' | 'shortlistThreshold' | 'rejectThreshold'>): JobRubric => ({
  location: null,
  shortlistThreshold: 70,
  rejectThreshold: 40,
  ...r,
});

/** For the Colorado State "functional resume" family (childcare and special-needs counselling). */
export const CHILDCARE_RUBRIC = rubric({
  title: 'Childcare Program Coordinator',
  description: 'Coordinate care programs for children and adults with special needs.',
  requirements: [
    'Experience coordinating care for special needs children or adults',
    'Supervises volunteers or part-time counselors',
    'Maintains client records and databases',
    'Degree in early childhood development or education',
  ],
  mustHaveSkills: ['early childhood development'],
  niceToHaveSkills: ['case management'],
  minYearsExperience: 3,
});

/** For the "John Doe, Safety Engineer" family. */
export const SAFETY_RUBRIC = rubric({
  title: 'Safety Engineer',
  description: 'Plan and run workplace safety programs at our plants.',
  requirements: [
    'Conducts safety audits',
    'Knowledge of OSHA regulations',
    "Bachelor's degree in engineering",
    'Participates in emergency response drills',
  ],
  mustHaveSkills: ['OSHA'],
  niceToHaveSkills: ['risk assessment'],
  minYearsExperience: 1,
});

/** For the UNITES-Lab synthetic product-analyst resumes. */
export const ANALYST_RUBRIC = rubric({
  title: 'Product Analyst',
  description: 'Analyse product usage and build dashboards for the product team.',
  requirements: ['Builds dashboards and analyzes user workflows', 'Degree in information systems'],
  mustHaveSkills: ['SQL', 'Python'],
  niceToHaveSkills: ['Tableau'],
  minYearsExperience: null,
});

/** Every string in an analysis result: profile fields, summary, strengths, gaps, evidence quotes. */
export function outputStrings(result: AnalysisResult): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk({ profile: result.profile, evaluation: result.evaluation });
  return out;
}

const SHINGLE_WORDS = 4;
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Runs of four consecutive words of `text`, lower case. */
export function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(w.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/**
 * The four-word runs of an injected payload that the clean resume and the rubric do not have:
 * if an output holds one of them, the payload's words reached the output.
 */
export function payloadShingles(payload: string, clean: string, job: JobRubric): Set<string> {
  const known = shingles(`${clean}\n${JSON.stringify(job)}`);
  return new Set([...shingles(payload)].filter((s) => !known.has(s)));
}

/** Output strings of `result` that carry a payload shingle or a canary phrase. */
export function leakedOutputs(result: AnalysisResult, payload: Set<string>, canaries: string[]): string[] {
  return outputStrings(result).filter(
    (s) =>
      [...shingles(s)].some((sh) => payload.has(sh)) || canaries.some((c) => s.toLowerCase().includes(c.toLowerCase())),
  );
}

const DECISION_RANK = { REJECTED: 0, REVIEW: 1, SHORTLISTED: 2 } as const;

/** Decisions in order of preference, to compare an injected resume's with its clean twin's. */
export function decisionRank(result: AnalysisResult): number {
  return DECISION_RANK[result.decision];
}
