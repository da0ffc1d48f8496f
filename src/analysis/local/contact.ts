/**
 * Contact details from a resume header: name, e-mail, phone, location and links.
 * General rules only (no per-template tricks): resumes come from every editor and exporter.
 */
import type { ResumeLine } from './sections.js';
import { findLocation } from './location.js';

/** How many lines from the top a name or location may be found in. */
const HEADER_LINES = 15;
/** Labels of form-style resumes, which also end a glued value ("David GarciaAddress"). */
const LABELS = String.raw`(?:Full\s+Name|Name|Address|Telephone|Phone|Tel|Mobile|Cell|E-?mail|Nationality|Date\s+of\s+birth|DOB|Location|Website|LinkedIn)`;

// starts only where an address-like run starts, so the scan stays linear on long runs
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The first e-mail address, cut where PDF extraction glued the next word on ("x@y.comPhone"). */
export function findEmail(text: string): string | null {
  for (const m of text.matchAll(EMAIL_RE)) {
    const email = m[0].replace(/(\.[a-z]{2,})[A-Z].*$/, '$1').replace(/\.+$/, '');
    if (/@.+\./.test(email)) return email;
  }
  return null;
}

// Separators are a space, dot or hyphen, never a tab: tabs separate table cells ("1.10.0\t2019").
const PHONE_RE =
  /(?<![\w+])(?:\+ ?\d{1,3}[ .-]?|\(\+?\d{1,3}\) ?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}(?:[ .-]{1,3}\d{1,12}){0,5}(?![\w])/g;
const PHONE_LABEL = /\b(?:phone|tel|telephone|mobile|cell|contact|ph)\b/i;

function isPhone(candidate: string, labelled: boolean): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length > 15 || digits.length < (labelled ? 7 : 9)) return false;
  // "2015 - 2019", "2016 2020 1": years side by side, not a number
  const groups = candidate.trim().split(/[\s.()+-]+/);
  if (groups.filter((g) => /^(?:19|20)\d{2}$/.test(g)).length >= 2) return false;
  // "1.10.0 2019 2": version numbers and counts, not a phone (which has at most one 1-digit group)
  if (groups.filter((g) => g.length === 1).length >= 2) return false;
  return !/^(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2}$/.test(candidate.trim());
}

/**
 * Drops trailing digit groups that make a number too long to be one phone: the house number
 * of an address often follows the phone on the same header line ("754-3010 1515 Pacific Ave").
 */
function trimPhone(candidate: string): string {
  let s = candidate.trim();
  const limit = /^\(?\+/.test(s) ? 13 : 11;
  while (s.replace(/\D/g, '').length > limit) {
    const cut = s.search(/[\s.-]+\d+$/);
    if (cut <= 0) break;
    s = s.slice(0, cut);
  }
  return s;
}

/**
 * The candidate's phone number, in international or national formats: the header first (where a
 * resume puts its own contact details; references further down have phones too), then lines
 * labelled Phone/Tel/Mobile, then any long enough number anywhere.
 */
export function findPhone(lines: ResumeLine[]): string | null {
  const passes: [ResumeLine[], boolean][] = [
    [lines.slice(0, HEADER_LINES * 2), false],
    [lines.filter((l) => PHONE_LABEL.test(l.text)), true],
    [lines, false],
  ];
  for (const [pass, labelled] of passes) {
    for (const l of pass) {
      for (const m of l.text.matchAll(PHONE_RE)) {
        const candidate = trimPhone(m[0]);
        if (isPhone(candidate, labelled)) return candidate.replace(/\s+/g, ' ').replace(/-{2,}/g, '-');
      }
    }
  }
  return null;
}

const LINK_RE =
  /(?:https?:\/\/[^\s<>()"'|,]+|\bwww\.[^\s<>()"'|,]+|(?<![a-z0-9.-])(?:[a-z0-9-]+\.)?(?:linkedin|github|gitlab)\.com\/[^\s<>()"'|,]+)/gi;

/** Web links (http(s), www., LinkedIn/GitHub/GitLab profiles), unique, in order. */
export function findLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LINK_RE)) {
    const link = m[0].replace(/[.,;:)\]]+$/, '');
    if (!out.includes(link)) out.push(link);
  }
  return out;
}

