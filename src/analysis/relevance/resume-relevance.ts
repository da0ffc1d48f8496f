/**
 * Relevance of one resume to one job post, as analyzers use it: the resume's own titles are read
 * here (its headline and its positions, most recent first) and the figure is explained in words
 * for the score's RELEVANCE component. Both analyzers call this on the text they judged, so the
 * figure never depends on a model.
 */
import type { CandidateProfile, JobRubric } from '../analysis.types.js';
import { REDACTED } from '../defences/redaction.types.js';
import { findLocation, isPlaceName } from '../local/location.js';
import { isTitle } from '../local/experience.js';
import { looksLikeName } from '../local/name.js';
import { resumeLines } from '../local/sections.js';
import { normalizeText } from '../local/text.js';
import type { RelevanceInput } from '../scoring.js';
import { monthIndex, parsePoint } from '../local/dates.js';
import { jobTerms, relevance, resumeTerms, type RelevanceResult, type ResumeTitle } from './relevance.js';

/** Header lines read for a headline: a resume states its title near the top or not at all. */
const HEADER_LINES = 6;
/** A headline is short. */
const HEADLINE_MAX_WORDS = 8;
/** The header is at the top: this much of the text is read for it, however long the resume. */
const HEADER_CHARS = 2_000;

/** What marks a way to reach the candidate: an address, a link, a phone's digits. */
const CONTACT_MARKS = /@|https?:|www\.|\d{3}|linkedin|github/i;

/** Letters of a credential after a name: "RN", "CCRN", "Ph.D.", "MBA". */
const CREDENTIAL_LETTERS = /^(?:\p{Lu}[\p{Lu}.-]{1,6}|Ph\.?D\.?|M\.?D\.?)$/u;

/**
 * Whether a header line is about who the candidate is (a name, a contact line, a place, or what
 * blind screening left of them) rather than what they do: such lines never count toward relevance,
 * so that a name or an address cannot move a score.
 */
function isIdentityLine(t: string, name: string | null): boolean {
  // a paragraph of prose is content, whatever figures it holds: "… holds a current Florida 6-20
  // license (no. W218847) …", "… settles claims up to $50,000" (a resume with no headings is all header)
  if (isProse(t)) return false;
  // the name line (or what blind screening left of it), give or take a word ("Dana Example, CPA");
  // a sentence naming the candidate is content
  for (const who of [name, REDACTED]) {
    if (!who || !t.toLowerCase().includes(who.toLowerCase())) continue;
    // letters after a name are credentials ("Maricel Dela Cruz, BSN, RN, CCRN"), not words
    const rest = t.split(new RegExp(escape(who), 'i')).join(' ');
    const words = rest.split(/[\s,]+/).filter((w) => /\p{L}{2}/u.test(w) && !CREDENTIAL_LETTERS.test(w));
    if (words.length <= 2) return true;
  }
  if (CONTACT_MARKS.test(t)) return true;
  // a contact field, whatever is left of its value: "Address: Petah-Tikva", "Linked In:/", "Tel:"
  if (
    /^(?:e-?mail|phone|tel|mobile|cell|telegram|skype|whatsapp|address|location|linked\s*in|website|citizenship|nationality|date\s+of\s+birth|dob|age|marital\s+status|gender)\s*:/i.test(
      t,
    )
  )
    return true;
  // only the names of the ways to reach them, their numbers gone: "Mob | Telegram |", "- WhatsApp"
  if (
    /^[\s|•·,;:()-]*(?:(?:e-?mail|phone|tel|mob(?:ile)?|cell|telegram|skype|whatsapp|viber|linked\s*in|github|website)[\s|•·,;:()-]*)+$/i.test(
      t,
    )
  )
    return true;
  // a place: "Brooklyn, NY", or a country or a state named alone ("- Israel")
  return (
    // (words that name a role are no name: "Certified Residential Appraiser", "FOOD SERVER"; a
    // name the parser did not take that ends like a role, "TYLER COOK", is then read as one too)
    (looksLikeName(t) && !isTitle(t)) ||
    findLocation(t) !== null ||
    isPlaceName(t.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))
  );
}

/** Words that only sentences hold, never a name, a contact line or a place. */
const FUNCTION_WORDS =
  /\b(?:the|and|with|for|has|have|had|is|was|were|she|he|his|her|they|their|I|my|of|in|to|where|who)\b/gi;

/** Whether a header line is a sentence or more of prose: a dozen words, three of them words only sentences hold. */
function isProse(t: string): boolean {
  // (each field of a line of fields on its own: "Available for travel and relocation | US citizen with …")
  const fields = t.split(/\s[|•·]\s/);
  if (fields.length > 1) return fields.some((f) => isProse(f));
  const words = t.replace(/\S*@\S*|https?:\S*|www\.\S*/g, ' ').match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 12 && (t.match(FUNCTION_WORDS) ?? []).length >= 3;
}

