/**
 * The candidate's name from a resume header, or null when the resume has none. Null is a real
 * answer: anonymised resumes have no name, and a heading, a job title or a skill on the first
 * lines is not one, so a wrong guess is worse than none.
 */
import { findSkills, normalizeSkill } from '../skills.vocabulary.js';
import { HEADER_LINES } from './contact.js';
import { findLocation, isStandaloneCity } from './location.js';
import type { ResumeLine } from './sections.js';

/** Labels of form-style resumes, which also end a glued value ("David GarciaAddress"). */
const LABELS = String.raw`(?:Full\s+Name|Name|Address|Telephone|Phone|Tel|Mobile|Cell|E-?mail|Nationality|Date\s+of\s+birth|DOB|Location|Website|LinkedIn)`;

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
    'references available request portfolio linkedin github website confidential ave st rd blvd ln apt suite candidate name redacted anonymous applicant ' +
    // roles that are not also common surnames (Cook, Baker, Mason, Porter stay possible names)
    'advocate attendant instructor supervisor leader chef cashier clerk receptionist secretary paralegal ' +
    'attorney lawyer therapist physician pharmacist auditor bookkeeper tutor lecturer professor trainee ' +
    'volunteer caregiver technologist hygienist dietitian nutritionist recruiter estimator laborer labourer ' +
    'apprentice journeyman inspector investigator dispatcher custodian janitor housekeeper bartender barista ' +
    'waitress underwriter realtor strategist marketer merchandiser photographer president vp ceo cfo cto coo ' +
    'advisor adviser planner operator mechanic machinist welder plumber ' +
    // organisations
    'consulting services solutions technologies systems group holdings corporation corp agency bank ' +
    // words of a resume's sections ("DESCRIPTION WORK EXPERIENCE", "Web Dev Positions", "Contacts")
    'contacts description work employment history overview qualifications achievements accomplishments ' +
    'positions highlights expertise competencies languages interests hobbies certifications projects awards'
  ).split(' '),
);
const PARTICLES = /^(?:de|da|di|del|della|der|den|van|von|le|la|du|dos|das|bin|binti|al|el|y|st\.?)$/;
/**
 * Words of a name that are not one of its names: a generational suffix ("Jr.", "III") and a
 * nickname in quotes or brackets ("RAYMOND \"RAY\" PRUITT", "Katherine (Kate) Moss").
 */
