/**
 * Gender in resume prose: pronouns become "they" forms so sentences stay readable, honorifics
 * go, and gendered words become {@link REDACTED}. Words in capitals are left alone: HE, HER or
 * MAN are acronyms there (higher education, a metropolitan area network).
 */
import { REDACTED, type Redaction } from './redaction.types.js';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;

/** Irregular verbs after "he"/"she" and their form after "they". */
const AGREEMENT: Readonly<Record<string, string>> = { is: 'are', was: 'were', has: 'have', does: 'do' };
/** Words ending in "s" that follow a subject pronoun without being its verb ("she always…"). */
const NOT_VERBS = new Set(
  'always sometimes perhaps afterwards towards nevertheless thus plus whereas hers his its'.split(' '),
);
/** Words after "her" that make it an object ("with her and…" → "them"), not a possessive ("her team" → "their"). */
const AFTER_OBJECT = new Set(
  'and or but to for with in on at as by from of the a an that this who which when while about into through after before during since until up out off over under again back too very so than'.split(
    ' ',
  ),
);

const PAIRED = new RegExp(String.raw`${B}(?:s\/he|\(s\)he|he\/she|she\/he|he or she|she or he)${E}`, 'giu');
const PAIRED_POSSESSIVE = new RegExp(String.raw`${B}(?:his\/her|her\/his|his or her|her or his)${E}`, 'giu');
const PAIRED_OBJECT = new RegExp(String.raw`${B}(?:him\/her|her\/him|him or her|her or him)${E}`, 'giu');
const SUBJECT_VERB = new RegExp(String.raw`${B}(he|she)(\s+)([a-z]+s)${E}`, 'giu');
const PRONOUN = new RegExp(String.raw`${B}(?:he's|she's|himself|herself|hers|he|she|him|his|her)${E}`, 'giu');
/** Titles that say a gender; "Dr" and "Prof" do not. "Sr." is left alone: it is also "Senior". */
const HONORIFIC = new RegExp(
  String.raw`${B}(?:(?:Mrs|Mr|Ms|Mx|Mme|Mlle)${E}\.?|(?:Miss|Sir|Madam|Madame|Herr|Frau|Señora|Señorita|Señor|Sra|Srta)${E}\.?(?=\s+\p{Lu}))\s*`,
  'gu',
);
/** Gendered words, except compounds that are not about a person ("man-hours", "man power"). */
const GENDER_WORD = new RegExp(
  String.raw`${B}(?:males?|females?|man|woman|men|women|boys?|girls?|gentlem[ae]n|lady|ladies|mothers?|fathers?|moms?|mums?|dads?|wife|wives|husbands?|sons?|daughters?|brothers?|sisters?|maternity|paternity|fraternity|sorority|transgender|non-binary|nonbinary|cisgender|masculine|feminine|widow|widower|girlfriend|boyfriend)(?![-\s](?:hours?|days?|weeks?|months?|years?|power))${E}`,
  'giu',
);
/** A family business's legal name ("Tata Sons", "Smith & Sons Ltd"): the name of an employer. */
const FAMILY_FIRM = /(?:&|\band|\p{Lu}[\p{L}.]*)\s+$/u;

/** Whether a match is written in capitals, where these words are acronyms. */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

/** "they"-form of a pronoun, capitalised like the original. */
function they(original: string, neutral: string): string {
  return /^\p{Lu}/u.test(original) ? neutral[0]!.toUpperCase() + neutral.slice(1) : neutral;
}

/**
 * The verb after "they" for the one after "he"/"she": "is" → "are", "leads" → "lead",
 * "teaches" → "teach", "studies" → "study"; null when the word is not a verb in the third person.
 */
function agree(verb: string): string | null {
  const lower = verb.toLowerCase();
  if (AGREEMENT[lower]) return AGREEMENT[lower];
  if (verb !== lower || NOT_VERBS.has(lower) || /(?:ss|us|is)$/.test(lower) || lower.length < 4) return null;
  if (lower.endsWith('ies')) return `${verb.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|o)es$/.test(lower)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/** The first word after `at`, lower case, or '' at a punctuation mark or the end. */
function nextWord(text: string, at: number): string {
  return /^\s+([\p{L}'’-]+)/u.exec(text.slice(at, at + 40))?.[1]?.toLowerCase() ?? '';
}

function neutralPronoun(text: string, word: string, end: number): string {
  switch (word.toLowerCase()) {
    case 'he':
    case 'she':
      return 'they';
    case "he's":
    case "she's":
      return "they're";
    case 'him':
      return 'them';
    case 'himself':
    case 'herself':
      return 'themselves';
    case 'hers':
      return 'theirs';
    case 'his': {
      const next = nextWord(text, end);
      return next && !AFTER_OBJECT.has(next) ? 'their' : 'theirs';
    }
    default: {
      const next = nextWord(text, end);
      return next && !AFTER_OBJECT.has(next) ? 'their' : 'them';
    }
  }
}

/** Redactions for pronouns, honorifics and gendered words in `text`. */
export function genderRedactions(text: string): Redaction[] {
  const out: Redaction[] = [];
  const add = (re: RegExp, category: Redaction['category'], replace: (m: RegExpMatchArray) => string | null) => {
    for (const m of text.matchAll(re)) {
      const replacement = isAcronym(m[0]) ? null : replace(m);
      if (replacement !== null) out.push({ start: m.index!, end: m.index! + m[0].length, category, replacement });
    }
  };
  add(PAIRED, 'pronoun', (m) => they(m[0], 'they'));
  add(PAIRED_POSSESSIVE, 'pronoun', (m) => they(m[0], 'their'));
  add(PAIRED_OBJECT, 'pronoun', (m) => they(m[0], 'them'));
  add(SUBJECT_VERB, 'pronoun', (m) => {
    const verb = agree(m[3]!);
    return verb === null ? null : `${they(m[1]!, 'they')}${m[2]}${verb}`;
  });
  add(PRONOUN, 'pronoun', (m) => they(m[0], neutralPronoun(text, m[0], m.index! + m[0].length)));
  add(HONORIFIC, 'gender', () => '');
  add(GENDER_WORD, 'gender', (m) =>
    /^sons$/i.test(m[0]) && FAMILY_FIRM.test(text.slice(Math.max(0, m.index! - 40), m.index)) ? null : REDACTED,
  );
  return out;
}