/** The header's lines (before any section heading, at most {@link HEADER_LINES}), with offsets. */
function headerLines(text: string): { text: string; start: number; end: number }[] {
  const nt = normalizeText(text.slice(0, HEADER_CHARS));
  const out: { text: string; start: number; end: number }[] = [];
  for (const l of resumeLines(nt.text).slice(0, HEADER_LINES)) {
    if (l.heading) break;
    const t = l.content.trim();
    if (!t) continue;
    out.push({ text: t, start: nt.from[l.start] ?? 0, end: nt.to[l.start + l.text.length - 1] ?? 0 });
  }
  return out;
}

/**
 * The resume's headline: the first short line of its header (before any section heading) that is
 * not the candidate's name, a contact line or a place ("Senior Backend Engineer", "ACCOUNTANT").
 */
export function headlineOf(
  text: string,
  profile: Pick<CandidateProfile, 'name'> & Partial<Pick<CandidateProfile, 'experience'>>,
  header = headerLines(text),
): string | null {
  // (a resume with no headings opens on its first job: its employer's line is no headline,
  // "Fairmount Hills Health & Rehab, Wyndale PA" over "Certified Nurse Aide (June 2021 – Present)")
  const employers = (profile.experience ?? [])
    .map((e) => e.company)
    .filter((c): c is string => !!c && c.length >= 3 && !isTitle(c))
    .map((c) => c.toLowerCase());
  const employerLine = (t: string) =>
    employers.some((c) => {
      const line = plain(t);
      if (!line.toLowerCase().startsWith(c) || /^[\p{L}\p{N}]/u.test(line.slice(c.length))) return false;
      const rest = line.slice(c.length).replace(/^[\s,|•·–—-]+/, '');
      return rest === '' || isPlaceName(rest) || CITY_AND_STATE.test(rest);
    });
  for (const { text: t } of header) {
    if (!/[A-Za-z]{3}/.test(t)) continue;
    // an e-mail's subject names the job applied for, not the one held: "Subject: Sales Manager -
    // Group & Association"
    // (nor is a letter's greeting: "Hi there,", "Hello Meridian team,")
    if (employerLine(t) || MAIL_FIELD.test(t) || GREETING.test(t)) continue;
    if (isIdentityLine(t, profile.name)) {
      // "Structural Engineer | Harrow Bay, WA | 360-555-0114 | …", "Priya N | Procurement Buyer |
      // Dayton, OH | …": a role among the contact line's fields, before its place and contacts
      // (or a dash: "Journeyman Ironworker - Local 172 book member since 2019")
      const fields = t.split(/[.!?]$/.test(t) ? FIELD_MARK : FIELD_OR_DASH);
      if (fields.length > 1) {
        for (const field of fields.slice(0, 2)) {
          if (field.split(/\s+/).length > HEADLINE_MAX_WORDS || !isTitle(field)) continue;
          // (a role's words may look like a name: "Procurement Buyer"; not a name, a contact or a place)
          const named = profile.name !== null && field.toLowerCase().includes(profile.name.toLowerCase());
          if (!named && !CONTACT_MARKS.test(field) && findLocation(field) === null) return plain(field);
        }
      }
      continue;
    }
    // a headline of fields too long to be one, the role first: "Epic Ambulatory Analyst  |  Clinical
    // Content Build  |  Upgrade Testing" (a short one is read whole: "Staff Software Engineer · Ruby / Rails")
    const long = t.split(/\s+/).length > HEADLINE_MAX_WORDS;
    // (or a dash, in a line that is no sentence: "Certified Dental Technician — fixed prosthetics,
    // digital design and ceramics")
    const dashed = long && !/[.!?]$/.test(t);
    const [role, ...others] = t.split(dashed ? FIELD_OR_DASH : FIELD_MARK);
    // (not a credential's: "Kansas driver's license, clean MVR | Open to 80% travel")
    if (
      long &&
      others.length > 0 &&
      role!.split(/\s+/).length <= HEADLINE_MAX_WORDS &&
      isTitle(role!) &&
      !CREDENTIAL_FIELD.test(role!) &&
      !ASPIRING.test(role!) &&
      !MOVING_INTO.test(role!) &&
      !FORMER.test(role!)
    )
      return plain(role!);
    if (long || /[.!?]$/.test(t)) continue;
    // "CHEF PROFILE" heads a section; "AAPC Member ID on request" says what is left out; "Phone:"
    // labels a field the anonymiser emptied
    // (nor do "SELECTED PROJECTS" and "KEY ACHIEVEMENTS", headings the sections did not know, nor
    // the document's name: "CURRICULUM VITAE", "Resume")
    if (
      /\b(?:profile|summary|overview)$|\bon request\b|:$/i.test(t) ||
      (/\b(?:projects|achievements|accomplishments|highlights)$/i.test(t) && !isTitle(t)) ||
      /^(?:curriculum\s+vitae|r[eé]sum[eé]|cv)$/i.test(t)
    )
      continue;
    // a role hoped for is not held: "Product designer moving into frontend development" is a
    // product designer, "Aspiring Data Analyst" none yet
    if (ASPIRING.test(t) || FORMER.test(t)) continue;
    const moving = MOVING_INTO.exec(t);
    if (moving) {
      const held = t.slice(0, moving.index).trim();
      if (held && isTitle(held)) return plain(held);
      continue;
    }
    return plain(t);
  }
  return null;
}

