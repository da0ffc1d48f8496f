/**
 * Education entries: lines naming a degree, with the institution from the same or an adjacent
 * line and the (graduation) year.
 */
import type { EducationEntry } from '../analysis.types.js';
import { emailAndUrlSpans } from '../skills.vocabulary.js';
import type { ResumeLine } from './sections.js';
import { blankSpans } from './text.js';

/**
 * Degree words that are unambiguous in any case; not a master's of a grade, a sport or a trade's
 * rank ("61% at Masters Grade Level", "Masters Swimming", "Masters Sommelier"); a class of a year is
 * its graduates' ("Masters Class of 2019, Johns Hopkins University").
 */
const DEGREE_WORDS = String.raw`(?:post-master'?s\s+certificate|bachelor(?:'?s)?|(?<!(?:international|welsh|european|french|bilingual|ib)\s)baccalaureate(?![\s-]+(?:curriculum|program(?:me)?|diploma|exam|course))|master'?s(?!\s+(?:grade|level|tournament|swim\w*|athlet\w*|division|class(?:es)?(?!\s+of\b)|series|track|golf|league|games?|chef|sommelier)\b)|master(?=\s+(?:of|in|degree)\b|\s*[,(:–-]|\s*$)|doctorate|doctor of [a-z]+|diploma|associate'?s?\s+(?:degree|of)|associate\s+in\s+(?:applied\s+)?(?:arts|sciences?|business|nursing)\b|graduate certificate|postgraduate certificate|(?<!\b(?:teach(?:ing)?|taught|coach(?:ing|ed)?|at\s+an?|in\s+an?)\s)high school(?!\s+(?:students?|teach\w*|teams?|english|math\w*|science|history|classroom|setting|coach\w*|sports|competitive|athlet\w*|principal|counsel\w*|debate|speech|band|football|basketball|seniors|juniors|programs?))|ph\.?\s?d\.?|mba|m\.?b\.?a\.|b\.?\s?tech|m\.?\s?tech|b\.?sc|m\.?sc|b\.?eng|m\.?eng|mphil|bba|b\.?com|m\.?com|bca|mca|llb|llm|bsn|msn|ged|a-levels?|hsc|ssc|1[02]th\s+(?:pass|standard|grade)|(?:higher|senior)\s+secondary(?:\s+certificate)?)`;
/**
 * Short degree abbreviations are also honorifics or states (MS Lisa Shaw, MA, MD), so they count
 * only in their usual capitalisation and followed by a field ("MS in", "B.A., History", "BS -"); with
 * both dots, also before the field's name ("B.A. Liberal Studies"; not "M.D.": "M.D. Anderson").
 */
const DEGREE_ABBR = String.raw`(?:(?:B\.?S\.?|B\.?A\.?|M\.?S\.?|M\.?A\.?|B\.?E\.?|M\.?E\.?|A\.?A\.?|A\.?S\.?|M\.?D\.?)(?=\s+(?:[Ii][Nn]|[Oo][Ff])\b|\s*[,(–-](?!\d)|\s*$)|(?:B\.[SAE]\.|M\.[SAE]\.|A\.[AS]\.)(?=\s+[A-Z][a-z]))`;
// not after "post-" ("post-master's clinical experience" is experience after the degree)
const WORDS_RE = new RegExp(String.raw`(?<![A-Za-z]|\bpost-)${DEGREE_WORDS}(?![A-Za-z])`, 'i');
/**
 * Degrees known by their capitals alone (social work, public health, fine arts, library and
 * information science, physician assistant studies, pharmacy, nursing, physical and occupational
 * therapy doctorates, education; the associate degrees of applied science
 * and of nursing, where a degree's line has them, first, before its field, or in brackets: "AAS,
 * Electrical Power & Controls", "A.A.S. in Nursing", "(ADN)"; not "Ran metals by AAS", "ASN 65010",
 * "Staff Reporter, ADN"; and so the fine arts master's and the occupational therapy doctorate,
 * whose letters are multi-factor authentication and on-time delivery too, first on the line and
 * before a field, a school or a year: "MFA, Painting", "OTD – Washington University"; not "Rolled
 * out MFA (Duo)", "Raised OTD to 98%", "MFA, SSO, SIEM"): in that capitalisation only, not inside a
 * word ("post-MSW experience"), and "MPH" not after a number ("65 MPH" is a speed).
 */
