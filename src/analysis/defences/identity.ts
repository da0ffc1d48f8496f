/**
 * What identifies a candidate in a resume (name, e-mail addresses, phone numbers, profile links),
 * and how a name is matched: the same way by the blind-screening redactor and by the leak check,
 * so that what one removes is exactly what the other looks for.
 */
import { parseProfile } from '../local/profile.parser.js';
import { normalizeSkill } from '../skills.vocabulary.js';
import { findEmails, findLinks, findPhones, type Found } from './contact.scanners.js';

/** The identifying values of one resume. */
export interface Identity {
  name: string | null;
  emails: string[];
  phones: string[];
  links: string[];
}

/**
 * Identifying values as a caller may have them: a parsed `CandidateProfile` (name, email, phone,
 * links) fits, and so does an {@link Identity}.
 */
export interface IdentityInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  emails?: readonly string[];
  phones?: readonly string[];
  links?: readonly string[];
}

/** How many lines from the top a name line without letter case (王芳, محمد) may be found in. */
const HEADER_LINES = 5;
/** Words of a name line without letter case, at most. */
const MAX_NAME_WORDS = 4;
/** The shortest name token that identifies on its own: "Li" or "Wu" alone would match too much. */
const MIN_TOKEN_LENGTH = 3;
/** The shortest token in scripts written without spaces (王芳): two characters already identify. */
const MIN_SPACELESS_TOKEN_LENGTH = 2;

/** Name particles: part of a name, identifying nobody ("van", "de", "Ní", "bin"). */
const PARTICLES = new Set(
  'de da di del della der den van von le la du dos das bin binti bint ibn al el y st ni nic o ua ap ben ter ten te zu af av mac mc'.split(
    ' ',
  ),
);
const MONTHS =
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
/** Calendar words: a first name such as June or April is also how dates of employment are written. */
const CALENDAR = new Set(`${MONTHS} ${WEEKDAYS}`.split(' '));

/** Scripts written without spaces between words, where word boundaries cannot be used. */
const SPACELESS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/**
 * The name line of a resume in a script without letter case, which the profile parser (looking for
 * capitalised words) cannot recognise: the first short header line holding such letters.
 */
function caselessName(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[#*\s]+|[*\s]+$/g, ''))
    .filter(Boolean);
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (!/\p{Lo}/u.test(line) || /[\d@:/]/.test(line)) continue;
    const name = line
      .replace(/[()[\]（）]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (name.split(' ').length <= MAX_NAME_WORDS) return name;
  }
  return null;
}

/**
 * The identifying values of a resume: the name (from the local profile parser, or a header line
 * in a script without letter case), and every e-mail address, phone number and link.
 */
export function findIdentity(text: string): Identity {
  const unique = (found: Found[]) => [...new Set(found.map((f) => f.value))];
  return {
    name: parseProfile(text).name ?? caselessName(text),
    emails: unique(findEmails(text)),
    phones: unique(findPhones(text)),
    links: unique(findLinks(text)),
  };
}

/** An {@link IdentityInput} as an {@link Identity}: lists without blanks or repeats. */
export function toIdentity(input: IdentityInput): Identity {
  const list = (...parts: (readonly (string | null | undefined)[] | undefined)[]) => [
    ...new Set(parts.flatMap((p) => p ?? []).filter((v): v is string => !!v && v.trim().length > 0)),
  ];
  return {
    name: input.name ?? null,
    emails: list([input.email], input.emails),
    phones: list([input.phone], input.phones),
    links: list(input.links),
  };
}

/**
 * Whether a name token identifies the candidate on its own. Particles do not, and neither do
 * tokens that are also a skill (Ruby, Swift, Julia) or a month (June, April): removing those
 * everywhere would take skills and employment dates from the candidate's resume, so they are
 * redacted only as part of the full name.
 */
export function isIdentifyingToken(token: string, minLength = MIN_TOKEN_LENGTH): boolean {
  const min = SPACELESS.test(token) ? Math.min(minLength, MIN_SPACELESS_TOKEN_LENGTH) : minLength;
  const lower = foldAccents(token).toLowerCase();
  return [...token].length >= min && !PARTICLES.has(lower) && !CALENDAR.has(lower) && normalizeSkill(token) === null;
}

/** The tokens of a name, without punctuation around them ("W." → "W", "(Bob)" → "Bob"). */
export function nameTokens(name: string | null): string[] {
  return (name ?? '')
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Letters that do not decompose into a base letter and an accent. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };

/** Letters without accents, one for one, so offsets hold: "José Ñúñez" → "Jose Nunez". */
export function foldAccents(text: string): string {
  return text.replace(/[^\u0000-\u007F]/g, (c) => {
    const base = c.normalize('NFD').replace(/\p{M}/gu, '');
    return base.length === 1 ? base : (EXTRA_FOLDS[c] ?? c);
  });
}

/** Letters include combining marks: Devanagari vowel signs (शर्मा) are part of the word. */
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const test = (re: RegExp, c: string | undefined) => c !== undefined && re.test(c);

/**
 * Whether `[start, end)` of `text` is a word of its own: next to a non-letter, or glued to a
 * neighbour where the case changes, as PDF and DOCX exports glue a name to the next field
 * ("David GarciaAddress", "Omkar PathakSOFTWARE", "MONICA CHOPRAFeatured", "OmkarPathak").
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const [prev, first, second] = [text[start - 1], text[start], text[start + 1]];
  const [last, next, afterNext] = [text[end - 1], text[end], text[end + 1]];
  const left =
    !test(LETTER, prev) ||
    (test(LOWER, prev) && test(UPPER, first)) ||
    (test(UPPER, prev) && test(UPPER, first) && test(LOWER, second));
  const right =
    !test(LETTER, next) ||
    (test(LOWER, last) && test(UPPER, next)) ||
    (test(UPPER, last) && test(UPPER, next) && test(LOWER, afterNext));
  return left && right;
}

/**
 * Where a name (one token, or several joined by spaces, dots, commas or hyphens) occurs in a
 * text, as whole words (see {@link standsAlone}; any position in scripts written without spaces),
 * accent-insensitively and, unless `caseSensitive`, case-insensitively. Pass `foldAccents(text)`.
 */
export function nameSpans(
  folded: string,
  tokens: readonly string[],
  { caseSensitive = false } = {},
): [number, number][] {
  if (tokens.length === 0) return [];
  const source = tokens.map((t) => foldAccents(t).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(String.raw`[\s.,'’-]+`);
  const spaceless = tokens.every((t) => SPACELESS.test(t));
  const out: [number, number][] = [];
  for (const m of folded.matchAll(new RegExp(source, caseSensitive ? 'gu' : 'giu'))) {
    const end = m.index + m[0].length;
    if (spaceless || standsAlone(folded, m.index, end)) out.push([m.index, end]);
  }
  return out;
}