/** A field of an e-mail's header: "Subject: …", "Re: …", "To: …". */
const MAIL_FIELD = /^\s*(?:subject|re|fwd?|fw|to|from|cc|sent|date)\s*:/i;

/** A letter's greeting. */
const GREETING =
  /^\s*(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening)|to\s+whom)\b(?![-‐'’])[^.!?]{0,60}[,!:]?\s*$/i;

/** What parts a header line's fields: "Structural Engineer | Harrow Bay, WA". */
const FIELD_MARK = /\s+[|•·]\s+/;
/** …or a dash, not one of a range of dates: "Journeyman Ironworker - Local 172", not "Aug 2021 - present". */
const FIELD_OR_DASH = /\s+[|•·]\s+|(?<!\d)\s+[–—-]\s+(?!present\b|current\b|now\b|today\b|(?:19|20)\d{2}\b)/i;

/** A role held no more: "Former Teacher", "Retired Police Officer", "Ex-Marine". */
const FORMER = /^(?:former|retired|ex-|previously|past)\b/i;
/** A field of a header that names a credential held, not a role: "Pennsylvania Notary Public", "Kansas driver's license". */
const CREDENTIAL_FIELD = /\b(?:licen[cs]e|clearance|notary|certificat(?:e|ion)|permit)\b/i;

/** A city and its state's letters: "Wyndale PA", "Cooper Hill, PA 17701". */
const CITY_AND_STATE = /^[\p{L} .'-]{2,40}?,?\s+[A-Z]{2}(?:\s+\d{5})?$/u;

/** A headline's role not held yet: "Aspiring UX Designer". */
const ASPIRING = /\b(?:aspiring|would-be|wannabe)\b/i;
/** Where a headline's role moves to another: "… moving into frontend development", "… transitioning to data". */
const MOVING_INTO =
  /[\s,;–—-]+(?:(?:now\s+)?(?:moving|transitioning|pivoting|switching|shifting|crossing\s+over|changing\s+careers?)\s+(?:in)?to|seeking|looking\s+for)\b/i;

/** Markdown's emphasis and heading marks are layout, not words ("**Backend Engineer**"). */
function plain(t: string): string {
  return t.replace(/^[\s*_#>]+|[\s*_]+$/g, '') || t;
}

/** Escapes a string for a regular expression. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The text without who the candidate is: its header's identity lines (name, contacts, place),
 * every mention of the candidate's name or of any word of it ("Priya" in "Priya led…") and every
 * blind-screening placeholder, blanked to keep offsets. A name cannot then add a word, or a length, to what relevance reads.
 */
export function withoutIdentity(
  text: string,
  profile: Pick<CandidateProfile, 'name'>,
  header = headerLines(text),
): string {
  let out = text;
  const words = (profile.name ?? '').split(/\s+/).filter((w) => w.replace(/\P{L}/gu, '').length >= 2);
  if (words.length > 0) {
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words.map(escape).join('|')})(?![\p{L}\p{N}])`, 'giu');
    out = out.replace(re, (m) => ' '.repeat(m.length));
  }
  // what blind screening put where a name or a contact was: the open text has nothing there
  out = out.split(REDACTED).join(' '.repeat(REDACTED.length));
  for (const l of header) {
    if (isIdentityLine(l.text, profile.name) && l.end > l.start) {
      out = out.slice(0, l.start) + ' '.repeat(l.end - l.start) + out.slice(l.end);
    }
  }
  return out;
}

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

/** The figure in words: which title matched, which of the post's telling terms are there or not. */
function explain(r: RelevanceResult): string {
  const parts = [`relevance ${percent(r.score)} to the job post`];
  parts.push(
    r.title.matched
      ? `title "${r.title.matched}" matches the post's title at ${percent(r.title.score)}`
      : 'no title of the resume matches the post title',
  );
  parts.push(`content ${percent(r.content)}`);
  if (r.relevantYears > 0) parts.push(`${r.relevantYears} years in such roles`);
  if (r.matchedTerms.length) parts.push(`has ${r.matchedTerms.join(', ')}`);
  if (r.missingTerms.length) parts.push(`lacks ${r.missingTerms.join(', ')}`);
  return parts.join('; ');
}

/** The figure in a few words: 'relevance 72% to the job post (title "Chef" matches it at 90%)'. */
function brief(r: RelevanceResult): string {
  const title = r.title.matched ? ` (title "${r.title.matched}" matches it at ${percent(r.title.score)})` : '';
  return `relevance ${percent(r.score)} to the job post${title}`;
}

/** Years between two `YYYY-MM` months (the end inclusive; null: `now`), or null. */
function yearsBetween(start: string | null, end: string | null, now: Date): number | null {
  const s = start ? parsePoint(start.replace('-', '/').split('/').reverse().join('/')) : null;
  if (!s) return null;
  const e = end ? parsePoint(end.replace('-', '/').split('/').reverse().join('/')) : null;
  const endIndex = e ? monthIndex(e) + 1 : now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
  const months = endIndex - monthIndex(s);
  return months > 0 ? months / 12 : null;
}

/** An ISO month ("2019-07") as a count of months. */
function monthsOf(iso: string): number {
  const [year, month] = iso.split('-').map(Number);
  return year! * 12 + (month ?? 1);
}

/** The resume's titles: its headline, then its positions with the years each was held. */
export function resumeTitles(
  text: string,
  profile: Pick<CandidateProfile, 'name' | 'experience'>,
  now: Date,
  header = headerLines(text),
): ResumeTitle[] {
  const headline = headlineOf(text, profile, header);
  const positions = profile.experience.filter((e) => e.title);
  // (newest first, as an older title counts for less: a career listed "in order, starting where I
  // started", every position dated and each begun after the one before ended (a month's overlap
  // aside), is read from its end;
  // not a job held beside another, "Adjunct Instructor, 2021 - Present" under "Senior Accountant,
  // 2016 - Present")
  const oldestFirst =
    positions.length >= 2 &&
    positions.every(
      (e, i) =>
        e.start !== null &&
        (i === 0 || (positions[i - 1]!.end !== null && monthsOf(e.start) >= monthsOf(positions[i - 1]!.end!) - 1)) &&
        (i === positions.length - 1 || e.end !== null),
    );
  const ordered = oldestFirst ? [...positions].reverse() : positions;
  return [
    ...(headline ? [{ title: headline, years: null }] : []),
    ...ordered.map((e) => ({ title: withoutRemark(e.title!), years: yearsBetween(e.start, e.end, now) })),
  ];
}

/**
 * A position's title without a remark in words after it, which names no part of the role:
 * "Internal Auditor II (promoted from Internal Auditor I in 10/2024)" is an Internal Auditor II's
 * ("Behavior Analyst (BCBA)" keeps its letters, and "Mechanic (diesel and heavy equipment)" the
 * trade it names).
 */
function withoutRemark(title: string): string {
  const bare = title.replace(TITLE_REMARK, '').trimEnd();
  return bare || title;
}
/**
 * A closing parenthesis of two words or more in small letters that tells of a time or a move: a
 * remark ("promoted from …", "covering for … while …", "since 2021").
 */
const TITLE_REMARK =
  /\((?=[^()]*\b(?:from|to|since|until|while|during|after|before|through|in|at|promoted|acting|interim|covering|reporting)\b)(?=(?:[^()]*?\b\p{Ll}{2,}\b){2})[^()]*\)\s*$/u;

/**
 * The relevance of the resume `text` (the text the analyzer judged) to `job`, with its
 * explanation; `profile` gives the candidate's name (not a headline), positions and years.
 *
 * @param now the date "present" stands for, as the profile was parsed with.
 */
export function relevanceFor(
  text: string,
  profile: Pick<CandidateProfile, 'name' | 'experience' | 'totalYearsExperience'>,
  job: Pick<JobRubric, 'title' | 'description'>,
  now: Date = new Date(),
): RelevanceInput & { result: RelevanceResult } {
  const { job: terms, labels } = jobTerms(job.title, job.description);
  const titles = resumeTitles(text, profile, now);
  const result = relevance(
    terms,
    labels,
    resumeTerms(withoutIdentity(text, profile), titles, profile.totalYearsExperience),
  );
  return { score: result.score, detail: explain(result), brief: brief(result), result };
}
