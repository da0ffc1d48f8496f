/**
 * Answers a job post's rubric against resume text by rules: one RequirementMatch per item, each
 * met or not with a verbatim quote as evidence. Pure: the same text and job give the same answers.
 */
import type {
  CandidateProfile,
  ExperienceRequirement,
  JobRubric,
  RequirementKind,
  RequirementMatch,
} from '../analysis.types.js';
import {
  emailAndUrlSpans,
  findSkills,
  namesOther,
  normalizeSkill,
  showsSkill,
  suiteHolds,
  type SkillMatch,
} from '../skills.vocabulary.js';
import { SKILL_IMPLIES } from '../skills.data.js';
import { namesSpelledOut, termsOf, unclipped } from '../relevance/terms.js';
import { documentFrequency } from '../relevance/frequencies.js';
import { taxonomySynonyms, taxonomyWord } from '../taxonomy/esco.js';
import { degreeFields, degreeIn, hasDegree, lettersField, SCHOOL_CREDENTIAL, type DegreeLevel } from './education.js';
import { experienceRequirements, fieldNames, namesField } from '../rubric/experience-field.js';
import { yearsCovered } from './dates.js';
import {
  BULLET,
  ENTRY_FIELD,
  isTitle,
  jobBlocks,
  jobRanges,
  NUMBER_WORDS,
  statedYears,
  YEARS_COUNT,
  type JobRange,
} from './experience.js';
import { isPlaceName, US_STATES } from './location.js';
import { lineAt, resumeLines, type ResumeLine } from './sections.js';
import { INJECTION_MARKER } from '../defences/injection.detector.js';
import { yearsText } from '../scoring.js';
import { blankSpans, maskPhrase, mergeSpans, normalizeText, quote, quoteAround, type NormalizedText } from './text.js';

/** Share of a requirement's key terms that must appear together for it to count as met. */
const REQUIREMENT_COVERAGE = 0.6;
/** Lines considered "one place" of the resume when looking for a requirement's terms. */
const WINDOW_LINES = 3;

/** Words that carry no requirement of their own ("strong", "experience", "years"). */
const STOPWORDS = new Set(
  (
    'a an and or the of in on at to for with by from as is are be been being this that these those it its ' +
    'into over under than then per via any all each other such our your their we you they who which what ' +
    'should must will would can could may might shall have has had having do does did not no nor ' +
    'experience experienced exp years year yrs strong knowledge ability able proven excellent good great solid ' +
    'working familiarity familiar proficiency proficient understanding skills skill required requirement ' +
    'preferred plus including include etc hands hands-on demonstrated track record background candidate least ' +
    'minimum equivalent related field similar level using use used work environment both well highly ' +
    'ideally also like least more most within across based new one two three four five six seven eight nine ten ' +
    'whatever anything everything something ' +
    // how a wish is put: "Life & Health license too", "Commercial lines know-how", "Bring a referral network"
    'too know-how knowhow bring ' +
    // the standing of a credential, which resumes rarely say: "current", "valid", "active", "issued"
    'current currently valid active issued ' +
    // what a credential is carried as: "OSHA 30 card", "CSCS ticket"
    'card cards ticket tickets ' +
    // how a demand is put: "To be considered, you must hold … (or higher)", "Possession of …"
    'considered consideration hold holds holding possess possession higher comfortable ' +
    // pronouns: never evidence, and must not make a he/she swap change an answer
    'he she him her his hers they them their theirs'
  ).split(/\s+/),
);

/** Everything the answers need from one resume, computed once. */
interface ResumeIndex {
  nt: NormalizedText;
  searchable: string;
  lines: ResumeLine[];
  skills: SkillMatch[];
  /** The words, with whether each is a word that asks nothing (see {@link STOPWORDS}). */
  tokens: { stem: string; index: number; length: number; stop: boolean }[];
  /** The resume's text in lower case, made when first asked for (see {@link synonymTerm}). */
  lower?: string;
  /** Spans that say a thing is not held yet, or not at all, found when first asked for (see {@link heldOnly}). */
  notYet?: [number, number][];
  /** Spans that say a thing is not held, or held no longer ("— lapsed in 2021"; see {@link deniedCredential}). */
  lapsed?: [number, number][];
  /** Spans that say a skill is not held, or rate it so in a table (see {@link notHeld}). */
  ratedNone?: [number, number][];
  /** Spans of the lines of a credential's exam or course that say it is not held yet (see answerSkill). */
  credentialNotYet?: [number, number][];
  /** The lines under a heading of licences, found when first asked for (see {@link credentialLines}). */
  credentialLines?: { index: number; length: number }[];
  /** Spans of credentials dated to end before the resume is read, and the lines all of whose credentials did (see {@link endedSpans}). */
  ended?: { spans: [number, number][]; lines: Set<number> };
  /** When the resume is read: a credential dated to end before it is held no longer (see {@link endedSpans}). */
  now: Date;
}

function indexResume(text: string, name: string | null, now: Date): ResumeIndex {
  const nt = normalizeText(text);
  const lines = resumeLines(nt.text);
  // Offsets into `searchable` equal offsets into nt.text; the candidate's name, e-mail addresses
  // and URLs are blanked so that identity never counts as evidence, and so are section headings:
  // every resume has an "Education" or "Experience" heading, which says nothing about the person.
  const named = maskPhrase(nt.text, name);
  const headings = lines.filter((l) => l.heading).map((l): [number, number] => [l.start, l.contentStart]);
  const searchable = blankSpans(named, mergeSpans([...emailAndUrlSpans(named), ...headings]));
  const tokens = [...searchable.matchAll(/[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]/g)].map((m) => ({
    stem: stem(m[0]),
    index: m.index,
    length: m[0].length,
    stop: STOPWORDS.has(m[0].toLowerCase()),
  }));
  return { nt, searchable, lines, skills: findSkills(searchable), tokens, now };
}

/** Whether a skill names a broader one in its own name: "Registered Nurse" and "Nursing", "Stick Welding" and "Welding". */
function sameKindByName(narrow: string, broad: string): boolean {
  const stems = (name: string) => (name.match(/[A-Za-z]{4,}/g) ?? []).map((w) => stem(w).slice(0, 4));
  const own = stems(narrow);
  return stems(broad).some((w) => own.includes(w));
}

/** Longest first, so "ations" is stripped before "s". */
const SUFFIXES = 'ations ation ments ment ings ing ers er ies ied ed es s ly ity ive al'.split(' ');

/**
 * Forms of one word that no suffix joins: "sales" is the work of "selling", and what was "sold"
 * (whole words only: "solder" is no sale). Their stem is "sale", which "salesperson" starts with.
 */
const IRREGULAR = /^(?:sales?|sold|sell|sells|selling|sellers?)$/i;

/** A crude stemmer: enough for "managing" ~ "management", "nurse" ~ "nursing", "degrees" ~ "degree". */
export function stem(word: string): string {
  // (a clipped word is the whole one: "cath" is "catheterization", "rehab" "rehabilitation")
  return IRREGULAR.test(word) ? 'sale' : regularStem(unclipped(word) ?? word);
}

function regularStem(word: string): string {
  // "front-end" and "frontend", "e-mail" and "email" are one word
  let w = word.toLowerCase().replace(/'s?$/, '').replace(/-/g, '');
  for (const suffix of SUFFIXES) {
    // ("-es" is a plural's after a hiss only: "classes", "benches"; "cranes" is "crane" and "s")
    if (suffix === 'es' && !/(?:[sxz]|[cs]h)es$/.test(w)) continue;
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      return w.slice(0, 6);
    }
  }
  // a short root that lost its "e" before "-ing" or "-ed": "coding" and "coded" are "code",
  // "hiring" is "hire", "caring" is "care" ("fixed", "adding", "owned" keep theirs)
  const short = /^([b-df-hj-np-tvz][aeiou][b-df-hj-np-tvz])(?:ing|ings|ed)$/.exec(w);
  if (short) return `${short[1]}e`;
  return w.slice(0, 6);
}

/**
 * Whether two stems are one word of a field: equal, or one the other's start where both are
 * long ("pharma" and "pharmacist"'s), not "care" and "career".
 */
function sameField(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
}

