/**
 * Sample data for the demo and the tests: one job post and 24 resumes of people who do not exist.
 *
 * Everything here is invented for Sift: names, employers, e-mail addresses (example.com and
 * example.org only), phone numbers (the fictional 555-01xx range) and profile URLs. Real
 * universities appear only as institutions. `npm run samples` renders this data into
 * `test/fixtures/samples/` (8 PDF, 8 DOCX, 6 text, 2 Markdown) and writes the bad-input files in
 * `test/fixtures/bad/`; the output is byte-identical on every run, so the files are committed.
 *
 * Tests should take the list of resumes from here rather than from the folder, which also holds
 * `job-post.json`.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { partialResumes } from './samples.partial.js';
import { strongResumes } from './samples.strong.js';
import { weakResumes } from './samples.weak.js';

/** How well a resume should fare against {@link sampleJobPost}, as a recruiter would judge it. */
export type ExpectedFit = 'strong' | 'partial' | 'weak';

/** The file format a sample resume is rendered to; it is the extension of its file name. */
export type SampleFormat = 'pdf' | 'docx' | 'txt' | 'md';

/** The fields of `CreateJobPostInput` that the samples use. */
export interface SampleJobPost {
  title: string;
  description: string;
  requirements: string[];
  mustHaveSkills: string[];
  niceToHaveSkills: string[];
  minYearsExperience: number;
  location: string;
  shortlistThreshold: number;
  rejectThreshold: number;
}

export interface SampleExperience {
  title: string;
  company: string;
  location?: string;
  /** As printed: `Mar 2018`, `2014`, `01/2016`, `June 2020`. */
  start: string;
  /** As printed: a date or `Present`. */
  end: string;
  bullets: string[];
}

export interface SampleEducation {
  degree: string;
  institution: string;
  year: string;
}

/** A section after Skills: languages, certifications, projects, talks. */
export interface SampleSection {
  heading: string;
  items: string[];
}

export interface SampleResume {
  /** File name in `test/fixtures/samples/`, e.g. `01-amara-okafor.pdf`; the extension is the format. */
  file: string;
  expectedFit: ExpectedFit;
  name: string;
  /** The line under the name, e.g. `Senior Backend Engineer`. */
  headline?: string;
  email: string;
  phone?: string;
  /** City and country. */
  location: string;
  /** Profile URLs without the scheme, as people print them. */
  links: string[];
  summary: string;
  experience: SampleExperience[];
  education: SampleEducation[];
  skills: string[];
  extra?: SampleSection[];
  /** Where this resume titles its sections differently from Summary / Experience / Education / Skills. */
  headings?: Partial<Record<'summary' | 'experience' | 'education' | 'skills', string>>;
  /** Printed between start and end dates; ` – ` unless given. */
  dateSeparator?: string;
}

export const sampleJobPost: SampleJobPost = {
  title: 'Senior Backend Engineer',
  description:
    'We are a small product company building a scheduling platform for clinics across Europe. ' +
    'As a Senior Backend Engineer on the platform team you will design and run the TypeScript ' +
    'services behind our public GraphQL API, own the PostgreSQL data model, and keep background ' +
    'processing fast and reliable as we grow from hundreds to thousands of clinics. You will work ' +
    'with product and frontend engineers, take part in a calm on-call rotation, and help grow the ' +
    'engineers around you. Fully remote within European time zones.',
  requirements: [
    'Five or more years building and running backend services in production',
    'Builds GraphQL or REST APIs in TypeScript on Node.js',
    'Designs and operates PostgreSQL databases at scale: schema design, indexing, migrations',
    'Runs background work on job queues such as Redis-backed queues or SQS, with retries',
    'Deploys and operates services on cloud infrastructure with containers (AWS, Kubernetes)',
    'Writes automated tests and mentors other engineers',
  ],
  mustHaveSkills: ['TypeScript', 'Node.js', 'PostgreSQL'],
  niceToHaveSkills: ['GraphQL', 'Redis', 'Kubernetes', 'AWS'],
  minYearsExperience: 5,
  location: 'Remote (EU)',
  shortlistThreshold: 70,
  rejectThreshold: 40,
};

/** All 24 resumes, ordered by file name: 8 strong, 8 partial and 8 weak matches. */
export const sampleResumes: readonly SampleResume[] = [...strongResumes, ...partialResumes, ...weakResumes].sort(
  (a, b) => a.file.localeCompare(b.file),
);

/** The format of a sample resume, from its file name. */
export function formatOf(resume: SampleResume): SampleFormat {
  const format = extname(resume.file).slice(1);
  if (format === 'pdf' || format === 'docx' || format === 'txt' || format === 'md') return format;
  throw new Error(`${resume.file}: unknown sample format "${format}"`);
}

/** Absolute path of `test/fixtures/samples/`, with a trailing slash. */
export const samplesDir = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));

/** Absolute path of `test/fixtures/bad/`, with a trailing slash. */
export const badSamplesDir = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