const CAPS_RE =
  /(?<![A-Za-z-])(?:MSW|BSW|(?<!\d\s?)MPH|MHA|BFA|DNP|DPT|MSOT|MPAS|MLIS|M\.L\.I\.S\.?|MSLS|Pharm\.?\s?D\.?|M\.Ed\.?|MEd)(?![A-Za-z])|(?<=^[\s•·*–-]*|\(\s*)(?:AAS|A\.A\.S\.?|ADN|ASN)(?=\s*(?:,|\bin\b|\bof\b|\bor\b|\band\b|\/|[–—-]|\(|\)|$))|(?<=^[\s•·*–-]*|\|\s*)(?:MFA|OTD)(?=(?:\s*,\s*|\s+in\s+|\s+of\s+|\s*[–—-]\s*|\s*\(\s*)(?:[A-Z][a-z]|(?:19|20)\d\d\b))/;
// not right after a comma, where two capitals are a state ("Cambridge, MA"), nor after a hyphen,
// where they end an instrument's name ("ICP-MS", "GC-MS")
const ABBR_RE = new RegExp(String.raw`(?<![A-Za-z-]|,\s*)${DEGREE_ABBR}(?![A-Za-z])`);

const SMALL = String.raw`(?:of|for|and|the|at|de|in|&)`;
const CAP = String.raw`[A-Z][\w.&'-]*`;
const INSTITUTION_RE = new RegExp(
  // single spaces only: a tab or a run of spaces separates columns, not words of one name
  String.raw`(?:${CAP} (?:${SMALL} )*)*(?:University|College|Institute|School|Academy|Polytechnic|Conservatory|Universidad|Universität|Université)\b(?: (?:${SMALL} )*${CAP})*`,
);

/** A school's leaving credential: "High School Diploma", "Ontario Secondary School Diploma", GED, A-levels, GCSEs, 12th. */
export const SCHOOL_CREDENTIAL =
  /\b(?:high\s+school|secondary\s+school|(?:higher|senior)\s+secondary|secondary\s+diploma|ged|a-levels?|o-levels?|gcses?|hsc|ssc|1[02]th|matric(?:ulation)?)\b/i;

/**
 * Rough degree levels, to tell whether a "Master's degree" requirement is met: 0 a school, a
 * diploma or a certificate; 0.5 an associate degree; 1 bachelor's; 2 master's; 3 a doctorate.
 */
export type DegreeLevel = 0 | 0.5 | 1 | 2 | 3;
const LEVELS: [DegreeLevel, RegExp][] = [
  [3, /ph\.?\s?d|doctor/i],
  [3, /^(?:DNP|DPT|OTD|Pharm)/],
  [
    2,
    /master|^m\.?\s?(?:s|a|sc|e|eng|tech|com|ca|ba|phil|sw|ph|ha|ed|fa|sot|pas|lis|sls)\b|mba|m\.b\.a|mca|llm|msn|^m\.l\.i\.s/i,
  ],
  [1, /bachelor|baccalaureate|^b\.?\s?(?:s|a|sc|e|eng|tech|com|ca|ba|sw|fa)\b|bba|bca|llb|bsn/i],
  [0.5, /^associate|^a\.?\s?[as]\b|^a\.?a\.?s\b|^adn|^asn/i],
];

/** The first degree named in a line, with its level (see {@link DegreeLevel}). */
export function degreeIn(text: string): { index: number; length: number; level: DegreeLevel } | null {
  const m = degreeMatch(text);
  if (!m) return null;
  const level = LEVELS.find(([, re]) => re.test(m[0]))?.[0] ?? 0;
  return { index: m.index, length: m[0].length, level };
}

/** Whether the line mentions a degree. */
export function hasDegree(text: string): boolean {
  return degreeMatch(text) !== null;
}

/** The earliest degree mention in a line, by either rule. */
function degreeMatch(line: string): RegExpExecArray | null {
  // an address is no degree: "priya.raman.bsn@gmail.com"
  const text = blankSpans(line, emailAndUrlSpans(line));
  const found = [WORDS_RE.exec(text), ABBR_RE.exec(text), CAPS_RE.exec(text)].filter(
    (m): m is RegExpExecArray => m !== null,
  );
  return found.reduce<RegExpExecArray | null>(
    (first, m) => (first === null || m.index < first.index ? m : first),
    null,
  );
}

/** Institution names sit near the degree; the cap also bounds the regex's work on huge lines. */
const INSTITUTION_SEARCH_CHARS = 400;

function institutionIn(text: string, exclude: [number, number] | null): string | null {
  const masked = exclude
    ? text.slice(0, exclude[0]) + ' '.repeat(exclude[1] - exclude[0]) + text.slice(exclude[1])
    : text;
  const m = INSTITUTION_RE.exec(masked.slice(0, INSTITUTION_SEARCH_CHARS));
  return m ? m[0].trim() : null;
}

function lastYear(text: string, maxYear: number): number | null {
  const years = [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])).filter((y) => y <= maxYear);
  return years.length ? years[years.length - 1]! : null;
}

