/**
 * The defences on real resumes: the 24 samples and every resume in the shared fixtures (PDF and
 * DOCX from public repositories). No resume may be flagged as an injection; blind screening must
 * leave no identifying value (checked against the fixtures' own labels, independently of the
 * redactor's matching) and must not move the local analyzer's verdict on the samples.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateProfile } from '../analysis.types.js';
import { parseProfile } from '../local/profile.parser.js';
import {
  analyzer,
  BACKEND_RUBRIC,
  NOW,
  readJson,
  readResumeText,
  RESUMES_DIR,
  sampleTexts,
  requireShared,
  sharedResumeFiles,
} from './corpus.test-helper.js';
import { detectInjection, prepareForAnalysis, type IdentityInput } from './defences.js';

interface Resume {
  file: string;
  text: string;
  /** Published labels (the samples' data, the fixtures' expected.json files), when there are any. */
  truth: IdentityInput;
}

/** Identity labels of the shared fixtures, by path relative to the resumes folder. */
function sharedLabels(): Map<string, IdentityInput> {
  const labels = new Map<string, IdentityInput>();
  const jiejie = readJson<Record<string, { name: string; email: string }>>(
    path.join(RESUMES_DIR, 'jiejiewang-groundtruth/ground_truth.json'),
  );
  for (const [f, l] of Object.entries(jiejie)) labels.set(`jiejiewang-groundtruth/sample_resumes/${f}`, l);
  const matcher = readJson<{ resumes: Record<string, { name: string; email: string; phone: string }> }>(
    path.join(RESUMES_DIR, 'resume-matcher-2025/expected.json'),
  );
  for (const [f, l] of Object.entries(matcher.resumes)) labels.set(`resume-matcher-2025/${f}`, l);
  const open = readJson<Record<string, { name: string; email: string; phone: string; url?: string }>>(
    path.join(RESUMES_DIR, 'open-resume/expected.json'),
  );
  for (const f of ['openresume-resume.pdf', 'laverne-resume.pdf']) {
    const l = open[f]!;
    labels.set(`open-resume/${f}`, { name: l.name, email: l.email, phone: l.phone, links: l.url ? [l.url] : [] });
  }
  labels.set(
    'pyresparser/OmkarResume.pdf',
    readJson<Record<string, IdentityInput>>(path.join(RESUMES_DIR, 'pyresparser/expected.json'))['OmkarResume.pdf']!,
  );
  return labels;
}

/** Accent-free lower case, written here rather than taken from the code under test. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Which labelled values are still in `text`, by plain substring search: each name word of three
 * or more letters as a whole word, the e-mail, the phone's last seven digits, each link.
 */
function survivors(text: string, truth: IdentityInput): string[] {
  const t = plain(text);
  const digits = text.replace(/\D/g, '');
  const found: string[] = [];
  for (const word of plain(truth.name ?? '').split(/[\s.,]+/)) {
    const w = word.replace(/[^\p{L}\p{N}'-]/gu, '');
    if ([...w].length >= 3 && new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(t)) found.push(`name:${w}`);
  }
  if (truth.email && t.includes(plain(truth.email))) found.push('email');
  const phone = (truth.phone ?? '').replace(/\D/g, '').slice(-7);
  if (phone.length === 7 && digits.includes(phone)) found.push('phone');
  for (const link of truth.links ?? [])
    if (t.includes(plain(link).replace(/^https?:\/\/(www\.)?/, ''))) found.push('link');
  return found;
}

/**
 * The parts of a profile the rubric is judged on, which blind screening must keep. An institution
 * named after someone who shares a word of the candidate's name ("Kwame Nkrumah University")
 * loses that word, so institutions are compared without the name's words.
 */
function judged(p: CandidateProfile, nameWords: string[]) {
  const withoutName = (s: string | null) =>
    nameWords
      .reduce((acc, w) => acc.split(w).join(' '), plain(s ?? ''))
      .replace(/\s+/g, ' ')
      .trim();
  return {
    skills: p.skills,
    years: p.totalYearsExperience,
    experience: p.experience,
    education: p.education.map((e) => ({ ...e, institution: withoutName(e.institution) })),
  };
}

describe('defences on real resumes', () => {
  const resumes: Resume[] = [];
  const blindTexts = new Map<Resume, string>();
  /** The blind-screened text; throws BlindScreeningLeakError if the entry point's own check fails. */
  const blindOf = (r: Resume) => {
    if (!blindTexts.has(r)) blindTexts.set(r, prepareForAnalysis(r.text, { blindScreening: true }).text);
    return blindTexts.get(r)!;
  };

  beforeAll(async () => {
    requireShared(RESUMES_DIR);
    for (const { sample, text } of await sampleTexts()) {
      resumes.push({ file: sample.file, text, truth: { ...sample, phone: sample.phone ?? null } });
    }
    const labels = sharedLabels();
    for (const file of sharedResumeFiles()) {
      const text = await readResumeText(path.join(RESUMES_DIR, file));
      resumes.push({ file, text, truth: labels.get(file.split(path.sep).join('/')) ?? {} });
    }
  });

  it('flags no real resume as a prompt injection (false-positive rate 0)', () => {
    // The 24 samples and the 83 shared resumes: a smaller corpus is a missing fixture, not a pass.
    expect(resumes.length).toBe(24 + 83);
    const flagged = resumes.filter((r) => detectInjection(r.text).suspected).map((r) => r.file);
    expect(flagged, `false-positive rate ${flagged.length}/${resumes.length}`).toEqual([]);
  });

  it('leaves no labelled or parsed identifying value in any blind-screened resume', () => {
    const labelled = resumes.filter((r) => r.truth.name || r.truth.email);
    expect(labelled.length).toBe(24 + 18);
    for (const resume of resumes) {
      const { file, text, truth } = resume;
      const blind = blindOf(resume);
      const parsed = parseProfile(text, NOW);
      expect(survivors(blind, truth), `${file} (labels)`).toEqual([]);
      expect(survivors(blind, parsed), `${file} (parsed profile)`).toEqual([]);
    }
  });

  it('gives the samples the same score and decision, and keeps what the rubric judges', async () => {
    const samples = resumes.slice(0, 24);
    for (const resume of samples) {
      const { file, text, truth } = resume;
      const blind = blindOf(resume);
      const [open, closed] = [
        await analyzer.analyze(text, BACKEND_RUBRIC),
        await analyzer.analyze(blind, BACKEND_RUBRIC),
      ];
      expect([closed.evaluation.score, closed.decision], file).toEqual([open.evaluation.score, open.decision]);
      const nameWords = plain(truth.name ?? '')
        .split(/\s+/)
        .filter(Boolean);
      expect(judged(closed.profile, nameWords), file).toEqual(judged(open.profile, nameWords));
    }
  });
});
