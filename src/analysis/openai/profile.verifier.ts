/**
 * Turns the profile the model extracted into a CandidateProfile in which every string is either
 * a passage of the resume (checked like a quote, and taken in the resume's own spelling) or a
 * canonical skill name from our vocabulary. A model that invents, embellishes or repeats words an
 * injected line told it to say gets a null (or an omitted entry), not its text in the profile.
 */
import type { CandidateProfile, EducationEntry, ExperienceEntry } from '../analysis.types.js';
import { findSkills, normalizeSkill } from '../skills.vocabulary.js';
import type { ResumeText } from './quotes.js';
import type { ModelProfile } from './response.schema.js';

/** Longest own summary kept, in characters: two sentences, as the local analyzer keeps. */
const SUMMARY_MAX_CHARS = 600;
/** Most years of professional experience believed; beyond that the figure is an error. */
const MAX_YEARS_EXPERIENCE = 70;
/** Plausible graduation years. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Digits with the usual separators, and enough digits to be a phone number. */
const PHONE = /^\+?[\d\s().\-/]+$/;
const MIN_PHONE_DIGITS = 7;
/** A link: no spaces and a dot (linkedin.com/in/x, https://github.com/x, www.x.dev). */
const LINK = /^[^\s]+\.[^\s]+$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function passage(resume: ResumeText, value: string | null, maxChars?: number): string | null {
  return value === null ? null : resume.find(value, maxChars);
}

function shaped(resume: ResumeText, value: string | null, shape: RegExp): string | null {
  const found = passage(resume, value);
  return found !== null && shape.test(found) ? found : null;
}

function phone(resume: ResumeText, value: string | null): string | null {
  const found = shaped(resume, value, PHONE);
  return found !== null && found.replace(/\D/g, '').length >= MIN_PHONE_DIGITS ? found : null;
}

function month(value: string | null): string | null {
  return value !== null && MONTH.test(value) ? value : null;
}

function years(value: number | null): number | null {
  if (value === null || !Number.isFinite(value) || value < 0 || value > MAX_YEARS_EXPERIENCE) return null;
  return Math.round(value * 10) / 10;
}

function graduationYear(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? value : null;
}

/**
 * Canonical names of the skills the model listed that the resume mentions: the vocabulary finds
 * the skill in the resume, or the model's spelling is a passage of it. Unknown skills are dropped.
 */
function skills(resume: ResumeText, listed: string[]): string[] {
  const mentioned = new Set(findSkills(resume.original).map((m) => m.skill));
  const out: string[] = [];
  for (const raw of listed) {
    const canonical = normalizeSkill(raw);
    if (!canonical || out.includes(canonical)) continue;
    if (mentioned.has(canonical) || resume.find(raw) !== null) out.push(canonical);
  }
  return out;
}

/** Verifies every field of the model's profile against the resume (see the module comment). */
export function verifyProfile(raw: ModelProfile, resume: ResumeText): CandidateProfile {
  const education = raw.education
    .map((e): EducationEntry => ({
      degree: passage(resume, e.degree),
      institution: passage(resume, e.institution),
      year: graduationYear(e.year),
    }))
    .filter((e) => e.degree !== null || e.institution !== null);
  const experience = raw.experience
    .map((e): ExperienceEntry => ({
      title: passage(resume, e.title),
      company: passage(resume, e.company),
      start: month(e.start),
      end: month(e.end),
    }))
    .filter((e) => e.title !== null || e.company !== null);
  const links = raw.links.map((l) => shaped(resume, l, LINK)).filter((l): l is string => l !== null);
  return {
    name: passage(resume, raw.name),
    email: shaped(resume, raw.email, EMAIL),
    phone: phone(resume, raw.phone),
    location: passage(resume, raw.location),
    totalYearsExperience: years(raw.totalYearsExperience),
    skills: skills(resume, raw.skills),
    education,
    experience,
    links: [...new Set(links)],
    summary: passage(resume, raw.summary, SUMMARY_MAX_CHARS),
  };
}