const SUFFIX_OR_NICKNAME = /^(?:(?:jr|sr)\.?|ii|iii|iv|["“'‘(]\p{Lu}[\p{L}.'’-]*["”'’)],?)$/iu;
const HONORIFIC = /^(?:(?:resume|curriculum vitae|cv)(?:\s+of)?\s+)?(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)?/i;
/** A field of a form ("Location: Haifa", "⌂: Rishon LeZion"): its value is not the person's name. */
const LABELLED_FIELD = /^[^\p{L}\p{N}]*:|^\s*\p{L}[\p{L} ]{0,24}:\s/u;

/**
 * An item of a list: "- RF Safety Awareness, OSHA 30" under a letter's "Certs:" is no one's name
 * (a name between two marks is set off, not listed: "▪ JORDAN WHITCOMBE ▪").
 */
const LIST_ITEM = /^\s*[-*•▪◦●‣–]\s+(?!.*(?:\s[-*–]|[•▪◦●‣])\s*$)/u;

/** A letter's greeting names whom it is sent to: "Hi Rick,", "Dear Ms. Carrow,". */
const GREETING = /^\s*(?:(?:hi|hello|hey|greetings)\b(?![-‐'’])[^,!:]{0,40}[,!:]|dear\s)/i;

/** Whether a short string looks like a person's name: 2-4 capitalised words, nothing else. */
export function looksLikeName(s: string): boolean {
  if (/[\d@/\\:]|https?|www\./i.test(s)) return false;
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // a suffix or a nickname follows a name: it is never the whole of one
  if (SUFFIX_OR_NICKNAME.test(words[0]!)) return false;
  const core = words.filter((w) => !PARTICLES.test(w) && !SUFFIX_OR_NICKNAME.test(w));
  if (core.length < 2 || core.length > 4) return false;
  return core.every(
    (w) =>
      /^(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\p{Ll}?\p{Lu}\p{Ll}+|\p{Lu}{2,}|\p{Lu}\.?|(?:\p{Lu}\.)+\p{Lu}[\p{L}]*\.?|\p{Lu}\p{Ll}*[-'’]\p{Lu}\p{Ll}+|\p{Lu}+(?:[-'’]\p{Lu}{2,})+)$/u.test(
        w,
      ) && !NOT_NAME.has(w.toLowerCase().replace(/[.'’]/g, '')),
  );
}

/**
 * Whether a name-shaped phrase is a skill instead ("Adobe Photoshop", "Problem Solving", "New
 * Business Development"): it is one, or holds a skill of several words. A name that merely shares
 * a word with a skill ("Julia Swift") is still a name.
 */
function isSkillPhrase(s: string): boolean {
  return normalizeSkill(s) !== null || findSkills(s).some((m) => /\s/.test(m.match));
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

/** A "Name:" field in the header, if it holds a name. */
function labelledName(lines: ResumeLine[]): string | null {
  const labelRe = new RegExp(String.raw`^\s*(?:full\s+)?name\b\s*[:\t-]?\s*(.+)$`, 'i');
  for (const l of lines.slice(0, HEADER_LINES * 2)) {
    const m = labelRe.exec(l.text);
    if (!m) continue;
    const value = m[1]!
      .split(new RegExp(`\\s*${LABELS}(?=[\\s:]|$)`))[0]!
      .replace(/\s+/g, ' ')
      .trim();
    if (looksLikeName(value)) return value;
  }
  return null;
}

/**
 * The person's name: a labelled "Name:" field if any, else the first header line that looks like
 * one. The header ends at the first section heading other than Contact: what sits under
 * "Summary" or "Skills" is not the person. Lines that are form fields, places or skills are
 * passed over.
 *
 * @param reachable whether the resume gives any way to reach its author (e-mail, phone, link).
 *   When it does not, it has likely been anonymised, and a line standing right above a section
 *   heading is its headline ("SOUS CHEF" over "Work Experience"), not a name.
 */
export function findName(lines: ResumeLine[], reachable: boolean): string | null {
  const labelled = labelledName(lines);
  if (labelled) return labelled;
  const content = lines.filter((l) => l.text.trim()).slice(0, HEADER_LINES);
  for (const [i, l] of content.entries()) {
    if (l.heading && l.heading !== 'contact') break;
    // (an item of a list is one under a lead-in, "Certs:", or beside another item: not a header's
    // one marked line, "• Maria Lopez • Registered Nurse")
    const listed =
      LIST_ITEM.test(l.text) &&
      (/:\s*$/.test(content[i - 1]?.text ?? '') ||
        [content[i - 1], content[i + 1]].some((n) => n && LIST_ITEM.test(n.text)));
    if (l.heading || l.text.includes('@') || LABELLED_FIELD.test(l.text) || listed || GREETING.test(l.text)) continue;
    const field = nameIn(leadingField(l.text));
    if (!field || placeNamed(l.text, field) || isStandaloneCity(field) || isSkillPhrase(field)) continue;
    // a list of skills that opens with a name-shaped one ("Java Core, C#, C++, WPF, Spring Boot");
    // "Dana Levi, CPA, CMA" is a name and its letters
    const rest = l.text.slice(l.text.indexOf(field) + field.length);
    if (/^\s*,/.test(rest) && findSkills(field).length > 0 && findSkills(rest).length >= 3) continue;
    if (!reachable && content[i + 1]?.heading) continue;
    return field.replace(/\s+/g, ' ');
  }
  return exportedName(lines);
}

/**
 * Whether a header line's leading field is a place ("Austin, TX"), not a name whose letters after it
 * are a state's code too ("Megan R. Kowalczyk, MS, LAT, ATC", "Dana Levi, MD, PhD"): a name has a
 * middle initial, or more letters after the first, capitals two at least (a word after a place is
 * how one works there: "Kansas City, MO, Remote", "Silver Spring, MD, Hybrid").
 */
function placeNamed(line: string, field: string): boolean {
  const place = findLocation(line);
  if (!place?.startsWith(field)) return false;
  const after = line.slice(line.indexOf(place) + place.length);
  return !(
    /^\s*[,/]\s*(?=[\p{L}-]*\p{Lu}[\p{L}-]*\p{Lu})\p{Lu}[\p{L}-]*(?:\s*[,/(]|\s*$)/u.test(after) ||
    /\s\p{Lu}\.\s/u.test(field)
  );
}

/** Sections of a profile export's sidebar, which the name follows. */
const SIDEBAR = new Set<ResumeLine['section']>([null, 'contact', 'skills', 'certifications', 'awards']);

/** How far down a profile export's sidebar may push the name. */
const EXPORT_NAME_LINES = 60;

/**
 * The name of a profile exported to PDF (LinkedIn's "Save to PDF"): after a sidebar of contact
 * details, top skills and certifications comes the name, then the headline, then the place
 * ("Yesenia Carrillo / Manager, Claims Contact Center at … / Omaha, Nebraska, United States").
 */
function exportedName(lines: ResumeLine[]): string | null {
  const content = lines.slice(0, EXPORT_NAME_LINES).filter((l) => l.text.trim());
  for (const [i, l] of content.entries()) {
    if (l.heading || !SIDEBAR.has(l.section)) continue;
    const text = l.text.trim();
    const [headline, place] = [content[i + 1], content[i + 2]];
    if (!headline || headline.heading || !place || place.heading || place.text.split(/\s+/).length > 6) continue;
    // (the cheap tests first: most resumes without a name are anonymised, not exported)
    if (!looksLikeName(text) || findLocation(place.text) === null || isSkillPhrase(text)) continue;
    return text;
  }
  return null;
}
