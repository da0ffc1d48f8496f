/**
 * Resume section headings ("Work Experience", "EDUCATION", "P R O F I L E", "Skills:") and the
 * section every line belongs to, so that dates under Education are not counted as jobs.
 */

/** The kinds of resume section the parser tells apart. */
export type SectionKind =
  'summary' | 'experience' | 'education' | 'skills' | 'projects' | 'awards' | 'certifications' | 'contact';

/** One line of the normalised text. */
export interface TextLine {
  text: string;
  /** Offset of the line's first character in the normalised text. */
  start: number;
}

/** Splits the normalised text into lines, remembering where each starts. */
export function toLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

/** A line with the section it sits in; a heading's own text is split off into `content`. */
export interface ResumeLine extends TextLine {
  /** Position among all lines. */
  index: number;
  /** The line without its heading, if it starts with one ("Skills: Go, Rust" → "Go, Rust"). */
  content: string;
  /** Offset of `content` in the normalised text. */
  contentStart: number;
  /** The heading this line starts with, if any. */
  heading: SectionKind | null;
  /** The section the line belongs to (the last heading at or above it), null before any. */
  section: SectionKind | null;
}

const HEADINGS: Record<SectionKind, string[]> = {
  summary: [
    'summary',
    'professional summary',
    'career summary',
    'executive summary',
    'profile',
    'professional profile',
    'personal profile',
    'career profile',
    'objective',
    'career objective',
    'objectives',
    'about',
    'about me',
    'personal statement',
    'overview',
    'introduction',
    'executive profile',
    'professional overview',
    'career overview',
    'career focus',
    'summary of qualifications',
    'qualifications summary',
  ],
  experience: [
    'experience',
    'work experience',
    'professional experience',
    'employment',
    'employment history',
    'professional employment',
    'employment record',
    'professional history',
    'academic appointments',
    'appointments',
    'teaching experience',
    'work history',
    'career history',
    'relevant experience',
    'experience and employment',
    'volunteer experience',
    'internships',
    'internship experience',
    'leadership experience',
    'on campus involvement',
    'professional background',
    'career highlights',
    'positions held',
    'military service',
    'work',
  ],
  education: [
    'education',
    'academic background',
    'qualifications',
    'educational qualifications',
    'academic qualifications',
    'education and training',
    'academics',
    'education history',
    'academic history',
    'educational background',
    'school',
  ],
  skills: [
    'skills',
    'technical skills',
    'key skills',
    'core skills',
    'core competencies',
    'competencies',
    'areas of expertise',
    'expertise',
    'technologies',
    'skill set',
    'skillset',
    'tools',
    'tools and technologies',
    'skills and abilities',
    'languages',
    'technical proficiencies',
    'highlights',
    'skill highlights',
    'skills highlights',
    'summary of skills',
    'core qualifications',
    'key qualifications',
    'top skills',
  ],
  projects: ['projects', 'project', 'personal projects', 'academic projects', 'key projects', 'side projects'],
  awards: [
    'awards',
    'honors',
    'honours',
    'honors awards',
    'honors and awards',
    'awards and honors',
    'achievements',
    'accomplishments',
    'publications',
    'presentations',
    'conference presentations',
    'extracurricular activities',
    'activities',
    'interests',
    'hobbies',
    'hobbies and interests',
    'references',
    'volunteering',
    'core accomplishments',
    'affiliations',
    'professional affiliations',
  ],
  certifications: [
    'certifications',
    'certification',
    'certificates',
    'certs',
    'licenses',
    'licenses and certifications',
    'certifications and licenses',
    'credentials',
    'licensure and certifications',
    'license and certifications',
    'licenses and certificates',
    'licences',
    'licences and certifications',
    'licences and tickets',
    // (a tradesperson's: "CARDS", "TICKETS")
    'cards',
    'tickets',
    'cards and certifications',
    'certifications and cards',
    'cards and tickets',
    'professional credentials',
    'licenses and credentials',
    'licensure',
    'courses',
    'training',
    'professional development',
  ],
  contact: ['contact', 'contact information', 'personal details', 'personal information', 'details', 'links'],
};