/** "Bachelor of Science in Computer Science - 3.8 GPA" → "Bachelor of Science in Computer Science". */
function degreeText(text: string, at: number): string {
  const tail = text.slice(at);
  let d = tail.split(
    /\s*(?:[|;(]|\t| {2,}| [-–—] |,\s*(?=[A-Z][\w.&'-]*\s+(?:University|College|Institute|School))|\s(?:GPA|CGPA)\b)/,
  )[0]!;
  d = d.replace(
    /,?\s*(?:(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}).*$/i,
    '',
  );
  const parts = d.split(/\s*,\s*/);
  // "B.Tech, Computer Science and Engineering, Indian Institute…": keep the field, drop places
  d =
    parts.length > 1 && parts[0]!.split(/\s+/).length <= 2 && !/\d/.test(parts[1]!)
      ? `${parts[0]}, ${parts[1]}`
      : parts[0]!;
  return d.trim().slice(0, 120);
}

/** A line of prose: a dozen words or more, with a sentence's end in it. */
function isProse(text: string): boolean {
  return text.split(/\s+/).length >= 12 && /\p{Ll}[.!?](?:\s|$)/u.test(text);
}

/**
 * Education entries, one per line naming a degree (outside the summary and experience sections,
 * where "Master" and "diploma" are more often prose).
 */
export function parseEducation(lines: ResumeLine[], now: Date): EducationEntry[] {
  const out: EducationEntry[] = [];
  const maxYear = now.getUTCFullYear() + 6;
  for (const l of lines) {
    if (l.section === 'summary' || l.section === 'experience' || l.section === 'skills') continue;
    // a sentence out of the education section is prose ("Nationally certified MA, two years in…",
    // "I'm working toward my bachelor's degree so I can…"), not a degree held
    if (l.section !== 'education' && isProse(l.content)) continue;
    const m = degreeMatch(l.content);
    if (!m) continue;
    const degree = degreeText(l.content, m.index);
    // the degree's own words ("Bachelor Degree in Advertising and Marketing") are not a school name
    const span: [number, number] = [m.index, m.index + Math.max(m[0].length, degree.length)];
    let institution = institutionIn(l.content, span);
    let year = lastYear(l.content, maxYear);
    const next = lines[l.index + 1];
    if (!institution && next && !next.heading && !hasDegree(next.content)) {
      // "…(HCI), Pratt\nInstitute": a name wrapped onto the next line
      institution = institutionIn(`${l.content} ${next.content}`, span);
    }
    for (const adj of [next, lines[l.index - 1]]) {
      if (institution || !adj || adj.heading || hasDegree(adj.content)) continue;
      institution = institutionIn(adj.content, null);
      if (institution && year === null) year = lastYear(adj.content, maxYear);
    }
    if (year === null && next && !next.heading && !hasDegree(next.content)) year = lastYear(next.content, maxYear);
    out.push({ degree, institution, year });
  }
  return out;
}

/**
 * Degrees whose letters name their field: a "BSN" is a degree in nursing, an "MSW" in social work.
 */
const LETTERS_FIELD: readonly [RegExp, string][] = [
  [/(?<![A-Za-z])(?:BSN|MSN|ADN|ASN|DNP)(?![A-Za-z])/, 'nursing'],
  [/(?<![A-Za-z])(?:MSW|BSW)(?![A-Za-z])/, 'social work'],
  [/(?<![A-Za-z])Pharm\.?\s?D\.?(?![A-Za-z])/, 'pharmacy'],
  [/(?<![A-Za-z])DPT(?![A-Za-z])/, 'physical therapy'],
  [/(?<![A-Za-z])MPH(?![A-Za-z])/, 'public health'],
  [/(?<![A-Za-z])MHA(?![A-Za-z])/, 'health administration'],
  [/(?<![A-Za-z])(?:MLIS|M\.L\.I\.S\.?|MSLS)(?![A-Za-z])/, 'library and information science'],
  [/(?<![A-Za-z])(?:MSOT|OTD)(?![A-Za-z])/, 'occupational therapy'],
  [/(?<![A-Za-z])MPAS(?![A-Za-z])/, 'physician assistant studies'],
  [/(?<![A-Za-z])(?:MBA|BBA|M\.B\.A\.)(?![A-Za-z])/, 'business'],
  [/(?<![A-Za-z])(?:M\.Ed\.?|MEd|B\.Ed\.?)(?![A-Za-z])/, 'education'],
  [/(?<![A-Za-z])(?:BFA|MFA)(?![A-Za-z])/, 'fine arts'],
  [/(?<![A-Za-z])(?:LLB|LLM|J\.?D\.?)(?![A-Za-z])/, 'law'],
  [/(?<![A-Za-z])(?:B\.?Com|M\.?Com)(?![A-Za-z])/, 'commerce'],
  // a field by its letters beside a degree: "B.S., CS", "BS EE", "M.S. CIS"
  [/(?<![A-Za-z])CS(?![A-Za-z])/, 'computer science'],
  [/(?<![A-Za-z])CIS(?![A-Za-z])/, 'computer information systems'],
  [/(?<![A-Za-z])EE(?![A-Za-z])/, 'electrical engineering'],
];

/** The fields a degree's letters name ("BSN": nursing), written out as words. */
export function lettersField(text: string): string[] {
  return LETTERS_FIELD.filter(([re]) => re.test(text)).map(([, field]) => field);
}

/**
 * Words that leave the field of a degree open: "or a related field", "in any discipline", "or
 * equivalent" (experience may stand for the degree).
 */
const OPEN_FIELD =
  /\b(?:related|relevant|similar|equivalent|equivalency|comparable|allied|any|appropriate|applicable|other)\b/i;

/** Where a degree's field is named: "degree in …", "Bachelor of Science in …", "school of …". */
const FIELD_AFTER = new RegExp(
  String.raw`(?:${DEGREE_WORDS}|degree|school|program(?:me)?|major|college)\s+(?:(?:of|in)\s+(?:applied\s+)?(?:science|arts|sciences)\s+)?(?:in|of)\s+([^.;:()]{2,120})`,
  'gi',
);

/** Words of a field's name that name no field: "Bachelor of Science in … Studies". */
const NO_FIELD_WORD =
  /^(?:a|an|the|of|in|and|or|for|with|from|at|field|fields|area|areas|discipline|disciplines|studies|study|science|sciences|arts|applied|general|accredited|program|programs|school|college|university|degree|degrees|major|concentration|emphasis|preferred|required|plus|similar|both|either|etc|by|to|on|is|are|be)$/i;

/** Where a field's name stops: "… from an accredited college", "… with coursework in …". */
const FIELD_STOP =
  /\s+(?:from|with|at|by|and\s+(?:a|an|the|current|valid|active|at|\d)|plus|is|are|will|which|who|that|to|as|preferred|required)\b.*$/i;

/**
 * The fields of study an EDUCATION item asks, one entry per alternative, each the words that name
 * it ("Bachelor of Science in Nursing (BSN)": [["nursing"]]; "a degree in Accounting or Finance":
 * [["accounting"], ["finance"]]), or null when it leaves the field open: it names none ("Bachelor's
 * degree"), or allows another ("… or a related field", "… or equivalent experience").
 */
export function degreeFields(requirement: string): string[][] | null {
  if (OPEN_FIELD.test(requirement)) return null;
  const names: string[] = [...lettersField(requirement)];
  for (const m of requirement.matchAll(FIELD_AFTER)) names.push(m[1]!.replace(FIELD_STOP, ''));
  const out: string[][] = [];
  for (const name of names) {
    for (const alt of name.split(/\s*(?:,|\/|\bor\b|&)\s*/i)) {
      const words = (alt.match(/\p{L}[\p{L}'-]*/gu) ?? [])
        .filter((w) => !NO_FIELD_WORD.test(w))
        .map((w) => w.toLowerCase());
      if (words.length > 0 && words.length <= 4) out.push(words);
    }
  }
  return out.length > 0 ? out : null;
}
