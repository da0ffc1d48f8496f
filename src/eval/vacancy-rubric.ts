/**
 * A {@link JobRubric} built from a vacancy's free text by general rules, so that the analyzer
 * can be run against job ads nobody structured by hand. The rules, in order:
 *
 * 1. Lines: the text is split at line breaks, sentence ends, in-line bullets (" - ", " • ") and
 *    before phrases that open a requirement or a section ("Must have", "Experience with",
 *    "Minimum", "Bachelor's", "Optional", "What You Will Be Doing", …) where a scraped ad ran its
 *    list items together.
 * 2. Sections: a line naming required items ("requirements", "required skills", "qualifications",
 *    "must have", "what you need") starts a required section; one naming optional items ("nice to
 *    have", "preferred", "optional", "a plus", "bonus", "desired") an optional one; one about the
 *    role or the company ("responsibilities", "duties", "what you will be doing", "about us",
 *    "benefits") a plain one; the phrase must come within the line's first
 *    {@link SECTION_WORDS} words, as a heading does. Text before any of them is plain. Outside a
 *    section, a line saying "must", "required", "minimum" or "at least" is required on its own;
 *    anywhere, a line naming optional items ("… preferred") is optional on its own.
 *    Legal boilerplate ("Equal Opportunity Employer", "All rights reserved") ends the ad: nothing
 *    after it counts.
 * 3. Skills: vocabulary skills (through `findSkills`) on required lines are must-haves, unless
 *    the line offers them as alternatives ("one of", "such as", "e.g.", or skills chained with
 *    "or": "PHP, Python or Go"), which a rubric cannot express: those, and skills named anywhere
 *    else, are nice-to-haves.
 * 4. Requirements: required lines that ask for something a resume can show (they name a skill,
 *    or experience, a degree, knowledge, understanding, an ability, a certification…) and say more
 *    than a list (at least {@link MIN_REQUIREMENT_WORDS} words that are not skill names, not a comma
 *    list of short items, not a heading: one ending in ":" or a section opener of at most
 *    {@link HEADING_WORDS} words). The first {@link MAX_REQUIREMENTS}, cut to
 *    {@link MAX_REQUIREMENT_CHARS} characters at a word boundary.
 * 5. Minimum years: the largest "N years … experience" stated (for a range "1-4 years" its lower
 *    bound), in the title or the text; null when none is stated.
 */
import type { JobRubric } from '../analysis/analysis.types.js';
import { findSkills } from '../analysis/skills.vocabulary.js';

/** A job post lists a handful of requirements; long ads restate the same ones. */
const MAX_REQUIREMENTS = 8;
/** Longer lines are cut: a requirement is one claim, not a paragraph. */
const MAX_REQUIREMENT_CHARS = 160;
/** Words (other than skill names) a required line needs to be a requirement, not a skills list. */
const MIN_REQUIREMENT_WORDS = 3;
/** A section heading's phrase stands within the first words of its line. */
const SECTION_WORDS = 5;
/** A line that opens a section and has at most this many words is only its heading. */
const HEADING_WORDS = 6;
/** Items of a comma list (a list of skills or tools) have at most this many words each. */
const LIST_ITEM_WORDS = 3;
/** Thresholds of a job post created without explicit ones. */
const SHORTLIST_THRESHOLD = 70;
const REJECT_THRESHOLD = 40;

const OPTIONAL_SECTION =
  /\b(?:nice[\s-]+to[\s-]+haves?|preferred|preferably|optional|not required|a plus|bonus|desired|desirable)\b/i;
const REQUIRED_SECTION =
  /\b(?:requirements|required\s+(?:skills|experience|qualifications)|skills\s+required|(?:minimum|basic)\s+(?:required\s+)?(?:skills|qualifications|requirements)|qualifications|must[\s-]+haves?|what you need|you will need)\b/i;
const PLAIN_SECTION =
  /\b(?:responsibilities|duties|what you will be doing|what you'll be doing|about (?:us|the (?:company|role|job))|our company|who we are|top reasons|what's in it for you|benefits|we offer)\b/i;
/** What a resume can show: a requirement line without one of these (or a skill) is left out. */
const REQUIREMENT_CUE =
  /\b(?:experience|degree|bachelor|master|diploma|knowledge|understand|ability|able to|proficien|expert|familiar|certif|licen[cs]e|background)/i;
const BOILERPLATE = /\b(?:equal opportunity|all rights reserved)\b/i;
const REQUIRED_LINE = /\b(?:must|required|requires?|minimum|mandatory|at least)\b/i;
/** A line offering skills as alternatives: "one of", "such as", "e.g.". */
const ALTERNATIVES = /\b(?:one of|any of|such as|e\.g\.|either)\b/i;
/** What may stand between two skills of one "or" chain: "PHP, Python or Go", "Java/Kotlin". */
const LIST_GAP = /^\s*(?:[,/]\s*)?(?:(?:or|and\/or)\s+)?$/i;
const OR_GAP = /\bor\b/i;