function sameStem(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

/** Where in the resume a term appears: offsets of its occurrences, in text order. */
type Term = { label: string; hits: { index: number; length: number }[] };

/** Whether a term occurs in `[from, to)`: binary search, as hits are sorted by offset. */
function occursIn(term: Term, from: number, to: number): boolean {
  let lo = 0;
  let hi = term.hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (term.hits[mid]!.index < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < term.hits.length && term.hits[lo]!.index < to;
}

function skillTerm(ix: ResumeIndex, skill: string): Term {
  // a narrower skill shows the broad one asked: "forklift" is warehouse work
  let hits = ix.skills.filter((s) => showsSkill(s.skill, skill));
  // …and a suite its everyday programs, where the program is not named itself: "Microsoft Office"
  // for "Outlook"
  if (hits.length === 0) hits = ix.skills.filter((s) => suiteHolds(s.skill, skill));
  // a graded skill ("CDL Class A") is shown too by the broad one with its grade on the same line:
  // "Commercial Driver's License, Class A"
  const grade = GRADE.exec(skill);
  if (grade) {
    const graded = new RegExp(String.raw`\b${grade[1]}[\s-]*${grade[2]}\b`, 'i');
    for (const s of ix.skills) {
      if (hits.includes(s) || !showsSkill(skill, s.skill)) continue;
      const line = ix.lines[lineAt(ix.lines, s.index)]!;
      if (graded.test(line.text)) hits.push(s);
    }
    hits.sort((a, b) => a.index - b.index);
  }
  return { label: skill, hits: hits.map((s) => ({ index: s.index, length: s.match.length })) };
}

/** A phrase as a pattern: its words in order, apart by spaces or hyphens, in any case. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join(String.raw`[\s-]+`);
}

/** Any of the phrases standing whole, the longest first. */
function phrasesPattern(phrases: readonly string[]): RegExp {
  const alternation = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
  return new RegExp(`(?<![A-Za-z0-9])(?:${alternation})(?![A-Za-z0-9])`, 'gi');
}

/** Where a pattern matches in the resume. */
function termOf(ix: ResumeIndex, label: string, re: RegExp): Term {
  return { label, hits: [...ix.searchable.matchAll(re)].map((m) => ({ index: m.index, length: m[0].length })) };
}

function phraseTerm(ix: ResumeIndex, phrase: string): Term {
  return termOf(ix, phrase, phrasesPattern([phrase]));
}

function keywordTerm(ix: ResumeIndex, word: string): Term {
  const s = stem(word);
  const hits: Term['hits'] = ix.tokens.filter((t) => sameStem(t.stem, s));
  // a state named in full is held by its postal code: "Washington State … certificate" by "WA 01"
  const code = STATE_CODES.get(word.toLowerCase());
  if (!code) return { label: word, hits };
  const coded = termOf(ix, code, new RegExp(String.raw`(?<![A-Za-z])${code}(?![A-Za-z])`, 'g')).hits;
  // (hits stay in text order: occursIn searches them by halves)
  return { label: word, hits: [...hits, ...coded].sort((a, b) => a.index - b.index) };
}

/** A one-word US state's name in lower case → its postal code ("washington" → "WA"). */
const STATE_CODES = new Map(
  Object.entries(US_STATES)
    .filter(([, name]) => !/\s/.test(name))
    .map(([code, name]) => [name.toLowerCase(), code]),
);

/** The first hit, preferring one in an experience section: use beats a mention in a list. */
function bestHit(ix: ResumeIndex, term: Term): { index: number; length: number } | undefined {
  const inExperience = term.hits.find((h) => ix.lines[lineAt(ix.lines, h.index)]?.section === 'experience');
  return inExperience ?? term.hits[0];
}

/**
 * The quote around a hit. A quote never reaches into a passage the defences removed (its
 * `[…]` marker): it is cut to the side of the marker that holds the hit.
 */
function evidenceAt(ix: ResumeIndex, hit: { index: number; length: number } | undefined): string | null {
  if (!hit) return null;
  const q = quoteAround(ix.nt, hit.index, hit.index + hit.length);
  if (!q.includes(INJECTION_MARKER)) return q || null;
  const found = ix.nt.text.slice(hit.index, hit.index + hit.length);
  return (
    q
      .split(INJECTION_MARKER)
      .map((part) => part.trim())
      .find((part) => part.includes(found)) || null
  );
}

/** How many words, small ones among them, a phrase's window reads at most, per word it holds. */
const STOPWORD_REACH = 3;
/** A name of two words or more whose last word is a common noun in lower case: "band saw", "boning knife". */
const PLURAL_LAST = /^[A-Za-z][\w'-]*(?:\s+[\w'-]+)*\s+[a-z]{3,}$/;

/** Where the resume names `phrase` with its last word in the plural ("band saws"; "-es" only after a hiss). */
function pluralTerm(ix: ResumeIndex, phrase: string): Term {
  const words = phrase.split(/\s+/);
  const last = words.pop()!;
  const plural = /(?:[sxz]|[cs]h)$/.test(last) ? `${last}es` : `${last}s`;
  return termOf(ix, phrase, phrasesPattern([[...words, plural].join(' ')]));
}

/** Nouns of doing a thing, which a resume says by its own verb or not at all. */
const ACTIVITY_NOUN =
  /^(?:fabrication|fabricating|installation|installing|maintenance|repair|repairs|operation|administration|programming|testing|inspection|assembly|processing|reporting|troubleshooting|calibration)$/i;

/** What a course is called, closing the name of what it teaches. */
const COURSE_NOUN = /^(?:training|course|courses|class|classes)$/i;

/** Extra words allowed between the words of a skill the vocabulary does not know. */
const SKILL_WORDS_SLACK = 2;

/**
 * Where the words of a several-word phrase appear close together on one line, in any order and
 * in any inflection: "Aircraft maintenance" in "performed maintenance on aircraft", "Benefits
 * administration" in "administered employee benefits". For skills the vocabulary does not know,
 * where an exact phrase would miss how people actually write them.
 */
function wordsTerm(ix: ResumeIndex, phrase: string): Term {
  const all = phrase.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? [];
  let stems = all.filter((w) => !STOPWORDS.has(w.toLowerCase())).map(stem);
  // one telling word beside words that ask nothing ("Trial experience") is that word, in any
  // inflection ("jury trials"); a word alone was looked for as written
  if (stems.length === 0 || (stems.length === 1 && all.length === 1)) return { label: phrase, hits: [] };
  // the doing of a thing named in two words or more is held by the thing done: "custom
  // thermoplastic orthosis fabrication" by "molded custom orthoses from thermoplastic"
  const done = all.filter((w) => !STOPWORDS.has(w.toLowerCase()) && !ACTIVITY_NOUN.test(w));
  if (stems.length >= 3 && done.length >= 2 && done.length === stems.length - 1) stems = done.map(stem);
  // a course is held by what it is a course in: "RF Safety Awareness training" by "RF Safety
  // Awareness" on a list of cards (not a course in one word: "Safety training")
  // (only for the name as written, after the words in any order found nothing, and not where a
  // number tells the course: "40 Hour HAZWOPER Training" is no 24-hour one)
  const course = stems.length >= 3 && COURSE_NOUN.test(all[all.length - 1]!) && !/\d/.test(phrase);
  const span = stems.length + SKILL_WORDS_SLACK;
  const hits: Term['hits'] = [];
  for (let i = 0; i < ix.tokens.length; i++) {
    const first = ix.tokens[i]!;
    if (!stems.some((s) => sameStem(first.stem, s))) continue;
    const lineEnd = ix.nt.text.indexOf('\n', first.index);
    // (the slack is of words that say something: "writes and audits CCC ONE estimates" holds
    // "writing estimates in CCC ONE")
    // (bounded: a line of nothing but small words must not make each window run to its end)
    const window: ResumeIndex['tokens'] = [];
    const at: number[] = [];
    for (let j = i; j < ix.tokens.length && window.length < span && j - i < span * STOPWORD_REACH; j++) {
      const t = ix.tokens[j]!;
      if (lineEnd >= 0 && t.index >= lineEnd) break;
      if (j === i || !t.stop) {
        window.push(t);
        at.push(j);
      }
    }
    const found = stems.map((s) => window.findIndex((t) => sameStem(t.stem, s)));
    if (found.some((k) => k < 0)) continue;
    const end = Math.max(...found);
    const last = window[end]!;
    hits.push({ index: first.index, length: last.index + last.length - first.index });
    // (on from the last word of the hit, in the resume's words, not the window's)
    i = at[end]!;
  }
  if (hits.length === 0 && course)
    return { ...phraseTerm(ix, phrase.trim().replace(/[\s-]+[A-Za-z]+$/, '')), label: phrase };
  return { label: phrase, hits };
}

/**
 * Where the resume names a skill by one of the other names the taxonomy (ESCO, see
 * `taxonomy/esco.ts`) gives it, or null when it names it by none or the taxonomy has none.
 */
function synonymTerm(ix: ResumeIndex, skill: string): Term | null {
  let found = synonymPatterns.get(skill);
  if (found === undefined) {
    const names = taxonomySynonyms(skill);
    found = names.length === 0 ? null : { re: phrasesPattern(names), keys: names.map(keyOf) };
    // the items of a batch's post are asked of every resume: their patterns are kept, within bounds
    if (synonymPatterns.size >= MAX_SYNONYM_PATTERNS) synonymPatterns.clear();
    synonymPatterns.set(skill, found);
  }
  if (found === null) return null;
  // a name can only stand in a resume that holds its longest word: most are passed over unscanned
  const lower = (ix.lower ??= ix.searchable.toLowerCase());
  if (!found.keys.some((k) => lower.includes(k))) return null;
  const term = termOf(ix, skill, found.re);
  return term.hits.length > 0 ? term : null;
}

/** A name's longest word, in lower case. */
function keyOf(name: string): string {
  return (name.toLowerCase().match(/[a-z0-9+#]+/g) ?? ['']).reduce((a, b) => (b.length > a.length ? b : a));
}

/** Patterns of the other names of skills, by skill (null: none), with the longest word of each name. */
const synonymPatterns = new Map<string, { re: RegExp; keys: string[] } | null>();
const MAX_SYNONYM_PATTERNS = 5_000;

/** A maker's name in capitalised words (not in capitals), then the product's one capitalised word (not in capitals). */
const MAKER_AND_PRODUCT =
  /^((?:[A-Z](?=[A-Za-z&.'-]*[a-z])[A-Za-z&.'-]*\s+){1,3})([A-Z](?=[A-Za-z0-9]*[a-z]{2})[A-Za-z0-9]*)$/;

/** The US states' names in lower case: a place, not a maker. */
const STATE_NAMES_LOWER = new Set(Object.values(US_STATES).map((n) => n.toLowerCase()));
/** Names of days and months: no product's name. */
const DAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** A kind of thing asked with examples of it, any of which holds it: "instrument tracking system (e.g. SPM, Censis)". */
const KIND_WITH_EXAMPLES = /^(.*?\S)\s*\(e\.g\.\s+([^()]+)\)\s*$/;

function answerSkill(ix: ResumeIndex, raw: string, kind: RequirementKind): RequirementMatch {
  const examples = KIND_WITH_EXAMPLES.exec(raw);
  if (examples) {
    // the kind named, else one of its examples: one the vocabulary knows by its name, another as
    // written, in its own capitals ("CensiTrac", "PL Rating"); not one that is a plain word in
    // capitals ("Square", "Monday", "Deputy": a store's square feet, a meeting, a job's title)
    const miss: RequirementMatch = { requirement: raw, kind, met: false, evidence: null };
    const kindMet = answerSkill(ix, examples[1]!, kind);
    if (kindMet.met) return { ...kindMet, requirement: raw };
    for (const example of examples[2]!.split(/\s*,\s*/).map((e) => e.trim())) {
      const known = normalizeSkill(example);
      if (known) {
        // (by the vocabulary's name: "Square" is Square POS, not a store's square feet)
        const m = answerSkill(ix, known, kind);
        if (m.met) return { ...m, requirement: raw };
        // (…or as written where it is no plain word: "CDK" among dealer systems is not the AWS CDK)
        if (/^\p{Lu}\p{Ll}+$/u.test(example)) continue;
      }
      if (!example || DAY_OR_MONTH.test(example)) continue;
      // (a plain word in capitals only inside a sentence and not before another name's word: "into
      // the Censis tracking software"; not "Deputy Manager", "Athena Dental Group", a line's first word)
      const plain = /^\p{Lu}\p{Ll}+$/u.test(example);
      const pattern = new RegExp(
        `${plain ? String.raw`(?<=[\p{Ll},;]\s+)` : '(?<![A-Za-z0-9])'}${phrasePattern(example)}(?![A-Za-z0-9])${plain ? String.raw`(?!\s+\p{Lu})` : ''}`,
        plain ? 'gu' : 'g',
      );
      const [held] = heldOnly(ix, [termOf(ix, example, pattern)]);
      const evidence = evidenceAt(ix, held!.hits[0]);
      if (evidence) return { ...miss, met: true, evidence };
    }
    return miss;
  }
  const canonical = normalizeSkill(raw);
  let term = canonical ? skillTerm(ix, canonical) : phraseTerm(ix, raw);
  // a name spelled out and abbreviated is held by either, "and" and "&" alike: "Certified Hospice
  // and Palliative Nurse (CHPN)" by "CHPN" or "Certified Hospice & Palliative Nurse" (not by any
  // words of those initials: "Project Engineer" is no "Professional Engineer (PE)")
  const [spelled] = namesSpelledOut(raw);
  if (!canonical && spelled && spelled.index === 0 && spelled.length >= raw.trim().length - 1) {
    const words = spelled.name
      .split(/\s+/)
      .map((w) => (/^(?:and|&)$/i.test(w) ? '(?:and|&)' : phrasePattern(w)))
      .join(String.raw`[\s-]+`);
    term = termOf(
      ix,
      spelled.letters,
      new RegExp(`${phrasesPattern([spelled.letters]).source}|(?<![A-Za-z0-9])${words}(?![A-Za-z0-9])`, 'gi'),
    );
  }
  // A skill the vocabulary knows may still be written in a form it does not ("Golang 1.22"),
  // though not inside the name of another thing ("Azure" in "Azure DevOps")
  // a thing named in two words or more is held in the plural of its last word: "band saws" for
  // "band saw" (a common noun only, in lower case; never a one-word name: "Excels" is no Excel)
  if (term.hits.length === 0 && PLURAL_LAST.test(raw.trim())) term = pluralTerm(ix, raw.trim());
  if (term.hits.length === 0 && canonical) {
    const other = ix.skills.filter((k) => namesOther(k.skill, canonical));
    const phrase = phraseTerm(ix, raw);
    term = {
      ...phrase,
      hits: phrase.hits.filter((h) => !other.some((k) => h.index >= k.index && h.index < k.index + k.match.length)),
    };
  }
  // …or by another name the taxonomy gives it: "HPLC" as "high-performance liquid chromatography"
  if (term.hits.length === 0) term = synonymTerm(ix, raw) ?? term;
  if (term.hits.length === 0 && !canonical) term = wordsTerm(ix, raw);
  // a product named after its maker is held by its own name alone, where that name is no word of
  // common English: "Johnson Controls Metasys" by "JCI Metasys", "Automated Logic WebCTRL" by "WebCTRL"
  if (term.hits.length === 0 && !canonical) {
    const named = MAKER_AND_PRODUCT.exec(raw.trim());
    const product = named?.[2];
    // (not a credential named for its holder's role: "NALA Certified Paralegal" is no "Paralegal")
    const words = named?.[1]!.split(/\s+/) ?? [];
    const terms = product ? termsOf(product) : [];
    if (
      product &&
      terms.length === 1 &&
      documentFrequency(terms[0]!) === 0 &&
      !taxonomyWord(product) &&
      !words.some((w) => CREDENTIAL_FIRST.test(w)) &&
      !ROLE_LAST.test(product) &&
      !isTitle(product) &&
      // (a maker's name, not a kind or a place: "Home Hemodialysis", "Texas Cosmetology"; unless the
      // product's own name is coined ("WebCTRL")
      (/\p{Ll}\p{Lu}/u.test(product) ||
        words.some((w) => w && !taxonomyWord(w) && !STATE_NAMES_LOWER.has(w.toLowerCase())))
    )
      // (as the maker writes it: "Checkpoint" is no "vehicle checkpoints"; not a line's first word
      // but alone on it, before a list's mark, letters or a number, "Metasys - Niagara 4", "Metasys
      // BMS administrator", nor before another
      // capitalised word: "Onboarding of…", "Lawson Products")
      term = termOf(
        ix,
        raw,
        new RegExp(
          `(?<![A-Za-z0-9])(?:(?<!^[\\s\\-•*▪●–]*)${phrasePattern(product)}|(?<=^[\\s\\-•*▪●–]*)${phrasePattern(product)}(?=\\s*(?:$|[-–—/|·•]\\s|[A-Z]{2,}\\b|\\d)))(?![A-Za-z0-9])(?!\\s+\\p{Lu}\\p{Ll}|,\\s*[A-Z]{2}\\b)`,
          'gmu',
        ),
      );
  }
  // (not on a row of a skills table that rates it as not held, "| SAP | 0 | None |", nor on a line
  // that says it is not held: "No formal I-CAR or ASE.")
  [term] = offSpans([term], (ix.ratedNone ??= spansSaying(ix.lines, notHeld)));
  // (and a credential asked by its letters, not beside its exam or course on a line that says it
  // is not held yet: "Registry exam (RPSGT) scheduled for February 2027", "planning to sit for the
  // SHRM-CP exam"; a plan of work is no such line, "Planned maintenance … closed in Maximo", nor
  // is a duty with an exam or a test apart from the letters: "Scheduled patient exams and
  // performed EKGs", "Wrote SQL test cases comparing actual vs expected results")
  if (LETTERS_ONLY.test(raw))
    [term] = offSpans(
      [term],
      (ix.credentialNotYet ??= spansSaying(ix.lines, (t) => CREDENTIAL_STEP.test(t) && NOT_YET.test(t))),
      (h) => !stepBeside(ix.searchable, h),
    );
  const evidence = evidenceAt(ix, bestHit(ix, term));
  return { requirement: raw, kind, met: evidence !== null, evidence };
}

const DEGREE_WORDS =
  /\b(?:(bachelor|(?<!(?:international|welsh|european|french|bilingual|ib)\s)baccalaureate(?![\s-]+(?:curriculum|program(?:me)?|diploma|exam|course)))|(master)|(doctorate|ph\.?\s?d)|(associate(?=(?:'?s)?\s+(?:degree|of)\b)))(?:'?s)?\b|\bdegrees?\b/gi;

/**
 * "Bachelor's degree", "Master's", "PhD", "Associate degree": one term met by any degree of that
 * level or higher ("B.S.", "BSc", "B.Tech" meet "Bachelor's degree"; a diploma meets none of them).
 */
function degreeTerm(ix: ResumeIndex, requirement: string, abbreviated = false): Term | null {
  const mentions = [...requirement.matchAll(DEGREE_WORDS)];
  // (an item of education may name its degrees by their letters only: "MHA or MBA")
  // (each letters of it a degree's: "BS/MS" is read as "MS" alone, and "MBA or CPA" offers a licence)
  const letters = mentions.length === 0 && abbreviated ? degreeLetters(requirement) : [];
  if (mentions.length === 0 && letters.length === 0) return null;
  // "Bachelor's or Master's degree": the lowest level named is enough; a bare "degree" is any
  const named = [
    ...mentions.map((m): DegreeLevel => (m[3] ? 3 : m[2] ? 2 : m[1] ? 1 : m[4] ? 0.5 : 0)),
    ...letters.map((d) => d.level),
  ].filter((l) => l > 0);
  const level: DegreeLevel = named.length ? (Math.min(...named) as DegreeLevel) : 0;
  // a school's leaving credential is no degree, nor the diploma of a field a post asks beside one
  // ("a diploma or university degree in supply chain management"), unless the post names it
  const schoolWill = SCHOOL_CREDENTIAL.test(requirement);
  const hits: Term['hits'] = [];
  for (const l of ix.lines) {
    for (const d of degreesIn(l.content, l.section === 'education')) {
      // (the school is named with the credential, before it: "Ontario Secondary School Diploma")
      const named = l.content.slice(Math.max(0, d.index - SCHOOL_NAME_CHARS), d.index + d.length);
      if (d.level >= level && (schoolWill || !SCHOOL_CREDENTIAL.test(named)))
        hits.push({ index: l.contentStart + d.index, length: d.length });
    }
  }
  return { label: 'degree', hits };
}

/**
 * The degrees an item names by their letters alone ("MHA or MBA"), where every name of letters it
 * offers is a degree's; none where one is not ("BS/MS", read as "MS"; "MBA or CPA"; "RN diploma").
 */
function degreeLetters(requirement: string): { index: number; length: number; level: DegreeLevel }[] {
  const found = degreesIn(requirement, true);
  if (found.length === 0) return [];
  const names = [...requirement.matchAll(/(?<![\w.])[A-Z][A-Za-z.]*[A-Z][A-Za-z.]*(?![\w.])/g)];
  const covered = (n: RegExpMatchArray) => found.some((d) => n.index! >= d.index && n.index! < d.index + d.length);
  const degrees = [...found];
  for (const n of names.filter((n) => !covered(n))) {
    // (letters a line's reading passed over may be a degree's on their own: "BA or BS", "BS/MS")
    const alone = degreeIn(n[0]);
    if (alone && alone.length === n[0].length) {
      degrees.push({ index: n.index!, length: n[0].length, level: alone.level });
      continue;
    }
    // a name offered instead of a degree ("MBA or CPA") leaves any degree enough; one beside it
    // ("BSN, RN", "MSN (FNP)") does not
    const before = requirement.slice(0, n.index!);
    const after = requirement.slice(n.index! + n[0].length);
    const nextTo = (gap: string) => /^\s*(?:\/|,?\s*\bor\b)\s*$/i.test(gap);
    if (
      found.some(
        (d) => nextTo(before.slice(d.index + d.length)) || nextTo(after.slice(0, d.index - n.index! - n[0].length)),
      )
    )
      return [];
  }
  return degrees;
}

/** The degrees a line names, in order: "M.S. Data Science (2023 – Present); B.S. Statistics (2019)" names two. */
function degreesIn(line: string, all: boolean): { index: number; length: number; level: DegreeLevel }[] {
  const out: { index: number; length: number; level: DegreeLevel }[] = [];
  // (every degree of a line under Education; elsewhere the first, as a line of work names degrees
  // it did not earn: "Managed admissions for the Master of Science and Doctorate programs")
  for (let from = 0, d = degreeIn(line); d !== null && out.length < (all ? MAX_DEGREES_A_LINE : 1);) {
    out.push({ ...d, index: from + d.index });
    from += d.index + d.length;
    d = degreeIn(line.slice(from));
  }
  return out;
}
/** The most degrees read on one line (a line is short; a pasted wall of text must not cost more). */
const MAX_DEGREES_A_LINE = 4;

/** How far before a credential its school's name may stand. */
const SCHOOL_NAME_CHARS = 40;

/** Letters and other letters in brackets after them: "LSIT (SIT)", "CPhT (PTCB)". */
const LETTERS_TWICE = /(?<![\w-])([A-Z][A-Za-z]?[A-Z][A-Z0-9&]{0,5})\s*\(([A-Z][A-Za-z]?[A-Z][A-Z0-9&]{0,5})\)/g;

/** Two capital letters before their issuer's in brackets: "HT(ASCP)", "RT (R)". */
const TWO_LETTERS_ISSUED = /(?<![\w-])([A-Z]{2})(?=\s?\([A-Z]{1,6}\))/g;

/** Capitalised words whose initials spell `letters`, small words between them aside. */
function initialsPattern(letters: string): RegExp {
  const words = [...letters].map((l) => `${l}[\\w'’-]*`).join(String.raw`\s+(?:(?:of|and|for|in|the|&)\s+)?`);
  return new RegExp(String.raw`(?<![A-Za-z0-9])${words}(?![A-Za-z0-9])`, 'g');
}

/** Key terms of a free-text requirement: the skills it names, then its significant words. */
function requirementTerms(ix: ResumeIndex, requirement: string): Term[] {
  // (a skill inside what a concept reads is the concept's: "ITAR" of "a U.S. Person as defined by ITAR")
  const conceptSpans = CONCEPTS.flatMap((c) =>
    [...requirement.matchAll(c.asked)].map((m) => [m.index, m.index + m[0].length] as const),
  );
  // (and so is one of the parts listed of a course or credential, see PARTS_LISTED)
  const partSpans = [...requirement.matchAll(PARTS_LISTED)].map(
    (m) => [m.index + m[0].length - m[2]!.length, m.index + m[0].length] as const,
  );
  // (nor is a skill named in what will not be accepted: "…; LPN or CNA licenses will not be accepted")
  // (it closes the demand: one at most, found without a pattern made anew for each demand)
  const refusedAt = NOT_ACCEPTED.exec(requirement);
  const refused = refusedAt ? [[refusedAt.index, refusedAt.index + refusedAt[0].length] as const] : [];
  const named = findSkills(requirement).filter(
    (m) => ![...conceptSpans, ...partSpans, ...refused].some(([from, to]) => m.index >= from && m.index < to),
  );
  const terms: Term[] = [];
  const degree = degreeTerm(ix, requirement);
  if (degree) terms.push(degree);
  for (const m of named) if (!terms.some((t) => t.label === m.skill)) terms.push(skillTerm(ix, m.skill));
  let rest = degree ? requirement.replace(DEGREE_WORDS, (m) => ' '.repeat(m.length)) : requirement;
  // what the employer will do, said beside the demand ("(we will run an MVR)"), why it asks
  // ("… because you'll be taking the crew truck home") and what would not do ("…, not just the
  // 10") ask nothing
  rest = rest
    .replace(EMPLOYER_REMARK, (m) => ' '.repeat(m.length))
    .replace(WHY_ASKED, (m) => ' '.repeat(m.length))
    .replace(WHY_FIRST, (m) => ' '.repeat(m.length))
    .replace(BUT_DEMAND, (m) => ' '.repeat(m.length))
    .replace(DEMAND_LEAD, (m) => ' '.repeat(m.length))
    .replace(NOT_JUST, (m) => ' '.repeat(m.length))
    .replace(BY_HIRE, (m) => ' '.repeat(m.length))
    .replace(LEVEL_REMARK, (m) => ' '.repeat(m.length))
    .replace(ALSO_CONSIDERED, (m) => ' '.repeat(m.length))
    .replace(NOT_ACCEPTED, (m) => ' '.repeat(m.length));
  // a thing a resume says in other words than a post ("a clean driving record": "no accidents")
  for (const concept of CONCEPTS) {
    let asked = false;
    rest = rest.replace(concept.asked, (m) => {
      asked = true;
      return ' '.repeat(m.length);
    });
    if (asked) terms.push(termOf(ix, concept.label, concept.held));
  }
  // one credential by two sets of letters, the second in brackets, is one term met by either:
  // "an LSIT (SIT)" by "LSIT"
  for (const m of rest.matchAll(LETTERS_TWICE)) {
    // (only letters of one name: "LSIT (SIT)", not a credential and its issuer, "CCS (AHIMA)")
    const [long, short] = m[1]!.length >= m[2]!.length ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    if (!long.toUpperCase().includes(short.toUpperCase())) continue;
    terms.push(termOf(ix, m[1]!, phrasesPattern([m[1]!, m[2]!])));
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  // a credential of two letters is asked with its issuer's: "HT(ASCP)", "RT(R)" (two letters
  // alone are too many other things to be a term: "PA", "OR", "IT")
  for (const m of rest.matchAll(TWO_LETTERS_ISSUED)) {
    // (held with its issuer: "MT (AMT)" is no MT(ASCP); a state in brackets is no issuer, "PT (CA)")
    const issuer = /\(([A-Z]{1,6})\)/.exec(rest.slice(m.index))![1]!;
    if (Object.hasOwn(US_STATES, issuer)) continue;
    if (!terms.some((t) => t.label === m[1]))
      terms.push(
        termOf(
          ix,
          m[1]!,
          new RegExp(String.raw`(?<![A-Za-z0-9])${m[1]}(?![A-Za-z0-9])(?=[\s,:-]*\(?${issuer}\b)`, 'g'),
        ),
      );
  }
  // a name spelled out and abbreviated is one term, met by either: "Texas RDA" holds "Registered
  // Dental Assistant (RDA)"
  for (const s of namesSpelledOut(rest)) {
    terms.push(termOf(ix, s.letters, phrasesPattern([s.name, s.letters])));
    rest = rest.slice(0, s.index) + ' '.repeat(s.length) + rest.slice(s.index + s.length);
  }
  // a name spelled out is held by its initials where the resume writes them alone: each of the
  // words of "GWO Basic Safety Training" by "GWO BST"
  const byInitials = new Map<string, Term['hits']>();
  const credentialDemand = CREDENTIAL_WORD.test(requirement);
  for (const s of namesByInitials(ix, rest, credentialDemand)) {
    // (a credential's letters held as the candidate's own: not "mentored by a CCC-SLP", "from the
    // FNP", nor a word of another's making, "BCBA-designed plans")
    const letters = termOf(
      ix,
      s.letters,
      new RegExp(String.raw`(?<![A-Za-z0-9])${s.letters}(?![A-Za-z0-9]|-${MADE_BY})`, 'g'),
    ).hits.filter(
      (h) =>
        !credentialDemand ||
        (heldAsCredential(ix, h) &&
          !/\b(?:from|of)\s+(?:an?\s+|the\s+|our\s+)?$/i.test(ix.searchable.slice(Math.max(0, h.index - 20), h.index))),
    );
    for (const w of s.name.match(/[A-Z][a-z]+/g)!) byInitials.set(w.toLowerCase(), letters);
  }
  // …and a code's name of two words before its number by its initials before the same number:
  // "Penal Code 832 Arrest and Control" by "PC 832 Arrest and Control"
  // (not a year: "Building Code 2021" is no "Vancouver, BC 2021")
  for (const m of rest.matchAll(NAMED_CODE)) {
    if (/^(?:19|20)\d\d$/.test(m[3]!)) continue;
    const letters = `${m[1]![0]}${m[2]![0]}`;
    const hits = termOf(ix, letters, new RegExp(String.raw`(?<![A-Za-z0-9])${letters}[-\s]?${m[3]}(?!\d)`, 'g')).hits;
    if (hits.length === 0) continue;
    for (const w of [m[1]!, m[2]!])
      byInitials.set(w.toLowerCase(), [...(byInitials.get(w.toLowerCase()) ?? []), ...hits]);
  }
  // the parts of a course or credential counted and listed are the credential's, not demands of
  // their own: "all four modules (Working at Heights, First Aid, Manual Handling, Fire Awareness)"
  // (the name they are of stays asked: "two SAP modules (FI, CO)" asks SAP)
  rest = rest.replace(PARTS_LISTED, (m, name: string | undefined, parts: string) =>
    name && /^\p{Lu}/u.test(name)
      ? m.slice(0, m.length - parts.length) + ' '.repeat(parts.length)
      : ' '.repeat(m.length),
  );
  for (const m of named)
    rest = rest.slice(0, m.index) + ' '.repeat(m.match.length) + rest.slice(m.index + m.match.length);
  // a course's or a standard's code is a term of its own, its letters with its number: "FEMA IS-100,
  // IS-200, IS-700 and IS-800" asks each, held as "IS-100.c" or in a list of its numbers,
  // "IS-100/200/700/800" (its letters alone are too short to be a word of the demand)
  // (in a demand written in capitals, capitals before a number are words: "MUST BE ABLE TO LIFT 50
  // POUNDS"; only a hyphen joins a code there)
  const longWords = rest.match(/[A-Za-z]{3,}/g) ?? [];
  const shouted = longWords.length >= 3 && longWords.every((w) => w === w.toUpperCase());
  for (const m of rest.matchAll(COURSE_CODE)) {
    const [, letters, digits] = m;
    // (not a year: "FY 2025", "TX 2024")
    if (/^(?:19|20)\d\d$/.test(digits!) && !m[0].includes('-')) continue;
    // (nor a grade, a form or a band of grades, asked at it or above or no course at all: "the
    // GS-11 level", "a DD-214", "PK-12 schools"; nor, without a hyphen, a small word, "UP TO 50 lbs")
    if (NOT_A_COURSE.test(letters!)) continue;
    if ((shouted || STOPWORDS.has(letters!.toLowerCase())) && !m[0].includes('-')) continue;
    const label = `${letters}-${digits}`;
    if (terms.some((t) => t.label === label)) continue;
    // (held in the resume's own case where the letters are a word's: "Cat 320", "DoD 8570",
    // "Deere 350G"; two letters only as written, "is 100" is prose; a publication's or
    // section's word between: "NIST SP 800-53", "EPA Section 608")
    terms.push(
      termOf(
        ix,
        label,
        new RegExp(
          String.raw`(?<![A-Za-z0-9])${letters}(?:\s+(?:SP|Pub\.|Section|Sec\.|Part))?[-\s]?(?:\d{1,4}[a-z.]{0,2}\s*\/\s*){0,6}${digits}(?!\d)`,
          letters!.length > 2 ? 'gi' : 'g',
        ),
      ),
    );
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  for (const w of rest.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? []) {
    const word = w.toLowerCase().replace(/'s$/, '');
    if (word.length < 3 || STOPWORDS.has(word) || terms.some((t) => t.label === word)) continue;
    const term = keywordTerm(ix, word);
    const initials = byInitials.get(word);
    if (initials) term.hits = byIndex([...term.hits, ...initials]);
    // a line under a heading of licences holds the word a licence is asked by: "Registered Nurse,
    // Ohio Board of Nursing | RN.441903" under "LICENSES & CERTIFICATIONS" is a licence
    if (SECTION_CREDENTIAL.test(word))
      term.hits = byIndex([...term.hits, ...(ix.credentialLines ??= credentialLines(ix))]);
    // an abbreviation the post uses alone is held by the name it stands for: "TSBDE" by "Texas
    // State Board of Dental Examiners"
    if (/^[A-Z]{3,6}$/.test(w)) term.hits = byIndex([...term.hits, ...termOf(ix, w, initialsPattern(w)).hits]);
    terms.push(term);
  }
  return terms;
}

/** A code's name of two capitalised words before its number: "Penal Code 832", "Vehicle Code 23152" (held as "PC 832", "PC-832"). */
const NAMED_CODE = /(?<![A-Za-z])([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+(\d{2,5})(?![\d,.]\d|\d)/g;

/** A course's or a standard's code: "IS-100", "ICS-300", "NFPA 70" (not a year, "FY 2025"). */
const COURSE_CODE = /(?<![A-Za-z0-9-])([A-Z]{2,5})[-\s]?(\d{2,4})(?![\d,.]\d|\d)/g;
/** Letters before a number that name no course: federal pay plans ("GS-11"), forms ("DD-214", "SF-50"), grade bands ("PK-12"). */
const NOT_A_COURSE = /^(?:GS|GG|GM|GL|WG|WL|WS|DD|SF|OF|PK|TK)$/;

/** The course or exam taken before a licence: "pre-licensing course", "prelicense education". */
const PRE_LICENSING = /\bpre[\s-]?licen[cs]\w*/i;
const PRE_LICENSING_ALL = new RegExp(PRE_LICENSING.source, 'gi');

/**
 * Whether a line speaks of a licence's pre-licensing course and of no licence besides: not
 * "Tennessee P&C producer license #2291 (2023); completed Kaplan pre-licensing course 2022",
 * "Licensed salesperson; also teach pre-licensing classes".
 */
function preLicensingOnly(text: string): boolean {
  if (!PRE_LICENSING.test(text)) return false;
  // (a licence's exam or course is no licence: "sitting for the license exam in April")
  return !/\blicen[cs]\w*\b(?!\s+(?:exams?|examination|tests?|course|classes?|education|school|program|prep|study))/i.test(
    text.replace(PRE_LICENSING_ALL, ' '),
  );
}

/** Three capitalised words or more in a row, small words between them aside: "Basic Safety Training". */
const CAPITALISED_RUN = /(?<![\w'’-])[A-Z][a-z]+(?:\s+(?:(?:of|and|for|in|the|&)\s+)?[A-Z][a-z]+){2,}(?![\w'’-])/g;
/** The parts of a course or credential, counted, listed in a parenthesis after their noun: "all four modules (Working at Heights, …)". */
const PARTS_LISTED =
  /\b(?:all|both|each|every|\d+|two|three|four|five|six|seven|eight)\s+([\w-]+\s+)?(?:modules|parts|sections|courses)\s*(\([^()]*\))/gi;

/** The most words of a name read by its initials, and of a run of capitalised words looked in. */
const MAX_NAME_WORDS = 8;
const MAX_RUN_WORDS = 40;
/** What another's letters before a hyphen say was made by them: "BCBA-designed", "RN-led". */
const MADE_BY = String.raw`(?:designed|led|run|owned|approved|supervised|directed|ordered|prescribed|written|signed|developed)\b`;
/** The last word of a role's name: "Assistant Store Manager". */
const ROLE_LAST =
  /^(?:manager|director|supervisor|coordinator|officer|assistant|associate|technician|technologist|specialist|engineer|analyst|administrator|nurse|operator|driver|clerk|representative|agent|lead|worker|aide|therapist|teacher|consultant|planner|inspector|mechanic|electrician|attendant|counselor|advisor|examiner|adjuster|designer|developer|scientist|architect|president|executive|partner|owner|foreman|superintendent|practitioner)s?$/i;
/** The first word of a credential named after its holder's role: "Certified Nursing Assistant". */
const CREDENTIAL_FIRST = /^(?:certified|registered|licensed|professional|chartered|accredited|board)$/i;

/**
 * The names a demand spells out in three capitalised words or more whose initials the resume
 * writes as a word of capitals ("Basic Safety Training" where it says "BST"), the longest first.
 */
function namesByInitials(
  ix: ResumeIndex,
  text: string,
  credential: boolean,
): { name: string; letters: string; index: number }[] {
  const out: { name: string; letters: string; index: number }[] = [];
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const words = [...run[0].matchAll(/[A-Z][a-z]+/g)];
    // (a demand all in title case must not cost more than a few names' worth)
    if (words.length > MAX_RUN_WORDS) continue;
    let from = 0;
    while (from <= words.length - 3) {
      let found = false;
      for (let to = Math.min(words.length, from + MAX_NAME_WORDS); to - from >= 3 && !found; to--) {
        const letters = words
          .slice(from, to)
          .map((w) => w[0][0])
          .join('');
        // (where the demand writes the letters too, they are a term of their own: "American Registry
        // of Radiologic Technologists in Radiation Therapy (R.T.(T)(ARRT))")
        const word = new RegExp(String.raw`(?<![A-Za-z0-9])${letters}(?![A-Za-z0-9])`);
        // (nor is a role held by its letters named, "help the ASM with…", unless it is a credential's name:
        // "Certified Nursing Assistant")
        // (asked as a credential, a role's name is the credential's: "Family Nurse Practitioner
        // certification" by "FNP-BC")
        const role =
          !credential &&
          (ROLE_LAST.test(words[to - 1]![0]) || isTitle(words[to - 1]![0])) &&
          !CREDENTIAL_FIRST.test(words[from]![0]);
        if (role || word.test(text) || !word.test(ix.searchable)) continue;
        const start = words[from]!.index;
        const end = words[to - 1]!.index + words[to - 1]![0].length;
        out.push({ name: run[0].slice(start, end), letters, index: run.index + start });
        [from, found] = [to, true];
      }
      if (!found) from++;
    }
  }
  return out;
}

/** The words a credential is asked by, which a heading of credentials says for its lines. */
const SECTION_CREDENTIAL = /^(?:licen[cs]\w*|certif\w*|credentials?)$/i;

/** A heading of licences, not of courses or training: "LICENSES & CERTIFICATIONS", "Licensure", "Credentials". */
const LICENCE_HEADING = /licen[cs]|certif|credential|registration/i;

/** The lines under a heading of licences and certifications, each as a hit at its start. */
function credentialLines(ix: ResumeIndex): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  let licences = false;
  for (const l of ix.lines) {
    if (l.heading)
      licences = l.heading === 'certifications' && LICENCE_HEADING.test(ix.nt.text.slice(l.start, l.contentStart));
    // (not a line of the course before a licence: "Tennessee Property & Casualty pre-licensing course (40 hours)")
    if (licences && l.section === 'certifications' && l.content.trim() && !preLicensingOnly(l.content))
      out.push({ index: l.contentStart, length: 0 });
  }
  return out;
}

/** Hits in the order of the text, as {@link occursIn} reads them. */
function byIndex(hits: { index: number; length: number }[]): { index: number; length: number }[] {
  return hits.sort((a, b) => a.index - b.index);
}

/**
 * A remark in brackets of what the employer will do or the job will ask: "(we will run an MVR)",
 * "(we'll train)", "(MVR will be checked – you will move vehicles and occasionally run parts)".
 */
const EMPLOYER_REMARK =
  /\(\s*(?:we|we'll|we will|we're|we are|we do|our)\b[^()]*\)|\((?=[^()]*\b(?:you(?:'ll|’ll|\s+will)|will\s+be\s+(?:checked|verified|run|pulled|reviewed|confirmed))\b)[^()]*\)/gi;

/** Why a demand is made, closing it: "… because you'll be taking the crew truck home", "… as you will drive to sites". */
const WHY_ASKED =
  /,?\s+(?:because|since|as)\s+(?:you|you'll|you'd|you're|we|we'll|we're|it's|that's|that\s+is|this|these|those|they|they're|our|most|much|half|many|the\s+(?:job|role|position|work))(?=[\s'’]|$)[^.;]*[.;]?\s*$/i;
/**
 * Why, said first: "We're open Thursday through Monday, so you must be able to work weekends",
 * "Because you'll drive one of our vans and take your turn on call, a valid driver's license … a must".
 */
const WHY_FIRST =
  /^[^.;]{0,120}?,\s+so\s+(?=(?:you|candidates?|applicants?)\b)|^(?:because|since)\s+(?:you|you'll|you're|you\s+will|we|we'll|we're|the\s+(?:job|role|work|position))(?=[\s'’])[^.;,]{0,160},\s+(?=\S)/i;
/**
 * A remark before the demand it leads to, said after "but": "Company car, but needs a valid
 * driver's license", "Not a programming job day to day, but … must be able to read a program".
 */
const BUT_DEMAND =
  /^[^.;]{0,120}?,?\s+but\s+(?=(?:[\w'’]+\s+){0,8}?(?:must|needs?|should|required|has\s+to|have\s+to)\b)/i;
/**
 * Who said a demand, and of whom, before it: "Priya was very clear they must be able to open a
 * customer's program" asks the opening of the program.
 */
const DEMAND_LEAD =
  /^(?:[\w'’,]+\s+){2,12}?(?:they|you|candidates?|applicants?|the\s+candidate|he\s+or\s+she|someone)\s+(?:must|should|will\s+need\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:be\s+able\s+to\s+)?/i;
/** How firmly a demand is made, and why, in brackets: "(required, no exceptions – non-certified techs will not be submitted)". */
const LEVEL_REMARK =
  /\(\s*(?:required|mandatory|a\s+must|must[\s-]have|no\s+exceptions|non[\s-]?negotiable|essential)\b[^()]*\)/gi;
/**
 * Whom else the employer will consider, closing a demand: "CISA required; candidates who will
 * obtain CISA within 12 months of hire will be considered". The demand is what comes before.
 */
const ALSO_CONSIDERED =
  /[;,.]\s*(?:(?:but\s+)?(?:candidates|applicants|those|people|someone|anyone)\b[^;]*?\b(?:will|may|can|would)\s+(?:also\s+)?be\s+considered|(?:we\s+)?(?:will|may|would)\s+(?:also\s+)?consider\b)[^;]*$/i;
/**
 * A demand without what the employer says of itself and what will not do (see {@link
 * requirementTerms}); whom else it will consider is kept: "…; candidates with a 4th-year apprentice
 * license will also be considered", "(we will also consider an apprentice)" lower the rank asked.
 */
function withoutRemarks(requirement: string): string {
  return requirement
    .replace(EMPLOYER_REMARK, (m) =>
      /\b(?:consider|accept)/i.test(m) && !/\bnot\b|n['’]t\b/i.test(m) ? m : ' '.repeat(m.length),
    )
    .replace(NOT_ACCEPTED, (m) => ' '.repeat(m.length));
}

/** What will not do, closing a demand: "…; trainee licenses will not be accepted" asks nothing of its own. */
const NOT_ACCEPTED =
  /(?:[;,]|(?<=[a-z]{2}|[)\d])\.(?=\s))\s*(?![^;]*?\b(?:without|other\s+than|lacking|less\s+than|fewer\s+than|(?:do|does)\s+not\s+(?:have|hold)|don['’]t\s+(?:have|hold))\b)(?:[\w'’()/-]+\s+){1,10}(?:will|would|are|is|do|does)\s+not\s+(?:be\s+)?(?:accepted|considered|counted|count|qualify|eligible)\b[^;]*$/i;
/** When a credential must be held, which a resume never says: "…, active on or before the hire date", "by your start date". */
const BY_HIRE =
  /,?\s*(?:(?:active|held|valid|obtained|in\s+hand|required)\s+)?(?:on\s+or\s+)?(?:by|before|prior\s+to|at|upon|on)\s+(?:the\s+|your\s+)?(?:time\s+of\s+)?(?:hire|hiring|start(?:ing)?|first\s+day|day\s+one)(?:\s+date)?(?![\w-])/gi;
/** What would not do, closing a demand: "OSHA 30 card required, not just the 10". */
const NOT_JUST = /,?\s+not\s+(?:just|only|merely)\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+)?[.;]?\s*$/i;

/**
 * Things a post asks in words a resume seldom repeats, each one term of a demand: its words in the
 * post (`asked`), and what in a resume holds it (`held`).
 */
const CONCEPTS: readonly { label: string; asked: RegExp; held: RegExp }[] = [
  {
    // "a U.S. Person as defined by ITAR (U.S. citizen or permanent resident)": held by "U.S.
    // citizen", "permanent resident", "green card holder"
    label: 'U.S. person',
    asked:
      /\bU\.?S\.?\s+persons?\b(?:\s*\((?:ITAR|EAR|ITAR\/EAR)\)|\s+as\s+defined\s+(?:by|under|in)\s+(?:the\s+)?(?:ITAR|EAR)\b)?|\bU\.?S\.?\s+citizen(?:ship)?\s+or\s+(?:lawful\s+)?permanent\s+resident(?:\s+status)?\b/gi,
    // (not "not a U.S. citizen", "U.S. Citizenship and Immigration Services", "permanent resident of Canada")
    held: /(?<!\bnot\s+(?:currently\s+|yet\s+)?(?:an?\s+)?|\bnon-?\s*|\bnot\s+(?:currently\s+)?(?:an?\s+)?U\.?S\.?\s+citizen\s+or\s+)\b(?:U\.?S\.?\s+(?:citizen(?:ship)?(?!\s+and\s+immigration)|person)\b|(?:lawful\s+)?permanent\s+resident\b(?!\s+of\s+(?!the\s+U\.?S\b|the\s+United\s+States))|green\s+card\b)/gi,
  },
  {
    // "read blueprints": held by "shop drawings", "isometrics", "schematics", "prints"
    label: 'blueprints',
    asked: /\bblue[\s-]?prints?\b/gi,
    held: /\bblue[\s-]?prints?\b|\b(?:shop|fabrication|engineering|construction|technical|isometric|mechanical|electrical|architectural|structural|as-built)\s+drawings\b|\bisometrics?\b|\bschematics?\b|\bprints\b/gi,
  },
  {
    // "a clean driving record", "acceptable MVR", "a record our insurance will accept": held by
    // "clean MVR", "no accidents or tickets", "accident-free", "spotless driving record"
    label: 'clean driving record',
    asked:
      /\b(?:(?:clean|good|safe|acceptable|satisfactory|insurable)\s+)?(?:driving\s+(?:record|history)|motor\s+vehicle\s+(?:record|report)|MVR)s?\b|\bclean\s+record\b|\b(?:driving\s+)?record\s+(?:that\s+)?(?:our|the|an?)\s+(?:auto\s+)?insurance(?:\s+(?:carrier|company|provider|policy))?\s+(?:will|can|would)\s+accept\b|\binsurable\s+(?:driver|driving\s+record)\b/gi,
    held: /\b(?:clean|good|safe|spotless|excellent|perfect|unblemished)\s+(?:driving\s+|motor\s+vehicle\s+)?(?:record|MVR|driving\s+history)\b|\baccident[\s-]free\b|\bno\s+(?:(?:(?:at[\s-]fault|preventable|chargeable|reportable)\s+)?accidents?|(?:moving\s+)?violations?|tickets|points)\b/gi,
  },
];

/**
 * The alternatives a requirement offers, each as text of its own: "an active coding credential,
 * either the Certified Professional Coder (CPC) from AAPC or the Certified Coding Specialist (CCS)"
 * offers the CPC and the CCS. The first runs from the last "either", comma or colon before its
 * "or". None when the requirement offers no choice.
 */
function requirementAlternatives(requirement: string): string[] {
  // (an "or" inside a parenthesis says what the thing before it may be, and a hyphen left open
  // joins two words' halves: in "journeyman card (state- or city-issued license, or SMART
  // journeyperson status)" the card is asked)
  const top = requirement.replace(/\([^()]*\)/g, (m) => m.replace(/\bor\b/gi, '\u0000\u0000'));
  const parts: string[] = [];
  let from = 0;
  for (const m of top.matchAll(/(?<!\w-)\s*,?\s+or\s+(?!more\b|less\b|equivalent\b|similar\b|related\b)/gi)) {
    parts.push(requirement.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(requirement.slice(from));
  if (parts.length < 2) {
    // (a list closed by "or equivalent" offers each of its names: "Scientific molding training: RJG
    // Master Molder I, Paulson, Routsis or equivalent")
    // (not a degree's fields, "Bachelor's degree in Accounting, Business Administration or
    // equivalent", nor names all asked, "Word, Excel, and PowerPoint or equivalent")
    const listed = hasDegree(requirement) || /\bdegrees?\b/i.test(requirement) ? null : LISTED_OR_EQUIVALENT.exec(top);
    if (listed && !/^\s*(?:and|&)\s/i.test(listed[1]!.slice(listed[1]!.lastIndexOf(',') + 1))) {
      const start = listed.index + listed[0].length - listed[2]!.length - listed[1]!.length;
      return requirement
        .slice(start, start + listed[1]!.length)
        .split(',')
        .map((name) => name.trim());
    }
    // (…and is offered as any of them: the card, a licence, or the status)
    const inner = /^(.*?\S)\s*\(([^()]*\bor\b[^()]*)\)\s*[.;]?\s*$/.exec(requirement);
    return inner ? [inner[1]!, ...requirementAlternatives(inner[2]!)] : [];
  }
  const first = parts[0]!;
  const either = [...first.matchAll(/\beither\s+/gi)].pop();
  const cut = Math.max(
    either ? either.index + either[0].length : 0,
    first.lastIndexOf(',') + 1,
    first.lastIndexOf(':') + 1,
  );
  // (a list of credentials' letters before the "or" offers each: "certification: SHRM-CP,
  // SHRM-SCP, PHR or SPHR", "NIC, CI and/or CT")
  // (or after a dash that leads them in: "RID national certification – NIC, CI and/or CT, or CDI")
  // (only where what leads them in is a credential of their kind: in "Class A CDL - HAZMAT, TANKER
  // or DOUBLES endorsements" the licence is asked with one of them)
  const dash = [...first.matchAll(/\s[–—-]\s/g)]
    .filter((d) => /\b(?:certifications?|certificates?|credentials?|designations?)\b/i.test(first.slice(0, d.index)))
    .pop();
  const letters = first
    .slice(
      Math.max(
        either ? either.index + either[0].length : 0,
        first.lastIndexOf(':') + 1,
        dash ? dash.index + dash[0].length : 0,
      ),
    )
    .split(/,|\s+and\/or\s+/);
  if (letters.length > 1 && letters.every((l) => LETTERS_ONLY.test(l))) return [...letters, ...parts.slice(1)];
  // (each also without what its parenthesis says of it: "Forklift or reach truck certification
  // (sit-down or stand-up)" is met by "Reach truck certified")
  const all = [first.slice(cut), ...parts.slice(1)];
  // (only where the parenthesis itself offers kinds or examples: "BLS (AHA)" asks the AHA's)
  const bare = all
    .map((a) => a.replace(/\s*\(([^()]*)\)/g, (m, inner: string) => (OFFERS.test(inner) ? '' : m)))
    .filter((a, i) => a !== all[i] && /\p{L}/u.test(a));
  return [...all, ...bare];
}

/**
 * The use of a tool for a purpose: "Ability to use Eduphoria for assessment data" (group 1, the
 * tool, known or named in capitals; group 2, the purpose).
 */
const TOOL_FOR =
  /^(?:(?:the\s+)?ability\s+to\s+use|able\s+to\s+use|skill(?:ed)?\s+(?:with|in|using)|proficien(?:t|cy)\s+(?:with|in|using)|experience\s+using)\s+(\S+(?:\s+\S+){0,2}?)\s+(?:for|to)\s+([^,;()]+)$/i;

/**
 * Whether the purpose a tool is used for asks nothing of its own: not years ("Experience using
 * Epic to document care for at least 2 years"), nor another skill the vocabulary knows
 * ("Experience using Python to build machine learning models", "… AutoCAD to produce
 * construction drawings"); a skill that is a part of the tool is the tool's ("Ability to use
 * Excel for pivot tables").
 */
function purposeOnly(tool: string, purpose: string): boolean {
  if (/\d\s*\+?\s*(?:years?|yrs?|months?)\b/i.test(purpose)) return false;
  const own = normalizeSkill(tool);
  return findSkills(purpose).every((k) => k.skill === own || (own !== null && SKILL_IMPLIES[k.skill]?.includes(own)));
}

/**
 * A list of names closed by "or equivalent" (group 1), after a label's colon if any: "…: RJG
 * Master Molder I, Paulson, Routsis or equivalent". (The spaces after a comma are the name's: a
 * pattern that could take them either side would try every way, "Tools:  x,  x,  x, …".)
 */
const LISTED_OR_EQUIVALENT =
  /(?:^|:)([^,:()]+(?:,[^,:()]+)+)(,?\s+or\s+(?:an?\s+)?(?:equivalent|similar|comparable)\b)/i;

/** What a parenthesis says that offers kinds or examples: "(sit-down or stand-up)", "(e.g. Epic)", "(PADI, SSI)". */
const OFFERS = /\bor\b|\be\.g\.|\bsuch\s+as\b|\bincluding\b|,/i;

/** A credential's letters, three or more: "LSIT", "PLS", "CPhT" (not "HR", "IT"). */
const CREDENTIAL_LETTERS = /(?<![\w-])[A-Z][A-Za-z]?[A-Z][A-Z0-9&]{0,5}(?<=[A-Za-z0-9&]{3,8})(?![\w-])/;

/** An alternative that is a credential's letters and nothing more: "An active CSP", "CHST". */
const LETTERS_ONLY = /^\s*(?:(?:[Aa]n?|[Tt]he|[Aa]ctive|[Cc]urrent|[Vv]alid)\s+)*[A-Z][A-Z0-9&-]{1,7}\s*[.!]?\s*$/;

/** Words of the way to a credential: its exam, its course, its parts. */
const STEP_WORD = String.raw`(?:exams?|examination|boards?|registry|sections?|parts?|modules?|program(?:me)?|course(?:work)?)`;
const CREDENTIAL_STEP = new RegExp(String.raw`\b(?:${STEP_WORD}|sit\s+for)\b`, 'i');
/** A step toward a credential just before its letters: "Registry exam (RPSGT)", "sit for the CPC". */
const STEP_BEFORE = new RegExp(String.raw`\b(?:${STEP_WORD}|sit\s+for)[\s("“:-]*(?:(?:the|an?|my)\s+)?$`, 'i');
/**
 * …or just after them: "the SHRM-CP exam", "CPC prep course", "RPSGT registry exam", "the CFP®
 * education program", or its state (group 1), after its noun if any: "Certified Fraud Examiner
 * (CFE) — in progress", "RN license pending".
 */
const STEP_AFTER = new RegExp(
  String.raw`^[\s)"”:®™-]*(?:(?:certification|credential(?:ing)?|licensing|licensure|prep|review|education|training|study)\s+)?${STEP_WORD}\b|^[\s)"”®™:,–—-]*(?:(?:licen[cs]e|certificat(?:e|ion)|credential|registration)\s+)?(in\s+progress|pending|scheduled|expected|anticipated|not\s+yet\b)`,
  'i',
);
/** Another credential's letters a state leads in: "CPA, pending CFE exam" is the CFE's. */
const STATE_OF_ANOTHER = /^[\s:]+(?:(?:for|to\s+take|to\s+sit\s+for)\s+)?(?:(?:the|an?|my)\s+)?[A-Z][A-Za-z]?[A-Z]/;

/** Whether the way to a credential stands beside the letters at `hit` (see {@link STEP_BEFORE}, {@link STEP_AFTER}). */
function stepBeside(text: string, hit: { index: number; length: number }): boolean {
  if (STEP_BEFORE.test(text.slice(Math.max(0, hit.index - 30), hit.index))) return true;
  const after = text.slice(hit.index + hit.length, hit.index + hit.length + 40);
  const step = STEP_AFTER.exec(after);
  // (a state that leads in another credential's letters is that one's, not these)
  return step !== null && !(step[1] !== undefined && STATE_OF_ANOTHER.test(after.slice(step[0].length)));
}

/** The line windows' best hold of `terms`: how many of them one window holds, and where it opens. */
function bestWindow(ix: ResumeIndex, terms: Term[]): { count: number; line: number } | null {
  let best: { count: number; line: number } | null = null;
  for (let i = 0; i < ix.lines.length; i++) {
    if (!ix.lines[i]!.content) continue;
    const last = ix.lines[Math.min(ix.lines.length - 1, i + WINDOW_LINES - 1)]!;
    const [from, to] = [ix.lines[i]!.start, last.start + last.text.length];
    const count = terms.filter((t) => occursIn(t, from, to)).length;
    if (!best || count > best.count) best = { count, line: i };
  }
  return best;
}

/**
 * A line that says a credential or degree is not held yet: "CPC exam scheduled for August",
 * "B.S. Accounting (in progress)", "working toward the PE", "I have not completed a formal
 * paralegal certificate program", "Two years of coursework toward a BBA (not completed)", "My CRT
 * certificate is under review", "CRT certificate - awaiting issuance" (a review or an approval the
 * credential itself awaits: not "flagged refill requests awaiting approval", "claims under review").
 */
const NOT_YET =
  /\b(?:scheduled|registered\s+(?:for|to\s+(?:take|sit)(?:\s+for)?)\s+(?:the\s+|an?\s+|my\s+)?(?:[\w()-]+\s+){0,3}?(?:exam\w*|test|boards?)\b|pursuing|in\s+progress|studying\s+(?:for|towards?)|preparing\s+for|expected|anticipated|working\s+(?:toward|towards)|enrolled\s+in|will\s+(?:sit|take)|candidate\s+for|planned|upcoming|(?<!\b(?:while|when|as)\s+(?:I|s?he|they|we)\s+(?:was|were)\s+)(?:finishing|completing)\s+(?:my|a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:degree|diploma|certificat\w*|licen[cs]\w*|program|coursework|bachelor\w*|master\w*|associate\w*|b\.?[sa]\.?|mba|studies)|(?:started|begun),?\s+(?:but\s+)?not\s+(?:yet\s+)?(?:finished|completed)|not\s+yet\s+(?:registered|certified|licensed|credentialed|board[\s-]certified|eligible|taken|passed|sat|attempted|completed|earned|obtained|awarded)|(?:part|section)s?\s+\d(?:\s*(?:,|and|&)\s*\d)*\s+(?:of\s+\d\s+)?(?:passed|completed)|planning\s+to\s+(?:take|sit|complete|finish|earn|get|obtain|apply)|(?:get|earn|have)\s+(?:my|the|it)\s+(?:[\w-]+\s+){0,2}?(?:certification|licen[cs]e|certificate|credential|registration)s?\s+(?:back|reinstated|renewed)|need\s+to\s+re-?(?:test|take|sit)\b|(?:happy|willing|eager|ready|open)\s+to\s+(?:get|become)\s+(?:certified|licensed)|pending|application\s+(?:(?:was|has\s+been|is)\s+)?(?:submitted|filed|in\s+review|under\s+review|being\s+(?:processed|reviewed))|(?:certificat\w*|licen[cs]e|credential|registration|permit|card|it)\s+(?:is|are|was)\s+(?:still\s+|currently\s+)?(?:in|under)\s+review|(?<=(?:^|[-–—:;,(|]|\b(?:is|am|are|still|currently|now|and|but))\s*)awaiting\s+(?:(?:my|the|its|their)\s+)?(?:issuance|approval|licen[cs]e|certificat\w*|registration|credential)|(?:have|has|had|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:completed?|finish(?:ed)?|earn(?:ed)?|obtain(?:ed)?|received?|pass(?:ed)?|h[eo]ld|tak(?:e|en)|s[ai]t(?:\s+for)?|attempt(?:ed)?)\s+(?:(?:my|the|a|an|any)\s+)?(?:[\w'’-]+\s+){0,3}?(?:degree|diploma|certificat\w*|credential|licen[cs]\w*|program(?:me)?|course|exam|bachelor\w*|master\w*|associate\w*|training)|\((?:not|never)\s+(?:yet\s+)?(?:completed|finished|conferred|awarded)\)|(?:coursework|credits|classes|units|semesters|years)\s+(?:completed\s+)?(?:toward|towards)\s+(?:an?\s+|the\s+|my\s+)?(?!(?:\d{4}\s+)?(?:renewal|recertification|re-?certification|licen[cs]e\s+renewal|CPE|CE)\b)(?:[\w'’.-]+\s+){0,2}?(?:degree|diploma|certificat\w*|bachelor\w*|master\w*|associate\w*|[AB]\.?[AS]\.?|BBA|MBA|BSN|AAS|A\.?A\.?S\.?))\b/i;

/**
 * A line that says what is not held: "AALAS ALAT - not yet certified", "Forklift: not certified",
 * "No formal I-CAR or ASE.", "No CT certification", "I don't have a CDL yet", "Not yet certified",
 * "I am not forklift certified", "I hold no state teaching certificate", "I have not operated a
 * forklift but…", "I have not written or maintained SIEM detections" (and see {@link LABEL_NONE}).
 * What it names is no evidence.
 */
const NOT_HELD =
  /^[^\p{L}]*(?:\p{L}[\p{L}\d()&/+.'’-]*(?:\s+[\p{L}\d()&/+.'’-]+){0,4}(?:\s*[:|]|\s+[-–—])\s*not\s+(?:yet\s+)?(?:certified|licensed|registered|credentialed|held|obtained|earned)\b|(?:[\p{L}.]+\s+){0,4}?i\s+have\s+(?:until\s+now\s+|so\s+far\s+|yet\s+)?no\s+(?:practical\s+|hands[\s-]on\s+|real\s+|professional\s+|direct\s+|production\s+|work\s+)?(?:experience|exposure)\b|(?:[\p{L}.]+\s+){1,3}?i\s+(?:do\s+not|don['’]t)\s+(?:yet\s+|currently\s+)?(?:have|hold)\s+(?:yet\s+)?(?:an?\s+|the\s+|any\s+)?(?=(?:[\w-]+\s+){0,3}(?:card|licen[cs]e|certificat\w*|credential|registration)\b(?!\s+(?:suspensions?|revocations?|points|violations?|issues?|problems?|restrictions?)))|(?:[\p{L}'’-]+\s+){0,4}(?:card|licen[cs]e|certificat\w*|credential|registration|diploma|degree)\s+(?:is|was)\s+not\s+(?:yet\s+)?(?:recogni[sz]ed|accepted|transferable|valid(?!\s+for\b)(?![^;,.]*\buntil\b))\b|no\s+formal\b|no\s+(?!(?:lapses?|gaps?|break|breaks|disciplinary|interruptions?|issues?|problems?)\b)(?:[\w+-]+\s+){0,3}?(?:certification|certificate|licen[cs]e|credential|registration|degree)s?\b|(?:i\s+)?(?:do\s+not|don['’]t)\s+(?:yet\s+|currently\s+)?(?:have|hold|own)\s+(?!(?:a\s+)?single\b|any\s+(?:(?:license|licence)\s+)?(?:accidents?|violations?|incidents?|complaints?|suspensions?|revocations?|points|tickets?)\b)|(?:i\s+am\s+|i['’]m\s+)?not\s+(?!only\b|just\b|merely\b|simply\b)(?:yet\s+)?(?:[\w-]+\s+){0,2}?(?:certified|licensed)\b|not\s+yet\b|(?:i\s+)?(?:hold|have|possess)\s+no\s+(?!(?:[\w-]+\s+){0,2}(?:accidents?|violations?|incidents?|complaints?|gaps?|problems?|issues?|recordables?|lapses?|injur(?:y|ies)|claims?|tickets?|points|restrictions?|trouble|difficult(?:y|ies)|fear|limitations?)\b)|(?:i\s+)?(?:have\s+)?never\s+been\s+(?:certified|licensed)\b|(?:i\s+)?(?:have\s+not|haven['’]t|never\s+(?:have\s+)?)\s*(?:operated|driven|run|used|written|maintained|built|performed|done|managed|led|worked\s+(?:with|on|in))(?:\s+(?:or|and|nor)\s+(?:operated|driven|run|used|written|maintained|built|performed|done|managed|led|worked\s+(?:with|on|in)))?\s+(?:an?\s+|the\s+|any\s+)?)/iu;

/** A label whose value says the thing is not held: "Forklift: none yet" (not "Restrictions: None"). */
const LABEL_NONE =
  /^[^\p{L}]*(?![^:]*\b(?:restrictions?|violations?|accidents?|incidents?|complaints?|gaps?|lapses?|issues?|points|claims?|tickets?|endorsements?|limitations?|allerg\w*|record|felon\w*|convictions?|dui|dwi|suspensions?|criminal|arrests?|disciplin\w*|citations?)\b)[\p{L}\d/&' -]{1,40}:\s*(?:none|not\s+yet)\b/iu;

/** A line of a skills table that rates the skill as not held ("| SAP | 0 | None |"), or one that says so (see {@link NOT_HELD}). */
function notHeld(line: string): boolean {
  return ratedNone(line) || NOT_HELD.test(line) || (line.includes(':') && LABEL_NONE.test(line));
}

/** A row of a skills table that rates the skill as not held: "| SAP | 0 | None |". */
function ratedNone(line: string): boolean {
  if ((line.match(/\|/g) ?? []).length < 2) return false;
  const cells = line
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean);
  return cells.length >= 2 && cells.slice(1).some((c) => NONE_CELL.test(c));
}
const NONE_CELL = /^(?:0(?:\.0+)?(?:\s*(?:yrs?|years?|months?))?|none|no(?:ne)?\s+experience|n\/a)$/i;

/** The terms without their hits where the resume says the thing is not held yet (see {@link NOT_YET}) or at all. */
function heldOnly(ix: ResumeIndex, terms: Term[]): Term[] {
  const notYet = (ix.notYet ??= spansSaying(ix.lines, (t) => NOT_YET.test(t) || notHeld(t)));
  const ended = (ix.ended ??= endedSpans(ix));
  // (a line's own hit, standing for what its heading names, stays where any credential of the line
  // is still held; see credentialLines)
  // (and where the line goes on past what lapsed: "ACLS - expired, BLS (AHA) - current")
  const lapsed = (ix.lapsed ??= lapsedSpans(ix));
  const goesOn = (h: { index: number; length: number }) => {
    if (h.length > 0) return false;
    const line = ix.lines[lineAt(ix.lines, h.index)]!;
    const end = line.contentStart + line.content.replace(/[\s.,;]+$/, '').length;
    return !lapsed.some(([from, to]) => from <= h.index && to >= end);
  };
  return offSpans(
    offSpans(offSpans(terms, notYet), lapsed, goesOn),
    ended.spans,
    (h) => h.length === 0 && !ended.lines.has(h.index),
  );
}

/** A word every clause that says a thing is not held, or not yet, holds one of (see {@link NOT_HELD}, {@link NOT_YET}). */
const NEGATION_HINT =
  /\b(?:no|not|never|none|yet|pending|scheduled|pursuing|progress|expected|anticipated|toward|towards|enrolled|candidate|planned|upcoming|finishing|completing|planning|passed|completed|back|need|happy|willing|eager|ready|open|studying|preparing|will|awaiting)\b|n['’]t\b|\b(?:in|under)\s+review\b|\bapplication\s+(?:(?:was|has\s+been|is)\s+)?(?:submitted|filed|in|under|being)\b/i;

/** A line longer than this may be prose, whose clauses say different things. */
const CLAUSE_LINE = 100;
/**
 * Where a clause of prose ends: a sentence's end, ", and" before a verb or a subject of its own
 * ("…, and is currently working toward the CPCU"), ", but …", ", so I…", a field mark. Not a semicolon: "working
 * toward two credentials: the CCRN; and the CEN" says both are not held.
 */
/** Where a short line's clauses part: a joining word after a comma, "…, but …", "…, only …". */
const JOINED_CLAUSE =
  /,\s+(?:but|only|so)\s+|,\s+and\s+(?=(?:I|she|he|they|we)\b)|;\s+(?=(?:and\s+)?(?:[Rr]egistered|[Ss]cheduled)\b)/gu;
const CLAUSE_BREAK =
  /(?<=\p{Ll}{2}[.!?]|\b\p{Lu}{2,}[.!?])\s+(?=\p{Lu})|,\s+(?:and\s+(?=(?:is|am|are|was|were|has|have|had|holds?|currently|I|she|he|they|we)\b)|but\s+|so\s+|only\s+)|\s+[|•·]\s+/gu;

/**
 * The spans of the lines that say what `says` tells: a short line whole, a long one by its clauses,
 * so that "She holds a B.A. in Communication, a clean Florida driver's license, and is working
 * toward the CPCU" says only its last clause is not held (the whole line where no one clause says it).
 */
function spansSaying(lines: ResumeLine[], says: (text: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (const l of lines) {
    const c = l.content;
    if (!c) continue;
    const whole: [number, number] = [l.start, l.start + l.text.length];
    // (a short line says it whole, unless a clause joined to another by "but", "only" or "so" says it
    // alone: "At my last job I have no experience with Cerner, only Epic for 6 years"; a status in a
    // field of its own is the line's: "CompTIA Security+ | In progress")
    const short = c.length <= CLAUSE_LINE;
    if (short && !says(c)) continue;
    // (a clause says it only with a word that denies or defers: a long line with none is read once)
    if (!short && !NEGATION_HINT.test(c) && !says(c)) continue;
    const clauses: [number, number][] = [];
    let from = 0;
    for (const end of [
      ...[...c.matchAll(short ? JOINED_CLAUSE : CLAUSE_BREAK)].map((m) => [m.index, m.index + m[0].length]),
      [c.length, c.length],
    ]) {
      if (says(c.slice(from, end[0]))) clauses.push([l.contentStart + from, l.contentStart + end[0]]);
      from = end[1]!;
    }
    // (a clause may say it where the line does not open so: "… know cold work well. I have not
    // operated a forklift but I'm willing to be trained.")
    if (clauses.length > 0) out.push(...clauses);
    else if (short || says(c)) out.push(whole);
  }
  return out;
}

/**
 * Whether a credential's letters at `hit` are the candidate's: not those of whom the candidate
 * worked under or beside ("under BCBA supervision", "alongside RRT staff").
 */
function heldAsCredential(ix: ResumeIndex, hit: { index: number; length: number }): boolean {
  const before = ix.searchable.slice(Math.max(0, hit.index - 40), hit.index);
  // (the letters with their credential's word are held, whatever stands before: "a nurse with RN
  // license"; "promoted from LPN to RN" holds the RN)
  if (
    /^\s*(?:licen[cs]e|certif\w*|credential|registration|#|no\.)/i.test(
      ix.searchable.slice(hit.index + hit.length, hit.index + hit.length + 20),
    )
  )
    return true;
  return !/\b(?:under|alongside|supporting|assisting|assisted|assist|by|for|with|(?<!\bfrom\s+\S+\s+)to|(?:supervised|mentored|overseen)\s+by|report(?:ing|ed|s)?\s+to)\s+(?:an?\s+|the\s+|our\s+)?(?:licensed\s+|certified\s+)?$/i.test(
    before,
  );
}

/**
 * Whether the resume holds another credential of the kind a spelled-out one is, by a name of its
 * own with other letters: "Certified Respiratory Therapist (CRT)" beside a demand for the
 * "Registered Respiratory Therapist (RRT)", or "CPSGT" for the "RPSGT".
 */
function anotherSpelled(ix: ResumeIndex, sp: { name: string; letters: string }): boolean {
  // (or by its letters alone, another rank's first letter before the same others: "CPSGT" beside
  // a demand for the "Registered Polysomnographic Technologist (RPSGT)")
  if (
    // (four letters at least: three are others' too, "EST" beside the "CST", "FDA" beside the "CDA")
    sp.letters.length >= 4 &&
    new RegExp(String.raw`(?<![A-Za-z])(?!${sp.letters[0]})[A-Z]${sp.letters.slice(1)}(?![A-Za-z])`).test(ix.searchable)
  )
    return true;
  const words = sp.name.trim().split(/\s+/);
  if (words.length < 3) return false;
  const kind = words
    .slice(-2)
    .map(phrasePattern)
    .join(String.raw`\s+`);
  const other = new RegExp(String.raw`\b([A-Z][a-z]+)\s+${kind}\s*\(([A-Z][A-Za-z]{1,6})\)`, 'g');
  return [...ix.searchable.matchAll(other)].some(
    (m) => m[2]!.toUpperCase() !== sp.letters.toUpperCase() && m[1]!.toLowerCase() !== words.at(-3)!.toLowerCase(),
  );
}

/** Words that join credentials a demand asks together: "BLS and ACLS", "BLS, ACLS and PALS". */
const JOINED = /^[\s,]*(?:and|&|\+|plus)?[\s,]*$/i;

/**
 * The terms of the credentials a demand names together by the vocabulary's names, two at least,
 * with nothing but "and" or commas between them and no choice offered ("BLS and ACLS
 * certifications"); null otherwise.
 */
/** Words about credentials named together that offer a choice or only wish for them ("or" is read first, over the whole demand). */
const CHOICE_OR_WISH =
  /\b(?:any|one\s+of|such\s+as|e\.g|like|including|a\s+plus|preferred|desired|bonus|nice|ideally)\b/i;

function credentialsTogether(requirement: string, terms: Term[]): Term[] | null {
  if (!CREDENTIAL_WORD.test(requirement) || /\b(?:or|either)\b|\//i.test(requirement)) return null;
  const named = findSkills(requirement).sort((a, b) => a.index - b.index);
  if (named.length < 2) return null;
  // (a wish or a choice about the names, not a remark on who issues them: "(AHA preferred)")
  const around = requirement.slice(
    Math.max(0, named[0]!.index - 25),
    named.at(-1)!.index + named.at(-1)!.match.length + 25,
  );
  if (CHOICE_OR_WISH.test(around) && !/\([^()]*\)\s*$/.test(around.replace(/[.\s]+$/, ''))) return null;
  const gaps = named.slice(1).map((m, i) => requirement.slice(named[i]!.index + named[i]!.match.length, m.index));
  // (the last two joined by "and": "CCNA, CCNP certifications" may be either)
  if (!gaps.every((g) => JOINED.test(g)) || !/\b(?:and|plus)\b|&|\+/.test(gaps.at(-1)!)) return null;
  const out = named.map((m) => terms.find((t) => t.label === m.skill));
  return out.every((t) => t !== undefined) ? (out as Term[]) : null;
}

/** The words of a credential a line denies: "No ARRT CT certification", "I hold no state teaching certificate". */
const DENIED_NAME =
  /\bno\s+((?:[\w+-]+\s+){0,4}?)(?:certification|certificate|licen[cs]e|credential|registration|degree)s?\b|^[^\p{L}]*(\p{L}[\p{L}\d()&/+.'’-]*(?:\s+[\p{L}\d()&/+.'’-]+){0,4})(?:\s*[:|]|\s+[-–—])\s*not\s+(?:yet\s+)?(?:certified|licensed|registered|credentialed|held|obtained|earned)\b/iu;
/** Words of a denied credential that name none: "state", "current", "formal". */
const DENIED_FILLER = /^(?:state|current|valid|active|formal|any|a|an|the|my|yet|official)$/i;

/**
 * A credential held no longer: "PA Nurse Aide — lapsed in 2021", "ACLS (expired 2022)", "CPR —
 * expired 2020, will renew"; not "expired drug returns", nor one renewed since ("expired 2022,
 * renewed March 2024").
 */
const LAPSED =
  /(?<=^\s*|[(—–:,]\s*|\s-\s*)(?:lapsed|expired)(?=\s*[:\-–]?\s*\(?(?:in\s+|on\s+|since\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\s*[)\],]|\s*$)/i;
/** A credential renewed since it lapsed: "expired 2022, renewed March 2024". */
const RENEWED =
  /(?<!\b(?:not|never|yet\s+to\s+be|to\s+be|will\s+be|being)\s+(?:yet\s+|been\s+)?)\b(?:renewed|reinstated|re-?certified|reactivated|restored)\b/i;
/**
 * Where one credential of a list ends and the next begins, after the status or date of the one before:
 * "BLS (current, exp. 2027), ACLS (expired 2022)"; not the comma of "RN License, Kentucky — lapsed 2020".
 */
const LIST_BREAK = /[;|•]|(?<=\)|\b(?:19|20)\d{2}|\d{1,2}\/\d{2,4})\s*,/g;
/** Where a list's items part for good: a renewal after it is another item's. */
const HARD_BREAK = /[;|•]/;

/**
 * A credential's dates that end it: "2018-2022", "03/2019 – 06/2023", "Expires 2022", "exp. 05/2021"
 * (group 1 or 2 is the year it ended; see {@link endedSpans}).
 */
const ENDED =
  /(?<![\d/])(?:\d{1,2}\/)?(?:19|20)\d{2}\s*(?:[-–—]+|to|through|thru)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}\/)?((?:19|20)\d{2})(?![\d/])|\bexp(?:ires?|ired|iration|\.)?(?:\s+(?:date|on))?\s*:?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}\/(?:\d{1,2}\/)?)?((?:19|20)\d{2})(?!\d)/gi;
/** Words that say a credential dated so is still held: "2019-2023, renewed", "current", "active". */
const STILL_HELD = /\b(?:present|current(?:ly)?|active|valid|renewed|reinstated|re-?certified|ongoing|now)\b/i;

/**
 * "Expired" after a word and a space ("CPR expired, BLS current", "License expired 2020"), among
 * credentials; what may stand before it is {@link BARE_BEFORE}'s, or a credential the vocabulary knows.
 */
const LAPSED_BARE = new RegExp(String.raw`(?<=\S\s+)` + LAPSED.source.slice(LAPSED.source.indexOf(')') + 1), 'gi');
/** Words of a body that issues credentials, not of a credential: "Ohio Board of Nursing". */
const ISSUER_WORD =
  /\b(?:board|association|commission|council|registry|department|society|institute|agency|bureau|authority|college|academy|federation)\b/i;
/** What stands before a bare "expired": a credential's letters in capitals, or its noun; not "never", "not". */
const BARE_BEFORE =
  /(?:(?<![\w-])[A-Z][A-Za-z]?[A-Z][A-Z0-9&]{0,5}|\b(?:[Cc]ertification|[Cc]ertificate|[Cc]ard|[Ll]icen[cs]e|[Rr]egistration|[Cc]redential|[Pp]ermit))\s+$/;
/** A line that lists credentials under a label of its own: "Certifications: CPR expired, BLS current". */
const CREDENTIALS_LABEL = /^\s*(?:certif\w*|licen[cs]\w*|credentials?)\b[^:]{0,30}:/i;

/** The spans of the credentials a resume says have lapsed: the item of its line that says so. */
function lapsedSpans(ix: ResumeIndex): [number, number][] {
  const out: [number, number][] = [];
  const marks = new RegExp(LAPSED.source, 'gi');
  for (const l of ix.lines) {
    const c = l.content;
    if (!c || !/\b(?:lapsed|expired)\b/i.test(c)) continue;
    const amongCredentials = l.section === 'certifications' || CREDENTIALS_LABEL.test(c);
    let from = 0;
    let previous = 0;
    for (const end of [...[...c.matchAll(LIST_BREAK)].map((m) => m.index), c.length]) {
      const rest = c.slice(from);
      const hard = rest.slice(1).search(HARD_BREAK);
      const item = c.slice(from, end);
      // every mark of the item, in order: "ACLS - expired, PALS - expired, BLS current" lapses two
      // (the bare form after a credential's letters as written, in capitals, and not a denial: "never
      // lapsed", "not expired")
      const bare = amongCredentials
        ? [...item.matchAll(LAPSED_BARE)].filter((m) => {
            const before = item.slice(0, m.index);
            // (or a credential the vocabulary knows, named in words: "First Aid expired 2021")
            return (
              BARE_BEFORE.test(before) ||
              findSkills(before).some((k) => /^\s+$/.test(before.slice(k.index + k.match.length)))
            );
          })
        : [];
      const found = [...item.matchAll(marks), ...bare].sort((a, b) => a.index - b.index);
      // (where the credential a mark ends may begin: after the one the mark before ended)
      let after = 0;
      for (let k = 0; k < found.length; k++) {
        const lapsed = found[k]!;
        const at = lapsed.index + lapsed[0].length;
        if (lapsed.index < after) continue;
        const before = item.slice(0, lapsed.index);
        // (a comma right after it closes the credential it ends, among credentials: "NRP 09/2026 -
        // EXPIRED, renewal class booked", "OSHA 30 - expired, Forklift certification current"; not
        // a duty's words, "Inventory management: expired, short-dated and damaged goods")
        // (nor one word of a list of them, "damaged, expired, and returned drugs")
        const comma =
          /^\s*,/.test(item.slice(at)) &&
          !/,\s*$/.test(before) &&
          !/^\s*,\s*(?:and|or|&)\b/i.test(item.slice(at)) &&
          (amongCredentials || itemNamesCredential(before.slice(after)));
        // (what it ends begins after the comma before it when what lies between names a credential
        // of its own: "Forklift certification current, OSHA 30 - expired, …" and "BLS current, ACLS
        // - expired" hold the one before; "RN License, Ohio Board of Nursing — lapsed 2020" lapses
        // the licence)
        const lastComma = Math.max(after, item.lastIndexOf(',', lapsed.index) + 1);
        const between = item.slice(lastComma, lapsed.index);
        const start = comma || (anotherCredential(between) && !ISSUER_WORD.test(between)) ? lastComma : after;
        // (a renewal after it, up to the next mark, is its own: "expired 2022, renewed March 2024")
        const next = found[k + 1]?.index;
        const renewal =
          next !== undefined ? item.slice(start, next) : c.slice(from + start, hard < 0 ? c.length : from + hard + 1);
        if ((comma || !/^\s*,/.test(item.slice(at))) && !RENEWED.test(renewal)) {
          // (a mark that opens its item ends the credential of the item before: "GWO BST - completed
          // March 2023; expired March 2025")
          const opens = start === 0 && !/\p{L}/u.test(before);
          out.push([l.contentStart + (opens ? previous : from + start), l.contentStart + (comma ? from + at : end)]);
        }
        after = comma ? at : item.length;
      }
      previous = from;
      from = end + 1;
    }
  }
  // a line wrapped after a comma, whose rest says the credential lapsed, lapses the line it goes on
  // from: "FRA Part 242 Conductor Certificate — issued 2020, recertified 2023," / "expired 2026 (not
  // renewed after furlough)"
  // (only a credential's line: not a duty's, "restocked Pyxis stations, pulling damaged," /
  // "expired, and recalled medications"; nor one renewed since, "expired 2020, renewed 2024")
  for (let i = 1; i < ix.lines.length; i++) {
    const [above, l] = [ix.lines[i - 1]!, ix.lines[i]!];
    if (
      above.content &&
      /,\s*$/.test(above.content) &&
      WRAPPED_LAPSE.test(l.content) &&
      !RENEWED.test(l.content) &&
      (above.section === 'certifications' ||
        CREDENTIALS_LABEL.test(above.content) ||
        CREDENTIAL_NOUN.test(above.content))
    )
      out.push([above.contentStart, above.contentStart + above.content.length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
/** The rest of a wrapped line that says its credential lapsed: "expired 2026 (not renewed …)". */
const WRAPPED_LAPSE = /^(?:expired|lapsed)\b(?!\s+(?:and|or)\b)/;

/** An item of a list of certifications that is a course taken, not a credential held: its dates are the course's. */
const COURSE_ITEM =
  /\b(?:courses?|coursework|training|program(?:me)?s?|class(?:es)?|workshops?|seminars?|prep(?:aration)?|bootcamp|academy|school)\b/i;

/** A credential's noun: "certification", "license", "card", "permit". */
const CREDENTIAL_NOUN = /\b(?:certif\w*|licen[cs]\w*|registered|registration|credential|card|permit|endorsement)\b/i;

/** Whether an item of a list of certifications names a credential: its letters or its word ("CRCST", "… certification"). */
function itemNamesCredential(item: string): boolean {
  return CREDENTIAL_LETTERS.test(item) || CREDENTIAL_NOUN.test(item);
}
/** Whether an item of a list names a credential of its own, not its issuer's letters: one the vocabulary knows, or named by its word. */
function anotherCredential(item: string): boolean {
  return findSkills(item).length > 0 || CREDENTIAL_NOUN.test(item);
}
/** Dates before this are a number's or when it was won, not how long it was valid: "#2019-2022", "earned 2014-2015". */
const NOT_VALIDITY =
  /(?:#|\bno\.?|\bnumber|\bid|\bearned|\bissued|\bobtained|\bpassed|\bawarded|\bcompleted)\s*:?\s*$/i;
/** A heading of courses and training: its dates are the courses'. */
const COURSES_HEADING = /\b(?:training|courses?|coursework|education|professional\s+development|continuing)\b/i;

/**
 * The spans of the credentials a resume dates to end before it is read, under a heading of
 * certifications: "Certified Registered Central Service Technician (CRCST), HSPA - 2018-2022",
 * "ACLS, exp. 05/2021". An item is read with the dates that follow it up to the next item that
 * names a credential ("BLS 2019-2021, 2021-2023, 2025-2027" ends in 2027), and ends with the last
 * of them. What it names is no evidence, but unlike a credential said to have lapsed (see {@link
 * deniedCredential}) it denies nothing named elsewhere; nor is a course dated so (see {@link
 * COURSE_ITEM}), a licence's number ("#2019-2022") or when a credential was won ("earned 2014-2015").
 */
function endedSpans(ix: ResumeIndex): { spans: [number, number][]; lines: Set<number> } {
  const out: [number, number][] = [];
  const lines = new Set<number>();
  const year = ix.now.getUTCFullYear();
  let courses = false;
  let credentials = false;
  for (const l of ix.lines) {
    if (l.heading) {
      const heading = ix.nt.text.slice(l.start, l.start + l.text.length);
      // (a heading of training that names credentials too holds them: "CERTIFICATIONS & TRAINING",
      // "PROFESSIONAL DEVELOPMENT & CERTIFICATIONS")
      credentials = /\b(?:certif\w*|licen[cs]\w*|credentials?)\b/i.test(heading);
      courses = COURSES_HEADING.test(heading) && !credentials;
    }
    const c = l.content;
    if (!c || courses || (l.section !== 'certifications' && !credentials) || !/(?:19|20)\d{2}/.test(c)) continue;
    const ends = [...[...c.matchAll(LIST_BREAK)].map((m) => m.index), c.length];
    const starts = [0, ...ends.slice(0, -1).map((e) => e + 1)];
    let named = 0;
    let endedHere = 0;
    for (let i = 0; i < ends.length; i++) {
      const from = starts[i]!;
      const own = c.slice(from, ends[i]);
      if (!itemNamesCredential(own) || COURSE_ITEM.test(own)) continue;
      named++;
      // the item and the items after it that name no credential of their own, within its part of the line
      let j = i;
      // (an issuer's letters after it are its own: "(CRCST), HSPA - 2018-2022"; a credential the
      // vocabulary knows, or one named by its word, is another: "(CPhT), BLS (AHA) 2019-2021")
      while (
        j + 1 < ends.length &&
        !anotherCredential(c.slice(starts[j + 1], ends[j + 1])) &&
        !HARD_BREAK.test(c.slice(ends[j]!, ends[j]! + 1))
      )
        j++;
      const dated = c.slice(from, ends[j]);
      if (STILL_HELD.test(dated)) continue;
      const years = [...dated.matchAll(ENDED)]
        .filter((m) => !NOT_VALIDITY.test(dated.slice(0, m.index)))
        .map((m) => Number(m[1] ?? m[2]));
      if (years.length > 0 && Math.max(...years) < year) {
        out.push([l.contentStart + from, l.contentStart + ends[i]!]);
        endedHere++;
      }
    }
    // (every credential the line names ended: what its heading names is not held on it either)
    if (named > 0 && endedHere === named) lines.add(l.contentStart);
  }
  return { spans: out, lines };
}

/**
 * Whether the resume says it does not hold the credential a demand asks by its word: a clause
 * that says so outright (see {@link NOT_HELD}) names a credential and another word of the demand
 * ("I hold no state teaching certificate" for "Valid Missouri teaching certificate in English"),
 * or an item of a list says it has lapsed and names the demand's credential, by its words and its
 * state ("PA Nurse Aide — lapsed in 2021" for "ACTIVE Pennsylvania Nurse Aide certification"; not
 * "RN License, Kentucky - lapsed 2020" for an Ohio one).
 */
function deniedCredential(ix: ResumeIndex, requirement: string, terms: Term[]): boolean {
  if (!CREDENTIAL_WORD.test(requirement)) return false;
  // (said outright: one "not yet" finished may be of a credential held since, "while finishing my
  // paralegal certificate")
  const denied = (ix.ratedNone ??= spansSaying(ix.lines, notHeld));
  const lapsed = (ix.lapsed ??= lapsedSpans(ix));
  if (denied.length === 0 && lapsed.length === 0) return false;
  const credential = terms.filter((t) => SECTION_CREDENTIAL.test(t.label));
  const states = terms.filter((t) => STATE_WORDS.has(t.label));
  const others = terms.filter((t) => !SECTION_CREDENTIAL.test(t.label) && !STATE_WORDS.has(t.label));
  const within = (t: Term, [from, to]: [number, number]) => t.hits.some((h) => h.index >= from && h.index < to);
  // (a credential denied by name is this one only where its every word is the demand's: "No ARRT CT
  // certification" denies no "ARRT certification in Radiography")
  const asked = new Set((requirement.toLowerCase().match(/[a-z0-9+]+/g) ?? []).map((w) => w.replace(/s$/, '')));
  const sameCredential = ([from, to]: [number, number]) => {
    const named = DENIED_NAME.exec(ix.searchable.slice(from, to));
    return (
      !named ||
      ((named[1] ?? named[2])!.toLowerCase().match(/[a-z0-9+]+/g) ?? []).every(
        (w) => DENIED_FILLER.test(w) || asked.has(w.replace(/s$/, '')),
      )
    );
  };
  return (
    denied.some(
      (span) => credential.some((t) => within(t, span)) && others.some((t) => within(t, span)) && sameCredential(span),
    ) ||
    lapsed.some(
      (span) =>
        others.length > 0 &&
        others.filter((t) => within(t, span)).length >= Math.min(2, others.length) &&
        states.every((t) => within(t, span)),
    )
  );
}

/** The terms without their hits in these spans. */
function offSpans(
  terms: Term[],
  spans: [number, number][],
  kept: (hit: { index: number; length: number }) => boolean = () => false,
): Term[] {
  if (spans.length === 0) return terms;
  const on = (i: number) => spans.some(([s, e]) => i >= s && i < e);
  return terms.map((t) => ({ ...t, hits: t.hits.filter((h) => kept(h) || !on(h.index)) }));
}

/**
 * The grade a credential is asked at, by its class or level ("Class A CDL", "Level II
 * certification") or its rank in a trade ("Journeyman Plumber license (or higher)"): the words
 * of a credential of another grade are no credential of this one.
 */
const GRADE = /\b(class|level|grade|tier|type|category)[\s-]+([a-f]|[1-9]|i{1,3}|iv|v)\b/i;
/** The values of a level, lowest first, arabic and roman alike. */
const LEVEL_VALUES = ['1', 'i', '2', 'ii', '3', 'iii', '4', 'iv', '5', 'v', '6', '7', '8', '9'];
/** A level's rank (1 for "1" and "I"), 0 for a letter. */
function levelOf(value: string): number {
  const v = value.toLowerCase();
  const roman = ['i', 'ii', 'iii', 'iv', 'v'].indexOf(v);
  return roman >= 0 ? roman + 1 : /^[1-9]$/.test(v) ? Number(v) : 0;
}
/** Grades by ordinal, as engineers' and boiler licences have them: "Second Grade", "1st Class". */
const ORDINALS = ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th'];
const ORDINAL_GRADE = new RegExp(String.raw`\b(${ORDINALS.join('|')})[\s-]+(grade|class)\b`, 'i');
/** A trade's ranks, lowest first: a licence of a rank is met by one of the same rank or higher. */
const RANKS = ['apprentice', 'tradesman', 'journeyman', 'master'] as const;
const RANK = new RegExp(String.raw`\b(${RANKS.join('|')})(?:'?s)?\b`, 'gi');

/**
 * Whether the window of lines from `line` that holds a requirement's words holds the grade and
 * the rank it asks, if it asks one.
 */
function holdsGrade(ix: ResumeIndex, requirement: string, line: number): boolean {
  // only a credential has a grade: "teaching grade 3", "supervising apprentices" ask none (a
  // credential named by its letters has one too: "NICET Level II in Fire Alarm Systems")
  const graded = GRADE.exec(requirement);
  const byLetters =
    graded !== null && CREDENTIAL_LETTERS.test(requirement.slice(Math.max(0, graded.index - 12), graded.index));
  if (!CREDENTIAL_WORD.test(requirement) && !byLetters) return true;
  const last = ix.lines[Math.min(ix.lines.length - 1, line + WINDOW_LINES - 1)]!;
  const [from, to] = [ix.lines[line]!.start, last.start + last.text.length];
  const within = (re: RegExp) =>
    heldOnly(ix, [termOf(ix, re.source, re)])[0]!.hits.filter((h) => h.index >= from && h.index < to);
  const grade = GRADE.exec(requirement);
  if (grade) {
    const [, word, value] = grade;
    // (a level or tier is held at it or above: "NICET Level III" holds "NICET Level II")
    const ordered = /^(?:level|tier)$/i.test(word!) && levelOf(value!) > 0;
    const values = ordered
      ? LEVEL_VALUES.filter((v) => levelOf(v) >= levelOf(value!)).join('|')
      : value!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // (or after the credential's letters alone, in capitals: "NICET III")
    const byWord = within(new RegExp(String.raw`\b${word}[\s-]*(?:${values})\b|\b[A-Z]{2,5}-(?:${values})\b`, 'gi'));
    const upper = values.toUpperCase();
    const afterLetters = byLetters ? within(new RegExp(String.raw`\b[A-Z]{2,6}[\s-](?:${upper})\b`, 'g')) : [];
    if (byWord.length === 0 && afterLetters.length === 0) return false;
  }
  // "Second Grade (Blue Seal) or higher": a licence graded first, second, third… is held at that
  // grade, or, asked "or higher", at a lower ordinal (a First Grade licence is the highest)
  const ordinal = ORDINAL_GRADE.exec(requirement);
  if (ordinal) {
    const want = ORDINALS.indexOf(ordinal[1]!.toLowerCase()) % 4;
    const higher = /\bor\s+(?:higher|above|better)\b/i.test(requirement);
    const noun = ordinal[2]!.toLowerCase();
    const held = within(new RegExp(ORDINAL_GRADE.source, 'gi'))
      .map((h) => ORDINAL_GRADE.exec(ix.searchable.slice(h.index, h.index + h.length)))
      .filter((m) => m !== null && m[2]!.toLowerCase() === noun)
      .map((m) => ORDINALS.indexOf(m![1]!.toLowerCase()) % 4);
    if (!held.some((n) => n === want || (higher && n < want))) return false;
  }
  const asked = [...requirement.matchAll(RANK)].map((m) => rankOf(m[1]!));
  if (asked.length === 0) return true;
  const least = Math.min(...asked);
  return within(RANK).some((h) => rankOf(ix.searchable.slice(h.index, h.index + h.length)) >= least);
}

/**
 * Whether the window of lines from `line` names another credential of the kind a demand names,
 * and not the one it names: a demand for a "Registered Nurse license" is not met by a line of a
 * "Licensed Practical Nurse" licence, whatever words they share. The kind is the last word of a
 * name of two words or more the vocabulary knows, written in the window after a word in capitals
 * of its own (not a rank or a grade, which {@link holdsGrade} reads: a "Master Plumber" holds a
 * "Journeyman Plumber license").
 */
function anotherOfItsKind(ix: ResumeIndex, asked: string, line: number): boolean {
  if (!CREDENTIAL_WORD.test(asked)) return false;
  const last = ix.lines[Math.min(ix.lines.length - 1, line + WINDOW_LINES - 1)]!;
  const [from, to] = [ix.lines[line]!.start, last.start + last.text.length];
  const window = ix.searchable.slice(from, to);
  let other = false;
  for (const m of findSkills(asked)) {
    const words = m.match.trim().split(/\s+/);
    if (words.length < 2) continue;
    if (occursIn(skillTerm(ix, m.skill), from, to)) return false;
    const kind = phrasePattern(words[words.length - 1]!);
    for (const q of window.matchAll(new RegExp(String.raw`\b([A-Z][a-z]+)\s+${kind}\b`, 'g'))) {
      const qualifier = q[1]!;
      if (
        words.some((w) => w.toLowerCase() === qualifier.toLowerCase()) ||
        rankOf(qualifier) >= 0 ||
        GRADE_WORD.test(qualifier)
      )
        continue;
      other = true;
    }
  }
  return other;
}

/** The name of a body that issues credentials, not of a credential: "American Heart Association (AHA)". */
const ISSUER =
  /\b(?:board|association|commission|council|registry|administration|department|society|institute|agency|bureau|authority|protection|services?|college|academy|federation|organi[sz]ation)\s*$/i;

/** Words of a credential's grade: "Class", "Grade", "Second". */
const GRADE_WORD = new RegExp(String.raw`^(?:class|level|grade|tier|type|category|${ORDINALS.join('|')})$`, 'i');

/** What names a credential, whose grade or rank a requirement may ask. */
const CREDENTIAL_WORD = /\b(?:licen[cs]\w*|certif\w*|cdl|credential\w*|permit|registration|endorsement|card|ticket)\b/i;

/** A rank's place among {@link RANKS}. */
function rankOf(word: string): number {
  return RANKS.indexOf(word.toLowerCase().replace(/'?s$/, '') as (typeof RANKS)[number]);
}

function answerRequirement(ix: ResumeIndex, requirement: string, years: number | null): RequirementMatch {
  // the use of one tool the vocabulary knows, for a purpose, is met by the tool: "Ability to use
  // Eduphoria for assessment data" by "Eduphoria" (what it is used for is how the post uses it)
  // (the tool asked as a demand of its own: held, not "ServiceNow (not yet, training scheduled)")
  const use = TOOL_FOR.exec(requirement.trim());
  if (
    use &&
    (normalizeSkill(use[1]!) || /^\p{Lu}[\p{L}\d+#.-]*(?:\s+\p{Lu}[\p{L}\d+#.-]*)*$/u.test(use[1]!)) &&
    purposeOnly(use[1]!, use[2]!)
  )
    return { ...answerRequirement(ix, use[1]!, years), requirement };
  const read = requirementTerms(ix, requirement);
  const whole = heldOnly(ix, read);
  const miss: RequirementMatch = { requirement, kind: 'REQUIREMENT', met: false, evidence: null };
  if (whole.length === 0) {
    // "5+ years of experience": nothing to find but a number of years, answered like EXPERIENCE
    const need = /(\d+(?:\.\d+)?)\s*\+?\s*(?:years?|yrs?)/i.exec(requirement);
    if (!need || years === null || years < Number(need[1])) return miss;
    const evidence = experienceEvidence(ix);
    return evidence ? { ...miss, met: true, evidence } : miss;
  }
  const held = (terms: Term[]) => {
    const best = bestWindow(ix, terms);
    return best && best.count >= Math.max(1, Math.ceil(terms.length * REQUIREMENT_COVERAGE)) ? best : null;
  };
  // a credential the resume says it does not hold is not held, whatever its other lines share with
  // the demand: "I hold no state teaching certificate" beside years of teaching English in Missouri
  if (deniedCredential(ix, requirement, read)) return miss;
  // credentials a demand names together, none offered instead of another, are each asked: "Current
  // American Heart Association BLS and ACLS certifications" is met by both held, whoever issued
  // them, and not by one of them beside the words of the other's issuer
  const together = credentialsTogether(requirement, whole);
  if (together) {
    // (each the candidate's own: not "worked alongside ACLS nurses")
    const own = together.map((t) => t.hits.filter((h) => heldAsCredential(ix, h)));
    if (!own.every((hits) => hits.length > 0)) return miss;
    const hit = own.flat().sort((a, b) => a.index - b.index)[0];
    const evidence = evidenceAt(ix, hit);
    return evidence ? { ...miss, met: true, evidence } : miss;
  }
  // a credential named in full and by its letters is the demand: neither held, another of its
  // kind is no stand-in ("Certified Respiratory Therapist (CRT)" for "Registered Respiratory
  // Therapist (RRT) credential from the NBRC")
  // (the body that issues it is no credential: "… from the National Board for Respiratory Care
  // (NBRC)", "License of the U.S. Customs and Border Protection (CBP)")
  const spelled = (
    CREDENTIAL_WORD.test(requirement) && !/\bor\b/i.test(requirement) ? namesSpelledOut(requirement) : []
  ).filter(
    (sp) =>
      !/\b(?:from|by|through|with|via|of)\s+(?:the\s+)?(?:U\.?S\.?\s+)?$/i.test(requirement.slice(0, sp.index)) &&
      !ISSUER.test(sp.name),
  );
  // (held as the candidate's own: not "alongside RRT staff"; where it is not named at all, only
  // another of its kind held tells it is not: the name may be written some other way)
  if (
    spelled.length > 0 &&
    spelled.every((sp) => {
      const hits = whole.find((t) => t.label === sp.letters)?.hits ?? [];
      return hits.length > 0 ? !hits.some((h) => heldAsCredential(ix, h)) : anotherSpelled(ix, sp);
    })
  )
    return miss;
  let terms = whole;
  let asked = requirement;
  let best = held(whole);
  // a choice is met by one of its alternatives, each with words enough to tell (two at least, or
  // a credential named in full and by its letters)
  // (not among what will not do: "…; trainee or provisional licenses will not be accepted")
  const alternatives = best ? [] : requirementAlternatives(requirement.replace(NOT_ACCEPTED, ''));
  // (…and so does one of credentials named by their letters alone: "An active CSP or CHST", not
  // "payroll or HR")
  const lettersOnly = alternatives.length > 0 && alternatives.every((a) => LETTERS_ONLY.test(a));
  for (const alternative of alternatives) {
    const own = heldOnly(ix, requirementTerms(ix, alternative));
    // (a credential named in full and by its letters tells alone, and so do its letters in a
    // demand of credentials: "They have to be an LSIT (SIT) at minimum, or a licensed PLS")
    const letters = CREDENTIAL_WORD.test(requirement) && own.length === 1 && CREDENTIAL_LETTERS.test(alternative);
    if (own.length < 2 && namesSpelledOut(alternative).length === 0 && !lettersOnly && !letters) continue;
    best = held(own);
    if (best) {
      [terms, asked] = [own, alternative];
      break;
    }
  }
  // a demand that names what it asks ("You need a current ServSafe Food Protection Manager
  // certification and a current TABC seller-server certification on your first day – no
  // exceptions, Texas law") is met by all its names held together, at the grade it asks, whatever
  // the sentence says around them
  let byNames = false;
  if (!best) {
    const names = namedTerms(requirement, whole);
    if (names.length >= MIN_NAMES && names.length < whole.length) {
      const window = bestWindow(ix, names);
      if (window && window.count === names.length) [best, terms, byNames] = [window, names, true];
    }
  }
  // …and so does a credential named in full and by its letters, held by either: "evidenced by a
  // current Certified Hospitality Housekeeping Executive (CHHE) credential from AHLEI" by "CHHE"
  // (where it is held: on a line of credentials, not as whose supervision or for whom the work was
  // done, "under BCBA supervision")
  if (!best && CREDENTIAL_WORD.test(requirement)) {
    const named = namesSpelledOut(requirement)
      .map((sp) => whole.find((t) => t.label === sp.letters))
      .map((t) => t && { ...t, hits: t.hits.filter((h) => heldAsCredential(ix, h)) })
      .find((t) => t !== undefined && t.hits.length > 0);
    const window = named && bestWindow(ix, [named]);
    if (named && window) [best, terms, byNames] = [window, [named], true];
  }
  if (
    !best ||
    // (a grade or rank named in what the employer says of itself, or in what will not do, is not
    // asked: "(we are not able to sponsor an apprentice for this position)")
    !holdsGrade(ix, terms === whole || byNames ? withoutRemarks(requirement) : '', best.line) ||
    anotherOfItsKind(ix, asked, best.line) ||
    // (an alternative of where or how it is held is still of the credential the demand names:
    // "Registered Nurse license in Tennessee or multistate compact license" is not met by a
    // Licensed Practical Nurse's multistate licence)
    (asked !== requirement && anotherOfItsKind(ix, requirement, best.line))
  )
    return miss;
  // Quote the line of the window that holds the most terms.
  let quoteLine = best.line;
  let quoteCount = -1;
  for (let i = best.line; i < Math.min(ix.lines.length, best.line + WINDOW_LINES); i++) {
    const l = ix.lines[i]!;
    const c = terms.filter((t) => occursIn(t, l.start, l.start + l.text.length)).length;
    if (c > quoteCount) [quoteLine, quoteCount] = [i, c];
  }
  const l = ix.lines[quoteLine]!;
  // (a licence is not held by the course before it: "Tennessee Property & Casualty pre-licensing
  // course (40 hours)" for "A current Tennessee Property & Casualty license")
  if (CREDENTIAL_WORD.test(requirement) && !PRE_LICENSING.test(requirement) && preLicensingOnly(l.text)) return miss;
  // (a credential of the state asked is not held by the same credential of another state:
  // "Texas Licensed Behavior Analyst (LBA)" by "BCBA, LBA (Oklahoma)", where no line holds it in Texas)
  if (CREDENTIAL_WORD.test(requirement) && ofAnotherState(ix, requirement, l.text, terms)) return miss;
  const hit = terms
    .flatMap((t) => t.hits)
    .filter((h) => h.index >= l.start && h.index < l.start + l.text.length)
    .sort((a, b) => a.index - b.index)[0];
  const evidence = evidenceAt(ix, hit);
  return evidence ? { ...miss, met: true, evidence } : miss;
}

/** The US states a text names in full, capitalised ("Texas", "New Mexico"). */
function statesNamed(text: string): string[] {
  return STATE_PATTERNS.filter((s) => s.full.test(text)).map((s) => s.name);
}
/**
 * The US states a line names in full as where a credential is held: not as the first word of an
 * employer's or a school's name ("Food Handler Card — Texas Roadhouse", "Ohio State University
 * Wexner Medical Center", "M.S., University of Oklahoma"). A word in capitals after the state's
 * name is the credential's, or its regulator's, where the demand or the line of a board names it
 * ("Oklahoma LBA", "Oklahoma Licensed Behavior Analyst", "Oklahoma Board of Nursing").
 */
function statesHeldIn(line: string, requirement: string): string[] {
  const asked = new Set(requirement.toLowerCase().match(/\p{L}+/gu) ?? []);
  const place = (m: RegExpExecArray) => {
    if (/\b(?:University|College)\s+of\s+$/.test(line.slice(0, m.index))) return false;
    const next = /^\s+(\p{Lu}[\p{L}'’]*)(?:\s+(\p{L}+))?/u.exec(line.slice(m.index + m[0].length));
    if (!next) return true;
    const [, word, after] = next;
    if (word === 'State') return !/^(?:University|College)$/.test(after ?? '');
    return REGULATOR.test(word!) || /^\p{Lu}{2,}$/u.test(word!) || asked.has(word!.toLowerCase());
  };
  return STATE_PATTERNS.filter((s) => [...line.matchAll(s.all)].some(place)).map((s) => s.name);
}
/** The words of a state's regulator after its name: "Oklahoma Board of Nursing", "Texas Department of …". */
const REGULATOR = /^(?:Board|Department|Dept|Division|Commission|Bureau|Office|Licensing)$/;
/** Each state's name in full (the District's also as its city: "Washington, D.C."), and its name or its postal code. */
const STATE_PATTERNS = Object.entries(US_STATES).map(([code, name]) => {
  // ("Washington, D.C." is the District, not the state)
  const spelled =
    code === 'DC'
      ? String.raw`${name}|Washington,?\s*D\.?\s*C\.?`
      : code === 'WA'
        ? String.raw`${name}(?!,?\s*D\.?\s*C\b)`
        : name;
  const full = String.raw`(?<!\p{L})(?:${spelled})(?!\p{L})`;
  return {
    name,
    full: new RegExp(full, 'u'),
    all: new RegExp(full, 'gu'),
    either: new RegExp(
      String.raw`(?<!\p{L})(?:${spelled}|${code}${code === 'DC' ? String.raw`|D\.C\.` : ''})(?!\p{L})`,
      'u',
    ),
  };
});
/**
 * A licence held where another state's is good: a nurse's multistate compact licence, reciprocity;
 * or a demand that takes any state's ("Active CPA license in Texas or any other state").
 */
const HELD_ACROSS_STATES =
  /\b(?:compact|multi-?state|reciprocity|endorsement|all\s+50\s+states|nationwide|(?:any|another)\s+(?:other\s+)?(?:U\.?S\.?\s+)?(?:state|jurisdiction))\b/i;

/**
 * Whether the line that answers a demand of a state's credential holds it in other states only:
 * it names other states in full as where it is held (see {@link statesHeldIn}), not the one asked
 * (nor its postal code), and no line of the resume names the asked state beside the credential.
 */
function ofAnotherState(ix: ResumeIndex, requirement: string, line: string, terms: Term[]): boolean {
  const asked = statesNamed(requirement);
  if (asked.length === 0 || HELD_ACROSS_STATES.test(requirement) || HELD_ACROSS_STATES.test(line)) return false;
  const others = statesHeldIn(line, requirement).filter((s) => !asked.includes(s));
  if (others.length === 0) return false;
  const names = (text: string, state: string) => STATE_PATTERNS.find((s) => s.name === state)!.either.test(text);
  if (asked.some((s) => names(line, s))) return false;
  // (a term of the credential itself, not the state's name: a line of it held in the asked state)
  const credential = terms.filter((t) => !STATE_WORDS.has(t.label) && !STATE_CODES.has(t.label));
  return !ix.lines.some(
    (l) => asked.some((s) => names(l.text, s)) && credential.some((t) => occursIn(t, l.start, l.start + l.text.length)),
  );
}

/** The same in lower case, as terms' labels are. */
const STATE_WORDS = new Set(Object.values(US_STATES).flatMap((name) => name.toLowerCase().split(/\s+/)));

/** The words of the US states' names: places, not things a demand names. */
const STATE_NAMES = new Set(Object.values(US_STATES).flatMap((name) => name.split(/\s+/)));

/** Names a demand must hold to be answered by its names alone (see {@link namedTerms}). */
const MIN_NAMES = 3;
/** A demand whose words are capitalised beyond this share is written in title case: its capitals name nothing. */
const TITLE_CASE_SHARE = 0.6;

/**
 * The terms of a demand that name things: the skills the vocabulary knows in it, and its words
 * written with a capital after the first ("ServSafe", "Food", "Protection", "TABC"); none for a
 * demand written in title case.
 */
function namedTerms(requirement: string, terms: Term[]): Term[] {
  const words = requirement.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? [];
  // (a place says where or why, "…no exceptions, Texas law", not what is held)
  const capitalised = words.slice(1).filter((w) => /^[A-Z]/.test(w) && !STATE_NAMES.has(w) && !isPlaceName(w));
  if (capitalised.length > (words.length - 1) * TITLE_CASE_SHARE) return [];
  const named = new Set([
    ...capitalised.map((w) => w.toLowerCase().replace(/'s$/, '')),
    ...findSkills(requirement).map((m) => m.skill),
  ]);
  return terms.filter((t) => named.has(t.label));
}

/**
 * An education item: met by a degree of the level it names or higher ("Bachelor's degree in
 * Accounting" by a BSc or an MBA; "High school diploma or GED" by any degree or diploma).
 */
function answerEducation(ix: ResumeIndex, requirement: string, now: Date): RequirementMatch {
  const miss: RequirementMatch = { requirement, kind: 'EDUCATION', met: false, evidence: null };
  const named = degreeTerm(ix, requirement, true) ?? anyDegreeTerm(ix);
  // a degree still studied for, or left unfinished, is not held
  const found = { ...named, hits: named.hits.filter((h) => !unfinishedDegree(ix, h.index, now)) };
  // a degree in another field is not the one asked ("Bachelor of Science in Nursing" is not met by
  // a BBA): where the item names its field and leaves no other open, the degree's lines name it
  const fields = degreeFields(requirement);
  const inField = fields ? { ...found, hits: found.hits.filter((h) => degreeInField(ix, h.index, fields)) } : found;
  const [term] = heldOnly(ix, [inField]);
  const evidence = evidenceAt(ix, term.hits[0]) ?? certificateInstead(ix, requirement);
  return evidence ? { ...miss, met: true, evidence } : miss;
}

/**
 * A degree's part of its line that says it was left unfinished: "(partial, two years)",
 * "(incomplete)", ", did not complete", "— withdrew 2017" (a status of its own, not a word of a
 * name or of an award: "Partial Differential Equations", "partial scholarship").
 */
const UNFINISHED =
  /\((?:[^()]*[,;]\s*)?(?:partial|incomplete|unfinished|uncompleted|not\s+(?:completed|finished|conferred)|did\s+not\s+(?:complete|finish|graduate)|withdrew|coursework\s+only|non-?degree)\b(?!\s+(?:scholarship|tuition|funding|reimbursement|grant))[^()]*\)|(?:^|[,–—|-]\s*)(?:incomplete|unfinished|not\s+(?:completed|finished|conferred)|did\s+not\s+(?:complete|finish|graduate)|withdrew|coursework\s+only|(?:degree\s+)?candidate|accepted\s+(?:to|into)|admitted\s+(?:to|into))(?=\s*(?:$|[,;.(\d|–—-]|in\s+good\s+standing\b))|\b(?:accepted|admitted)\s+(?:to|into)\s+(?:the\s+|an?\s+)?$/i;
/** A line beside a degree that dates it to come: "Expected May 2027", "Anticipated graduation: 2027". */
const TO_COME =
  /^[^\p{L}]*(?:expected|anticipated|projected|estimated|est\.|graduating)\b(?:\s+(?:graduation|completion|date|degree))*\s*[:–—-]?\s*(?:(?:in|on|by)\s+)?(?:[A-Za-z]{3,9}\.?,?\s+|\d{1,2}\s*[/.-]\s*)?((?:19|20)\d{2})\b/iu;
/** One field's end (see {@link FIELD_END}). */
const FIELD_END_ONE = /\s*[;|•]\s*|\t+|\s{3,}/;
/** What a line beside a degree names that is no degree's date: an exam, a licence, pay. */
const NOT_THE_DEGREE = /\b(?:exam\w*|nclex|boards?|licen[cs]\w*|certif\w*|salary|pay|rate|sit\s+for)\b/i;
/** Where one field of a line ends: a semicolon, a bar, a bullet, a tab or a wide gap (two columns). */
const FIELD_END = /\s*[;|•]\s*|\t+|\s{3,}/g;
/** A year a credential is valid to or was renewed in, not a degree's: "exp. 2026", "valid through 2026". */
const VALID_YEAR =
  /\b(?:exp(?:ires?|iration|\.)?|valid|(?<!(?:19|20)\d{2}\s{0,3})(?:through|thru)|until|renew(?:ed|al|s)?)\s*:?\s*(?:[A-Za-z]{3,9}\.?\s+|\d{1,2}\/)?$/i;

/**
 * Whether the degree named at `index` is not held yet or was left unfinished, as its own part of
 * its line says (up to a semicolon, a bar, a column's gap or the next degree): a status
 * ({@link UNFINISHED}), a year still to come ("B.S. Accounting, 2023–2027", not a licence's
 * "exp. 2026"), or studies to the present ("2023 – Present"); or as the line under it says, when
 * it dates the degree to a year still to come ("Expected May 2027"; not "Expected to sit for
 * NCLEX 2027"). The line above says so only for the first degree under it ("Expected May 2027"
 * over "B.S. Accounting"), not for one of an entry below another's ("MBA" / "Expected 2027" / "BA").
 */
function unfinishedDegree(ix: ResumeIndex, index: number, now: Date): boolean {
  const at = lineAt(ix.lines, index);
  const line = ix.lines[at]!;
  const c = line.content;
  const from = index - line.contentStart;
  // the degree's own part of its line
  let start = 0;
  let end = c.length;
  for (const m of c.matchAll(FIELD_END)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index > from) {
      // (a semicolon parts entries; a bar or a column's gap only before another thing held, a job
      // or a credential: "| RN, Texas, exp. 2026", "   Staff Nurse, Mercy, 2021 – Present"; the
      // school and the dates of the degree's own entry stay: "| Iowa State University | 2023 – Present")
      const field = c.slice(m.index + m[0].length).split(FIELD_END_ONE)[0]!;
      if (
        m[0].includes(';') ||
        isTitle(field) ||
        CREDENTIAL_LETTERS.test(field) ||
        /\b(?:licen[cs]\w*|certif\w*)\b/i.test(field)
      ) {
        end = m.index;
        break;
      }
    }
  }
  const next = degreeIn(c.slice(from + 1, end));
  const part = c.slice(start, next ? from + 1 + next.index : end);
  // (or applied for: "accepted to Ph.D. program", "admitted into the MSN program", "MSN candidate")
  if (
    UNFINISHED.test(part) ||
    /\b(?:accepted|admitted)\s+(?:to|into)\s+(?:the\s+|an?\s+)?$/i.test(c.slice(start, from)) ||
    /^[^,;|()]{0,40}?\bcandidate\b/i.test(part.slice(from - start))
  )
    return true;
  const year = now.getUTCFullYear();
  // (a year on a short line, the degree's own: prose may date other things, "(renewed through 2027)")
  if (c.length <= CLAUSE_LINE) {
    for (const m of part.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g))
      if (Number(m[0]) > year && !VALID_YEAR.test(part.slice(0, m.index))) return true;
  }
  if (/(?<!\d)(?:19|20)\d{2}\s*(?:[-–—]+|to)\s*(?:present|current|now|ongoing)\b/i.test(part)) return true;
  const toCome = (l: ResumeLine | undefined) => {
    // (an exam or a licence named before the year is what is expected: "Expected to sit for NCLEX 2027")
    if (l === undefined || l.heading || !l.content || hasDegree(l.content)) return false;
    const m = TO_COME.exec(l.content);
    return m !== null && Number(m[1]) >= year && !NOT_THE_DEGREE.test(m[0]);
  };
  const above = ix.lines.slice(0, at - 1).findLast((l) => l.content || l.heading);
  return (
    toCome(ix.lines[at + 1]) || (toCome(ix.lines[at - 1]) && !(above && !above.heading && hasDegree(above.content)))
  );
}

/** A certificate a degree item takes instead, and what it is in: "…, or a certificate from a paralegal or legal secretary program". */
const CERTIFICATE_INSTEAD =
  /\bor\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}certificate\s+(?:of\s+completion\s+)?(?:from|in|of)\s+(?:an?\s+|the\s+)?([^.;()]{3,80})/i;
/** Words of such a certificate that say how or where it was had, not what it is in. */
const NOT_A_SUBJECT =
  /^(?:programs?|programmes?|schools?|college|course|courses|accredited|approved|recognized|recognised|related|similar|field|completion|state|national|community|technical|vocational|equivalent|studies)$/i;

/**
 * The evidence of a certificate an education item takes in place of its degree, or null: a line
 * of the resume that names a certificate and every word of one of the subjects the item offers
 * ("Certificate in Paralegal Studies" for "a certificate from a paralegal or legal secretary
 * program"; not "Certificate of Completion, OSHA 10-Hour" for "… from an accredited bookkeeping program").
 */
function certificateInstead(ix: ResumeIndex, requirement: string): string | null {
  const m = CERTIFICATE_INSTEAD.exec(requirement);
  if (!m) return null;
  const subjects = m[1]!
    .split(/\s*(?:,|\bor\b|\/)\s*/i)
    .map((part) =>
      (part.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? [])
        .map((w) => w.toLowerCase())
        .filter((w) => !STOPWORDS.has(w) && !NOT_A_SUBJECT.test(w) && !/-approved$|-accredited$/.test(w)),
    )
    .filter((words) => words.length > 0);
  if (subjects.length === 0) return null;
  const [certificate] = heldOnly(ix, [keywordTerm(ix, 'certificate')]);
  if (certificate.hits.length === 0) return null;
  const terms = subjects.map((words) => words.map((w) => keywordTerm(ix, w)));
  // (one pass over the lines with a pointer into the hits, which are in the text's order)
  let h = 0;
  for (const l of ix.lines) {
    const end = l.start + l.text.length;
    while (h < certificate.hits.length && certificate.hits[h]!.index < l.start) h++;
    if (h >= certificate.hits.length) break;
    if (certificate.hits[h]!.index >= end) continue;
    if (terms.some((subject) => subject.every((t) => occursIn(t, l.start, end))))
      return evidenceAt(ix, certificate.hits[h]);
  }
  return null;
}

/** Shortest start two words of one field of study share: "chemistry" and "chemical", "biology" and "biological". */
const FIELD_ROOT = 5;

/**
 * Whether the degree named at `index` is in one of `fields` (see `degreeFields`): its line, or the
 * line before or after it ("Bachelor of Science" over "Major: Nursing"), names at least half of an
 * alternative's words, or its letters do ("BSN").
 */
function degreeInField(ix: ResumeIndex, index: number, fields: string[][]): boolean {
  const at = lineAt(ix.lines, index);
  // the degree's line, the line before it and the two after it ("Bachelor of Science" / "University
  // of Iowa" / "Major: Nursing"), but no other degree's line ("MBA, Finance" above a BA)
  const near = [
    ix.lines[at]!,
    ...[ix.lines[at - 1], ix.lines[at + 1], ix.lines[at + 2]].filter(
      (l) => l && !l.heading && l.content && !hasDegree(l.content),
    ),
  ].map((l) => l!.content);
  const text = [...near, ...near.flatMap(lettersField)].join(' ');
  const stems = (text.match(/\p{L}[\p{L}'-]*/gu) ?? []).map(stem);
  const holds = (word: string) => {
    const w = stem(word);
    return stems.some((s) => s === w || commonStart(s, w) >= FIELD_ROOT);
  };
  // the words that tell one field from another must be there ("Mechanical Engineering" is not met
  // by "Civil Engineering"); of several, half
  return fields.some((words) => {
    const telling = words.filter((w) => !ANY_FIELD_WORD.test(w));
    const asked = telling.length > 0 ? telling : words;
    return asked.filter(holds).length >= Math.ceil(asked.length / 2);
  });
}

/** Words many fields of study share: "… Engineering", "… Science", "… Management". */
const ANY_FIELD_WORD =
  /^(?:engineering|science|sciences|studies|management|administration|technology|technologies|arts|systems|services)$/i;

function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Any degree or diploma named in the resume. */
function anyDegreeTerm(ix: ResumeIndex): Term {
  const hits: Term['hits'] = [];
  for (const l of ix.lines)
    for (const d of degreesIn(l.content, l.section === 'education'))
      hits.push({ index: l.contentStart + d.index, length: d.length });
  return { label: 'degree', hits };
}

/**
 * A quote backing the candidate's years: a job's date line (the most recent job's unless one is
 * given), with the job header above it when the dates stand alone on their line, or a stated figure.
 */
function experienceEvidence(ix: ResumeIndex, given?: JobRange): string | null {
  const job = given ?? jobRanges(ix.lines, ix.nt.text)[0];
  if (job) {
    const first = ix.lines[job.firstLine]!;
    const last = ix.lines[job.lastLine]!;
    const end = last.start + last.text.length;
    const around =
      ix.nt.text.slice(first.start, job.range.index) + ix.nt.text.slice(job.range.index + job.range.length, end);
    const alone = !/[A-Za-z]{2}/.test(around);
    const above = ix.lines
      .slice(0, job.firstLine)
      .reverse()
      .find((l) => l.content);
    if (alone && above && !above.heading && above.index >= job.firstLine - 2) {
      const q = quote(ix.nt, above.start, end);
      if (q) return q;
    }
    return evidenceAt(ix, { index: job.range.index, length: job.range.length });
  }
  const stated = statedYears(ix.nt.text);
  return stated ? evidenceAt(ix, stated) : null;
}

/** The most such fields read past to a job's title. */
const MAX_ENTRY_FIELDS = 5;

/** Words of a field a resume names by another (a whole word's stem): PV is solar. */
const FIELD_WORD_NAMES: Readonly<Record<string, string>> = {
  pv: 'solar',
  photovoltaic: 'solar',
  agricultural: 'ag',
  agriculture: 'ag',
};

/** A noun of the one who does a work: "dispatcher", "welders", "instructor". */
const AGENT_NOUN = /(?:er|or|ers|ors)$/i;

/** What a job counts toward the years in a field when its entry names the field once, in passing. */
const PASSING_MENTION = 0.5;

/** "6 years of pharmacy experience", "8+ years in retail pharmacy": years stated, and what follows them. */
const STATED_FIELD_YEARS = new RegExp(
  String.raw`\b${YEARS_COUNT}\s*\+?\s*(?:years?|yrs?)['’]?\s+((?:of|in|as|with|on|working|doing)\b[^.;\n]{0,80})`,
  'gi',
);

/**
 * Years said of work still being done: "I have been finishing concrete for 10 years, all
 * commercial", "I've been driving tankers for over 8 years" (the work and what follows it in the
 * sentence name the field; the count comes first in the match, as in {@link STATED_FIELD_YEARS}).
 */
const DOING_FOR_YEARS = new RegExp(
  // (not what is hoped, learned or looked for, nor what another clause after the years says: "working
  // in retail for 10 years, but I want to move into concrete finishing")
  String.raw`(?<=\b(?:have|has|['’]ve)\s+been\s+(?!(?:studying|learning|training|looking|hoping|trying|planning|wanting|waiting|dreaming|thinking|taking|searching|applying|preparing)\b)(?:\w+\s+){0,1}?(?!(?:studying|learning|training|looking|hoping|trying|planning|wanting|waiting|dreaming|thinking|taking|searching|applying|preparing)\b)\w+ing\b[^.;\n]{0,60}?\bfor\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+|the\s+(?:last|past)\s+)?)${YEARS_COUNT}\s*\+?\s*(?:years?|yrs?)\b(?:(?!,?\s+(?:and|but|so|yet|while|though|although|hoping|wanting|looking|now|I)\b)[^.;\n]){0,60}`,
  'gi',
);

/**
 * Credentials that are a role's name, by the noun their holder's job titles use (not in the name
 * of an employer: "Visiting Nurse Service of New York", "Nurse-Family Partnership", "Nurse
 * Staffing Solutions").
 */
const CREDENTIAL_ROLES: Readonly<Record<string, RegExp>> = {
  'registered nurse':
    /\bnurse\b(?![\s-]+(?:family|association|services?|society|staffing|partnership|agency|registry|network|alliance|solutions|corps|group)\b)/gi,
};
/**
 * A title of another credential or rank of the role: "Nurse (LPN)", "Student Nurse", "Nurse Aide",
 * "Nurse's Aide", "Enrolled Nurse", "Veterinary Nurse" (not "Assistant Nurse Manager", nor a
 * student health centre's nurse).
 */
const ANOTHER_ROLE_RANK =
  /\b(?:LPN|LVN|CNA|STNA|practical|vocational|enrolled|veterinary|vet|student(?!\s+(?:health|wellness|services|affairs|life)\b)|extern|intern)\b|\bnurs(?:e|e['’]s|es['’]?|ing)\s+(?:aides?|aids?|assistants?|attendants?|tech|technician)s?\b/i;
/** A line that says the credential is hoped for, not held: "Seeking an RN position", "Eligible for RN licensure". */
const WISHED_FOR = /\b(?:seeking|aspiring|future|eligible|hop(?:e|es|ing)\s+to|aim(?:s|ing)?\s+to|goal)\b/i;
/** The first lines of a resume, where a credential beside the name is the candidate's: "Theresa Lindqvist, RN, BSN". */
const HEADER_LINES = 4;

/**
 * Where a job's title names the role of a credential the field is (see CREDENTIAL_ROLES), for a
 * candidate who holds it: beside the name, or on a line of credentials. Each title's line is
 * left out where it names another of the role's ranks.
 */
function heldRoleHits(ix: ResumeIndex, skills: readonly string[]): number[] {
  const out: number[] = [];
  for (const skill of skills) {
    const noun = CREDENTIAL_ROLES[skill];
    if (!noun) continue;
    // (not one not held yet, or hoped for, or on a line of another rank: "RN license pending",
    // "Seeking an RN position", "LPN – RN student")
    const notYet = (ix.notYet ??= spansSaying(ix.lines, (t) => NOT_YET.test(t) || notHeld(t)));
    const held = ix.skills.some((k) => {
      if (k.skill.toLowerCase() !== skill) return false;
      const line = lineAt(ix.lines, k.index);
      const text = ix.lines[line]!.text;
      return (
        (line < HEADER_LINES || ix.lines[line]!.section === 'certifications' || /licen[cs]/i.test(text)) &&
        !notYet.some(([from, to]) => k.index >= from && k.index < to) &&
        !ANOTHER_ROLE_RANK.test(text) &&
        !WISHED_FOR.test(text)
      );
    });
    if (!held) continue;
    // (each line read once: a long line of the noun is read in time)
    const otherRank = new Map<number, boolean>();
    for (const m of ix.searchable.matchAll(noun)) {
      const at = lineAt(ix.lines, m.index);
      let other = otherRank.get(at);
      if (other === undefined) otherRank.set(at, (other = ANOTHER_ROLE_RANK.test(ix.lines[at]!.text)));
      if (!other) out.push(m.index);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * The years a resume shows in the field of an EXPERIENCE item: the years of the jobs whose
 * entries name it (overlaps counted once; a job whose title and employer do not name it and whose
 * entry names it only once counts {@link PASSING_MENTION} of its years), or a figure the resume
 * states for it ("6 years of pharmacy experience"), whichever is more. Where the resume names the
 * field only outside its dated jobs (a skills list, a summary), the years in it cannot be told,
 * and half the years in all are counted; where it never names it, none.
 */
function fieldYears(
  ix: ResumeIndex,
  item: string,
  total: number | null,
  now: Date,
): { years: number; how: string; evidence: string | null } {
  const jobs = jobRanges(ix.lines, ix.nt.text);
  const blocks = jobBlocks(ix.lines, jobs, ix.searchable.length);
  // where the resume names the field: a skill of an alternative, or every word of one in any
  // inflection ("pharmacist" for "pharmacy")
  const hitsOf = (word: string) => {
    const w = stem(word);
    const other = FIELD_WORD_NAMES[word.toLowerCase()];
    return ix.tokens.filter((t) => sameField(t.stem, w) || t.stem === other).map((t) => t.index);
  };
  const alternatives = fieldNames(item).map((alt) => ({
    skills: ix.skills.filter((k) => alt.skills.includes(k.skill.toLowerCase())).map((k) => k.index),
    // a narrower skill of it in a job's header, as its title: "Registered Nurse" names nursing (not
    // in what the job did: "Enforced OSHA standards" is no compliance work)
    // (one of its kind by name, "Forklift Operation" of "Warehouse Operations"; not a skill that
    // only serves it, "OSHA" for compliance, "Logistics" for supply chain management)
    narrower: ix.skills
      .filter((k) =>
        (SKILL_IMPLIES[k.skill] ?? []).some((s) => alt.skills.includes(s.toLowerCase()) && sameKindByName(k.skill, s)),
      )
      .map((k) => k.index),
    // the role a credential names, in a job's title, for one who holds the credential: a Registered
    // Nurse's "Staff Nurse" and "Occupational Health Nurse Lead" are RN work (not an LPN's)
    heldRole: heldRoleHits(ix, alt.skills),
    wordSets: alt.wordSets.map((set) => set.map(hitsOf)),
    // (as the one who does it: "Dispatcher" for "dispatching", not "Interactive" for "interacting")
    verb: alt.verb
      ? hitsOf(alt.verb).filter((i) => AGENT_NOUN.test(/^[\p{L}'’-]+/u.exec(ix.searchable.slice(i))?.[0] ?? ''))
      : [],
  }));
  const namedIn = (from: number, to: number) =>
    alternatives.some(
      (alt) =>
        alt.skills.some((i) => i >= from && i < to) ||
        alt.wordSets.some((set) => set.every((hits) => hits.some((i) => i >= from && i < to))),
    );
  // how many times the field is named in a stretch: the most of any alternative
  const mentions = (from: number, to: number) =>
    Math.max(
      0,
      ...alternatives.flatMap((alt) => [
        alt.skills.filter((i) => i >= from && i < to).length,
        ...alt.wordSets.map((set) => Math.min(...set.map((hits) => hits.filter((i) => i >= from && i < to).length))),
      ]),
    );
  // a job's header: its title and employer, down to its dates, and on to the line after them
  // where that is no bullet ("Mercy Health, Jan 2021 - Dec 2024" over "Hospice Nurse")
  const headerEnd = (j: JobRange, block: { from: number; to: number }) => {
    let next = j.lastLine + 1;
    // (past a federal resume's fields to the title under them: "Hours per week: 50", "Supervisor:
    // …", "Title: Mobile Crane Operator")
    for (let fields = 0; next < ix.lines.length; next++) {
      const content = ix.lines[next]!.content;
      if (content && !(ENTRY_FIELD.test(content) && fields++ < MAX_ENTRY_FIELDS)) break;
    }
    const line = ix.lines[next];
    const after = line && !line.heading && !BULLET.test(line.text.trimStart()) ? line : ix.lines[j.lastLine]!;
    return Math.min(block.to, after.start + after.text.length);
  };
  // the work's verb in a job's title names the field: "Senior Fleet Dispatcher" for "experience
  // dispatching truckload freight"; and so does a narrower skill there ("Registered Nurse")
  const titled = (from: number, to: number) =>
    alternatives.some((alt) => [...alt.verb, ...alt.narrower, ...alt.heldRole].some((i) => i >= from && i < to));
  // the heading of the section a job is listed under names the field for it: "LANDSCAPE
  // EXPERIENCE", "Nursing Experience" (headings are no evidence of their own, see indexResume)
  const fields = fieldNames(item);
  const headingNamed = new Map<number, boolean>();
  const underNamingHeading = (job: JobRange) => {
    let i = job.firstLine;
    while (i >= 0 && !ix.lines[i]!.heading) i--;
    if (i < 0) return false;
    let named = headingNamed.get(i);
    if (named === undefined) {
      const l = ix.lines[i]!;
      const heading = ix.nt.text.slice(l.start, l.contentStart);
      const words = (heading.match(/[A-Za-z][A-Za-z'-]*[A-Za-z]/g) ?? []).map(stem);
      // (not a heading of the other work: "OTHER EXPERIENCE (NON-NURSING)")
      named =
        !/\b(?:non|other|outside|additional|unrelated|earlier|previous)\b/i.test(heading) &&
        fields.some((alt) => alt.wordSets.some((set) => set.every((w) => words.some((h) => sameField(h, stem(w))))));
      headingNamed.set(i, named);
    }
    return named;
  };
  const fieldJobs = jobs.flatMap((job, k) => {
    const block = blocks[k]!;
    const end = headerEnd(job, block);
    const heading = underNamingHeading(job);
    return heading || namedIn(block.from, block.to) || titled(block.from, end) ? [{ job, block, end, heading }] : [];
  });
  const inField = fieldJobs.map((f) => f.job);
  // a job whose header names the field, or whose entry names it again and again, was work in it;
  // one passing mention under another title ("coordinated transfers to the ICU") is half of one
  const surely = fieldJobs
    .filter(
      ({ block, end, heading }) =>
        heading || namedIn(block.from, end) || titled(block.from, end) || mentions(end, block.to) >= 2,
    )
    .map((f) => f.job);
  const named = yearsCovered(
    inField.map((j) => j.range),
    now,
  );
  const sure = yearsCovered(
    surely.map((j) => j.range),
    now,
  );
  const covered = named === null ? null : Math.round(((sure ?? 0) + (named - (sure ?? 0)) * PASSING_MENTION) * 10) / 10;
  let stated: { years: number; index: number; length: number } | null = null;
  for (const m of [...ix.searchable.matchAll(STATED_FIELD_YEARS), ...ix.searchable.matchAll(DOING_FOR_YEARS)]) {
    const raw = m[1]!.toLowerCase();
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    // the field may come before the figure, in the same sentence: "Pharmacy technician with 5
    // years of experience in retail chains"
    const before = ix.searchable
      .slice(Math.max(0, m.index - 60), m.index)
      .split(/[.;:!?\n•]/)
      .pop()!;
    if (!Number.isFinite(n) || n <= 0 || n > 60 || !namedIn(m.index - before.length, m.index + m[0].length)) continue;
    if (!stated || n > stated.years) stated = { years: n, index: m.index, length: m[0].length };
  }
  const all = total === null ? '' : `; ${yearsText(total)} in all`;
  if (stated && stated.years >= (covered ?? 0)) {
    return {
      years: stated.years,
      how: `${yearsText(stated.years)} stated in the field${all}`,
      evidence: evidenceAt(ix, stated),
    };
  }
  if (covered !== null && covered > 0) {
    const n = inField.length;
    const halved = n - surely.length;
    const passing =
      halved > 0 && (sure ?? 0) < (named ?? 0)
        ? ` (${halved === 1 ? 'one' : halved} naming it in passing counted half)`
        : '';
    return {
      years: covered,
      how: `${yearsText(covered)} in ${n} job${n === 1 ? ' that names' : 's that name'} the field${passing}${all}`,
      evidence: experienceEvidence(ix, inField[0]),
    };
  }
  // (in a sentence that says what was done, not what the candidate hopes to do: "Hoping to move
  // into estate planning" names no years in it)
  const hit = ix.lines.find(
    (l) =>
      l.content &&
      [...l.text.matchAll(/[^.!?]+(?:[.!?]+|$)/g)].some(
        (sentence) =>
          !ASPIRATION.test(sentence[0]) &&
          namedIn(l.start + sentence.index, l.start + sentence.index + sentence[0].length),
      ),
  );
  if (hit && total !== null && total > 0) {
    const half = Math.round((total / 2) * 10) / 10;
    return {
      years: half,
      how: `the field is named outside any dated job: half of ${yearsText(total)} in all counted`,
      evidence: evidenceAt(ix, { index: hit.contentStart, length: hit.content.length }),
    };
  }
  return { years: 0, how: `the field is not named${all}`, evidence: null };
}

/** A sentence of what the candidate hopes to do, as it opens: "Hoping to move into estate planning", "I plan to…", "Seeking a role in…". */
const ASPIRATION =
  /^\s*(?:I\s+(?:am\s+|'m\s+)?|(?:and|now)\s+)?(?:hop(?:e|ing)|looking|seeking|eager|aspiring|want(?:ing)?|wish(?:ing)?|plan(?:ning)?|aim(?:ing)?|keen)\s+to\b|^\s*(?:I\s+am\s+|I'm\s+)?(?:interested\s+in|seeking)\s+(?:moving|transitioning|a\s+(?:role|position|career|move))\b/i;

/**
 * An EXPERIENCE item: met when the candidate's years reach its minimum: years in the item's
 * field when it names one (see {@link fieldYears}), else years of any work.
 */
function answerExperience(
  ix: ResumeIndex,
  item: ExperienceRequirement,
  total: number | null,
  now: Date,
): RequirementMatch {
  const { text: requirement, minYears } = item;
  if (namesField(requirement) && minYears > 0) {
    const found = fieldYears(ix, requirement, total, now);
    const met = found.years >= minYears && found.evidence !== null;
    return {
      requirement,
      kind: 'EXPERIENCE',
      met,
      evidence: met ? found.evidence : null,
      fieldYears: { years: found.years, how: found.how },
      minYears,
    };
  }
  // unknown years meet only a zero minimum
  const met = (total ?? 0) >= minYears;
  const evidence = met ? experienceEvidence(ix) : null;
  return { requirement, kind: 'EXPERIENCE', met: met && (evidence !== null || minYears <= 0), evidence, minYears };
}

/**
 * Answers every rubric item of `job` against the resume: one MUST_HAVE per must-have skill and
 * one NICE_TO_HAVE per nice-to-have skill (met when the skill, normalised through the
 * vocabulary, or the literal phrase for unknown skills, is in the text), one REQUIREMENT per
 * free-text requirement (met when most of its key terms appear within a few lines of each
 * other), and one EXPERIENCE answer per EXPERIENCE item (see `experienceRequirements`; met when
 * the years reach its minimum: years in the item's field where its text names one, else the
 * profile's total years;
 * `now` is the date "Present" stands for). Evidence is a verbatim quote of at most 200 characters from `text`,
 * or null when not met.
 */
export function answerRubric(
  text: string,
  profile: CandidateProfile,
  job: JobRubric,
  now: Date = new Date(),
): RequirementMatch[] {
  const ix = indexResume(text, profile.name, now);
  const years = profile.totalYearsExperience;
  const clean = (items: string[]) => items.map((s) => s.trim()).filter(Boolean);
  const out: RequirementMatch[] = [
    ...clean(job.mustHaveSkills).map((s) => answerSkill(ix, s, 'MUST_HAVE')),
    ...clean(job.niceToHaveSkills).map((s) => answerSkill(ix, s, 'NICE_TO_HAVE')),
    ...clean(job.requirements).map((r) => answerRequirement(ix, r, years)),
  ];
  for (const degree of clean(job.education ?? [])) out.push(answerEducation(ix, degree, now));
  for (const item of experienceRequirements(job)) out.push(answerExperience(ix, item, years, now));
  return out;
}
