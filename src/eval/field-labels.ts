/**
 * Ground truth for the profile fields: the labels published with the fixture resumes in
 * `shared/fixtures/resumes`, the repository's own sample resumes (whose data is their label),
 * and the anonymised datasets, whose label for the name is "none".
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataRequirements } from './shared-dir.js';
import { REPO_ROOT } from './shared-dir.js';

/** Labelled skills: `complete` lists are the resume's whole skill list; others are a subset. */
export interface SkillLabels {
  labels: string[];
  complete: boolean;
}

/**
 * One resume and whatever its source labels. An absent field is unlabelled; a `name` of null
 * means the resume has no name (anonymised) and the right answer is null.
 */
export interface LabelledResume {
  /** The group the figures are reported under. */
  source: string;
  file: string;
  name?: string | null;
  email?: string;
  phone?: string;
  location?: string;
  skills?: SkillLabels;
}

/** A label file in `fixtures/resumes` and where its entries live. */
interface FixtureSource {
  source: string;
  /** Folder under `fixtures/resumes`. */
  dir: string;
  labels: string;
  /** Folder (under `dir`) the label keys are relative to. */
  filesUnder: string;
  /** The object whose keys are file names and values the labels. */
  entries: (json: Record<string, unknown>) => Record<string, unknown>;
}

const FIXTURE_SOURCES: readonly FixtureSource[] = [
  {
    source: 'jiejiewang',
    dir: 'jiejiewang-groundtruth',
    labels: 'ground_truth.json',
    filesUnder: 'sample_resumes',
    entries: (j) => j,
  },
  {
    source: 'resume-matcher-2025',
    dir: 'resume-matcher-2025',
    labels: 'expected.json',
    filesUnder: '',
    entries: (j) => j.resumes as Record<string, unknown>,
  },
  { source: 'open-resume', dir: 'open-resume', labels: 'expected.json', filesUnder: '', entries: (j) => j },
  { source: 'pyresparser', dir: 'pyresparser', labels: 'expected.json', filesUnder: '', entries: (j) => j },
];

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;

function skillLabels(label: Record<string, unknown>): SkillLabels | undefined {
  const all = strings(label.skills);
  if (all) return { labels: all, complete: true };
  const some = strings(label.skills_contains);
  return some ? { labels: some, complete: false } : undefined;
}

/** The labelled fixture resumes; label files that are absent are noted in `req`. */
export function fixtureLabels(req: DataRequirements): LabelledResume[] {
  const out: LabelledResume[] = [];
  for (const s of FIXTURE_SOURCES) {
    const base = path.join('fixtures/resumes', s.dir);
    const raw = req.read(path.join(base, s.labels));
    if (raw === null) continue;
    for (const [key, value] of Object.entries(s.entries(JSON.parse(raw) as Record<string, unknown>))) {
      // "_source" and "_note" keys document the file; they are not resumes
      if (key.startsWith('_') || typeof value !== 'object' || value === null) continue;
      const label = value as Record<string, unknown>;
      out.push({
        source: s.source,
        file: req.need(path.join(base, s.filesUnder, key)),
        name: str(label.name),
        email: str(label.email),
        phone: str(label.phone),
        location: str(label.location),
        skills: skillLabels(label),
      });
    }
  }
  return out;
}

/** The fields of the repository's sample resumes that serve as labels. */
interface SampleResumeData {
  file: string;
  name: string;
  email: string;
  phone?: string;
  location: string;
  skills: string[];
}

/** Where the sample resumes and their data live in the repository. */
const SAMPLES_DATA = path.join(REPO_ROOT, 'test/support/samples.data.ts');

/**
 * The repository's 24 sample resumes (`test/fixtures/samples`), labelled by the data they were
 * rendered from, or none when the repository has no samples. Loaded at run time so that the
 * evaluation does not tie test code into the build. Locations are printed as "City, Country",
 * the same as the data, so they are labels too.
 */
export async function sampleLabels(): Promise<LabelledResume[]> {
  if (!fs.existsSync(SAMPLES_DATA)) return [];
  const mod = (await import(pathToFileURL(SAMPLES_DATA).href)) as {
    sampleResumes: readonly SampleResumeData[];
    samplesDir: string;
  };
  return mod.sampleResumes.map((r) => ({
    source: 'samples',
    file: path.join(mod.samplesDir, r.file),
    name: r.name,
    email: r.email,
    phone: r.phone,
    location: r.location,
    skills: { labels: r.skills, complete: true },
  }));
}

/**
 * Resumes of the anonymised datasets that still carry their author's name: for these a null name
 * would be wrong, so they are not labelled. Found by reading every resume for which some version
 * of the parser returned a name; a leftover name the parser never returned would go unnoticed,
 * which flatters the figure slightly.
 */
const NOT_ANONYMISED = [
  'datasets/livecareer/data/TEACHER/13087952.pdf',
  'datasets/jd-resume-ranking/CV/32.docx',
  'datasets/jd-resume-ranking/CV/54.docx',
];

/** How the source of anonymised resumes is named: `anonymised-<dataset>`. */
const ANONYMISED_PREFIX = 'anonymised-';

/** Whether a source holds anonymised resumes, whose only label is a null name. */
export function isAnonymisedSource(source: string): boolean {
  return source.startsWith(ANONYMISED_PREFIX);
}

/** Resumes of `dataset` whose authors' names were removed: the only right name is none. */
export function anonymisedLabels(dataset: string, files: readonly string[]): LabelledResume[] {
  return files
    .filter((file) => !NOT_ANONYMISED.some((rel) => file.endsWith(path.normalize(rel))))
    .map((file) => ({ source: ANONYMISED_PREFIX + dataset, file, name: null }));
}
