/**
 * The parser against real resumes from public repositories, with their published labels.
 * Text is extracted here with mammoth (DOCX) and unpdf (PDF), as the extraction step does.
 * General rules only: nothing in the parser knows these files.
 */
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobRubric } from '../analysis.types.js';
import { normalizeSkill } from '../skills.vocabulary.js';
import { answerRubric } from './local.analyzer.js';
import { parseProfile } from './profile.parser.js';
import { NOW } from './test-resumes.fixture.js';

const SHARED = process.env.SIFT_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../../shared');
const RESUMES = path.join(SHARED, 'fixtures/resumes');

async function textOf(file: string): Promise<string> {
  const buffer = fs.readFileSync(file);
  if (file.endsWith('.docx')) return (await mammoth.extractRawText({ buffer })).value;
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  return (await extractText(pdf, { mergePages: true })).text;
}

const json = (p: string) => JSON.parse(fs.readFileSync(path.join(RESUMES, p), 'utf8'));
const same = (a: string | null, b: string | null) =>
  (a ?? '').toLowerCase().replace(/\s+/g, ' ').trim() === (b ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');

/** Share of cases that pass, with the failures listed for the assertion message. */
function accuracy<T>(cases: [string, T][], ok: (c: T, file: string) => boolean): { rate: number; misses: string[] } {
  const misses = cases.filter(([f, c]) => !ok(c, f)).map(([f]) => f);
  return { rate: (cases.length - misses.length) / cases.length, misses };
}

const texts = new Map<string, string>();

/** Fails loudly, naming the folder, when the shared fixtures are missing: never a skip. */
function requireResumes(): void {
  if (!fs.existsSync(RESUMES)) {
    throw new Error(`shared fixtures missing: ${RESUMES}; set SIFT_SHARED_DIR to the shared folder (now ${SHARED})`);
  }
}

describe('parser on labelled real resumes', () => {
  let jiejie: Record<string, { name: string; email: string; skills: string[] }> = {};
  let matcher: Record<string, Record<string, string>> = {};
  /** The fixture's own JSON, as published. */
  let openResume: ReturnType<typeof json> = {};

  beforeAll(async () => {
    requireResumes();
    jiejie = json('jiejiewang-groundtruth/ground_truth.json');
    matcher = json('resume-matcher-2025/expected.json').resumes;
    openResume = json('open-resume/expected.json');
    const files = [
      ...Object.keys(jiejie).map((f) => `jiejiewang-groundtruth/sample_resumes/${f}`),
      ...Object.keys(matcher).map((f) => `resume-matcher-2025/${f}`),
      'open-resume/openresume-resume.pdf',
      'open-resume/laverne-resume.pdf',
      'pyresparser/OmkarResume.pdf',
    ];
    for (const f of files) texts.set(f, await textOf(path.join(RESUMES, f)));
  });

  const profile = (f: string) => parseProfile(texts.get(f)!, NOW);

  it('jiejiewang ground truth: names and e-mails (10 files, PDF and DOCX)', () => {
    const cases = Object.entries(jiejie).map(([f, e]): [string, typeof e] => [
      `jiejiewang-groundtruth/sample_resumes/${f}`,
      e,
    ]);
    expect(cases).toHaveLength(10);
    const names = accuracy(cases, (e, f) => same(profile(f).name, e.name));
    const emails = accuracy(cases, (e, f) => same(profile(f).email, e.email));
    // measured: 10/10 names, 10/10 e-mails
    expect(names.rate, `name misses: ${names.misses.join(', ')}`).toBeGreaterThanOrEqual(0.9);
    expect(emails.rate, `email misses: ${emails.misses.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('jiejiewang ground truth: finds the labelled skills the vocabulary knows', () => {
    const wanted: [string, string][] = [];
    for (const [f, e] of Object.entries(jiejie)) {
      for (const s of e.skills) {
        const canonical = normalizeSkill(s);
        if (canonical) wanted.push([`jiejiewang-groundtruth/sample_resumes/${f}`, canonical]);
      }
    }
    const recall = accuracy(wanted, (skill, f) => profile(f).skills.includes(skill));
    // measured: 16 of the 35 labelled skills are in the vocabulary; all 16 found
    expect(wanted.length).toBeGreaterThanOrEqual(15);
    expect(recall.rate).toBeGreaterThanOrEqual(0.9);
  });

  it('resume-matcher: name, e-mail, phone and location despite icon-font noise (5 PDFs)', () => {
    const cases = Object.entries(matcher).map(([f, e]): [string, Record<string, string>] => [
      `resume-matcher-2025/${f}`,
      e,
    ]);
    expect(cases).toHaveLength(5);
    const check = (field: (f: string, e: Record<string, string>) => boolean) =>
      accuracy(cases, (e, f) => field(f, e)).rate;
    // measured: 5/5 on each field
    expect(check((f, e) => same(profile(f).name, e.name!))).toBeGreaterThanOrEqual(0.8);
    expect(check((f, e) => same(profile(f).email, e.email!))).toBeGreaterThanOrEqual(0.8);
    expect(check((f, e) => digits(profile(f).phone) === digits(e.phone!))).toBeGreaterThanOrEqual(0.8);
    expect(check((f, e) => same(profile(f).location, e.location!))).toBeGreaterThanOrEqual(0.8);
  });

  it('open-resume: the full profile of openresume-resume.pdf', () => {
    const e = openResume['openresume-resume.pdf'];
    const p = profile('open-resume/openresume-resume.pdf');
    expect([p.name, p.email, p.phone, p.location]).toEqual([e.name, e.email, e.phone, e.location]);
    expect(p.links).toContain(e.url);
    expect(p.experience[0]).toEqual({
      title: 'Software Engineer',
      company: 'ABC Company',
      start: '2023-05',
      end: null,
    });
    expect(p.education[0]).toMatchObject({
      degree: e.education[0].degree,
      institution: e.education[0].school,
      year: 2023,
    });
    const known = (e.skills as string[]).map(normalizeSkill).filter((s): s is string => s !== null);
    expect(known.length).toBeGreaterThanOrEqual(13);
    expect(p.skills).toEqual(expect.arrayContaining(known));
  });

  it('open-resume: laverne-resume.pdf with NBSP gaps and a soft-hyphen phone', () => {
    const e = openResume['laverne-resume.pdf'];
    const p = profile('open-resume/laverne-resume.pdf');
    expect([p.name, p.email, p.phone, p.location]).toEqual([e.name, e.email, e.phone, e.location]);
    expect(p.education[0]).toMatchObject({ degree: 'Bachelor of Arts', institution: e.education[0].school });
    expect(p.experience.map((x) => [x.title, x.company])).toContainEqual(['Member', 'Enactus, University of La Verne']);
  });

  it('pyresparser: name glued to a title, phone with a country code, C++', () => {
    const p = profile('pyresparser/OmkarResume.pdf');
    expect(p.name).toBe('Omkar Pathak');
    expect(digits(p.phone).endsWith('8087996634')).toBe(true);
    expect(p.skills).toContain('C++');
  });

  it('quotes evidence verbatim and answers identically twice, on every labelled file', () => {
    const job: JobRubric = {
      title: 'Engineer',
      description: '',
      requirements: ["Bachelor's degree", 'Experience with customer service', 'Built web applications with React'],
      mustHaveSkills: ['JavaScript', 'Excel', 'Sales'],
      niceToHaveSkills: ['Python', 'Fashion Design', 'C++'],
      minYearsExperience: 3,
      location: null,
      shortlistThreshold: 70,
      rejectThreshold: 40,
    };
    for (const [f, text] of texts) {
      const matches = answerRubric(text, parseProfile(text, NOW), job);
      expect(answerRubric(text, parseProfile(text, NOW), job)).toEqual(matches);
      for (const m of matches) {
        if (m.met && m.evidence !== null) expect(text.includes(m.evidence), `${f}: ${m.evidence}`).toBe(true);
        if (!m.met) expect(m.evidence).toBeNull();
      }
    }
  });
});

describe('parser on unlabelled real resumes (smoke)', () => {
  beforeAll(requireResumes);

  it('parses the 62 resume-matcher DOCX files; names agree with file names for most', async () => {
    const dir = path.join(RESUMES, 'resume-matcher-2023-docx/Resumes');
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.docx'))
      .sort();
    let agree = 0;
    for (const f of files) {
      const p = parseProfile(await textOf(path.join(dir, f)), NOW);
      // File names are not labels (some are truncated or nicknames), only a strong hint.
      if (same(p.name, f.replace(/\.docx$/, ''))) agree++;
      expect(p.totalYearsExperience === null || (p.totalYearsExperience >= 0 && p.totalYearsExperience < 60)).toBe(
        true,
      );
    }
    expect(files.length).toBeGreaterThanOrEqual(60);
    // measured: 49 of 62 exactly; 9 more are fuller forms of the file name ("Ashish Singh Thakur")
    expect(agree / files.length).toBeGreaterThanOrEqual(0.75);
  });
});