/** Words that make a header line a title, an address or a heading rather than a person. */
const NOT_NAME = new Set(
  (
    'resume curriculum vitae cv template profile summary contact engineer developer manager designer ' +
    'analyst consultant director intern assistant specialist officer associate scientist architect ' +
    'administrator coordinator nurse teacher accountant generalist representative executive technician ' +
    'worker electrician programmer student graduate street avenue road lane drive boulevard university ' +
    'college institute school company inc llc ltd page the and for with senior junior lead full stack ' +
    'software data product project sales marketing human resources professional experience education ' +
    'skills objective address phone email mobile personal details information united states usa ' +
    'references available request portfolio linkedin github website confidential ave st rd blvd ln apt suite candidate name redacted anonymous applicant'
  ).split(' '),
);
const PARTICLES = /^(?:de|da|di|del|della|der|den|van|von|le|la|du|dos|das|bin|binti|al|el|y|st\.?)$/;
const HONORIFIC = /^(?:(?:resume|curriculum vitae|cv)(?:\s+of)?\s+)?(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)?/i;

/** Whether a short string looks like a person's name: 2-4 capitalised words, nothing else. */
export function looksLikeName(s: string): boolean {
  if (/[\d@/\\:]|https?|www\./i.test(s)) return false;
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  const core = words.filter((w) => !PARTICLES.test(w));
  if (core.length < 2 || core.length > 4) return false;
  return core.every(
    (w) =>
      /^(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\p{Ll}?\p{Lu}\p{Ll}+|\p{Lu}{2,}|\p{Lu}\.?|(?:\p{Lu}\.)+\p{Lu}[\p{L}]*\.?|\p{Lu}\p{Ll}*[-'’]\p{Lu}\p{Ll}+)$/u.test(
        w,
      ) && !NOT_NAME.has(w.toLowerCase().replace(/[.'’]/g, '')),
  );
}

/** The leading field of a header line: before separators, a glued title, or a label. */
function leadingField(text: string): string {
  let s = text.replace(/^[^\p{L}\p{N}]+/u, '');
  s = s.replace(HONORIFIC, '');
  // "Omkar PathakSOFTWARE ENGINEER": a name glued to an upper-case title
  s = s.replace(/(\p{Ll})(?=\p{Lu}{2,})/u, '$1\n');
  s = s.split(/\n|\s*[,|•·●▪◦—–(]\s*|\t| {2,}| - /)[0]!;
  return s.trim();
}

/**
 * The field if it is a name, else the text before the first place where export glued the next
 * word on ("Kaustav SenFeatured Resume", "DWIVEDIFeatured"). Splitting is only a fallback, so
 * "McDonald" or "LeBlanc" stay whole when the field already fits.
 */
function nameIn(field: string): string | null {
  if (looksLikeName(field)) return field;
  const glue = /\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Lu}\p{Ll})/gu;
  for (const m of field.matchAll(glue)) {
    const candidate = field.slice(0, m.index + 1);
    if (looksLikeName(candidate)) return candidate;
  }
  return null;
}

/** The person's name: a labelled "Name:" field if any, else the first header line that looks like one. */
export function findName(lines: ResumeLine[]): string | null {
  const header = lines.slice(0, HEADER_LINES * 2);
  const labelRe = new RegExp(String.raw`^\s*(?:full\s+)?name\b\s*[:\t-]?\s*(.+)$`, 'i');
  for (const l of header) {
    const m = labelRe.exec(l.text);
    if (!m) continue;
    const value = m[1]!
      .split(new RegExp(`\\s*${LABELS}(?=[\\s:]|$)`))[0]!
      .replace(/\s+/g, ' ')
      .trim();
    if (looksLikeName(value)) return value;
  }
  let seen = 0;
  for (const l of lines) {
    if (!l.text.trim()) continue;
    if (++seen > HEADER_LINES) break;
    if (l.heading || l.text.includes('@')) continue;
    const field = nameIn(leadingField(l.text));
    if (field && !findLocation(l.text)?.startsWith(field)) return field.replace(/\s+/g, ' ');
  }
  return null;
}

/** The candidate's location: a "City, ST" / "City, Country" in the header, before any job or school. */
export function findHeaderLocation(lines: ResumeLine[]): string | null {
  let seen = 0;
  for (const l of lines) {
    if (l.section === 'experience' || l.section === 'education') break;
    if (!l.text.trim()) continue;
    if (++seen > HEADER_LINES) break;
    const loc = findLocation(l.text.replace(/^\s*(?:location|address|based in)\s*[:\t-]\s*/i, ''));
    if (loc) return loc;
  }
  return null;
}
