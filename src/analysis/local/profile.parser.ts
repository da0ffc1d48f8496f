/**
 * Resume text → structured candidate profile, by rules only: deterministic, offline, no model.
 */
import type { CandidateProfile } from '../analysis.types.js';
import { findSkills } from '../skills.vocabulary.js';
import { findEmail, findHeaderLocation, findLinks, findPhone } from './contact.js';
import { parseEducation } from './education.js';
import { parseExperience, statedYears } from './experience.js';
import { findName } from './name.js';
import { resumeLines, type ResumeLine } from './sections.js';
import { maskPhrase, normalizeText } from './text.js';

/** Longest summary kept, in characters; two sentences rarely need more. */
const SUMMARY_MAX = 400;

/** The first one or two sentences of the Summary / Profile / Objective section, or null. */
function findSummary(lines: ResumeLine[]): string | null {
  const start = lines.findIndex((l) => l.heading === 'summary');
  if (start < 0) return null;
  const body: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (i > start && l.heading) break;
    if (l.content) body.push(l.content);
    else if (body.length > 0) break;
  }
  // PDF text wraps mid-word with a hyphen ("Devel-\noping"); rejoin before splitting sentences.
  const prose = body
    .join('\n')
    .replace(/(\w)-\n(\w)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (!prose) return null;
  // A sentence ends at .!? followed by a capital: "Node.js" and "e.g. this" do not end one.
  const sentences = prose.split(/(?<=[.!?])\s+(?=[A-Z])/);
  let summary = sentences[0]!.trim();
  if (sentences[1] && summary.length + sentences[1].length <= SUMMARY_MAX) summary += ' ' + sentences[1].trim();
  return summary.length > SUMMARY_MAX ? summary.slice(0, summary.lastIndexOf(' ', SUMMARY_MAX)) + '…' : summary;
}

/**
 * Parses resume text into a {@link CandidateProfile}.
 *
 * - name: a labelled "Name" field, else the first header line (before any section heading) that
 *   looks like a person's name (2-4 capitalised words, ALL CAPS allowed, titles and honorifics
 *   stripped), else null: headings, job titles and skills are not names;
 * - email, phone (international formats), location ("City, ST" / "City, Country" near the top),
 *   links (http(s), www., LinkedIn, GitHub);
 * - skills: canonical names from the skills vocabulary, in order of first mention;
 * - education: lines naming a degree, with institution and year;
 * - experience: one entry per job date range ("Jan 2018 - Present", "2015 – 2019",
 *   "03/2017 - 06/2020"), title and company from the surrounding lines;
 * - totalYearsExperience: the union of job ranges in years (1 decimal), else an explicit
 *   "N years of experience" statement, else null;
 * - summary: the first one or two sentences of a Summary/Profile/Objective section, else null.
 *
 * @param now the date "Present" stands for; pass it explicitly for reproducible results.
 */
export function parseProfile(text: string, now: Date = new Date()): CandidateProfile {
  const nt = normalizeText(text);
  const lines = resumeLines(nt.text);
  const email = findEmail(nt.text);
  const phone = findPhone(lines);
  const links = findLinks(nt.text);
  const name = findName(lines, email !== null || phone !== null || links.length > 0);
  const skills: string[] = [];
  for (const m of findSkills(maskPhrase(nt.text, name))) if (!skills.includes(m.skill)) skills.push(m.skill);
  const experience = parseExperience(lines, nt.text, now);
  return {
    name,
    email,
    phone,
    location: findHeaderLocation(lines),
    totalYearsExperience: experience.years ?? statedYears(nt.text)?.years ?? null,
    skills,
    education: parseEducation(lines, now),
    experience: experience.entries,
    links,
    summary: findSummary(lines),
  };
}