/** Phrases that open a requirement or a section; a capital after a lower-case word marks a lost line break. */
const OPENERS = [
  'Must',
  'Experience (?:with|in|building|developing|working|using)',
  'Minimum',
  'At least',
  'Bachelor',
  "Master'?s",
  'Degree',
  'Proficient',
  'Proficiency',
  'Expert',
  'Strong',
  'Knowledge of',
  'Ability to',
  'Hands[ -]on',
  'Understanding of',
  'Familiarity',
  'Nice [Tt]o [Hh]aves?',
  'Preferred',
  'Optional',
  'Required',
  "What(?: You|'s In It)",
  'Our company',
  'Top Reasons',
  'Responsibilities',
];
const RUN_ON = new RegExp(String.raw`(?<=[a-z0-9)])\s+(?=(?:${OPENERS.join('|')})\b)`, 'g');
/** A sentence ends at . ! ? ; or : before a capital, but not after "e.g.", "i.e." or "etc.". */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|incl)\.)(?<=[.!?;:])\s+(?=[A-Z])/;
const BULLET = /\s+[-•*·]\s+/;

const YEARS =
  /\b(\d{1,2})\s*(?:\+|(?:-|–|to)\s*\d{1,2})?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[\w/.-]+\s+){0,3}?experience\b/gi;

/** Splits an ad into lines by rule 1. */
export function vacancyLines(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((l) => l.split(SENTENCE_END))
    .flatMap((l) => l.split(BULLET))
    .flatMap((l) => l.split(RUN_ON))
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => /[A-Za-z]/.test(l));
}

/** The largest minimum number of years of experience the text states, or null (rule 5). */
export function statedMinYears(text: string): number | null {
  const years = [...text.matchAll(YEARS)].map((m) => Number(m[1])).filter((n) => n > 0 && n <= 30);
  return years.length > 0 ? Math.max(...years) : null;
}

function cut(line: string): string {
  if (line.length <= MAX_REQUIREMENT_CHARS) return line;
  const head = line.slice(0, MAX_REQUIREMENT_CHARS);
  return head.slice(0, head.lastIndexOf(' ')).replace(/[\s,;:(-]+$/, '');
}

/** Words of a line that are not part of a skill name. */
function nonSkillWords(line: string): number {
  let rest = line;
  for (const m of findSkills(line)) rest = rest.replace(m.match, ' ');
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).length;
}

type Mode = 'plain' | 'required' | 'optional';

/** The section a line opens (rule 2), or null when it opens none. */
function sectionOf(line: string): Mode | null {
  const head = line.split(/\s+/).slice(0, SECTION_WORDS).join(' ');
  if (PLAIN_SECTION.test(head)) return 'plain';
  if (OPTIONAL_SECTION.test(head)) return 'optional';
  if (REQUIRED_SECTION.test(head)) return 'required';
  return null;
}

/** Whether a required line is a requirement rather than a heading, chatter or a list of skills (rule 4). */
function isRequirement(line: string): boolean {
  const heading = line.endsWith(':') || (sectionOf(line) !== null && line.split(/\s+/).length <= HEADING_WORDS);
  if (heading || nonSkillWords(line) < MIN_REQUIREMENT_WORDS) return false;
  if (!REQUIREMENT_CUE.test(line) && findSkills(line).length === 0) return false;
  const items = line.split(/[,;]/);
  return items.length < 3 || items.some((item) => item.trim().split(/\s+/).length > LIST_ITEM_WORDS);
}

/** Skills a line offers as alternatives (rule 3): all of them after "one of", else "or" chains. */
function alternatives(line: string): Set<string> {
  const found = findSkills(line);
  if (ALTERNATIVES.test(line)) return new Set(found.map((m) => m.skill));
  const out = new Set<string>();
  let chain = found.slice(0, 1);
  let hasOr = false;
  const close = () => {
    if (hasOr) for (const m of chain) out.add(m.skill);
  };
  for (let i = 1; i < found.length; i++) {
    const gap = line.slice(found[i - 1]!.index + found[i - 1]!.match.length, found[i]!.index);
    if (LIST_GAP.test(gap)) {
      chain.push(found[i]!);
      hasOr ||= OR_GAP.test(gap);
    } else {
      close();
      chain = [found[i]!];
      hasOr = false;
    }
  }
  close();
  return out;
}

/** Builds the rubric of a vacancy by the rules above. */
export function rubricFromVacancy(title: string, description: string): JobRubric {
  const must: string[] = [];
  const nice: string[] = [];
  const requirements: string[] = [];
  let section: Mode = 'plain';
  for (const line of vacancyLines(description)) {
    if (BOILERPLATE.test(line)) break;
    section = sectionOf(line) ?? section;
    const mode: Mode = OPTIONAL_SECTION.test(line)
      ? 'optional'
      : section === 'plain' && REQUIRED_LINE.test(line)
        ? 'required'
        : section;
    const optional = mode === 'required' ? alternatives(line) : new Set<string>();
    for (const { skill } of findSkills(line)) {
      const list = mode === 'required' && !optional.has(skill) ? must : nice;
      if (!list.includes(skill)) list.push(skill);
    }
    if (mode === 'required' && isRequirement(line) && requirements.length < MAX_REQUIREMENTS) {
      requirements.push(cut(line));
    }
  }
  return {
    title,
    description,
    requirements,
    mustHaveSkills: must,
    niceToHaveSkills: nice.filter((s) => !must.includes(s)),
    minYearsExperience: statedMinYears(`${title}\n${description}`),
    location: null,
    shortlistThreshold: SHORTLIST_THRESHOLD,
    rejectThreshold: REJECT_THRESHOLD,
  };
}