const KEY_TO_KIND = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(HEADINGS) as [SectionKind, string[]][]) {
  for (const n of names) KEY_TO_KIND.set(key(n), kind);
}
const MAX_KEY_WORDS = 4;
/**
 * One-word headings that may share their line with content, as two-column templates export them
 * ("Education Bachelor of Arts…", "Skills Adobe Illustrator") — unless a role follows
 * ("Education Coordinator").
 */
const STRONG = new Set([
  'education',
  'experience',
  'employment',
  'skills',
  'summary',
  'objective',
  'certifications',
  'accomplishments',
  'achievements',
  'awards',
  'publications',
  'hobbies',
  'languages',
  'links',
  'references',
]);
const ROLE_AFTER =
  /^\s+(?:coordinator|manager|specialist|director|officer|assistant|consultant|lead|designer|engineer|analyst|administrator|intern|associate|teacher|advisor|counselor|program)\b/i;

/** A heading of one to three capitalised words before "Experience" or "History". */
const TRADE_EXPERIENCE = /^(?:[A-Z][A-Za-z&/-]*\s+(?:and\s+|&\s+)?){1,3}(?:Experience|EXPERIENCE|History|HISTORY)$/;

/** Words of credentials; a heading of nothing else heads certifications (see {@link detectHeading}). */
const CREDENTIAL_WORD = String.raw`(?:licen[cs](?:es?|ure)|certifications?|certificates?|credentials?|training|tickets|registrations?)`;
const CREDENTIAL_HEADING = new RegExp(String.raw`^${CREDENTIAL_WORD}(?:\s*(?:&|and|/|,)\s*${CREDENTIAL_WORD})*$`, 'i');

/**
 * A heading's words without a remark in brackets after them ("PROJECTS (newest first)", "EXPERIENCE
 * (Relevant)", "Licenses (current)"), unless the remark says its entries are not held
 * ("CERTIFICATIONS (in progress)").
 */
function withoutRemark(s: string): string {
  if (!s.endsWith(')')) return s;
  const open = s.lastIndexOf('(');
  const remark = s.slice(open + 1, -1);
  if (open <= 0 || remark.length > 40 || /[()]/.test(remark) || STATE_REMARK.test(remark)) return s;
  return s.slice(0, open).trimEnd();
}
/** A remark on a section's entries that says they are not held, or not all. */
const STATE_REMARK =
  /\b(?:in\s+progress|pending|expired|lapsed|ongoing|planned|anticipated|expected|not|in\s+training|to\s+be|request|available|inactive|scheduled|pursuing)\b/i;

/** Letters only, lower case: "Honors/Awards", "HONORS & AWARDS" and "honorsawards" meet. */
function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/\band\b/g, '')
    .replace(/[^a-z]/g, '');
}

/** "E M P L OY M E N T  H I S TO RY Text" → ["EMPLOYMENTHISTORY", "Text"]: letter-spaced titles. */
function unspace(s: string): { head: string; rest: string } | null {
  const m = /^((?:[A-Z]{1,2} ){3,}[A-Z]{1,2})(?=\s|$)/.exec(s);
  if (!m) return null;
  return { head: m[1]!.replace(/ /g, ''), rest: s.slice(m[1]!.length) };
}

/**
 * Recognises a heading at the start of a line. Returns its kind and where its content starts.
 * A heading followed by more text only counts when the join is unambiguous (a colon, a digit as
 * in "Experience2019 – Now", letter-spacing, or a multi-word heading in caps/title case).
 */
