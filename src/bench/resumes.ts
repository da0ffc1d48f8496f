/**
 * What the benchmark submits: plain-text resumes, every one different (Sift analyses a text once
 * per job post, so copies would measure the duplicate path instead), and real PDF and DOCX files
 * from the repository's samples and the shared fixtures.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './sift-process.js';

export const SAMPLES_DIR = path.join(ROOT, 'test/fixtures/samples');
export const SHARED_RESUMES_DIR = path.resolve(ROOT, process.env.SIFT_SHARED_DIR ?? '../shared', 'fixtures/resumes');

/** The job post the samples were written for. */
export async function benchJobPost(): Promise<Record<string, unknown>> {
  const file = path.join(SAMPLES_DIR, 'job-post.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  return {
    title: 'Senior Backend Engineer',
    description: 'TypeScript services behind a GraphQL API, PostgreSQL, background jobs.',
    mustHaveSkills: ['TypeScript', 'Node.js', 'PostgreSQL'],
    niceToHaveSkills: ['GraphQL', 'Redis', 'Kubernetes', 'AWS'],
    minYearsExperience: 5,
  };
}

const FIRST = [
  'Amara',
  'Mateus',
  'Grace',
  'Kenji',
  'Priya',
  'Isabella',
  'Jonas',
  'Fatima',
  'Dmitri',
  'Sofia',
  'Tomasz',
  'Aroha',
  'Kwame',
  'Mei',
  'Ayse',
  'Rafael',
  'Diego',
  'Ingrid',
];
const LAST = [
  'Okafor',
  'Santos',
  'Mwangi',
  'Watanabe',
  'Raghunathan',
  'Rossi',
  'Lindqvist',
  'El Amrani',
  'Volkov',
  'Hernandez',
  'Wisniewski',
  'Ngata',
  'Mensah',
  'Chen',
  'Yilmaz',
  'Cohen',
  'Alarcon',
  'Haugen',
];
const CITIES = [
  'Lisbon, Portugal',
  'Berlin, Germany',
  'Nairobi, Kenya',
  'Osaka, Japan',
  'Milan, Italy',
  'Oslo, Norway',
  'Krakow, Poland',
  'Accra, Ghana',
];
const SKILLS = [
  'TypeScript',
  'Node.js',
  'PostgreSQL',
  'GraphQL',
  'Redis',
  'Kubernetes',
  'AWS',
  'Python',
  'Java',
  'Docker',
  'React',
  'Kafka',
  'Terraform',
  'Go',
  'MySQL',
  'REST APIs',
];
const COMPANIES = [
  'Northwind Health',
  'Bluefin Logistics',
  'Helio Payments',
  'Quarry Labs',
  'Tidewater Media',
  'Kestrel Systems',
  'Orchard Retail',
  'Lumen Clinics',
];
const TITLES = [
  'Backend Engineer',
  'Senior Software Engineer',
  'Platform Engineer',
  'Full-Stack Developer',
  'Data Engineer',
  'Software Developer',
];

/** A deterministic, distinct, realistic resume (about 1.5 KB) for index `i`. */
export function textResume(i: number): { filename: string; text: string } {
  const pick = <T>(list: readonly T[], salt: number) =>
    list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length]!;
  const name = `${pick(FIRST, 1)} ${pick(LAST, 2)}`;
  const years = 2 + (i % 12);
  const skills = SKILLS.filter((_, k) => ((i >> (k % 8)) + k) % 3 !== 0).slice(0, 6 + (i % 5));
  const title = pick(TITLES, 3);
  const start = 2025 - years;
  const text = [
    name,
    title,
    `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${i}@example.com | +1 555-${String(1000 + (i % 9000)).padStart(4, '0')} | ${pick(CITIES, 4)}`,
    '',
    'Summary',
    '-------',
    `${title} with ${years} years of experience building backend services, APIs and data pipelines.`,
    `Candidate reference ${i}: ships reliable systems, reviews code carefully and mentors engineers.`,
    '',
    'Experience',
    '----------',
    `${title} at ${pick(COMPANIES, 5)}`,
    `Jan ${start + Math.floor(years / 2)} – Present`,
    `  - Built and ran ${pick(SKILLS, 6)} and ${pick(SKILLS, 7)} services handling ${1 + (i % 40)} million requests a day.`,
    `  - Designed database schemas, indexes and migrations; on-call for ${2 + (i % 5)} services.`,
    `Software Engineer at ${pick(COMPANIES, 8)}`,
    `Mar ${start} – Dec ${start + Math.floor(years / 2)}`,
    `  - Background jobs on queues with retries; automated tests for every change.`,
    '',
    'Education',
    '---------',
    `BSc Computer Science, University of ${pick(CITIES, 9).split(',')[0]}, ${start - 1}`,
    '',
    'Skills',
    '------',
    skills.join(', '),
    '',
  ].join('\n');
  return { filename: `candidate-${String(i).padStart(6, '0')}.txt`, text };
}

export interface ResumeFile {
  filename: string;
  content: Buffer;
}

/** PDF (and, with `docx`, DOCX) resumes from test/fixtures/samples and ../shared/fixtures/resumes. */
export async function sampleFiles(kinds: { pdf: boolean; docx: boolean }): Promise<ResumeFile[]> {
  const wanted = (f: string) => (kinds.pdf && /\.pdf$/i.test(f)) || (kinds.docx && /\.docx$/i.test(f));
  const found: string[] = [];
  for (const dir of [SAMPLES_DIR, SHARED_RESUMES_DIR]) {
    if (!existsSync(dir)) continue;
    for (const f of (await readdir(dir, { recursive: true })).sort()) {
      // Job descriptions live beside the resumes in one fixture set: they are not resumes.
      if (wanted(f) && !/job_?desc|jobdescription/i.test(f)) found.push(path.join(dir, f));
    }
  }
  return Promise.all(found.map(async (f) => ({ filename: path.basename(f), content: await readFile(f) })));
}