export function detectHeading(line: string): { kind: SectionKind; contentOffset: number } | null {
  const lead = /^[^A-Za-z]*/.exec(line)![0].length;
  const body = line.slice(lead);
  if (!body) return null;
  const spaced = unspace(body);
  if (spaced) {
    const kind = KEY_TO_KIND.get(key(spaced.head));
    if (kind) return { kind, contentOffset: line.length - spaced.rest.trimStart().length };
  }
  // Headings are capitalised and never end a sentence: "skills." wrapped from prose is not one.
  if (!/^[A-Z]/.test(body)) return null;
  // (a remark in brackets after it on the order or the choice of its entries is no part of it:
  // "PROJECTS (newest first)", "Experience (most recent first)"; one on their state is, "CERTIFICATIONS
  // (in progress)")
  const whole = withoutRemark(body.replace(/[\s:\-–—|]+$/, ''));
  if (whole.length <= 40 && /^[A-Za-z &/,-]+$/.test(whole) && KEY_TO_KIND.has(key(whole))) {
    return { kind: KEY_TO_KIND.get(key(whole))!, contentOffset: line.length };
  }
  // a line of its own naming the kind of experience: "Teaching Experience", "MILITARY EXPERIENCE"
  if (whole.length <= 40 && TRADE_EXPERIENCE.test(whole)) return { kind: 'experience', contentOffset: line.length };
  // "LICENSE & TRAINING", "Certifications / Licensure": a line of credential words alone
  if (whole.length <= 40 && CREDENTIAL_HEADING.test(whole))
    return { kind: 'certifications', contentOffset: line.length };
  const words = body.split(/(?=[\s:\d|])/);
  for (let n = Math.min(MAX_KEY_WORDS, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join('');
    const kind = KEY_TO_KIND.get(key(head));
    if (!kind || /\d/.test(head) || BARE_ONLY.has(key(head))) continue;
    const rest = body.slice(head.length);
    const restStart = line.length - rest.length;
    if (/^\s*:/.test(rest)) return { kind, contentOffset: restStart + rest.indexOf(':') + 1 };
    if (/^\d/.test(rest)) return { kind, contentOffset: restStart };
    // "Training & Development Specialist" is no heading "Training &": "&" and "and" are no words of one
    const multi =
      head
        .trim()
        .split(/\s+/)
        .filter((w) => /[A-Za-z]/.test(w) && !/^and$/i.test(w)).length >= 2;
    const styled =
      head === head.toUpperCase() ||
      head
        .trim()
        .split(/\s+/)
        .every((w) => /^[A-Z&]/.test(w) || w === 'and');
    const strong = STRONG.has(key(head)) && !ROLE_AFTER.test(rest);
    if ((multi || strong) && styled && /^\s+(?:[A-Z•]|$)/.test(rest)) return { kind, contentOffset: restStart };
  }
  return null;
}

/**
 * Headings only on a line of their own ("WORK", "SCHOOL", "CERTS"): with text after them they are
 * a job's or a school's field ("School: Lincoln Elementary", "Work: studied while working"), or a
 * duty of a job ("Presentations: ran 40+ product demos…", "Appointments: booked 60 visits a day").
 */
const BARE_ONLY = new Set(['work', 'school', 'certs', 'appointments', 'presentations']);

/**
 * Headings that are a duty's or a skill's word too ("Presentations", "Appointments"): in title case
 * on the line after another, as an item of a skills list ("Negotiation" / "Presentations" /
 * "Salesforce"), they are no heading; in capitals, or after a blank line, they are.
 */
const LISTED_WORD = new Set(['appointments', 'presentations']);

/** Kinds of heading that, written as "Label: text" under a job, are a field of that job. */
const ENTRY_FIELDS = new Set<SectionKind>(['projects', 'skills']);

/** Whether a heading was read from "Label: text": a colon, then the text on the same line. */
function isLabelledField(line: string, contentOffset: number): boolean {
  return line[contentOffset - 1] === ':' && /\p{L}/u.test(line.slice(contentOffset));
}

/** Splits normalised text into lines tagged with the section they belong to. */
export function resumeLines(text: string): ResumeLine[] {
  let section: SectionKind | null = null;
  const all = toLines(text);
  return all.map((l, index) => {
    let h = detectHeading(l.text);
    // (a word of a list is no heading, see LISTED_WORD)
    if (h && LISTED_WORD.has(key(l.text)) && /\p{Ll}/u.test(l.text) && index > 0 && all[index - 1]!.text.trim() !== '')
      h = null;
    // under a job, "Project: ticket service…" and "Technologies: React, Redux" are fields of
    // the entry, not new sections: the next job's dates are still experience
    if (h && section === 'experience' && ENTRY_FIELDS.has(h.kind) && isLabelledField(l.text, h.contentOffset)) {
      h = null;
    }
    if (h) section = h.kind;
    const offset = h ? h.contentOffset : 0;
    const rawContent = l.text.slice(offset);
    const trimmed = rawContent.trimStart();
    return {
      ...l,
      index,
      content: trimmed.trimEnd(),
      contentStart: l.start + offset + (rawContent.length - trimmed.length),
      heading: h ? h.kind : null,
      section,
    };
  });
}

/** Index of the line containing normalised offset `at` (binary search). */
export function lineAt(lines: ResumeLine[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
